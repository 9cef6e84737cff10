/**
 * A letter whose case is too big to store (over DynamoDB's 400 KB per item) reaches the ingest
 * Lambda: the upload is FAILED with PAYLOAD_TOO_LARGE, the message is not handed back to SQS for a
 * retry (it would fail the same way five times and dead-letter), and the refusal is logged.
 * Before, it failed as INTERNAL_SERVER_ERROR and was retried as if transient.
 */
import { randomUUID } from 'node:crypto';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalAws } from '../support/local-aws.js';
import type { Services } from '../../src/app/services.js';
import { lambdaContext, sqsS3ObjectCreated } from '../cdk/events.js';
import { letterTooBigToStore } from '../long-letters.js';
import { openIngestLambda, type IngestLambda } from './lambda-harness.js';

type Handler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;

let aws: LocalAws;
let s3: S3Client;
let reader: Services;
let handler: Handler;
let lambda: IngestLambda | undefined;
const logLines: string[] = [];

beforeAll(async () => {
  lambda = await openIngestLambda({ bucket: 'imr-test-too-big', tableName: 'imr-test-too-big', functionName: 'imr-test-ingest' }, (line) => logLines.push(line));
  ({ aws, s3, reader, handler } = lambda);
});

afterAll(async () => {
  await lambda?.close();
});

describe('a letter whose case is too big to store, at the ingest Lambda', () => {
  it('is FAILED with PAYLOAD_TOO_LARGE, logged, and not retried', async () => {
    const bytes = letterTooBigToStore();
    const uploadId = randomUUID();
    const key = `uploads/${uploadId}/huge.txt`;
    const now = new Date().toISOString();
    await reader.repository.createUpload({ id: uploadId, fileName: 'huge.txt', contentType: 'text/plain', status: 'PENDING', createdAt: now, updatedAt: now, sizeBytes: null, sha256: null, storageKey: key, caseId: null, error: null });
    await s3.send(new PutObjectCommand({ Bucket: aws.bucket, Key: key, Body: bytes, ContentType: 'text/plain' }));

    const response = await handler(sqsS3ObjectCreated([{ bucket: aws.bucket, key, size: bytes.byteLength }]), lambdaContext('imr-test-ingest', { remainingMs: 60_000 }));

    expect(response.batchItemFailures).toEqual([]);
    const stored = await reader.repository.getUpload(uploadId);
    expect(stored).toMatchObject({ status: 'FAILED', caseId: null, error: { code: 'PAYLOAD_TOO_LARGE', message: expect.stringContaining('limit of 409,600 bytes per case') } });
    const logs = logLines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logs.some((l) => l.level === 'WARN' && l.uploadId === uploadId && l.errorCode === 'PAYLOAD_TOO_LARGE')).toBe(true);
    expect(logs.some((l) => l.level === 'ERROR')).toBe(false);
  });
});
