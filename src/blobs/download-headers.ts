/**
 * The headers a downloaded original is answered with, the same from S3 (as presigned response
 * overrides) and from the local server. File names and media types come from whoever uploaded the
 * letter, so both are made safe to put in a header here, once.
 */

/**
 * Letters carry medical details: no cache on the way may keep a copy, and a browser keeps none
 * beyond the download itself.
 */
export const DOWNLOAD_CACHE_CONTROL = 'private, no-store';

/** What a file name falls back to when nothing of it is left, as safeFileName does for keys. */
const FALLBACK_NAME = 'letter';

/**
 * Characters kept as they are in the quoted `filename="…"`: printable ASCII except `"` and `\`
 * (which would end or escape the quoted string) and `%` (some browsers percent-decode the plain
 * parameter, so `%41` would arrive as `A`).
 */
const UNSAFE_IN_QUOTED_NAME = /[^\x20-\x21\x23-\x24\x26-\x5b\x5d-\x7e]/g;

/** RFC 5987 `attr-char`s beyond encodeURIComponent's: these four must be percent-encoded too. */
const RESERVED_IN_EXTENDED_VALUE = /['()*]/g;

const percentEncode = (character: string) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * `attachment; filename="<name>"` (RFC 6266), with `filename*=UTF-8''…` (RFC 5987) beside it when
 * the name holds characters the quoted form cannot carry: every browser then saves the file under
 * its real name, and an older one under the ASCII fallback. No name can break out of the header.
 */
export function attachmentDisposition(fileName: string): string {
  const name = fileName.trim() === '' ? FALLBACK_NAME : fileName;
  const quoted = name.replace(UNSAFE_IN_QUOTED_NAME, '_');
  if (quoted === name) return `attachment; filename="${quoted}"`;
  const extended = encodeURIComponent(name).replace(RESERVED_IN_EXTENDED_VALUE, percentEncode);
  return `attachment; filename="${quoted}"; filename*=UTF-8''${extended}`;
}

/**
 * A media type as RFC 9110 writes one: `type/subtype`, then any `; name=value` parameters (value a
 * token or a quoted string), e.g. `application/pdf` or `text/plain; charset=utf-8`.
 */
const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const MEDIA_TYPE = new RegExp(`^${TOKEN}/${TOKEN}(?:\\s*;\\s*${TOKEN}=(?:${TOKEN}|"[^"\\\\\\x00-\\x1f\\x7f]*"))*$`);

/** The uploaded media type if it is one; anything else is served as opaque bytes. */
export function downloadContentType(contentType: string): string {
  const trimmed = contentType.trim();
  return MEDIA_TYPE.test(trimmed) ? trimmed : 'application/octet-stream';
}
