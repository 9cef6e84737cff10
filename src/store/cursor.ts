/**
 * Opaque, tamper-evident pagination cursors: the position (a DynamoDB key, all string
 * attributes in this table) plus an HMAC over it and the shape of the query it belongs to, so
 * an altered cursor, or one taken from another query, is refused instead of silently paging
 * somewhere else. Pure: the secret comes from configuration.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { ImrError } from '../errors.js';

export type CursorKey = Record<string, string>;

const MAC_BYTES = 16;

function mac(secret: string, shape: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(shape).update('\n').update(payload).digest().subarray(0, MAC_BYTES);
}

export function encodeCursor(secret: string, shape: string, key: CursorKey): string {
  const payload = Buffer.from(JSON.stringify(key)).toString('base64url');
  return `${payload}.${mac(secret, shape, payload).toString('base64url')}`;
}

function badCursor(detail: string): ImrError {
  return new ImrError('BAD_CURSOR', `The "after" cursor ${detail}; start again from the first page.`);
}

export function decodeCursor(secret: string, shape: string, cursor: string): CursorKey {
  const [payload, signature, ...rest] = cursor.split('.');
  if (!payload || !signature || rest.length) throw badCursor('is not one of ours');
  const expected = mac(secret, shape, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw badCursor('was altered or belongs to a different query');
  }
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw badCursor('is not one of ours');
  }
  if (!isCursorKey(key)) throw badCursor('is not one of ours');
  return key;
}

function isCursorKey(value: unknown): value is CursorKey {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string');
}
