/**
 * PUT /uploads/<uploadId>/<fileName>: the local stand-in for the presigned S3 URL that createUpload
 * returns. On AWS the PUT lands in S3 and the ingest Lambda runs; here the same ingest use case
 * runs in the request, so the answer can say at once what became of the letter.
 */
import type { Services } from '../app/services.js';
import type { UploadStatus } from '../domain/records.js';
import { ImrError, InputError, NotFoundError, UploadAlreadyReceivedError, isImrError, letterTooLarge } from '../errors.js';
import { safeFileName, uploadKey } from '../ingest/upload-key.js';
import { toGlobalId } from '../graphql/global-id.js';
import type { RouteHandler } from './graphql-route.js';
import { discardBody, readBody } from './request-body.js';
import { publicMessage, sendJson, statusFor } from './responses.js';
import type { ServerLog } from './server-log.js';

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

/** Like the S3 bucket's CORS rule, for the pages the server lets in (the origin is named per request: local-callers.ts). */
export const UPLOAD_CORS_HEADERS: Record<string, string> = {
  'access-control-allow-methods': 'PUT, OPTIONS',
  'access-control-allow-headers': 'content-type',
  'access-control-max-age': '600',
};

/** Upload ids are UUIDs; file names are at most 255 characters (createUpload's rule). */
const MAX_UPLOAD_ID_LENGTH = 64;
const MAX_FILE_NAME_LENGTH = 255;
// A control character (NUL above all) can name no file: the file system would refuse it, as a failure of ours.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

/** `/uploads/<uploadId>/<fileName>` → its parts (file name URL-decoded); null for any other shape; an InputError for parts no upload can have. */
export function parseUploadPath(pathname: string): { uploadId: string; fileName: string } | null {
  if (!pathname.startsWith(UPLOAD_PATH_PREFIX)) return null;
  const segments = pathname.slice(UPLOAD_PATH_PREFIX.length).split('/');
  if (segments.length !== 2 || !segments[0] || !segments[1]) return null;
  let parts: { uploadId: string; fileName: string };
  try {
    parts = { uploadId: decodeURIComponent(segments[0]), fileName: decodeURIComponent(segments[1]) };
  } catch {
    return null;
  }
  if (parts.uploadId.length > MAX_UPLOAD_ID_LENGTH) throw new InputError(`An upload id has at most ${MAX_UPLOAD_ID_LENGTH} characters; this one has ${parts.uploadId.length}.`);
  if (parts.fileName.length > MAX_FILE_NAME_LENGTH) throw new InputError(`A file name has at most ${MAX_FILE_NAME_LENGTH} characters; this one has ${parts.fileName.length}.`);
  if (CONTROL_CHARACTER.test(parts.uploadId) || CONTROL_CHARACTER.test(parts.fileName)) throw new InputError('The upload address holds a control character; PUT to the URL createUpload returned.');
  return parts;
}

const uploadGlobalId = (uploadId: string) => toGlobalId({ type: 'Upload', uploadId });

function refusal(uploadId: string | null, error: ImrError): UploadAnswer {
  return { uploadId: uploadId === null ? null : uploadGlobalId(uploadId), status: null, caseId: null, error: { code: error.code, message: publicMessage(error) } };
}

export function uploadRoute(services: Services, log: ServerLog): RouteHandler {
  const { repository, config } = services;

  return async (request, response, url) => {
    const send = (status: number, answer: UploadAnswer) =>
      sendJson(response, status, answer, status === 413 ? { ...UPLOAD_CORS_HEADERS, connection: 'close' } : UPLOAD_CORS_HEADERS);
    const refuse = (uploadId: string | null, error: ImrError) => {
      discardBody(request);
      send(statusFor(error.code), refusal(uploadId, error));
    };
    let target: ReturnType<typeof parseUploadPath>;
    try {
      target = parseUploadPath(url.pathname);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      refuse(null, error);
      return;
    }
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
      const declared = Number(request.headers['content-length']);
      const sizeBytes = Number.isFinite(declared) && declared > config.maxUploadBytes ? declared : null;
      await services.refuseOversized({ uploadId: upload.id, sizeBytes });
      refuse(upload.id, letterTooLarge(sizeBytes, config.maxUploadBytes));
      return;
    }

    const contentType = request.headers['content-type'] ?? upload.contentType;
    let result;
    try {
      result = await services.ingestLetter({ bytes, fileName: upload.fileName, uploadId: upload.id, contentType });
    } catch (error) {
      // Another PUT to this address got its file in first (both passed the PENDING check above).
      if (!(error instanceof UploadAlreadyReceivedError)) throw error;
      refuse(upload.id, error);
      return;
    }
    if (result.error) {
      // As the ingest Lambda logs them: the upload and the code, never the letter.
      const attributes = { uploadId: upload.id, sizeBytes: bytes.byteLength, errorCode: result.error.code, errorMessage: result.error.message };
      if (result.error.code === 'INTERNAL_SERVER_ERROR') log.error('Ingest failed on our side; upload marked FAILED', { ...attributes, error: result.error.cause ?? result.error });
      else log.warn('Letter refused; upload marked FAILED', attributes);
    }
    send(200, {
      uploadId: uploadGlobalId(result.upload.id),
      status: result.status,
      caseId: result.case ? toGlobalId({ type: 'Case', caseId: result.case.id }) : null,
      error: result.error ? { code: result.error.code, message: publicMessage(result.error) } : null,
    });
  };
}
