import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { InputError } from '../errors.js';
import type { BlobStore, UploadTarget } from './blob-store.js';
import { signDownloadUrl, type DownloadSigning } from './signed-download-url.js';

export interface LocalBlobStoreOptions {
  /** Keys are paths under this folder (config.dataDir: `uploads/<id>/<name>` lands in `${dataDir}/uploads`). */
  root: string;
  /** Where the local server is reached, e.g. "http://localhost:4000" (no trailing slash needed). */
  baseUrl: string;
  /** How download links are signed and how long they last (downloadSigningOf(config)). */
  downloads: DownloadSigning;
  /** Injected for tests; defaults to the clock. */
  now?: () => Date;
}

/** Only `uploads/...` keys: the data folder also holds the database, which a key must never reach. */
const BLOB_KEY = /^uploads\/[^/]+(\/[^/]+)*$/;

function checkKey(key: string): void {
  if (!BLOB_KEY.test(key) || key.split('/').some((part) => part === '.' || part === '..')) {
    throw new InputError(`"${key}" is not a key of the upload folder.`);
  }
}

/**
 * Original letters as files in a local folder, received by the local server's PUT /uploads/<id>/<name>
 * and served back by its signed GET /documents/<key>.
 */
export function createLocalBlobStore(options: LocalBlobStoreOptions): BlobStore {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const fileFor = (key: string) => path.join(options.root, ...key.split('/'));
  const now = options.now ?? (() => new Date());
  return {
    async put(key, bytes) {
      checkKey(key);
      const file = fileFor(key);
      await mkdir(path.dirname(file), { recursive: true });
      // Write then rename, so a reader never sees half a file.
      const partial = `${file}.${randomUUID()}.partial`;
      await writeFile(partial, bytes);
      await rename(partial, file);
    },
    async get(key) {
      checkKey(key);
      try {
        return new Uint8Array(await readFile(fileFor(key)));
      } catch (error) {
        if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return null;
        throw error;
      }
    },
    async createUploadTarget(key, contentType): Promise<UploadTarget> {
      checkKey(key);
      const encoded = key.split('/').map(encodeURIComponent).join('/');
      return { url: `${baseUrl}/${encoded}`, method: 'PUT', headers: { 'content-type': contentType }, expiresAt: null };
    },
    async createDownloadLink(key, file) {
      checkKey(key);
      return signDownloadUrl(baseUrl, key, file, options.downloads, now());
    },
  };
}
