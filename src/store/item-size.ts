/**
 * DynamoDB refuses an item over 400 KB with a ValidationException that says nothing a sender can
 * act on, and our ingest would take it for an outage (INTERNAL_SERVER_ERROR, retried). A case
 * header holds the whole case (gzip-compressed), so a letter of megabytes of distinct words can pass
 * the limit: it is measured and refused, typed, before anything of it is written. Pure.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { ImrError } from '../errors.js';
import type { Item } from './case-item.js';

/** DynamoDB's item limit, names and values together (the same in dynalite and DynamoDB Local). */
export const MAX_ITEM_BYTES = 400 * 1024;

const utf8 = (text: string) => Buffer.byteLength(text, 'utf8');

/** An attribute value's size as DynamoDB counts it (numbers: roughly a byte per two digits, plus one). */
function valueBytes(value: AttributeValue): number {
  if (value.S !== undefined) return utf8(value.S);
  if (value.B !== undefined) return value.B.byteLength;
  if (value.N !== undefined) return Math.ceil(value.N.replace(/^-|\./g, '').length / 2) + 1;
  if (value.BOOL !== undefined || value.NULL !== undefined) return 1;
  if (value.SS !== undefined) return value.SS.reduce((sum, s) => sum + utf8(s), 0);
  if (value.NS !== undefined) return value.NS.reduce((sum, n) => sum + Math.ceil(n.length / 2) + 1, 0);
  if (value.BS !== undefined) return value.BS.reduce((sum, b) => sum + b.byteLength, 0);
  // Lists and maps: 3 bytes of their own, and a byte per element.
  if (value.L !== undefined) return 3 + value.L.reduce((sum, v) => sum + valueBytes(v) + 1, 0);
  if (value.M !== undefined) return 3 + Object.entries(value.M).reduce((sum, [name, v]) => sum + utf8(name) + valueBytes(v) + 1, 0);
  return 0;
}

export function itemSizeBytes(item: Item): number {
  let bytes = 0;
  for (const [name, value] of Object.entries(item)) bytes += utf8(name) + valueBytes(value);
  return bytes;
}

/** Room kept for what a later write adds to a header (the `stale` mark of a replacement: a version token). */
const HEADER_GROWTH_BYTES = 256;

/** Throws PAYLOAD_TOO_LARGE when a case's header would not fit in one DynamoDB item. */
export function assertCaseFits(header: Item, caseNumber: string | null): void {
  const bytes = itemSizeBytes(header) + HEADER_GROWTH_BYTES;
  if (bytes <= MAX_ITEM_BYTES) return;
  const which = caseNumber ? `Case ${caseNumber}` : 'The letter';
  throw new ImrError(
    'PAYLOAD_TOO_LARGE',
    `${which} is too big to store: once read it takes ${bytes.toLocaleString('en-US')} bytes compressed, over the store's limit of ${MAX_ITEM_BYTES.toLocaleString('en-US')} bytes per case. ` +
      'A determination letter is a few pages; check that this file is one letter.',
  );
}
