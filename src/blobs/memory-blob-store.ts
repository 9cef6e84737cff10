import type { BlobStore } from './blob-store.js';

/** Originals in memory, for tests and in-memory local runs (they go when the process does). */
export function createMemoryBlobStore(baseUrl: string): BlobStore {
  const blobs = new Map<string, Uint8Array>();
  const root = baseUrl.replace(/\/+$/, '');
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
  };
}
