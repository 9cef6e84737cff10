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

/** A time-limited link to read a kept original (a presigned S3 GET, or the local server's signed GET). */
export interface DownloadLink {
  url: string;
  /** When the link stops working (ISO timestamp). */
  expiresAt: string;
}

/** What the downloaded file is called and what it is, for Content-Disposition and Content-Type. */
export interface DownloadFile {
  fileName: string;
  contentType: string;
}

export interface BlobStore {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The bytes at `key`; with `versionId`, that version of them (S3's versioned bucket; local stores keep one version). */
  get(key: string, versionId?: string | null): Promise<Uint8Array | null>;
  /**
   * Where a client should PUT the file for a pending upload (presigned S3 URL, or the local server's
   * upload endpoint). One address takes one file: S3 refuses a second PUT (If-None-Match: *, signed),
   * the local endpoint answers 409.
   */
  createUploadTarget(key: string, contentType: string): Promise<UploadTarget>;
  /**
   * A URL that GETs the kept original at `key` until it expires (config.downloadUrlTtlSeconds), answered
   * as an attachment named `file.fileName` of type `file.contentType`. Whoever holds the URL can read the
   * file until then: hand it only to callers who may read the case.
   */
  createDownloadLink(key: string, file: DownloadFile): Promise<DownloadLink>;
}
