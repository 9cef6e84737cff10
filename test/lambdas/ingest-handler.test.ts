/**
 * lambdas/ingest.ts in-process, with real S3 event notifications delivered through SQS, reading
 * the uploaded letters from an S3-compatible server (s3rver) and writing to DynamoDB (dynalite),
 * both on loopback. Results are read back through the repository.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { DeleteObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LocalAws } from '../support/local-aws.js';
import { PROJECT_ROOT } from '../../cdk/project-root.js';
import type { Services } from '../../src/app/services.js';
import type { UploadRecord } from '../../src/domain/records.js';
import { lambdaContext as lambdaContextFor, sqsS3ObjectCreated, sqsS3TestEvent } from '../cdk/events.js';
import { openIngestLambda, type IngestLambda } from './lambda-harness.js';

type Handler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;

const sample = (name: string) => readFileSync(path.join(PROJECT_ROOT, 'samples', name));
const facts = (name: string) =>
  JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'samples', 'facts', `${name}.json`), 'utf8')) as {
    reviewer: { specialties: string[] };
    caseOutcome: string;
    disputedItems: unknown[];
  };

let aws: LocalAws;
let s3: S3Client;
let reader: Services;
let handler: Handler;
let lambda: IngestLambda | undefined;
let logLines: string[] = [];
// Small enough that a test can upload a file over it.
const MAX_UPLOAD_BYTES = 256 * 1024;

const lambdaContext = () => lambdaContextFor('imr-test-ingest', { remainingMs: 60_000 });

/** Announce an upload (as createUpload does), put the file where the presigned URL points, and build S3's notification for it. */
async function upload(fileName: string, bytes: Uint8Array, contentType: string): Promise<{ uploadId: string; key: string; event: SQSEvent }> {
  const uploadId = randomUUID();
  const key = `uploads/${uploadId}/${fileName}`;
  const now = new Date().toISOString();
  const record: UploadRecord = {
    id: uploadId,
    fileName,
    contentType,
    status: 'PENDING',
    createdAt: now,
    updatedAt: now,
    sizeBytes: null,
    sha256: null,
    storageKey: key,
    caseId: null,
    error: null,
  };
  await reader.repository.createUpload(record);
  await s3.send(new PutObjectCommand({ Bucket: aws.bucket, Key: key, Body: bytes, ContentType: contentType }));
  return { uploadId, key, event: sqsS3ObjectCreated([{ bucket: aws.bucket, key, size: bytes.byteLength }]) };
}

async function invoke(event: SQSEvent): Promise<{ response: SQSBatchResponse; context: Context; logs: Record<string, unknown>[] }> {
  logLines = [];
  const context = lambdaContext();
  const response = await handler(event, context);
  const logs = logLines.map((line) => JSON.parse(line) as Record<string, unknown>);
  return { response, context, logs };
}

beforeAll(async () => {
  lambda = await openIngestLambda({ bucket: 'imr-test-uploads', tableName: 'imr-test-ingest', functionName: 'imr-test-ingest' }, (line) => logLines.push(line), { MAX_UPLOAD_BYTES: String(MAX_UPLOAD_BYTES) });
  ({ aws, s3, reader, handler } = lambda);
});

afterAll(async () => {
  await lambda?.close();
});

