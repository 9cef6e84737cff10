import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64DecodedSize, checkContentType, readInlineLetter } from '../../src/graphql/letter-input.js';

describe('reading an inline letter', () => {
  it('turns text into UTF-8 bytes, as plain text', () => {
    const read = readInlineLetter({ fileName: ' CM16-0213037.txt ', text: 'Décision' }, 1024);
    expect(read).toEqual({ ok: true, value: { fileName: 'CM16-0213037.txt', bytes: new TextEncoder().encode('Décision'), contentType: 'text/plain; charset=utf-8' } });
  });

  it('decodes base64 wrapped at 76 columns, and leaves the type to the bytes when none is given', () => {
    const bytes = new Uint8Array(300).map((_, i) => i % 256);
    const wrapped = Buffer.from(bytes).toString('base64').replace(/.{76}/g, '$&\n');
    const read = readInlineLetter({ fileName: 'a.pdf', contentBase64: wrapped }, 1024);
    expect(read).toEqual({ ok: true, value: { fileName: 'a.pdf', bytes, contentType: undefined } });
  });

  it('counts the decoded size of any base64 without decoding it', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.boolean(), (bytes, padded) => {
        const base64 = Buffer.from(bytes).toString('base64');
        expect(base64DecodedSize(padded ? base64 : base64.replace(/=+$/, ''))).toBe(bytes.byteLength);
      }),
    );
  });

  it('measures a text limit in bytes, not characters', () => {
    const read = readInlineLetter({ fileName: 'a.txt', text: 'é'.repeat(600) }, 1000);
    expect(read).toMatchObject({ ok: false, problem: { code: 'PAYLOAD_TOO_LARGE', field: 'text', message: 'The letter is 1,200 bytes; the limit is 1,000 bytes.' } });
  });

  it('refuses inline what would not fit the request, and names createUpload', () => {
    const base64 = readInlineLetter({ fileName: 'a.pdf', contentBase64: Buffer.alloc(1001).toString('base64') }, 5000, 1000);
    expect(base64).toMatchObject({ ok: false, problem: { code: 'PAYLOAD_TOO_LARGE', field: 'contentBase64', message: expect.stringContaining('Send it with createUpload') } });
    expect(readInlineLetter({ fileName: 'a.pdf', contentBase64: Buffer.alloc(1000).toString('base64') }, 5000, 1000).ok).toBe(true);
    // 700 line breaks are 700 bytes of letter but 1,400 characters of JSON: more than 1,000 bytes' worth of request.
    const escaped = readInlineLetter({ fileName: 'a.txt', text: '\n'.repeat(700) }, 5000, 1000);
    expect(escaped).toMatchObject({ ok: false, problem: { code: 'PAYLOAD_TOO_LARGE', field: 'text' } });
    expect(readInlineLetter({ fileName: 'a.txt', text: 'x'.repeat(1000) }, 5000, 1000).ok).toBe(true);
  });

  it('accepts a letter of exactly the limit', () => {
    expect(readInlineLetter({ fileName: 'a.txt', contentBase64: Buffer.alloc(999).toString('base64') }, 999).ok).toBe(true);
  });
});

describe('content types', () => {
  it.each(['application/pdf', 'text/plain', 'TEXT/PLAIN; charset=utf-8', 'application/pdf '])('accepts %s', (type) => {
    expect(checkContentType(type).ok).toBe(true);
  });

  it.each([
    ['image/png', 'UNSUPPORTED_DOCUMENT'],
    ['application/msword', 'UNSUPPORTED_DOCUMENT'],
    ['pdf', 'BAD_USER_INPUT'],
    ['', 'BAD_USER_INPUT'],
  ])('refuses %s with %s', (type, code) => {
    expect(checkContentType(type)).toMatchObject({ ok: false, problem: { code, field: 'contentType' } });
  });
});
