/**
 * Download links on AWS: presigned S3 GETs, checked against an S3-compatible server (s3rver), first
 * from the S3 blob store itself, then through the GraphQL API in aws mode, as a client would follow
 * `source.downloadUrl`. s3rver refuses an expired presigned URL as S3 does, but it does not compute
 * SigV4 signatures (it checks only the access key id), so that an altered URL is refused rests on
 * S3 itself: the key, the response overrides and the expiry are all in what SigV4 signs.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_CREDENTIALS, LOCAL_REGION, startLocalAws, type LocalAws } from '../support/local-aws.js';
import { PROJECT_ROOT } from '../../cdk/project-root.js';
import { createS3BlobStore, type S3BlobStore } from '../../src/blobs/s3-blob-store.js';
import { DEFAULT_DOWNLOAD_URL_TTL_SECONDS } from '../../src/config.js';
import { openHarness, READER, WRITER, type Harness } from '../graphql/harness.js';

const SAMPLE = '000_0134393615b26c1c.pdf';
const sample = (name: string) => readFile(path.join(PROJECT_ROOT, 'samples', name));

let aws: LocalAws;
const savedEnv = { ...process.env };

beforeAll(async () => {
  aws = await startLocalAws({ bucket: 'imr-test-downloads', tableName: 'imr-test-downloads' });
  // The SDK reads its credentials from the environment, as on Lambda.
  Object.assign(process.env, LOCAL_CREDENTIALS);
});

afterAll(async () => {
  await aws?.close();
  process.env = savedEnv;
});

async function download(url: string | URL) {
  const response = await fetch(url);
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

describe('a presigned S3 download link', () => {
  const config = () => ({ region: LOCAL_REGION, s3Endpoint: aws.s3Endpoint, downloadUrlTtlSeconds: DEFAULT_DOWNLOAD_URL_TTL_SECONDS });
  let store: S3BlobStore;
  let bytes: Buffer;
  const key = `uploads/5f0c7a1e-2b7d-4c3e-9a51-0d2e8f6b1c44/${SAMPLE}`;
  const file = { fileName: SAMPLE, contentType: 'application/pdf' };

  beforeAll(async () => {
    store = createS3BlobStore(config(), aws.bucket);
    bytes = await sample(SAMPLE);
    await store.put(key, bytes, 'application/pdf');
  });
  afterAll(() => {
    store?.close();
  });

  it('downloads the exact bytes kept, as an attachment with the name and type given, never cached', async () => {
    const link = await store.createDownloadLink(key, file);

    const answer = await download(link.url);

    expect(answer.status).toBe(200);
    expect(answer.bytes.equals(bytes)).toBe(true);
    expect(answer.headers.get('content-type')).toBe('application/pdf');
    expect(answer.headers.get('content-disposition')).toBe(`attachment; filename="${SAMPLE}"`);
    expect(answer.headers.get('content-length')).toBe(String(bytes.byteLength));
    expect(answer.headers.get('cache-control')).toBe('private, no-store');
  });

  it('carries a name outside ASCII, with quotes, to the saved file', async () => {
    const link = await store.createDownloadLink(key, { fileName: 'Müller "copia".pdf', contentType: 'application/pdf' });

    const answer = await download(link.url);

    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-disposition')).toBe(`attachment; filename="M_ller _copia_.pdf"; filename*=UTF-8''M%C3%BCller%20%22copia%22.pdf`);
  });

  it('expires after the configured lifetime, and says when', async () => {
    const signedAt = new Date();
    const link = await createS3BlobStore(config(), aws.bucket, { now: () => signedAt }).createDownloadLink(key, file);
    const url = new URL(link.url);

    expect(url.searchParams.get('X-Amz-Expires')).toBe(String(DEFAULT_DOWNLOAD_URL_TTL_SECONDS));
    expect(Date.parse(link.expiresAt) - Math.floor(signedAt.getTime() / 1000) * 1000).toBe(DEFAULT_DOWNLOAD_URL_TTL_SECONDS * 1000);
  });

  it('is refused by S3 once it has expired', async () => {
    const longAgo = new Date(Date.now() - (DEFAULT_DOWNLOAD_URL_TTL_SECONDS + 5) * 1000);
    const signedLongAgo = createS3BlobStore(config(), aws.bucket, { now: () => longAgo });
    const expired = await signedLongAgo.createDownloadLink(key, file);
    signedLongAgo.close();

    const answer = await download(expired.url);

    expect(Date.parse(expired.expiresAt)).toBeLessThan(Date.now());
    expect(answer.status).toBe(403);
    expect(answer.bytes.toString('utf8')).toMatch(/Request has expired/);
  });
});

describe('source.downloadUrl through the GraphQL API in aws mode', () => {
  let api: Harness;

  beforeAll(async () => {
    api = await openHarness({ env: { ...aws.environment, IMR_MODE: 'aws' } });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('gives a reader a presigned link to the letter a writer sent in', async () => {
    const bytes = await sample(SAMPLE);
    const ingested = await api.post<{ ingestDetermination: { case: { id: string } | null } }>(
      'mutation ($input: IngestDeterminationInput!) { ingestDetermination(input: $input) { case { id } } }',
      { input: { fileName: SAMPLE, contentType: 'application/pdf', contentBase64: bytes.toString('base64') } },
      WRITER,
    );
    const caseId = ingested.data?.ingestDetermination.case?.id;

    const answer = await api.post<{ case: { source: { downloadUrl: string } } }>('query ($id: ID!) { case(id: $id) { source { downloadUrl } } }', { id: caseId }, READER);
    const link = answer.data!.case.source.downloadUrl;
    const downloaded = await download(link);

    expect(answer.errors).toBeUndefined();
    expect(link.startsWith(`${aws.s3Endpoint}/${aws.bucket}/uploads/`)).toBe(true);
    expect(downloaded.status).toBe(200);
    expect(downloaded.bytes.equals(bytes)).toBe(true);
    expect(downloaded.headers.get('content-disposition')).toBe(`attachment; filename="${SAMPLE}"`);
  });
});