describe('ingest Lambda handler', () => {
  it('ingests a text letter whose key has spaces and parentheses, and logs JSON lines with the request id', async () => {
    const fileName = 'IMR letter (000) final.txt';
    const { uploadId, key, event } = await upload(fileName, sample('000_0134393615b26c1c.txt'), 'text/plain');
    // S3 encodes the key in the notification; the handler must decode it to find the object.
    expect(JSON.parse(event.Records[0]!.body).Records[0].s3.object.key).toBe(`uploads/${uploadId}/IMR+letter+%28000%29+final.txt`);

    const { response, context, logs } = await invoke(event);
    expect(response).toEqual({ batchItemFailures: [] });

    const stored = await reader.repository.getUpload(uploadId);
    expect(stored).toMatchObject({ status: 'PARSED', fileName, storageKey: key, error: null });
    const kase = await reader.repository.getCase(stored!.caseId!);
    const expected = facts('000_0134393615b26c1c');
    expect(kase?.reviewer.specialties).toEqual(expected.reviewer.specialties);
    expect(kase?.outcome).toBe(expected.caseOutcome);
    expect(kase?.disputedItems).toHaveLength(expected.disputedItems.length);
    expect(kase?.source.storageKey).toBe(key);

    expect(logs.length).toBeGreaterThan(0);
    for (const line of logs) expect(line).toMatchObject({ service: 'imr-ingest', function_request_id: context.awsRequestId });
    expect(logs.some((l) => l.uploadId === uploadId && l.status === 'PARSED')).toBe(true);
  });

  it('ingests the PDF of the same letter as a duplicate of the same case', async () => {
    const first = await upload('letter-001.txt', sample('001_872fb3fc99c0572e.txt'), 'text/plain');
    expect((await invoke(first.event)).response.batchItemFailures).toEqual([]);
    const pdf = await upload('letter-001.pdf', sample('001_872fb3fc99c0572e.pdf'), 'application/pdf');
    expect((await invoke(pdf.event)).response.batchItemFailures).toEqual([]);

    const txtUpload = await reader.repository.getUpload(first.uploadId);
    const pdfUpload = await reader.repository.getUpload(pdf.uploadId);
    expect(txtUpload?.status).toBe('PARSED');
    expect(pdfUpload?.status).toBe('DUPLICATE');
    expect(pdfUpload?.caseId).toBe(txtUpload?.caseId);
  });

  it('marks a file that is not an IMR letter FAILED without asking SQS to retry it, and keeps the original', async () => {
    const text = Buffer.from('Quarterly facilities budget\n\nLine items: chairs, desks, printer toner.\nApproved by the office manager.\n');
    const { uploadId, key, event } = await upload('budget.txt', text, 'text/plain');
    const { response, logs } = await invoke(event);
    expect(response.batchItemFailures).toEqual([]);
    const stored = await reader.repository.getUpload(uploadId);
    expect(stored?.status).toBe('FAILED');
    expect(stored?.error?.code).toBe('NOT_AN_IMR_LETTER');
    expect(stored?.caseId).toBeNull();
    await expect(s3.send(new HeadObjectCommand({ Bucket: aws.bucket, Key: key }))).resolves.toBeTruthy();
    expect(logs.some((l) => l.level === 'WARN' && l.uploadId === uploadId && l.errorCode === 'NOT_AN_IMR_LETTER')).toBe(true);
  });

  it("acknowledges S3's test event", async () => {
    const { response, logs } = await invoke(sqsS3TestEvent());
    expect(response).toEqual({ batchItemFailures: [] });
    expect(logs.some((l) => typeof l.message === 'string' && l.message.includes('test event'))).toBe(true);
  });

  it('reports only the failed message of a mixed batch, so SQS redelivers just that one', async () => {
    const good = await upload('letter-002.txt', sample('002_572d8b93f8cec80c.txt'), 'text/plain');
    const misrouted = sqsS3ObjectCreated([{ bucket: 'someone-elses-bucket', key: 'uploads/x/y.txt', size: 10, messageId: 'misrouted-1' }]);
    const garbage = { ...misrouted.Records[0]!, messageId: 'not-json-1', body: 'not json' };
    const event: SQSEvent = { Records: [good.event.Records[0]!, misrouted.Records[0]!, sqsS3TestEvent().Records[0]!, garbage] };
    const { response } = await invoke(event);
    expect(response.batchItemFailures.map((f) => f.itemIdentifier).sort()).toEqual(['misrouted-1', 'not-json-1']);
    expect((await reader.repository.getUpload(good.uploadId))?.status).toBe('PARSED');
  });

  it('leaves alone an object outside uploads/<uploadId>/<fileName> and a notification that is not an object creation', async () => {
    const stray = sqsS3ObjectCreated([{ bucket: aws.bucket, key: 'uploads/loose-file.txt', size: 10, messageId: 'stray-1' }]);
    const removal = sqsS3ObjectCreated([{ bucket: aws.bucket, key: `uploads/${randomUUID()}/gone.txt`, size: 10, messageId: 'removed-1' }]);
    const body = JSON.parse(removal.Records[0]!.body) as { Records: { eventName: string }[] };
    body.Records[0]!.eventName = 'ObjectRemoved:Delete';
    const event: SQSEvent = { Records: [stray.Records[0]!, { ...removal.Records[0]!, body: JSON.stringify(body) }] };

    const { response, logs } = await invoke(event);

    expect(response.batchItemFailures).toEqual([]);
    expect(logs.some((l) => l.level === 'WARN' && l.key === 'uploads/loose-file.txt')).toBe(true);
  });

  it('refuses a file over the size limit: upload FAILED with PAYLOAD_TOO_LARGE, original kept', async () => {
    const big = Buffer.alloc(MAX_UPLOAD_BYTES + 1, 'a');
    const { uploadId, key, event } = await upload('huge.txt', big, 'text/plain');
    const { response } = await invoke(event);
    expect(response.batchItemFailures).toEqual([]);
    const stored = await reader.repository.getUpload(uploadId);
    expect(stored).toMatchObject({ status: 'FAILED', sizeBytes: big.byteLength, storageKey: key, error: { code: 'PAYLOAD_TOO_LARGE' } });
    await expect(s3.send(new HeadObjectCommand({ Bucket: aws.bucket, Key: key }))).resolves.toBeTruthy();
  });

  it('skips an upload whose object was deleted before the message was handled', async () => {
    const { uploadId, key, event } = await upload('gone.txt', sample('003_07cc7a3491400021.txt'), 'text/plain');
    await s3.send(new DeleteObjectCommand({ Bucket: aws.bucket, Key: key }));
    const { response } = await invoke(event);
    expect(response.batchItemFailures).toEqual([]);
    expect((await reader.repository.getUpload(uploadId))?.status).toBe('PENDING');
  });

  it('asks SQS to retry every message when DynamoDB cannot be reached', async () => {
    const { event, uploadId } = await upload('letter-003.txt', sample('003_07cc7a3491400021.txt'), 'text/plain');
    vi.resetModules();
    // The discard port: nothing listens there.
    process.env.DYNAMODB_ENDPOINT = 'http://127.0.0.1:9';
    process.env.AWS_MAX_ATTEMPTS = '1';
    try {
      const { handler: unreachable } = (await import('../../lambdas/ingest.js')) as { handler: Handler };
      logLines = [];
      const response = await unreachable(event, lambdaContext());
      expect(response.batchItemFailures).toEqual([{ itemIdentifier: event.Records[0]!.messageId }]);
      expect(logLines.some((l) => (JSON.parse(l) as { level: string }).level === 'ERROR')).toBe(true);
    } finally {
      process.env.DYNAMODB_ENDPOINT = aws.dynamoEndpoint;
      delete process.env.AWS_MAX_ATTEMPTS;
    }
    expect((await reader.repository.getUpload(uploadId))?.status).toBe('PENDING');
  });
});
