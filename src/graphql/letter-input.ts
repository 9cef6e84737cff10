/**
 * What a client sends to ingestDetermination / createUpload, checked before anything is stored.
 * Pure: refusals are results (they go to the payload's `errors`), never throws.
 */
import { letterTooLarge, type ErrorCode } from '../errors.js';
import { ACCEPTED_MEDIA_TYPES } from '../ingest/acceptance.js';

export interface InputProblem {
  code: ErrorCode;
  message: string;
  field: string | null;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: InputProblem };

export interface InlineLetterInput {
  fileName: string;
  contentType?: string | null;
  text?: string | null;
  contentBase64?: string | null;
}

export interface InlineLetter {
  fileName: string;
  bytes: Uint8Array;
  /** Undefined when the client did not say: the ingest tells PDF from text by the bytes. */
  contentType: string | undefined;
}


const problem = (code: ErrorCode, message: string, field: string | null): { ok: false; problem: InputProblem } => ({
  ok: false,
  problem: { code, message, field },
});

// Standard or URL-safe alphabet; line breaks (MIME wraps at 76 columns) are allowed and dropped.
const BASE64_BODY = /^[A-Za-z0-9+/_-]*={0,2}$/;
const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/;

const formatBytes = (n: number) => n.toLocaleString('en-US');

function tooLarge(sizeBytes: number, maxBytes: number, field: string): { ok: false; problem: InputProblem } {
  return problem('PAYLOAD_TOO_LARGE', letterTooLarge(sizeBytes, maxBytes).message, field);
}

export function checkFileName(fileName: string): Checked<string> {
  const trimmed = fileName.trim();
  if (trimmed === '') return problem('BAD_USER_INPUT', 'fileName must not be empty.', 'fileName');
  if (trimmed.length > 255) return problem('BAD_USER_INPUT', 'fileName must be at most 255 characters.', 'fileName');
  // NUL and other control characters name no file: the local store's file system would fail on them.
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) return problem('BAD_USER_INPUT', 'fileName must not hold control characters.', 'fileName');
  return { ok: true, value: trimmed };
}

const MAX_CONTENT_TYPE_LENGTH = 255;

/** `application/pdf`, `text/plain` (parameters such as `; charset=utf-8` are kept); anything else is refused. */
export function checkContentType(contentType: string, field = 'contentType'): Checked<string> {
  const trimmed = contentType.trim();
  // It is kept on the upload record (and sent back on the PUT): a header's worth, not a document.
  if (trimmed.length > MAX_CONTENT_TYPE_LENGTH) return problem('BAD_USER_INPUT', `${field} must be at most ${MAX_CONTENT_TYPE_LENGTH} characters.`, field);
  const mediaType = (trimmed.split(';')[0] ?? '').trim().toLowerCase();
  if (!MEDIA_TYPE.test(mediaType)) return problem('BAD_USER_INPUT', `"${contentType}" is not a media type such as application/pdf.`, field);
  if (!(ACCEPTED_MEDIA_TYPES as readonly string[]).includes(mediaType)) {
    return problem('UNSUPPORTED_DOCUMENT', `Letters must be PDF (application/pdf) or plain text (text/plain), not ${mediaType}.`, field);
  }
  return { ok: true, value: trimmed };
}

/** Size of the bytes a base64 text decodes to, known without decoding it. */
export function base64DecodedSize(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

function tooLargeInline(sizeBytes: number, maxInlineBytes: number, field: string): { ok: false; problem: InputProblem } {
  return problem(
    'PAYLOAD_TOO_LARGE',
    `The letter is ${formatBytes(sizeBytes)} bytes; letters sent inline may be at most ${formatBytes(maxInlineBytes)} bytes (ApiLimits.maxInlineUploadBytes). Send it with createUpload.`,
    field,
  );
}

/**
 * Exactly one of text / contentBase64, within maxBytes once decoded, and within maxInlineBytes as
 * it travels (base64 decodes to a quarter less; text counts as the JSON it is sent as).
 */
export function readInlineLetter(input: InlineLetterInput, maxBytes: number, maxInlineBytes = Number.POSITIVE_INFINITY): Checked<InlineLetter> {
  const fileName = checkFileName(input.fileName);
  if (!fileName.ok) return fileName;
  let contentType: string | undefined;
  if (input.contentType != null) {
    const checked = checkContentType(input.contentType);
    if (!checked.ok) return checked;
    contentType = checked.value;
  }

  const hasText = input.text != null;
  const hasBase64 = input.contentBase64 != null;
  if (hasText === hasBase64) {
    return problem('BAD_USER_INPUT', 'Give exactly one of text and contentBase64.', hasText ? 'contentBase64' : 'text');
  }

  if (input.text != null) {
    const bytes = new TextEncoder().encode(input.text);
    if (bytes.byteLength > maxBytes) return tooLarge(bytes.byteLength, maxBytes, 'text');
    // Quotes, line breaks and other characters JSON escapes make the request longer than the letter.
    if (bytes.byteLength > maxInlineBytes || JSON.stringify(input.text).length > (maxInlineBytes * 4) / 3) return tooLargeInline(bytes.byteLength, maxInlineBytes, 'text');
    return { ok: true, value: { fileName: fileName.value, bytes, contentType: contentType ?? 'text/plain; charset=utf-8' } };
  }

  const base64 = (input.contentBase64 ?? '').replace(/\s+/g, '');
  if (!BASE64_BODY.test(base64) || base64.length % 4 === 1) {
    return problem('BAD_USER_INPUT', 'contentBase64 is not valid base64.', 'contentBase64');
  }
  // Refuse before decoding: a client must not be able to make us allocate more than the limit.
  const size = base64DecodedSize(base64);
  if (size > maxBytes) return tooLarge(size, maxBytes, 'contentBase64');
  if (size > maxInlineBytes) return tooLargeInline(size, maxInlineBytes, 'contentBase64');
  const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
  return { ok: true, value: { fileName: fileName.value, bytes, contentType } };
}
