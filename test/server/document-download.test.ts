/**
 * GET /documents/… on the real local server: the link `SourceDocument.downloadUrl` gives locally
 * (the stand-in for a presigned S3 GET). Letters are ingested through the API, their links read
 * through the API, and downloaded over HTTP as a browser would.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadSigningOf, signDownloadUrl } from '../../src/blobs/signed-download-url.js';
import { MIN_DOWNLOAD_URL_TTL_SECONDS } from '../../src/config.js';
import { postGraphQL, SAMPLES_DIR, startTestServer, type TestServer } from './local-server.js';

const INGEST = /* GraphQL */ `
  mutation ($input: IngestDeterminationInput!) {
    ingestDetermination(input: $input) { case { id } errors { code message } }
  }
`;

const SOURCE = /* GraphQL */ `
  query ($id: ID!) {
    case(id: $id) { source { fileName contentType sizeBytes downloadUrl } }
  }
`;

interface Source {
  fileName: string;
  contentType: string;
  sizeBytes: number;
  downloadUrl: string;
}

interface Letter {
  bytes: Buffer;
  caseId: string;
  source: Source;
}

async function ingest(server: TestServer, fileName: string): Promise<Letter> {
  const bytes = await readFile(path.join(SAMPLES_DIR, fileName));
  const answer = await postGraphQL<{ ingestDetermination: { case: { id: string } | null } }>(server, INGEST, {
    input: { fileName, contentType: 'application/pdf', contentBase64: bytes.toString('base64') },
  });
  const caseId = answer.body.data?.ingestDetermination.case?.id;
  if (!caseId) throw new Error(`ingest of ${fileName} failed: ${JSON.stringify(answer.body)}`);
  return { bytes, caseId, source: await sourceOf(server, caseId) };
}

async function sourceOf(server: TestServer, caseId: string): Promise<Source> {
  const answer = await postGraphQL<{ case: { source: Source } }>(server, SOURCE, { id: caseId });
  if (!answer.body.data) throw new Error(`no source: ${JSON.stringify(answer.body)}`);
  return answer.body.data.case.source;
}

