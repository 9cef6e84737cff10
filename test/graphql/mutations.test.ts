/**
 * Sending letters in: ingestDetermination (inline text or base64) and createUpload, as writers
 * and as read-only callers, over the real parser, ingest use case and store.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../cdk/project-root.js';
import { openHarness, PARTNER, READER, WRITER, type Harness } from './harness.js';

const sample = (name: string) => readFileSync(path.join(PROJECT_ROOT, 'samples', name));
const facts = (name: string) =>
  JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'samples', 'facts', `${name}.json`), 'utf8')) as {
    caseOutcome: string;
    reviewer: { specialties: string[] };
    disputedItems: { outcome: string }[];
  };

// Small enough that a test can go over it, large enough for every sample letter.
const MAX_UPLOAD_BYTES = 64 * 1024;
const MAX_INLINE_UPLOAD_BYTES = 48 * 1024;
let api: Harness;

const INGEST = `mutation Ingest($input: IngestDeterminationInput!) {
  ingestDetermination(input: $input) {
    upload { id status fileName contentType sizeBytes sha256 error { code message } case { id } }
    case { id caseNumber outcome reviewer { specialties } disputedItems { ordinal decision { outcome } } source { fileName sizeBytes } }
    errors { code message field }
  }
}`;

interface IngestPayload {
  ingestDetermination: {
    upload: { id: string; status: string; fileName: string; contentType: string; sizeBytes: number; sha256: string; error: { code: string; message: string } | null; case: { id: string } | null } | null;
    case: { id: string; caseNumber: string | null; outcome: string; reviewer: { specialties: string[] }; disputedItems: { ordinal: number; decision: { outcome: string } }[]; source: { fileName: string; sizeBytes: number } } | null;
    errors: { code: string; message: string; field: string | null }[];
  };
}

beforeAll(async () => {
  api = await openHarness({ env: { MAX_UPLOAD_BYTES: String(MAX_UPLOAD_BYTES), MAX_INLINE_UPLOAD_BYTES: String(MAX_INLINE_UPLOAD_BYTES) } });
});

afterAll(async () => {
  await api?.close();
});

describe('ingestDetermination', () => {
  it('parses and stores a letter sent as text, and the upload can be followed by its id', async () => {
    const name = '001_872fb3fc99c0572e';
    const expected = facts(name);

    const answer = await api.post<IngestPayload>(INGEST, { input: { fileName: `${name}.txt`, text: sample(`${name}.txt`).toString('utf8') } }, WRITER);

    expect(answer.errors).toBeUndefined();
    const payload = answer.data!.ingestDetermination;
    expect(payload.errors).toEqual([]);
    expect(payload.upload).toMatchObject({ status: 'PARSED', fileName: `${name}.txt`, error: null, case: { id: payload.case!.id } });
    expect(payload.case).toMatchObject({
      outcome: expected.caseOutcome,
      reviewer: { specialties: expected.reviewer.specialties },
      disputedItems: expected.disputedItems.map((item, i) => ({ ordinal: i + 1, decision: { outcome: item.outcome } })),
      source: { fileName: `${name}.txt`, sizeBytes: sample(`${name}.txt`).byteLength },
    });

    const followed = await api.post('query ($id: ID!) { upload(id: $id) { status case { id } } }', { id: payload.upload!.id });
    expect(followed.data).toEqual({ upload: { status: 'PARSED', case: { id: payload.case!.id } } });
  });

  it('recognises the PDF of a letter already stored from its text as a DUPLICATE of the same case', async () => {
    const name = '002_572d8b93f8cec80c';
    const first = await api.post<IngestPayload>(INGEST, { input: { fileName: `${name}.txt`, text: sample(`${name}.txt`).toString('utf8') } }, WRITER);

    const again = await api.post<IngestPayload>(
      INGEST,
      { input: { fileName: `${name}.pdf`, contentType: 'application/pdf', contentBase64: sample(`${name}.pdf`).toString('base64') } },
      WRITER,
    );

    expect(first.data!.ingestDetermination.upload!.status).toBe('PARSED');
    expect(again.data!.ingestDetermination).toMatchObject({
      upload: { status: 'DUPLICATE', contentType: 'application/pdf', sizeBytes: sample(`${name}.pdf`).byteLength },
      case: { id: first.data!.ingestDetermination.case!.id },
      errors: [],
    });
  });

  it('reports a file that is not an IMR letter as a typed payload error, and records the failed upload', async () => {
    const text = 'Dear customer,\n\nYour order #4411 has shipped and will arrive on Tuesday.\n';

    const answer = await api.post<IngestPayload>(INGEST, { input: { fileName: 'order.txt', text } }, WRITER);

    expect(answer.errors).toBeUndefined();
    const payload = answer.data!.ingestDetermination;
    expect(payload.case).toBeNull();
    expect(payload.errors).toEqual([{ code: 'NOT_AN_IMR_LETTER', message: expect.any(String), field: null }]);
    expect(payload.upload).toMatchObject({ status: 'FAILED', error: { code: 'NOT_AN_IMR_LETTER' }, case: null });
  });

  it.each([
    ['both text and contentBase64', 'BAD_USER_INPUT', 'contentBase64', { text: 'a', contentBase64: 'YQ==' }],
    ['neither text nor contentBase64', 'BAD_USER_INPUT', 'text', {}],
    ['base64 that is not base64', 'BAD_USER_INPUT', 'contentBase64', { contentBase64: 'this is not base64!' }],
    ['an empty file name', 'BAD_USER_INPUT', 'fileName', { fileName: '  ', text: 'a' }],
    ['a spreadsheet', 'UNSUPPORTED_DOCUMENT', 'contentType', { contentType: 'application/vnd.ms-excel', contentBase64: 'YQ==' }],
    ['text over the size limit', 'PAYLOAD_TOO_LARGE', 'text', { text: 'x'.repeat(MAX_UPLOAD_BYTES + 1) }],
    ['base64 over the size limit', 'PAYLOAD_TOO_LARGE', 'contentBase64', { contentBase64: Buffer.alloc(MAX_UPLOAD_BYTES + 3).toString('base64') }],
  ])('refuses %s before recording anything (%s on %s)', async (_, code, field, input) => {
    const answer = await api.post<IngestPayload>(INGEST, { input: { fileName: 'letter.txt', ...input } }, WRITER);

    expect(answer.errors).toBeUndefined();
    expect(answer.data!.ingestDetermination).toEqual({ upload: null, case: null, errors: [{ code, message: expect.any(String), field }] });
  });

  it('refuses inline a letter createUpload would take, saying so, and states the inline limit', async () => {
    const inline = MAX_INLINE_UPLOAD_BYTES + 1;
    const answer = await api.post<IngestPayload>(INGEST, { input: { fileName: 'big.pdf', contentBase64: Buffer.alloc(inline).toString('base64') } }, WRITER);
    expect(answer.data!.ingestDetermination).toEqual({
      upload: null,
      case: null,
      errors: [{ code: 'PAYLOAD_TOO_LARGE', field: 'contentBase64', message: expect.stringContaining('Send it with createUpload') }],
    });
    const limits = await api.post<{ limits: { maxUploadBytes: number; maxInlineUploadBytes: number } }>('{ limits { maxUploadBytes maxInlineUploadBytes } }', {}, WRITER);
    expect(limits.data!.limits).toEqual({ maxUploadBytes: MAX_UPLOAD_BYTES, maxInlineUploadBytes: MAX_INLINE_UPLOAD_BYTES });
  });

  it('names both sizes when a letter is too large', async () => {
    const answer = await api.post<IngestPayload>(INGEST, { input: { fileName: 'big.txt', text: 'x'.repeat(100_000) } }, WRITER);
    expect(answer.data!.ingestDetermination.errors[0]!.message).toBe('The letter is 100,000 bytes; the limit is 65,536 bytes.');
  });
});

describe('createUpload', () => {
  it('announces an upload and says where and how to PUT the file', async () => {
    const answer = await api.post<{
      createUpload: { upload: { id: string; status: string; fileName: string }; uploadUrl: string; uploadMethod: string; uploadHeaders: { name: string; value: string }[]; errors: unknown[] };
    }>(
      'mutation ($input: CreateUploadInput!) { createUpload(input: $input) { upload { id status fileName } uploadUrl uploadMethod uploadHeaders { name value } expiresAt errors { code } } }',
      { input: { fileName: 'CM16-0213037.pdf', contentType: 'application/pdf' } },
      WRITER,
    );

    expect(answer.errors).toBeUndefined();
    const payload = answer.data!.createUpload;
    expect(payload).toMatchObject({ upload: { status: 'PENDING', fileName: 'CM16-0213037.pdf' }, uploadMethod: 'PUT', errors: [] });
    expect(payload.uploadUrl).toMatch(/^https?:\/\/.+CM16-0213037\.pdf$/);
    expect(payload.uploadHeaders).toContainEqual({ name: 'content-type', value: 'application/pdf' });

    const followed = await api.post('query ($id: ID!) { upload(id: $id) { status case { id } } }', { id: payload.upload.id });
    expect(followed.data).toEqual({ upload: { status: 'PENDING', case: null } });
  });

  it('refuses a file type letters never come in', async () => {
    const answer = await api.post(
      'mutation { createUpload(input: { fileName: "scan.png", contentType: "image/png" }) { upload { id } uploadUrl uploadHeaders { name } errors { code field } } }',
      undefined,
      WRITER,
    );
    expect(answer.data).toEqual({ createUpload: { upload: null, uploadUrl: null, uploadHeaders: [], errors: [{ code: 'UNSUPPORTED_DOCUMENT', field: 'contentType' }] } });
  });
});

describe('callers who may only read', () => {
  it.each([
    ['a partner key', PARTNER, 'Partner API keys are read-only'],
    ['a signed-in user outside imr-writers', READER, 'imr-writers'],
  ])('%s gets FORBIDDEN from every mutation, and nothing is stored', async (_, principal, why) => {
    const before = await api.post<{ cases: { totalCount: number | null; edges: unknown[] } }>('{ cases(first: 100) { edges { cursor } } }');

    const ingest = await api.post(INGEST, { input: { fileName: 'a.txt', text: sample('000_0134393615b26c1c.txt').toString('utf8') } }, principal);
    const upload = await api.post('mutation { createUpload(input: { fileName: "a.pdf", contentType: "application/pdf" }) { uploadUrl } }', undefined, principal);
    const after = await api.post<{ cases: { edges: unknown[] } }>('{ cases(first: 100) { edges { cursor } } }');

    for (const answer of [ingest, upload]) {
      expect(answer.data).toBeNull();
      expect(answer.errors).toEqual([expect.objectContaining({ message: expect.stringContaining(why), extensions: { code: 'FORBIDDEN' } })]);
    }
    expect(after.data!.cases.edges).toHaveLength(before.data!.cases.edges.length);
  });
});
