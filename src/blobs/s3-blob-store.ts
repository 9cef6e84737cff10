import { GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { Config } from '../config.js';
import type { BlobStore } from './blob-store.js';
import { attachmentDisposition, DOWNLOAD_CACHE_CONTROL, downloadContentType } from './download-headers.js';

/** How long a presigned upload URL stays valid. */
export const UPLOAD_URL_TTL_SECONDS = 15 * 60;

export interface S3BlobStore extends BlobStore {
  close(): void;
}

export interface S3BlobStoreOptions {
  /** Injected for tests (signing time of presigned URLs); defaults to the clock. */
  now?: () => Date;
}

export function createS3BlobStore(
  config: Pick<Config, 'region' | 's3Endpoint' | 'downloadUrlTtlSeconds'>,
  bucket: string,
  options: S3BlobStoreOptions = {},
): S3BlobStore {
  const now = options.now ?? (() => new Date());
  const client = new S3Client({
    region: config.region,
    ...(config.s3Endpoint ? { endpoint: config.s3Endpoint, forcePathStyle: true } : {}),
    // Otherwise the SDK adds a checksum of an empty body to presigned PUT URLs, and every browser upload fails its check.
    requestChecksumCalculation: 'WHEN_REQUIRED',
  });
  return {
    async put(key, bytes, contentType) {
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: bytes, ContentType: contentType }));
    },
    async get(key, versionId) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key, ...(versionId ? { VersionId: versionId } : {}) }));
        return object.Body ? await object.Body.transformToByteArray() : new Uint8Array();
      } catch (error) {
        // NoSuchKey, or NoSuchVersion for a version id: either way there is nothing to read.
        if (error instanceof NoSuchKey || (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return null;
        throw error;
      }
    },
    async createUploadTarget(key, contentType) {
      // If-None-Match: * is signed, so the URL writes the key once: a second PUT (another file, or
      // the same one again) is refused by S3 with 412 and cannot replace the letter being ingested.
      const url = await getSignedUrl(client, new PutObjectCommand({ Bucket: bucket, Key: key, ContentType: contentType, IfNoneMatch: '*' }), {
        expiresIn: UPLOAD_URL_TTL_SECONDS,
      });
      return {
        url,
        method: 'PUT',
        headers: { 'content-type': contentType, 'if-none-match': '*' },
        expiresAt: new Date(Date.now() + UPLOAD_URL_TTL_SECONDS * 1000).toISOString(),
      };
    },
    async createDownloadLink(key, file) {
      const signedAt = now();
      const expiresIn = config.downloadUrlTtlSeconds;
      // The response overrides are part of what is signed: the link cannot be altered to serve the
      // letter under another name or type, nor to another object.
      const command = new GetObjectCommand({
        Bucket: bucket,
        Key: key,
        ResponseContentDisposition: attachmentDisposition(file.fileName),
        ResponseContentType: downloadContentType(file.contentType),
        ResponseCacheControl: DOWNLOAD_CACHE_CONTROL,
      });
      const url = await getSignedUrl(client, command, { expiresIn, signingDate: signedAt });
      // X-Amz-Date is in whole seconds, and S3 counts the lifetime from it.
      const signedAtSeconds = Math.floor(signedAt.getTime() / 1000);
      return { url, expiresAt: new Date((signedAtSeconds + expiresIn) * 1000).toISOString() };
    },
    close() {
      client.destroy();
    },
  };
}