async function download(url: string | URL, init: RequestInit = {}) {
  const response = await fetch(url, init);
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

const errorCodeOf = (bytes: Buffer) => (JSON.parse(bytes.toString('utf8')) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code;

/** The storage key a local link names (its path after /documents/). */
const keyOf = (url: string) => new URL(url).pathname.slice('/documents/'.length).split('/').map(decodeURIComponent).join('/');

describe('downloading a case\'s original letter from the local server', () => {
  let server: TestServer;
  let first: Letter;
  let second: Letter;

  beforeAll(async () => {
    server = await startTestServer();
    first = await ingest(server, '000_0134393615b26c1c.pdf');
    second = await ingest(server, '001_872fb3fc99c0572e.pdf');
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('answers the exact bytes of the uploaded file, as an attachment with its name, type and length', async () => {
    const answer = await download(first.source.downloadUrl);

    expect(first.source.downloadUrl.startsWith(`${server.origin}/documents/uploads/`)).toBe(true);
    expect(answer.status).toBe(200);
    expect(answer.bytes.equals(first.bytes)).toBe(true);
    expect(answer.headers.get('content-type')).toBe('application/pdf');
    expect(answer.headers.get('content-disposition')).toBe('attachment; filename="000_0134393615b26c1c.pdf"');
    expect(answer.headers.get('content-length')).toBe(String(first.bytes.byteLength));
    expect(first.source.sizeBytes).toBe(first.bytes.byteLength);
    expect(answer.headers.get('cache-control')).toBe('private, no-store');
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('gives each case the link to its own file', async () => {
    const answer = await download(second.source.downloadUrl);

    expect(answer.bytes.equals(second.bytes)).toBe(true);
    expect(answer.headers.get('content-disposition')).toBe('attachment; filename="001_872fb3fc99c0572e.pdf"');
  });

  it('answers HEAD with the headers and no body', async () => {
    const answer = await download(first.source.downloadUrl, { method: 'HEAD' });

    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-length')).toBe(String(first.bytes.byteLength));
    expect(answer.bytes.byteLength).toBe(0);
  });

  it('hands out a link in a kept answer that outlives that answer by at least a minute', async () => {
    const fresh = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SOURCE, variables: { id: first.caseId } }),
    });
    const kept = (await fresh.json()) as { data: { case: { source: Source } } };
    const maxAgeSeconds = Number(/max-age=(\d+)/.exec(fresh.headers.get('cache-control') ?? '')?.[1]);
    const expiresAtSeconds = Number(new URL(kept.data.case.source.downloadUrl).searchParams.get('expires'));

    expect(maxAgeSeconds).toBe(300);
    expect(expiresAtSeconds - Date.now() / 1000).toBeGreaterThan(maxAgeSeconds + 60);
    expect(MIN_DOWNLOAD_URL_TTL_SECONDS).toBeGreaterThanOrEqual(maxAgeSeconds + 60);
    expect((await download(kept.data.case.source.downloadUrl)).status).toBe(200);
  });

  it('refuses with 403 a link whose expiry, name, type or signature was altered', async () => {
    const original = new URL(first.source.downloadUrl);
    const altered = (name: string, value: string) => {
      const url = new URL(original);
      url.searchParams.set(name, value);
      return url;
    };
    const unsigned = new URL(original);
    unsigned.searchParams.delete('signature');

    const attempts = [
      altered('expires', String(Number(original.searchParams.get('expires')) + 86_400)),
      altered('name', 'renamed.pdf'),
      altered('type', 'text/html'),
      altered('signature', 'A'.repeat(43)),
      unsigned,
    ];

    for (const url of attempts) {
      const answer = await download(url);
      expect(answer.status, url.search).toBe(403);
      expect(errorCodeOf(answer.bytes)).toBe('FORBIDDEN');
    }
  });

  it("refuses with 403 one case's link turned towards another case's file", async () => {
    const firstUrl = new URL(first.source.downloadUrl);
    const secondUrl = new URL(second.source.downloadUrl);
    const firstPathSecondSignature = new URL(firstUrl);
    firstPathSecondSignature.search = secondUrl.search;
    const secondPathFirstSignature = new URL(secondUrl);
    secondPathFirstSignature.search = firstUrl.search;

    expect((await download(firstPathSecondSignature)).status).toBe(403);
    expect((await download(secondPathFirstSignature)).status).toBe(403);
  });

  it('refuses with 403 a link that has expired, though it was signed with this server\'s key', async () => {
    const signing = downloadSigningOf(server.services.config);
    const file = { fileName: first.source.fileName, contentType: first.source.contentType };
    const key = keyOf(first.source.downloadUrl);
    const longAgo = new Date(Date.now() - (signing.ttlSeconds + 5) * 1000);

    const expired = await download(signDownloadUrl(server.origin, key, file, signing, longAgo).url);
    const current = await download(signDownloadUrl(server.origin, key, file, signing, new Date()).url);

    expect(expired.status).toBe(403);
    expect(JSON.parse(expired.bytes.toString('utf8'))).toMatchObject({ errors: [{ message: expect.stringMatching(/expired/), extensions: { code: 'FORBIDDEN' } }] });
    expect(current.status).toBe(200);
  });

  it('refuses with 403 a link signed with any other key', async () => {
    const key = keyOf(first.source.downloadUrl);
    const forged = signDownloadUrl(server.origin, key, first.source, { secret: 'guessed-secret', ttlSeconds: 900 }, new Date());

    expect((await download(forged.url)).status).toBe(403);
  });

  it('serves nothing outside the upload folder, even for a path signed with this server\'s key', async () => {
    // The server's lock file in DATA_DIR names its engine and key; a key climbing out of uploads/ would reach it.
    const published = await readFile(path.join(server.dataDir, 'dynamodb.lock'));
    const key = 'uploads/../dynamodb.lock';
    const signed = new URL(signDownloadUrl(server.origin, key, first.source, downloadSigningOf(server.services.config), new Date()).url);
    // One encoded segment, so neither the client nor the server folds the `..` away before the check.
    signed.pathname = `/documents/${encodeURIComponent(key)}`;
    const plain = new URL(signed);
    plain.pathname = '/documents/uploads/%2e%2e/dynamodb.lock';

    const climbing = await download(signed);
    const folded = await download(plain);

    expect(published.byteLength).toBeGreaterThan(0);
    expect(climbing.status).toBe(400);
    expect(climbing.bytes.includes(published)).toBe(false);
    expect(folded.status).toBe(403);
  });

  it('answers 404 when the original is no longer kept', async () => {
    const letter = await ingest(server, '002_572d8b93f8cec80c.pdf');
    await rm(path.join(server.dataDir, ...keyOf(letter.source.downloadUrl).split('/')));

    const answer = await download(letter.source.downloadUrl);

    expect(answer.status).toBe(404);
    expect(errorCodeOf(answer.bytes)).toBe('NOT_FOUND');
  });

  it('answers 405 to anything but GET and HEAD', async () => {
    const answer = await download(first.source.downloadUrl, { method: 'POST', body: 'x' });

    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe('GET, HEAD');
  });
});

describe('downloading from a local server that keeps everything in memory', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({}, { inMemory: true });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('answers the exact bytes of the uploaded file', async () => {
    const letter = await ingest(server, '003_07cc7a3491400021.pdf');

    const answer = await download(letter.source.downloadUrl);

    expect(answer.status).toBe(200);
    expect(answer.bytes.equals(letter.bytes)).toBe(true);
    expect(answer.headers.get('content-disposition')).toBe('attachment; filename="003_07cc7a3491400021.pdf"');
  });
});
