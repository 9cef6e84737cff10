/**
 * The presigned upload URL on AWS writes its key once: it carries If-None-Match: * among the
 * headers SigV4 signs, so S3 refuses a PUT that drops the header (the signature no longer matches)
 * and, with it, refuses any PUT once the object exists (412). s3rver ignores the header on PUT,
 * so what is checked here is the URL and the headers the client is told to send.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createS3BlobStore, type S3BlobStore } from '../../src/blobs/s3-blob-store.js';
import { DEFAULT_DOWNLOAD_URL_TTL_SECONDS } from '../../src/config.js';

const savedEnv = { ...process.env };
let store: S3BlobStore;

beforeAll(() => {
  // Presigning needs credentials and nothing else: no request is sent.
  Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' });
  store = createS3BlobStore({ region: 'us-east-1', s3Endpoint: null, downloadUrlTtlSeconds: DEFAULT_DOWNLOAD_URL_TTL_SECONDS }, 'imr-uploads');
});
afterAll(() => {
  store?.close();
  process.env = savedEnv;
});

describe('the presigned upload URL', () => {
  it('tells the client to PUT with If-None-Match: * and signs that header, so the address takes one file', async () => {
    const target = await store.createUploadTarget('uploads/0d3f/letter.pdf', 'application/pdf');

    const signed = new URL(target.url).searchParams.get('X-Amz-SignedHeaders')?.split(';') ?? [];
    expect(target.method).toBe('PUT');
    expect(target.headers).toEqual({ 'content-type': 'application/pdf', 'if-none-match': '*' });
    expect(signed).toContain('if-none-match');
  });
});
