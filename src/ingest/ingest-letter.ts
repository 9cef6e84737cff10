/**
 * The one ingest use case (Lambda, local server and CLI): keep the original → parse → write the
 * case → record the upload's outcome. A letter that cannot be parsed is a normal result (FAILED
 * with its typed error); only infrastructure failures surface as INTERNAL_SERVER_ERROR.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { BlobStore } from '../blobs/blob-store.js';
import type { Config } from '../config.js';
import type { CaseRecord, UploadRecord } from '../domain/records.js';
import { ImrError, letterTooLarge, NotFoundError, toImrError } from '../errors.js';
import { caseIdForContentHash } from '../store/case-id.js';
import type { DeterminationRepository } from '../store/repository.js';
import { sizeRefusal } from './acceptance.js';
import type { IngestInput, IngestLetter, IngestResult, RefuseOversized } from './types.js';
import { safeFileName, uploadKey } from './upload-key.js';

export interface IngestDependencies {
  config: Pick<Config, 'maxUploadBytes'>;
  repository: DeterminationRepository;
  blobStore: BlobStore;
  /** Injected for tests; defaults to the clock and random UUIDs. */
  now?: () => Date;
  newId?: () => string;
}

/**
 * The parser (and its catalogues, built as it loads) is loaded on the first letter, so a process
 * that never ingests (a GraphQL Lambda answering queries) does not pay for it at cold start.
 */
const loadParser = () => import('../parser/index.js');

/** The bytes decide, not the name: a PDF saved as .txt is still a PDF. */
async function sniffContentType(bytes: Uint8Array): Promise<'application/pdf' | 'text/plain'> {
  return (await loadParser()).isPdf(bytes) ? 'application/pdf' : 'text/plain';
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export function createIngestLetter(deps: IngestDependencies): IngestLetter {
  const now = deps.now ?? (() => new Date());
  const newId = deps.newId ?? randomUUID;
  const { repository, blobStore } = deps;

  /**
   * PENDING → received, before the file is kept or parsed: one address takes one file. Throws
   * UploadAlreadyReceivedError for a different file, and records nothing else (the first file's
   * upload is not touched). An upload id nobody announced (a file put straight into the bucket) has
   * no receipt to take.
   */
  async function receive(uploadId: string, input: IngestInput, bytesHash: string, at: string): Promise<UploadRecord | null> {
    try {
      return await repository.receiveUpload({
        uploadId,
        sha256: bytesHash,
        sizeBytes: input.bytes.byteLength,
        versionId: input.storedVersionId ?? null,
        receivedAt: at,
      });
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
  }

  async function recordedOutcome(upload: UploadRecord): Promise<IngestResult> {
    const status = upload.status === 'PENDING' ? 'FAILED' : upload.status;
    const kase = upload.caseId ? await repository.getCase(upload.caseId) : null;
    const error = upload.error ? new ImrError(upload.error.code, upload.error.message) : null;
    return { status, upload, case: kase, error };
  }

  return async function ingestLetter(input: IngestInput): Promise<IngestResult> {
    const startedAt = now().toISOString();
    const uploadId = input.uploadId ?? newId();
    const fileName = safeFileName(input.fileName);
    const contentType = input.contentType ?? (await sniffContentType(input.bytes));
    const bytesHash = sha256(input.bytes);
    const announced = input.uploadId ? await receive(input.uploadId, input, bytesHash, startedAt) : null;
    // A delivery of this file has already finished (an SQS redelivery, a retried PUT): its outcome stands.
    if (announced && announced.status !== 'PENDING') return recordedOutcome(announced);
    const upload: UploadRecord = {
      id: uploadId,
      fileName: announced?.fileName ?? fileName,
      contentType,
      status: 'PENDING',
      createdAt: announced?.createdAt ?? startedAt,
      updatedAt: startedAt,
      sizeBytes: input.bytes.byteLength,
      sha256: bytesHash,
      storageKey: input.storedKey ?? null,
      caseId: null,
      error: null,
      ...(announced?.storageVersionId ? { storageVersionId: announced.storageVersionId } : {}),
    };

    const finish = async (result: Omit<IngestResult, 'upload'>): Promise<IngestResult> => {
      const final: UploadRecord = {
        ...upload,
        status: result.status,
        updatedAt: now().toISOString(),
        caseId: result.case?.id ?? null,
        error: result.error ? { code: result.error.code, message: result.error.message } : null,
      };
      await repository.saveUpload(final);
      return { ...result, upload: final };
    };
    const fail = (error: ImrError) => finish({ status: 'FAILED', case: null, error });

    try {
      const limit = deps.config.maxUploadBytes;
      const refusal = sizeRefusal(input.bytes.byteLength, limit);
      // Not kept unless it is already stored: an oversized file is refused, not archived.
      if (refusal?.code === 'PAYLOAD_TOO_LARGE') return await fail(refusal);
      if (!input.storedKey) {
        upload.storageKey = announced?.storageKey ?? uploadKey(uploadId, fileName);
        await blobStore.put(upload.storageKey, input.bytes, contentType);
      }
      if (refusal) return await fail(refusal);

      const { letterFingerprint, parseLetter } = await loadParser();
      const parsed = await parseLetter(input.bytes, fileName, { maxBytes: limit });
      if (!parsed.success) return await fail(parsed.error);

      const contentHash = letterFingerprint(parsed.text);
      const record: CaseRecord = {
        ...parsed.data,
        id: caseIdForContentHash(contentHash),
        contentHash,
        ingestedAt: startedAt,
        source: {
          fileName: upload.fileName,
          contentType,
          sizeBytes: input.bytes.byteLength,
          sha256: bytesHash,
          storageKey: upload.storageKey ?? '',
          uploadedAt: upload.createdAt,
          parserVersion: parsed.data.parserVersion,
          warnings: parsed.data.warnings,
        },
      };
      const written = await repository.putCase(record);
      return await finish({ status: written.status === 'EXISTS' ? 'DUPLICATE' : 'PARSED', case: written.case, error: null });
    } catch (thrown) {
      const error = toImrError(thrown);
      try {
        return await fail(error);
      } catch {
        // The store itself is unreachable: the upload cannot be marked; report the first failure.
        return { status: 'FAILED', upload: { ...upload, status: 'FAILED', error: { code: error.code, message: error.message } }, case: null, error };
      }
    }
  };
}

/**
 * An announced upload whose file is over the limit, known by its size before it is read (the
 * local upload address reading the body, the ingest Lambda reading the S3 event): marked FAILED
 * here, so the use case stays the one writer of outcomes. An upload that already received a file
 * keeps it and its outcome: this is a second file at its address.
 */
export function createRefuseOversized(deps: Pick<IngestDependencies, 'config' | 'repository' | 'now'>): RefuseOversized {
  const now = deps.now ?? (() => new Date());
  return async ({ uploadId, sizeBytes, storageKey }) => {
    const refusal = letterTooLarge(sizeBytes, deps.config.maxUploadBytes);
    const upload = await deps.repository.getUpload(uploadId);
    if (!upload || upload.status !== 'PENDING' || upload.sha256 !== null) return;
    await deps.repository.saveUpload({
      ...upload,
      status: 'FAILED',
      updatedAt: now().toISOString(),
      sizeBytes,
      ...(storageKey ? { storageKey } : {}),
      error: { code: refusal.code, message: refusal.message },
    });
  };
}
