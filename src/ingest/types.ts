import type { UploadTarget } from '../blobs/blob-store.js';
import type { CaseRecord, UploadRecord, UploadStatus } from '../domain/records.js';
import type { ImrError } from '../errors.js';

export interface IngestInput {
  bytes: Uint8Array;
  fileName: string;
  contentType?: string;
  /** Set when the upload was announced first (createUpload → PUT); otherwise a new upload id is made. */
  uploadId?: string;
  /** The original is already kept under this key (S3-triggered ingest): do not store it again. */
  storedKey?: string;
  /** The S3 object version under storedKey that holds these bytes (versioned bucket), recorded on the upload. */
  storedVersionId?: string | null;
}

export interface IngestResult {
  status: Exclude<UploadStatus, 'PENDING'>;
  upload: UploadRecord;
  /** The case created, replaced or found (DUPLICATE); null when FAILED. */
  case: CaseRecord | null;
  /** The typed failure when FAILED. */
  error: ImrError | null;
}

/**
 * bytes + file name → (announced upload: PENDING → received, or UploadAlreadyReceivedError for a
 * second file) → keep the original → parse → write the case → record the upload's outcome.
 */
export type IngestLetter = (input: IngestInput) => Promise<IngestResult>;

/** Marks an announced, still empty upload FAILED with PAYLOAD_TOO_LARGE: its file's size (null when unknown) is over the limit. */
export type RefuseOversized = (input: { uploadId: string; sizeBytes: number | null; storageKey?: string }) => Promise<void>;

export interface StartUploadInput {
  fileName: string;
  contentType: string;
}

export interface StartUploadResult {
  /** The PENDING upload record (its storageKey is where the file must go). */
  upload: UploadRecord;
  /** Where the client PUTs the file: a presigned S3 URL, or the local server's upload endpoint. */
  target: UploadTarget;
}

/** createUpload: records a PENDING upload and says where to PUT the file; the PUT then runs the same ingest. */
export type StartUpload = (input: StartUploadInput) => Promise<StartUploadResult>;
