import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../src/store/cursor.js';
import { ImrError } from '../../src/errors.js';

const SECRET = 'unit-test-secret';
const SHAPE = '{"indexName":"gsi1","partition":"CASES#INGESTED"}';
const keyArb = fc.dictionary(fc.constantFrom('pk', 'sk', 'gsi1pk', 'gsi1sk'), fc.string({ maxLength: 60 }), { minKeys: 1 });

function codeOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof ImrError ? error.code : 'NOT_AN_IMR_ERROR';
  }
}

describe('pagination cursors', () => {
  it('give back the key they were made from, for any key', () => {
    fc.assert(
      fc.property(keyArb, (key) => {
        expect(decodeCursor(SECRET, SHAPE, encodeCursor(SECRET, SHAPE, key))).toEqual(key);
      }),
    );
  });

  it('refuse any single-character change with BAD_CURSOR', () => {
    fc.assert(
      fc.property(keyArb, fc.nat(), fc.constantFrom(...'ABCDEFabcdef0123456789-_.'.split('')), (key, at, replacement) => {
        const cursor = encodeCursor(SECRET, SHAPE, key);
        const i = at % cursor.length;
        fc.pre(cursor[i] !== replacement);
        const altered = cursor.slice(0, i) + replacement + cursor.slice(i + 1);
        // A change in base64url padding bits can decode to the same bytes; then it is the same cursor.
        const code = codeOf(() => decodeCursor(SECRET, SHAPE, altered));
        if (code === null) expect(decodeCursor(SECRET, SHAPE, altered)).toEqual(key);
        else expect(code).toBe('BAD_CURSOR');
      }),
    );
  });

  it('refuse a cursor of another query or signed with another secret', () => {
    const cursor = encodeCursor(SECRET, SHAPE, { pk: 'CASE#1', sk: 'V#1#LIST#INGESTED' });
    expect(codeOf(() => decodeCursor(SECRET, '{"indexName":"gsi2"}', cursor))).toBe('BAD_CURSOR');
    expect(codeOf(() => decodeCursor('another secret', SHAPE, cursor))).toBe('BAD_CURSOR');
  });

  it('refuse arbitrary strings with BAD_CURSOR, never another error', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (junk) => {
        expect(codeOf(() => decodeCursor(SECRET, SHAPE, junk))).toBe('BAD_CURSOR');
      }),
    );
  });
});
