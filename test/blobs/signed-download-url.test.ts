/**
 * The local server's signed download links (the stand-in for presigned S3 GETs), as pure functions:
 * what one signs is what the check reads back, and any change to a link, a later clock or another
 * secret makes the check fail.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signDownloadUrl, verifyDownloadUrl, type DownloadSigning } from '../../src/blobs/signed-download-url.js';

const SIGNING: DownloadSigning = { secret: 'test-secret', ttlSeconds: 900 };
const SIGNED_AT = new Date('2026-03-14T17:06:20.412Z');
const KEY = 'uploads/5f0c7a1e-2b7d-4c3e-9a51-0d2e8f6b1c44/000_0134393615b26c1c.pdf';
const FILE = { fileName: '000_0134393615b26c1c.pdf', contentType: 'application/pdf' };

const link = () => new URL(signDownloadUrl('http://localhost:4000/', KEY, FILE, SIGNING, SIGNED_AT).url);
const secondsAfterSigning = (seconds: number) => new Date(SIGNED_AT.getTime() + seconds * 1000);
const checkAt = (url: URL, seconds = 1, secret = SIGNING.secret) => verifyDownloadUrl(url, secret, secondsAfterSigning(seconds));

function withParam(url: URL, name: string, value: string): URL {
  const altered = new URL(url);
  altered.searchParams.set(name, value);
  return altered;
}

describe('a signed download link', () => {
  it('names the key under /documents/ and says when it expires', () => {
    const signed = signDownloadUrl('http://localhost:4000/', KEY, FILE, SIGNING, SIGNED_AT);

    expect(signed.url.startsWith(`http://localhost:4000/documents/${KEY}?`)).toBe(true);
    expect(signed.expiresAt).toBe('2026-03-14T17:21:20.000Z');
  });

  it('reads back the key, name and type it was signed for', () => {
    expect(checkAt(link())).toEqual({
      valid: true,
      download: { key: KEY, ...FILE, expiresAtSeconds: Math.floor(SIGNED_AT.getTime() / 1000) + 900 },
    });
  });

  it('works until its lifetime has passed, and not a second after', () => {
    expect(checkAt(link(), 899).valid).toBe(true);
    expect(checkAt(link(), 900)).toEqual({ valid: false, reason: 'EXPIRED' });
  });

  it('is refused once any of its parts is changed', () => {
    const original = link();
    const otherKey = new URL(original);
    otherKey.pathname = '/documents/uploads/0a9d3b7c-1111-4c3e-9a51-0d2e8f6b1c44/001_872fb3fc99c0572e.pdf';
    const expires = original.searchParams.get('expires')!;
    const signature = original.searchParams.get('signature')!;

    const altered = [
      otherKey,
      withParam(original, 'expires', String(Number(expires) + 3600)),
      withParam(original, 'expires', `0${expires}`),
      withParam(original, 'name', 'other.pdf'),
      withParam(original, 'type', 'text/html'),
      withParam(original, 'signature', `${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`),
    ];

    for (const url of altered) expect(checkAt(url).valid, url.toString()).toBe(false);
    expect(checkAt(otherKey)).toEqual({ valid: false, reason: 'BAD_SIGNATURE' });
  });

  it('is refused under another secret', () => {
    expect(checkAt(link(), 1, 'another-secret')).toEqual({ valid: false, reason: 'BAD_SIGNATURE' });
  });

  it('is refused without its signature or with a malformed path', () => {
    const unsigned = new URL(link());
    unsigned.searchParams.delete('signature');
    const badEscape = new URL(link());
    badEscape.pathname = '/documents/uploads/%E0%A4%A/x.pdf';

    expect(checkAt(unsigned)).toEqual({ valid: false, reason: 'NOT_SIGNED' });
    expect(checkAt(badEscape)).toEqual({ valid: false, reason: 'NOT_SIGNED' });
  });

  it('round-trips any key, file name and media type through a real URL', () => {
    const segment = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((s) => !s.includes('/') && s !== '.' && s !== '..');
    fc.assert(
      fc.property(segment, segment, fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (uploadId, name, fileName, contentType) => {
        const key = `uploads/${uploadId}/${name}`;
        const url = new URL(signDownloadUrl('http://localhost:4000', key, { fileName, contentType }, SIGNING, SIGNED_AT).url);

        const check = checkAt(url);

        expect(check).toEqual({ valid: true, download: { key, fileName, contentType, expiresAtSeconds: expect.any(Number) } });
      }),
    );
  });
});
