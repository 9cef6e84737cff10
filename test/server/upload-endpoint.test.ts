import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL, SAMPLES_DIR, startTestServer, type TestServer } from './local-server.js';

const CREATE_UPLOAD = /* GraphQL */ `
  mutation ($input: CreateUploadInput!) {
    createUpload(input: $input) {
      upload { id status }
      uploadUrl
      uploadMethod
      uploadHeaders { name value }
      errors { code message }
    }
  }
`;

const UPLOAD_STATUS = /* GraphQL */ `
  query ($id: ID!) {
    upload(id: $id) { status error { code } case { id caseNumber } }
  }
`;

interface CreateUpload {
  createUpload: {
    upload: { id: string; status: string };
    uploadUrl: string;
    uploadMethod: string;
    uploadHeaders: { name: string; value: string }[];
  };
}

interface UploadAnswer {
  uploadId: string | null;
  status: string | null;
  caseId: string | null;
  error: { code: string; message: string } | null;
}

const MAX_UPLOAD_BYTES = 20_000;

describe('PUT /uploads/<uploadId>/<fileName> (the local stand-in for the presigned S3 URL)', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ MAX_UPLOAD_BYTES: String(MAX_UPLOAD_BYTES) }, { inMemory: true });
  });
  afterAll(async () => {
    await server?.stop();
  });

  async function announce(fileName: string, contentType: string) {
    const answer = await postGraphQL<CreateUpload>(server, CREATE_UPLOAD, { input: { fileName, contentType } });
    const payload = answer.body.data?.createUpload;
    if (!payload) throw new Error(`createUpload failed: ${JSON.stringify(answer.body)}`);
    return payload;
  }

  async function put(url: string, body: BodyInit, headers: Record<string, string> = {}) {
    const response = await fetch(url, { method: 'PUT', headers, body });
    return { status: response.status, headers: response.headers, body: (await response.json()) as UploadAnswer };
  }

  it('stores and ingests the letter announced by createUpload, then the API shows its case', async () => {
    const fileName = '001_872fb3fc99c0572e.pdf';
    const bytes = await readFile(path.join(SAMPLES_DIR, fileName));
    const target = await announce(fileName, 'application/pdf');
    const headers = Object.fromEntries(target.uploadHeaders.map((h) => [h.name, h.value]));

    const answer = await put(target.uploadUrl, new Uint8Array(bytes), headers);

    expect(target.uploadUrl).toMatch(new RegExp(`^${server.origin}/uploads/`));
    expect(target.uploadMethod).toBe('PUT');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ uploadId: target.upload.id, status: 'PARSED', error: null });
    const followed = await postGraphQL<{ upload: { status: string; case: { id: string; caseNumber: string } } }>(server, UPLOAD_STATUS, { id: target.upload.id });
    expect(followed.body.data?.upload.status).toBe('PARSED');
    expect(followed.body.data?.upload.case.id).toBe(answer.body.caseId);
  });

  it('answers 409 CONFLICT when the same upload address is used a second time', async () => {
    const fileName = '002_572d8b93f8cec80c.txt';
    const bytes = await readFile(path.join(SAMPLES_DIR, fileName));
    const target = await announce(fileName, 'text/plain');
    await put(target.uploadUrl, new Uint8Array(bytes), { 'content-type': 'text/plain' });

    const again = await put(target.uploadUrl, new Uint8Array(bytes), { 'content-type': 'text/plain' });

    expect(again.status).toBe(409);
    expect(again.body.error?.code).toBe('CONFLICT');
  });

  it('takes one letter per address: of two different files PUT at once, one is ingested and the other refused with 409, and the kept original is the one the case records', async () => {
    const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
    const letters = await Promise.all(
      ['CM14-0246489.txt', 'CM14-0278165.txt'].map(async (name) => new Uint8Array(await readFile(path.join(SAMPLES_DIR, 'synthetic', name)))),
    );
    const target = await announce('letter.txt', 'text/plain');

    const answers = await Promise.all(letters.map((bytes) => put(target.uploadUrl, bytes, { 'content-type': 'text/plain' })));

    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const refused = answers.find((a) => a.status === 409)!;
    expect(refused.body.error?.code).toBe('CONFLICT');
    const accepted = letters[answers.findIndex((a) => a.status === 200)]!;
    const followed = await postGraphQL<{ upload: { sha256: string; case: { source: { sha256: string; downloadUrl: string } } } }>(
      server,
      /* GraphQL */ `query ($id: ID!) { upload(id: $id) { sha256 case { source { sha256 downloadUrl } } } }`,
      { id: target.upload.id },
    );
    const upload = followed.body.data?.upload;
    expect(upload?.sha256).toBe(sha256(accepted));
    expect(upload?.case.source.sha256).toBe(sha256(accepted));
    const kept = new Uint8Array(await (await fetch(upload!.case.source.downloadUrl)).arrayBuffer());
    expect(sha256(kept)).toBe(sha256(accepted));
  });

  it('answers 404 NOT_FOUND for an upload id nobody announced', async () => {
    const answer = await put(`${server.origin}/uploads/no-such-upload/letter.txt`, 'text of a letter');

    expect(answer.status).toBe(404);
    expect(answer.body.error?.code).toBe('NOT_FOUND');
    expect(answer.body.error?.message).toMatch(/createUpload/);
  });

  it('answers 404 when the file name is not the one announced (as a presigned URL would refuse it)', async () => {
    const target = await announce('letter.txt', 'text/plain');

    const answer = await put(target.uploadUrl.replace(/letter\.txt$/, 'other.txt'), 'text of a letter');

    expect(answer.status).toBe(404);
  });

  it('answers 413 PAYLOAD_TOO_LARGE over the size limit and marks the upload FAILED', async () => {
    const target = await announce('huge.pdf', 'application/pdf');

    const answer = await put(target.uploadUrl, new Uint8Array(MAX_UPLOAD_BYTES + 1), { 'content-type': 'application/pdf' });

    expect(answer.status).toBe(413);
    expect(answer.body.error?.code).toBe('PAYLOAD_TOO_LARGE');
    const followed = await postGraphQL<{ upload: { status: string; error: { code: string } } }>(server, UPLOAD_STATUS, { id: target.upload.id });
    expect(followed.body.data?.upload).toMatchObject({ status: 'FAILED', error: { code: 'PAYLOAD_TOO_LARGE' } });
  });

  it('answers 413 for a body sent without a length (chunked) once it passes the limit', async () => {
    const target = await announce('streamed.txt', 'text/plain');
    const chunk = new Uint8Array(8_000);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 4; i++) controller.enqueue(chunk);
        controller.close();
      },
    });

    const response = await fetch(target.uploadUrl, { method: 'PUT', body, duplex: 'half' } as RequestInit & { duplex: 'half' });
    const answer = (await response.json()) as UploadAnswer;

    expect(response.status).toBe(413);
    expect(answer.error?.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('reports a file that is not an IMR letter as FAILED with its code, in a 200 answer (the file was received)', async () => {
    const target = await announce('notes.txt', 'text/plain');

    const answer = await put(target.uploadUrl, 'Shopping list: milk, eggs, bread.', { 'content-type': 'text/plain' });

    expect(answer.status).toBe(200);
    expect(answer.body.status).toBe('FAILED');
    expect(answer.body.error?.code).toBe('NOT_AN_IMR_LETTER');
  });

  it('lets a page on another local port PUT the file (CORS, like the S3 bucket rule)', async () => {
    const target = await announce('letter.txt', 'text/plain');

    const preflight = await fetch(target.uploadUrl, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'PUT', 'access-control-request-headers': 'content-type' },
    });
    const refused = await put(`${server.origin}/uploads/x/y.txt`, 'x', { origin: 'http://localhost:5173' });

    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PUT');
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(refused.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  });
});
