/**
 * PUT /uploads/<uploadId>/<fileName>: the local stand-in for the presigned S3 URL that createUpload
 * returns. On AWS the PUT lands in S3 and the ingest Lambda runs; here the same ingest use case
 * runs in the request, so the answer can say at once what became of the letter.
 */
import type { IncomingMessage } from 'node:http';
import type { Services } from '../app/services.js';
import type { UploadStatus } from '../domain/records.js';
import { ImrError, NotFoundError, isImrError } from '../errors.js';
import { safeFileName, uploadKey } from '../ingest/upload-key.js';
import { toGlobalId } from '../graphql/global-id.js';
import type { RouteHandler } from './graphql-route.js';
import { discardBody, readBody } from './request-body.js';
import { publicMessage, sendJson, statusFor } from './responses.js';

export const UPLOAD_PATH_PREFIX = '/uploads/';

/**
 * What the PUT answers (S3 answers nothing useful; this is the local server's courtesy). The ids are
 * the API's global ids, so `upload(id:)` and `case(id:)` take them as they are; `error` carries the
 * same codes as the GraphQL API.
 */
export interface UploadAnswer {
  uploadId: string | null;
  status: Exclude<UploadStatus, 'PENDING'> | null;
  caseId: string | null;
  error: { code: string; message: string } | null;
}

/** Like the S3 bucket's CORS rule: a page on any origin may PUT a letter to the URL it was given. */
export const UPLOAD_CORS_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'PUT, OPTIONS',
  'access-control-allow-headers': 'content-type',
  'access-control-max-age': '600',
};

/** `/uploads/<uploadId>/<fileName>` → its parts (file name URL-decoded); null for any other shape. */
export function parseUploadPath(pathname: string): { uploadId: string; fileName: string } | null {
  if (!pathname.startsWith(UPLOAD_PATH_PREFIX)) return null;
  const segments = pathname.slice(UPLOAD_PATH_PREFIX.length).split('/');
  if (segments.length !== 2 || !segments[0] || !segments[1]) return null;
  try {
    return { uploadId: decodeURIComponent(segments[0]), fileName: decodeURIComponent(segments[1]) };
  } catch {
    return null;
  }
}

const uploadGlobalId = (uploadId: string) => toGlobalId({ type: 'Upload', uploadId });

function refusal(uploadId: string | null, error: ImrError): UploadAnswer {
  return { uploadId: uploadId === null ? null : uploadGlobalId(uploadId), status: null, caseId: null, error: { code: error.code, message: publicMessage(error) } };
}

export function uploadRoute(services: Services): RouteHandler {
  const { repository, config } = services;

  /** Records the typed failure on the upload, as the ingest Lambda does for an oversized S3 object. */
  async function refuseOversized(uploadId: string, error: ImrError, request: IncomingMessage): Promise<void> {
    const upload = await repository.getUpload(uploadId);
    if (!upload || upload.status !== 'PENDING') return;
    const declared = Number(request.headers['content-length']);
    await repository.saveUpload({
      ...upload,
      status: 'FAILED',
      updatedAt: new Date().toISOString(),
      sizeBytes: Number.isFinite(declared) ? declared : null,
      error: { code: error.code, message: error.message },
    });
  }

  return async (request, response, url) => {
    const send = (status: number, answer: UploadAnswer) =>
      sendJson(response, status, answer, status === 413 ? { ...UPLOAD_CORS_HEADERS, connection: 'close' } : UPLOAD_CORS_HEADERS);
    const refuse = (uploadId: string | null, error: ImrError) => {
      discardBody(request);
      send(statusFor(error.code), refusal(uploadId, error));
    };
    const target = parseUploadPath(url.pathname);
    if (!target) {
      refuse(null, new NotFoundError('There is no upload at this address.'));
      return;
    }
    const upload = await repository.getUpload(target.uploadId);
    const expectedKey = upload ? (upload.storageKey ?? uploadKey(upload.id, upload.fileName)) : null;
    if (!upload || expectedKey !== uploadKey(target.uploadId, safeFileName(target.fileName))) {
      refuse(target.uploadId, new NotFoundError(`No upload "${target.uploadId}" expects a file named "${target.fileName}". Call createUpload first and PUT to the URL it returns.`));
      return;
    }
    if (upload.status !== 'PENDING') {
      refuse(upload.id, new ImrError('CONFLICT', `Upload "${upload.id}" already received its file (status ${upload.status}). Call createUpload again to send another.`));
      return;
    }

    let bytes: Uint8Array;
    try {
      bytes = await readBody(request, config.maxUploadBytes, 'The file');
    } catch (error) {
      if (!isImrError(error) || error.code !== 'PAYLOAD_TOO_LARGE') throw error;
      await refuseOversized(upload.id, error, request);
      refuse(upload.id, error);
      return;
    }

    const contentType = request.headers['content-type'] ?? upload.contentType;
    const result = await services.ingestLetter({ bytes, fileName: upload.fileName, uploadId: upload.id, contentType });
    send(200, {
      uploadId: uploadGlobalId(result.upload.id),
      status: result.status,
      caseId: result.case ? toGlobalId({ type: 'Case', caseId: result.case.id }) : null,
      error: result.error ? { code: result.error.code, message: publicMessage(result.error) } : null,
    });
  };
}
