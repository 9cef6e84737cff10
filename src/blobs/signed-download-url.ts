/**
 * The local stand-in for a presigned S3 GET: `/documents/<storage key>?name&type&expires&signature`
 * on the local server, signed with an HMAC so that a link can be neither forged nor altered (into
 * another file, another name or type, or a later expiry). The local and in-memory blob stores sign;
 * the local server's document route checks. Pure: the clock and the secret are passed in.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Config } from '../config.js';
import type { DownloadFile, DownloadLink } from './blob-store.js';

export const DOWNLOAD_PATH_PREFIX = '/documents/';

export interface DownloadSigning {
  /** The secret the signing key is derived from. */
  secret: string;
  ttlSeconds: number;
}

/**
 * The configured signing: the cursor secret (a deployment's own secret, or the local default) with
 * the configured lifetime. The key itself is derived from the secret for this one purpose, so a
 * signed link and a pagination cursor never vouch for each other.
 */
export function downloadSigningOf(config: Pick<Config, 'cursorSecret' | 'downloadUrlTtlSeconds'>): DownloadSigning {
  return { secret: config.cursorSecret, ttlSeconds: config.downloadUrlTtlSeconds };
}

/** A link that verified: what it names, and until when (seconds since the epoch). */
export interface SignedDownload extends DownloadFile {
  key: string;
  expiresAtSeconds: number;
}

export type DownloadCheck =
  | { valid: true; download: SignedDownload }
  | { valid: false; reason: 'NOT_SIGNED' | 'BAD_SIGNATURE' | 'EXPIRED' };

const SIGNATURE_VERSION = 'v1';
/** Whole seconds, written as the signer writes them, so `0900` cannot pass for `900`. */
const EPOCH_SECONDS = /^[1-9][0-9]{0,11}$/;

const signingKey = (secret: string) => createHmac('sha256', secret).update('imr-document-download').digest();

/** JSON of the parts, so no choice of name or type can make two different links sign alike. */
function signatureOf(secret: string, key: string, fileName: string, contentType: string, expires: string): string {
  const payload = JSON.stringify([SIGNATURE_VERSION, key, fileName, contentType, expires]);
  return createHmac('sha256', signingKey(secret)).update(payload).digest('base64url');
}

const encodeKey = (key: string) => key.split('/').map(encodeURIComponent).join('/');

/** A link to the original at `key` on the local server at `baseUrl`, valid for `signing.ttlSeconds` from `now`. */
export function signDownloadUrl(baseUrl: string, key: string, file: DownloadFile, signing: DownloadSigning, now: Date): DownloadLink {
  const expiresAtSeconds = Math.floor(now.getTime() / 1000) + signing.ttlSeconds;
  const expires = String(expiresAtSeconds);
  const query = new URLSearchParams({
    name: file.fileName,
    type: file.contentType,
    expires,
    signature: signatureOf(signing.secret, key, file.fileName, file.contentType, expires),
  });
  return {
    url: `${baseUrl.replace(/\/+$/, '')}${DOWNLOAD_PATH_PREFIX}${encodeKey(key)}?${query}`,
    expiresAt: new Date(expiresAtSeconds * 1000).toISOString(),
  };
}

function sameSignature(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Checks a requested URL against the signature it carries. The key is read back from the path as
 * signDownloadUrl wrote it; it is trusted only once the signature holds (and the blob store still
 * refuses any key outside its folder).
 */
export function verifyDownloadUrl(url: URL, secret: string, now: Date): DownloadCheck {
  if (!url.pathname.startsWith(DOWNLOAD_PATH_PREFIX)) return { valid: false, reason: 'NOT_SIGNED' };
  const params = url.searchParams;
  const fileName = params.get('name');
  const contentType = params.get('type');
  const expires = params.get('expires');
  const signature = params.get('signature');
  if (fileName === null || contentType === null || expires === null || signature === null || !EPOCH_SECONDS.test(expires)) {
    return { valid: false, reason: 'NOT_SIGNED' };
  }
  let key: string;
  try {
    key = url.pathname.slice(DOWNLOAD_PATH_PREFIX.length).split('/').map(decodeURIComponent).join('/');
  } catch {
    return { valid: false, reason: 'NOT_SIGNED' };
  }
  if (!sameSignature(signature, signatureOf(secret, key, fileName, contentType, expires))) return { valid: false, reason: 'BAD_SIGNATURE' };
  const expiresAtSeconds = Number(expires);
  if (now.getTime() >= expiresAtSeconds * 1000) return { valid: false, reason: 'EXPIRED' };
  return { valid: true, download: { key, fileName, contentType, expiresAtSeconds } };
}
