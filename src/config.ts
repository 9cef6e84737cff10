import path from 'node:path';
import { ConfigurationError } from './errors.js';
import { MAX_LETTER_BYTES } from './parser/limits.js';

/** Everything the process reads from its environment, read in this one place. */
export interface Config {
  /** 'local' runs dynalite in-process and keeps files under dataDir; 'aws' talks to DynamoDB and S3. */
  mode: 'local' | 'aws';
  /** DATA_DIR: where the local engine persists its table and the original uploads (default `.data`). */
  dataDir: string;
  /** PORT for the local server (default 4000). */
  port: number;
  /** TABLE_NAME (default `imr-determinations`). */
  tableName: string;
  /** AWS_REGION (default `us-west-2`). */
  region: string;
  /** DYNAMODB_ENDPOINT: talk to this DynamoDB-compatible endpoint instead of AWS or the embedded engine. */
  dynamoEndpoint: string | null;
  /** UPLOAD_BUCKET: the S3 bucket for original letters (aws mode). */
  uploadBucket: string | null;
  /** PUBLIC_URL: the base URL the local server is reached at (for upload URLs). */
  publicUrl: string | null;
  /** MAX_UPLOAD_BYTES (default 10 MiB). */
  maxUploadBytes: number;
  /** MAX_INLINE_UPLOAD_BYTES: the largest letter ingestDetermination takes inline (default: what fits a Lambda's request). */
  maxInlineUploadBytes: number;
  /** S3_ENDPOINT: an S3-compatible endpoint instead of AWS (local stand-ins such as s3rver; path-style requests). */
  s3Endpoint: string | null;
  /**
   * CURSOR_SECRET: the HMAC key that makes pagination cursors tamper-evident. A fixed default
   * serves local use; a deployment sets its own so cursors cannot be forged from the source.
   * The local server's download links are signed with a key derived from it (src/blobs/signed-download-url.ts).
   */
  cursorSecret: string;
  /**
   * ALLOWED_ORIGINS: browser origins whose pages may read the API's answers (comma-separated). On
   * AWS these are the only ones; the local server also lets in pages served from this machine
   * (http://localhost, 127.0.0.1 or [::1] on any port) and refuses every other origin.
   */
  allowedOrigins: string[];
  /**
   * ALLOWED_HOSTS: host names the local server answers to besides localhost, 127.0.0.1 and [::1]
   * (comma-separated; PUBLIC_URL's host is added). A request naming any other Host is refused, so a
   * web page cannot reach the server through a DNS name rebound to 127.0.0.1.
   */
  allowedHosts: string[];
  /**
   * MAX_ANSWER_BYTES (default 5 MiB): the largest GraphQL answer, as JSON text. A query whose answer
   * is estimated above it is refused before it runs, and an answer that turns out above it is not
   * sent (QUERY_TOO_COMPLEX). Lambda answers cannot pass 6 MB.
   */
  maxAnswerBytes: number;
  /** NODE_ENV !== 'production' and not in Lambda: stack traces may be shown. */
  isDevelopment: boolean;
  /**
   * RESPONSE_CACHE_MB (default 50): memory for whole GraphQL answers kept for reuse, in bytes here;
   * 0 turns the response cache off.
   */
  responseCacheBytes: number;
  /**
   * DOWNLOAD_URL_TTL_SECONDS (default 900): how long a link to a case's original letter
   * (`SourceDocument.downloadUrl`) works. A case answer, links included, may be reused for 300 s
   * (its `@cacheControl` hint), so a link must outlive that with time left to click it.
   */
  downloadUrlTtlSeconds: number;
  /**
   * SEARCH_SYNC_MS (default 1000): at most this often a process asks the case feed for letters
   * other processes committed (its own writes count at once); answers about lists, counts and
   * statistics are that much behind other writers. 0: ask before every answer.
   */
  searchSyncMs: number;
}

// The parser's own limit: an upload it would refuse anyway is refused before it is stored.
export const DEFAULT_MAX_UPLOAD_BYTES = MAX_LETTER_BYTES;
export const LOCAL_CURSOR_SECRET = 'imr-local-cursor-secret';
export const DEFAULT_RESPONSE_CACHE_MB = 50;
export const DEFAULT_SEARCH_SYNC_MS = 1_000;
export const DEFAULT_MAX_ANSWER_BYTES = 5 * 1024 * 1024;
/**
 * A synchronous Lambda invocation carries at most 6 MiB; a letter sent inline travels as base64 in
 * the GraphQL request inside the API Gateway event. With 64 KiB left for the event's envelope, the
 * largest letter is three quarters of the rest: 4,669,440 bytes. Larger letters go by createUpload.
 */
