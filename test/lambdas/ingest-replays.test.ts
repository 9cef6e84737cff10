/**
 * The ingest Lambda under replays and second files: S3 delivers a notification at least once,
 * and an upload key could be written twice by a client holding an old URL. The upload's first
 * outcome stands, the version of the object that was read is recorded, and a refusal is final
 * (not retried into the dead-letter queue).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalAws } from '../support/local-aws.js';
import { PROJECT_ROOT } from '../../cdk/project-root.js';
import type { Services } from '../../src/app/services.js';
import { lambdaContext, sqsS3ObjectCreated } from '../cdk/events.js';
import { openIngestLambda, type IngestLambda } from './lambda-harness.js';

type Handler = (event: SQSEvent, context: ReturnType<typeof lambdaContext>) => Promise<SQSBatchResponse>;

const letter = (name: string) => new Uint8Array(readFileSync(path.join(PROJECT_ROOT, 'samples', 'synthetic', name)));

let aws: LocalAws;
let s3: S3Client;
let reader: Services;
let handler: Handler;
let lambda: IngestLambda | undefined;
let logs: Record<string, unknown>[] = [];

/** S3's notification of one object, with the version id a versioned bucket gives it. */
function notification(key: string, size: number, versionId: string): SQSEvent {
  const event = sqsS3ObjectCreated([{ bucket: aws.bucket, key, size }]);
  const record = event.Records[0]!;
  const body = JSON.parse(record.body) as { Records: { s3: { object: Record<string, unknown> } }[] };
  body.Records[0]!.s3.object.versionId = versionId;
  return { Records: [{ ...record, body: JSON.stringify(body) }] };
}

async function invoke(event: SQSEvent): Promise<SQSBatchResponse> {
  logs = [];
  return handler(event, lambdaContext('imr-test-ingest', { remainingMs: 60_000 }));
}

/** Announce an upload as createUpload does; answers its key. */
async function announce(fileName: string): Promise<{ uploadId: string; key: string }> {
  const target = await reader.startUpload({ fileName, contentType: 'text/plain' });
  return { uploadId: target.upload.id, key: target.upload.storageKey! };
}

async function putObject(key: string, bytes: Uint8Array): Promise<void> {
  await s3.send(new PutObjectCommand({ Bucket: aws.bucket, Key: key, Body: bytes, ContentType: 'text/plain' }));
}

beforeAll(async () => {
  lambda = await openIngestLambda({ bucket: 'imr-test-replays', tableName: 'imr-test-replays', functionName: 'imr-test-replays' }, (line) => {
    try {
      logs.push(JSON.parse(line) as Record<string, unknown>);
    } catch {
      // not one of the function's JSON lines
    }
  });
  ({ aws, s3, reader, handler } = lambda);
});

afterAll(async () => {
  await lambda?.close();
});

describe('ingest Lambda, replays and second files', () => {
  it('records the S3 version it read, and leaves the outcome as it was when the same notification comes again', async () => {
    const bytes = letter('CM14-0246489.txt');
    const { uploadId, key } = await announce('CM14-0246489.txt');
    await putObject(key, bytes);
    const event = notification(key, bytes.byteLength, 'version-1');
    expect((await invoke(event)).batchItemFailures).toEqual([]);
    const first = await reader.repository.getUpload(uploadId);

    const again = await invoke(event);

    expect(again.batchItemFailures).toEqual([]);
    expect(first).toMatchObject({ status: 'PARSED', storageVersionId: 'version-1' });
    expect(await reader.repository.getUpload(uploadId)).toEqual(first);
  });

  it('does not ingest a second file written to an upload key, nor re-point the upload, and does not ask SQS to retry', async () => {
    const original = letter('CM14-0278165.txt');
    const other = letter('CM14-0286084.txt');
    const { uploadId, key } = await announce('letter.txt');
    await putObject(key, original);
    expect((await invoke(notification(key, original.byteLength, 'version-1'))).batchItemFailures).toEqual([]);
    const first = await reader.repository.getUpload(uploadId);
    await putObject(key, other);

    const response = await invoke(notification(key, other.byteLength, 'version-2'));

    expect(response.batchItemFailures).toEqual([]);
    expect(first?.status).toBe('PARSED');
    expect(await reader.repository.getUpload(uploadId)).toEqual(first);
    expect(await reader.repository.getCaseByNumber('CM14-0286084')).toBeNull();
    expect(logs.some((l) => l.uploadId === uploadId && l.level === 'WARN' && l.errorCode === 'CONFLICT')).toBe(true);
  });

  it('leaves a finished upload alone when an oversized second file is written to its key', async () => {
    const bytes = letter('CM15-0309841.txt');
    const { uploadId, key } = await announce('letter.txt');
    await putObject(key, bytes);
    await invoke(notification(key, bytes.byteLength, 'version-1'));
    const first = await reader.repository.getUpload(uploadId);

    // The size in the notification is what the function judges; the object itself is not read.
    const response = await invoke(notification(key, 64 * 1024 * 1024, 'version-2'));

    expect(response.batchItemFailures).toEqual([]);
    expect(first?.status).toBe('PARSED');
    expect(await reader.repository.getUpload(uploadId)).toEqual(first);
  });

  it('marks a different letter with a case number already held FAILED (CONFLICT) once, without asking SQS to retry it', async () => {
    const bytes = letter('CM15-0301922.txt');
    const first = await announce('first.txt');
    await putObject(first.key, bytes);
    await invoke(notification(first.key, bytes.byteLength, 'v'));
    // The same case number, another letter: a word of the summary changed.
    const altered = new TextEncoder().encode(new TextDecoder().decode(bytes).replace(/ the /, ' this '));
    const second = await announce('altered.txt');
    await putObject(second.key, altered);

    const response = await invoke(notification(second.key, altered.byteLength, 'v'));

    expect(response.batchItemFailures).toEqual([]);
    expect(await reader.repository.getUpload(second.uploadId)).toMatchObject({ status: 'FAILED', error: { code: 'CONFLICT' } });
    expect((await reader.repository.getCaseByNumber('CM15-0301922'))?.id).toBe((await reader.repository.getUpload(first.uploadId))?.caseId);
  });
});
