import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromGlobalId, toGlobalId, type NodeRef } from '../../src/graphql/global-id.js';

const key = fc.string({ minLength: 1, maxLength: 40 });
const ordinal = fc.integer({ min: 0, max: 10_000 });
const ref: fc.Arbitrary<NodeRef> = fc.oneof(
  key.map((caseId): NodeRef => ({ type: 'Case', caseId })),
  fc.tuple(key, ordinal).map(([caseId, n]): NodeRef => ({ type: 'DisputedItem', caseId, ordinal: n })),
  fc.tuple(key, ordinal, ordinal).map(([caseId, n, index]): NodeRef => ({ type: 'GuidelineCitation', caseId, ordinal: n, index })),
  key.map((uploadId): NodeRef => ({ type: 'Upload', uploadId })),
);

describe('global ids', () => {
  it('give back exactly what they were made from, whatever characters a key holds', () => {
    fc.assert(fc.property(ref, (value) => {
        expect(fromGlobalId(toGlobalId(value))).toEqual(value);
      }));
  });

  it('are plain base64 text a client can pass around', () => {
    fc.assert(fc.property(ref, (value) => {
        expect(toGlobalId(value)).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
      }));
  });

  it('differ for different objects', () => {
    fc.assert(fc.property(ref, ref, (a, b) => {
        fc.pre(JSON.stringify(a) !== JSON.stringify(b));
        expect(toGlobalId(a)).not.toBe(toGlobalId(b));
      }));
  });

  it.each([
    ['not base64', 'hello world'],
    ['empty', ''],
    ['an unknown type', Buffer.from('Invoice:42').toString('base64')],
    ['a missing key', Buffer.from('DisputedItem:abc').toString('base64')],
    ['an extra key', Buffer.from('Case:abc:1').toString('base64')],
    ['an ordinal that is not a number', Buffer.from('DisputedItem:abc:two').toString('base64')],
    ['an empty key', Buffer.from('Case:').toString('base64')],
    ['broken percent-encoding', Buffer.from('Case:%E0%A4%A').toString('base64')],
  ])('are refused when %s', (_, id) => {
    expect(fromGlobalId(id)).toBeNull();
  });

  it('refuse random text without throwing', () => {
    fc.assert(fc.property(fc.string(), (text) => {
        expect(() => fromGlobalId(text)).not.toThrow();
      }));
  });
});
