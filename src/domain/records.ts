import type { Determination, ParseWarning } from './determination.js';
import type { ErrorCode } from '../errors.js';

/** The original file a case was parsed from. It is always kept, even when parsing fails. */
export interface SourceDocument {
  fileName: string;
  contentType: string;
  sizeBytes: number;
  /** sha256 of the uploaded bytes, hex. */
  sha256: string;
  /** Where the original bytes are kept (an S3 key, or a path relative to the local blob folder). */
  storageKey: string;
  uploadedAt: string; // ISO timestamp
  parserVersion: string;
  warnings: ParseWarning[];
}

/** A stored case: one letter's Determination plus what the store knows about it. */
export interface CaseRecord extends Determination {
  /** Stable id: derived from the hash of the letter's normalised text, so one letter is one case. */
  id: string;
  /** sha256 of the normalised letter text (the idempotency key). */
  contentHash: string;
  ingestedAt: string; // ISO timestamp
  source: SourceDocument;
}

export type UploadStatus = 'PENDING' | 'PARSED' | 'DUPLICATE' | 'FAILED';

export interface UploadError {
  code: ErrorCode;
  message: string;
}

export interface UploadRecord {
  id: string;
  fileName: string;
  contentType: string;
  status: UploadStatus;
  createdAt: string;
  updatedAt: string;
  sizeBytes: number | null;
  sha256: string | null;
  storageKey: string | null;
  /** The case this upload produced or duplicated. */
  caseId: string | null;
  error: UploadError | null;
  /** The S3 object version the upload received (AWS, versioned bucket); absent locally and on uploads recorded before. */
  storageVersionId?: string | null;
}
