import type { BlobStore } from './blob-store.js';
import { signDownloadUrl, type DownloadSigning } from './signed-download-url.js';

export interface MemoryBlobStoreOptions {
  /** Where the local server is reached, e.g. "http://localhost:4000". */
  baseUrl: string;
  /** How download links are signed and how long they last (downloadSigningOf(config)). */
  downloads: DownloadSigning;
  /** Injected for tests; defaults to the clock. */
  now?: () => Date;
}

/** Originals in memory, for tests and in-memory local runs (they go when the process does). */
export function createMemoryBlobStore(options: MemoryBlobStoreOptions): BlobStore {
  const blobs = new Map<string, Uint8Array>();
  const root = options.baseUrl.replace(/\/+$/, '');
  const now = options.now ?? (() => new Date());
  return {
    async put(key, bytes) {
      blobs.set(key, new Uint8Array(bytes));
    },
    async get(key) {
      const bytes = blobs.get(key);
      return bytes ? new Uint8Array(bytes) : null;
    },
    async createUploadTarget(key, contentType) {
      const encoded = key.split('/').map(encodeURIComponent).join('/');
      return { url: `${root}/${encoded}`, method: 'PUT', headers: { 'content-type': contentType }, expiresAt: null };
    },
    async createDownloadLink(key, file) {
      return signDownloadUrl(root, key, file, options.downloads, now());
    },
  };
}
