/**
 * Ingest Lambda: S3 ObjectCreated (uploads/<uploadId>/<fileName>) → SQS → here → the one
 * ingest use case (`services.ingestLetter`), the same one the local server and the CLI run.
 *
 * Outcomes per SQS message:
 * - the letter parsed, was a duplicate, or failed to PARSE (upload marked FAILED with its typed
 *   error): done — a bad letter does not get better by retrying;
 * - S3, DynamoDB or the function itself failed: the message is reported in `batchItemFailures`,
 *   SQS delivers it again, and after `maxReceiveCount` tries it lands in the dead-letter queue
 *   (alarmed), ready for a redrive once the cause is fixed.
 */
import type { Context, SQSBatchItemFailure, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { openServices } from '../src/app/open-services.js';
import { loadConfig } from '../src/config.js';
import { CaseNumberTakenError, UploadAlreadyReceivedError, type ErrorCode } from '../src/errors.js';
import { parseUploadKey } from '../src/ingest/upload-key.js';
import { beginInvocation, createLogger } from '../src/observability/logger.js';

const logger = createLogger('imr-ingest');
// Once per container: clients and connections are reused by every warm invocation.
const services = await openServices(loadConfig());

/** Failures of ours or of AWS that a later delivery may not meet again. */
const RETRYABLE: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['INTERNAL_SERVER_ERROR', 'CONFLICT', 'CONFIGURATION']);

/** The parts of one S3 event record the handler uses, checked rather than assumed. */
interface ObjectEvent {
  eventName: string;
  bucket: string;
  /** As S3 wrote it into the notification: form URL-encoded. */
  encodedKey: string;
  sizeBytes: number;
  /** The object version this event is about (the upload bucket is versioned). */
  versionId: string | null;
}

type Notification = { kind: 'test' } | { kind: 'objects'; records: ObjectEvent[] };

class NotANotificationError extends Error {
  override readonly name = 'NotANotificationError';
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function readObjectEvent(value: unknown): ObjectEvent {
  const s3 = isRecord(value) && isRecord(value.s3) ? value.s3 : null;
  const bucket = s3 && isRecord(s3.bucket) ? s3.bucket.name : undefined;
  const object = s3 && isRecord(s3.object) ? s3.object : null;
  if (!isRecord(value) || typeof value.eventName !== 'string' || typeof bucket !== 'string' || !object || typeof object.key !== 'string') {
    throw new NotANotificationError('An S3 event record lacks its event name, bucket or object key.');
  }
  // S3 omits the size for some event types (deletions); an object creation always has one.
  const sizeBytes = typeof object.size === 'number' ? object.size : 0;
  const versionId = typeof object.versionId === 'string' && object.versionId !== '' ? object.versionId : null;
  return { eventName: value.eventName, bucket, encodedKey: object.key, sizeBytes, versionId };
}

/** The S3 event notification an SQS message carries (S3 sends a test event when the notification is set up). */
function readNotification(body: string): Notification {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new NotANotificationError('The message body is not JSON, so it is not an S3 event notification.');
  }
  if (isRecord(parsed) && parsed.Event === 's3:TestEvent') return { kind: 'test' };
  if (isRecord(parsed) && Array.isArray(parsed.Records)) return { kind: 'objects', records: parsed.Records.map(readObjectEvent) };
  throw new NotANotificationError('The message body is not an S3 event notification.');
}

/** Object keys in S3 event notifications are URL-encoded the way HTML forms are: "+" is a space. */
function decodeS3Key(key: string): string {
  return decodeURIComponent(key.replace(/\+/g, ' '));
}

async function ingestObject(record: ObjectEvent, messageId: string): Promise<void> {
  if (!record.eventName.startsWith('ObjectCreated:')) {
    logger.info('Not an object creation, nothing to ingest', { messageId, eventName: record.eventName });
    return;
  }
  const bucket = record.bucket;
  if (bucket !== services.config.uploadBucket) {
    // Misrouted notification (a second bucket pointed at this queue): keep it for a person to look at.
    throw new Error(`Notification for bucket "${bucket}", but this function reads "${services.config.uploadBucket}".`);
  }
  const key = decodeS3Key(record.encodedKey);
  const target = parseUploadKey(key);
  if (!target) {
    logger.warn('Object key is not uploads/<uploadId>/<fileName>; left alone', { messageId, key });
    return;
  }
  const size = record.sizeBytes;
  const log = { messageId, key, uploadId: target.uploadId, sizeBytes: size };

  if (size > services.config.maxUploadBytes) {
    // A presigned PUT cannot cap the size; do not pull gigabytes into the function to find out.
    // The object stays in S3; the use case records the refusal.
    await services.refuseOversized({ uploadId: target.uploadId, sizeBytes: size, storageKey: key });
    logger.warn('Upload is over the size limit; upload marked FAILED', { ...log, errorCode: 'PAYLOAD_TOO_LARGE' });
    return;
  }

  // The version the event names: the bytes this upload received, even if the key was written again since.
  const bytes = await services.blobStore.get(key, record.versionId);
  if (!bytes) {
    // S3 reads are strongly consistent: a missing object was deleted after the event; retrying will not bring it back.
    logger.warn('Uploaded object no longer exists; nothing to ingest', log);
    return;
  }

  let result;
  try {
    result = await services.ingestLetter({ bytes, fileName: target.fileName, uploadId: target.uploadId, storedKey: key, storedVersionId: record.versionId });
  } catch (error) {
    // A second file at the key of an upload that already received one: the first stands; retrying changes nothing.
    if (!(error instanceof UploadAlreadyReceivedError)) throw error;
    logger.warn('A second file was written to an upload that already received one; not ingested', { ...log, versionId: record.versionId, errorCode: error.code });
    return;
  }
  const outcome = { ...log, status: result.status, caseId: result.case?.id ?? null, errorCode: result.error?.code ?? null };
  // A case number held by another letter is a refusal by rule (CONFLICT too), not a race a retry could win.
  const isFinal = result.error instanceof CaseNumberTakenError;
  if (result.status === 'FAILED' && result.error && RETRYABLE.has(result.error.code) && !isFinal) {
    logger.error('Ingest failed on our side; the message will be retried', { ...outcome, error: result.error });
    throw result.error;
  }
  if (result.status === 'FAILED') logger.warn('Letter could not be parsed; upload marked FAILED', { ...outcome, errorMessage: result.error?.message });
  else logger.info('Letter ingested', outcome);
}

async function handleMessage(message: SQSRecord): Promise<boolean> {
  try {
    const notification = readNotification(message.body);
    if (notification.kind === 'test') {
      logger.info('S3 test event received: the bucket notification reaches this function', { messageId: message.messageId });
      return true;
    }
    // One S3 notification holds one record in practice; handle each in order all the same.
    for (const record of notification.records) await ingestObject(record, message.messageId);
    return true;
  } catch (error) {
    logger.error('Message failed; SQS will deliver it again (then to the dead-letter queue)', {
      messageId: message.messageId,
      receiveCount: message.attributes?.ApproximateReceiveCount,
      error: error instanceof Error ? error : String(error),
    });
    return false;
  }
}

export async function handler(event: SQSEvent, context: Context): Promise<SQSBatchResponse> {
  beginInvocation(logger, context);
  const handled = await Promise.all(event.Records.map(handleMessage));
  const batchItemFailures: SQSBatchItemFailure[] = event.Records.filter((_, i) => !handled[i]).map((m) => ({ itemIdentifier: m.messageId }));
  logger.info('Batch done', { messages: event.Records.length, failed: batchItemFailures.length });
  return { batchItemFailures };
}
