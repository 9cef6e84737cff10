/**
 * The headers a downloaded original is answered with (S3 overrides and the local route alike): an
 * uploader chooses the file name and media type, so neither may break out of its header.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attachmentDisposition, downloadContentType } from '../../src/blobs/download-headers.js';

/** What a browser reads back from `filename*=UTF-8''…`, or else from `filename="…"`. */
function savedName(disposition: string): string {
  const extended = /filename\*=UTF-8''([^;]+)$/.exec(disposition);
  if (extended) return decodeURIComponent(extended[1]!);
  return /filename="([^"]*)"/.exec(disposition)![1]!;
}

describe('Content-Disposition of a downloaded letter', () => {
  it('names a plain file as it was uploaded', () => {
    expect(attachmentDisposition('000_0134393615b26c1c.pdf')).toBe('attachment; filename="000_0134393615b26c1c.pdf"');
  });

  it('keeps quotes, backslashes and line breaks out of the quoted name, and gives the real name in filename*', () => {
    const disposition = attachmentDisposition('a"b\\c\r\nSet-Cookie: x=1.pdf');

    expect(disposition).toBe(
      'attachment; filename="a_b_c__Set-Cookie: x=1.pdf"; filename*=UTF-8\'\'a%22b%5Cc%0D%0ASet-Cookie%3A%20x%3D1.pdf',
    );
  });

  it('carries a name outside ASCII in filename*, with an ASCII fallback', () => {
    const disposition = attachmentDisposition('Müller (copia) 100%.pdf');

    expect(disposition).toBe('attachment; filename="M_ller (copia) 100_.pdf"; filename*=UTF-8\'\'M%C3%BCller%20%28copia%29%20100%25.pdf');
    expect(savedName(disposition)).toBe('Müller (copia) 100%.pdf');
  });

  it('falls back to "letter" for an empty name', () => {
    expect(attachmentDisposition('  ')).toBe('attachment; filename="letter"');
  });

  it('is a valid header value for any name, and a browser saves the file under that name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }).filter((name) => name.trim() !== ''), (name) => {
        const disposition = attachmentDisposition(name);
        // What Node (and S3) accept in a header: visible ASCII, spaces and tabs only.
        expect(disposition).toMatch(/^[\x20-\x7e]+$/);
        expect(savedName(disposition)).toBe(name);
      }),
    );
  });
});

describe('Content-Type of a downloaded letter', () => {
  it('keeps a media type as uploaded', () => {
    expect(downloadContentType('application/pdf')).toBe('application/pdf');
    expect(downloadContentType('text/plain; charset=utf-8')).toBe('text/plain; charset=utf-8');
    expect(downloadContentType('text/plain; charset="utf-8"')).toBe('text/plain; charset="utf-8"');
  });

  it('serves anything that is not a media type as opaque bytes', () => {
    for (const given of ['', 'pdf', 'text/plain\r\nX-Injected: 1', 'text/html; charset', 'a/b/c', 'tëxt/plain']) {
      expect(downloadContentType(given), given).toBe('application/octet-stream');
    }
  });
});