export const DEFAULT_MAX_INLINE_UPLOAD_BYTES = Math.floor(((6 * 1024 * 1024 - 64 * 1024) * 3) / 4);
/**
 * A link may come from a case answer kept for up to 300 s (schema/case.graphql); 15 minutes leaves
 * at least 10 to use it, and is still minutes, not a standing address of a medical letter.
 */
export const DEFAULT_DOWNLOAD_URL_TTL_SECONDS = 15 * 60;
/** The 300 s a kept case answer may hand a link out, plus a minute to click it. */
export const MIN_DOWNLOAD_URL_TTL_SECONDS = 300 + 60;
/** The longest an S3 presigned URL (SigV4) can be valid: 7 days. */
export const MAX_DOWNLOAD_URL_TTL_SECONDS = 7 * 24 * 60 * 60;

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new ConfigurationError(`${name} must be a positive integer, got "${raw}".`);
  }
  return value;
}

function nonNegativeInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new ConfigurationError(`${name} must be a whole number, 0 or more, got "${raw}".`);
  }
  return value;
}

function list(env: NodeJS.ProcessEnv, name: string): string[] {
  return (env[name] ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

function downloadUrlTtlSeconds(env: NodeJS.ProcessEnv): number {
  const seconds = positiveInteger(env, 'DOWNLOAD_URL_TTL_SECONDS', DEFAULT_DOWNLOAD_URL_TTL_SECONDS);
  if (seconds < MIN_DOWNLOAD_URL_TTL_SECONDS || seconds > MAX_DOWNLOAD_URL_TTL_SECONDS) {
    throw new ConfigurationError(
      `DOWNLOAD_URL_TTL_SECONDS must be from ${MIN_DOWNLOAD_URL_TTL_SECONDS} (a case answer holding a link may be reused for 300 s) to ${MAX_DOWNLOAD_URL_TTL_SECONDS} (7 days, S3's limit), got ${seconds}.`,
    );
  }
  return seconds;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const inLambda = Boolean(env.AWS_LAMBDA_FUNCTION_NAME);
  const mode = env.IMR_MODE === 'aws' || (inLambda && env.IMR_MODE !== 'local') ? 'aws' : 'local';
  const uploadBucket = env.UPLOAD_BUCKET || null;
  if (mode === 'aws' && !env.TABLE_NAME) {
    throw new ConfigurationError('TABLE_NAME must be set when running on AWS.');
  }
  if (mode === 'aws' && !uploadBucket) {
    throw new ConfigurationError('UPLOAD_BUCKET must be set when running on AWS.');
  }
  return {
    mode,
    dataDir: path.resolve(env.DATA_DIR || '.data'),
    port: positiveInteger(env, 'PORT', 4000),
    tableName: env.TABLE_NAME || 'imr-determinations',
    region: env.AWS_REGION || 'us-west-2',
    dynamoEndpoint: env.DYNAMODB_ENDPOINT || null,
    uploadBucket,
    publicUrl: env.PUBLIC_URL || null,
    maxUploadBytes: positiveInteger(env, 'MAX_UPLOAD_BYTES', DEFAULT_MAX_UPLOAD_BYTES),
    maxInlineUploadBytes: positiveInteger(env, 'MAX_INLINE_UPLOAD_BYTES', DEFAULT_MAX_INLINE_UPLOAD_BYTES),
    s3Endpoint: env.S3_ENDPOINT || null,
    cursorSecret: env.CURSOR_SECRET || LOCAL_CURSOR_SECRET,
    allowedOrigins: list(env, 'ALLOWED_ORIGINS'),
    allowedHosts: list(env, 'ALLOWED_HOSTS').map((host) => host.toLowerCase()),
    maxAnswerBytes: positiveInteger(env, 'MAX_ANSWER_BYTES', DEFAULT_MAX_ANSWER_BYTES),
    searchSyncMs: nonNegativeInteger(env, 'SEARCH_SYNC_MS', DEFAULT_SEARCH_SYNC_MS),
    isDevelopment: env.NODE_ENV !== 'production' && !inLambda,
    responseCacheBytes: nonNegativeInteger(env, 'RESPONSE_CACHE_MB', DEFAULT_RESPONSE_CACHE_MB) * 1024 * 1024,
    downloadUrlTtlSeconds: downloadUrlTtlSeconds(env),
  };
}
