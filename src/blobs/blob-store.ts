/**
 * Where original uploaded files are kept: S3 on AWS, a folder under DATA_DIR locally.
 * One interface, two adapters; the ingest use case only sees this.
 */
export interface UploadTarget {
  url: string;
  method: 'PUT';
  /** Headers the client must send with the PUT (e.g. Content-Type for a presigned URL). */
  headers: Record<string, string>;
  expiresAt: string | null;
}

export interface BlobStore {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<Uint8Array | null>;
  /** Where a client should PUT the file for a pending upload (presigned S3 URL, or the local server's upload endpoint). */
  createUploadTarget(key: string, contentType: string): Promise<UploadTarget>;
}
