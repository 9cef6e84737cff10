/**
 * One letter from the user's disk to its outcome, the way any client of the API sends one:
 * `createUpload` → send the bytes to the returned URL with the returned method and headers (a
 * presigned S3 URL on AWS, the local server's /uploads/ locally) → follow `upload(id)` until it is
 * PARSED, DUPLICATE or FAILED.
 */
import type { UploadStatus } from '../generated/graphql.js';
import { GraphQLRequestError, type GraphQLClient } from './graphql-client.js';
import { CreateUploadMutation, UploadStatusQuery } from './operations.js';

export type LetterContentType = 'application/pdf' | 'text/plain';

export interface UploadProgress {
  phase: 'waiting' | 'announcing' | 'sending' | 'reading' | 'done';
  /** Share of the bytes sent, 0 to 1. */
  sent: number;
  status: UploadStatus | null;
  error: { code: string; message: string } | null;
  caseId: string | null;
  caseNumber: string | null;
}

export const WAITING: UploadProgress = { phase: 'waiting', sent: 0, status: null, error: null, caseId: null, caseNumber: null };

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** The media type to announce: by name or the browser's type, else by the first bytes (a letter is a PDF or text). */
export function letterContentType(file: { name: string; type: string }, head: Uint8Array): LetterContentType {
  if (file.type === 'application/pdf' || /\.pdf$/i.test(file.name)) return 'application/pdf';
  if (file.type.startsWith('text/') || /\.txt$/i.test(file.name)) return 'text/plain';
  return PDF_MAGIC.every((byte, i) => head[i] === byte) ? 'application/pdf' : 'text/plain';
}

/** Headers a page may not set itself (the browser does); a presigned URL's signature never covers them. */
const BROWSER_OWNED_HEADERS = new Set(['content-length', 'host', 'connection']);

function send(url: string, method: string, headers: { name: string; value: string }[], body: Blob, onSent: (share: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    // XMLHttpRequest, not fetch: only it reports upload progress.
    const request = new XMLHttpRequest();
    request.open(method, url);
    for (const { name, value } of headers) if (!BROWSER_OWNED_HEADERS.has(name.toLowerCase())) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onSent(event.loaded / event.total);
    };
    request.onload = () => {
      // The local server answers a refused letter with 4xx and the outcome is recorded on the upload; S3 answers 200.
      if (request.status >= 500 || request.status === 0) reject(new Error(`Sending the file failed (HTTP ${request.status}).`));
      else resolve();
    };
    request.onerror = () => reject(new Error('Sending the file failed: the connection was lost.'));
    request.send(body);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How long to follow an upload before saying it is still being read (ingest on AWS goes through a queue). */
const FOLLOW_FOR_MS = 5 * 60_000;

export async function uploadLetter(client: GraphQLClient, file: File, report: (progress: UploadProgress) => void): Promise<UploadProgress> {
  let progress: UploadProgress = { ...WAITING, phase: 'announcing' };
  const update = (patch: Partial<UploadProgress>) => {
    progress = { ...progress, ...patch };
    report(progress);
    return progress;
  };
  const fail = (code: string, message: string) => update({ phase: 'done', status: 'FAILED', error: { code, message } });
  update({});
  try {
    const head = new Uint8Array(await file.slice(0, PDF_MAGIC.length).arrayBuffer());
    const contentType = letterContentType(file, head);
    const { createUpload } = await client.request(CreateUploadMutation, { input: { fileName: file.name, contentType } });
    const refused = createUpload.errors[0];
    if (refused || !createUpload.upload || !createUpload.uploadUrl) return fail(refused?.code ?? 'BAD_USER_INPUT', refused?.message ?? 'The API did not say where to send the file.');
    const uploadId = createUpload.upload.id;
    update({ phase: 'sending' });
    await send(createUpload.uploadUrl, createUpload.uploadMethod ?? 'PUT', createUpload.uploadHeaders, file, (sent) => update({ sent }));
    update({ phase: 'reading', sent: 1 });
    const deadline = Date.now() + FOLLOW_FOR_MS;
    for (let wait = 250; ; wait = Math.min(wait * 1.5, 3_000)) {
      const { upload } = await client.request(UploadStatusQuery, { id: uploadId });
      if (upload && upload.status !== 'PENDING') {
        return update({ phase: 'done', status: upload.status, error: upload.error ?? null, caseId: upload.case?.id ?? null, caseNumber: upload.case?.caseNumber ?? null });
      }
      if (Date.now() > deadline) return update({ phase: 'done', status: 'PENDING' });
      await sleep(wait);
    }
  } catch (error) {
    if (error instanceof GraphQLRequestError && error.code === 'FORBIDDEN') return fail('FORBIDDEN', 'You may not upload letters: ask an administrator to add you to the imr-writers group.');
    return fail(error instanceof GraphQLRequestError ? error.code : 'NETWORK', error instanceof Error ? error.message : String(error));
  }
}
