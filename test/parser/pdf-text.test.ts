import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { extractPdfText, pageLines, type TextRun } from '../../src/parser/pdf-text.js';
import { REAL_LETTERS } from '../real-fixtures.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SAMPLES = path.join(ROOT, 'samples');
const hasRealLetters = existsSync(REAL_LETTERS);

const samplePdfs = readdirSync(SAMPLES).filter((name) => name.endsWith('.pdf')).sort();
const readBytes = (file: string) => new Uint8Array(readFileSync(file));

/**
 * How the sample .txt and the PDF rendered from it are compared: trimmed lines, no empty lines, no
 * "Page 1 of 3" footers, and runs of spaces counted as one. The last is because the .txt holds two
 * spaces after some full stops and the PDF draws both, but the extractor writes any gap between
 * words as one space, as every PDF reader's text layer does.
 */
function comparableLines(text: string): string[] {
  return text
    .split(/\r?\n|\f/)
    .map((line) => line.trim().replace(/ {2,}/g, ' '))
    .filter((line) => line !== '' && !/^Page \d+ of \d+$/.test(line));
}

describe('extractPdfText reads a letter PDF as the letter prints', () => {
  it.each(samplePdfs)('%s gives the lines of its .txt, in order', async (name) => {
    // Prepare
    const expected = comparableLines(readFileSync(path.join(SAMPLES, name.replace(/\.pdf$/, '.txt')), 'utf8'));

    // Act
    const result = await extractPdfText(readBytes(path.join(SAMPLES, name)));

    // Assess
    if (!result.success) throw result.error;
    expect(comparableLines(result.text)).toEqual(expected);
    expect(result.pageCount).toBeGreaterThan(1);
  });

  it('keeps page footers as lines of their own, for the parser to drop', async () => {
    const result = await extractPdfText(readBytes(path.join(SAMPLES, '000_0134393615b26c1c.pdf')));

    if (!result.success) throw result.error;
    const lines = result.text.split('\n');
    expect(lines).toContain('Page 1 of 2');
    expect(lines).toContain('Page 2 of 2');
  });

  it("leaves the caller's bytes untouched", async () => {
    const bytes = readBytes(path.join(SAMPLES, '001_872fb3fc99c0572e.pdf'));
    const digest = sha256(bytes);

    await extractPdfText(bytes);

    expect(bytes.byteLength).toBeGreaterThan(0);
    expect(sha256(bytes)).toBe(digest);
  });

  it('reads a Node Buffer as well, leaving it and its memory pool untouched', async () => {
    // Small Buffers share one pooled ArrayBuffer; detaching it would break unrelated Buffers.
    const buffer = readFileSync(path.join(SAMPLES, '001_872fb3fc99c0572e.pdf'));
    const neighbour = Buffer.from('a small buffer from the same pool');
    const digest = sha256(buffer);

    const result = await extractPdfText(buffer);

    if (!result.success) throw result.error;
    expect(result.text).toContain('CLINICAL CASE SUMMARY');
    expect(sha256(buffer)).toBe(digest);
    expect(neighbour.toString()).toBe('a small buffer from the same pool');
  });

  it('joins label and value with one space and the two cover columns with three', async () => {
    // Prepare: the cover block as Word lays it out (tab stops at 179 pt and 329 pt; the wrapped
    // "Application / Received:" cell is written before the value printed beside its first line).
    const pdf = buildPdf({
      pages: [
        [
          text('Case Number:', 72, 688),
          text('CM16-0213037', 179.4, 688),
          text('Date Assigned:', 72, 675),
          text('11/09/2016', 179.4, 675),
          text('Date of Injury:', 329.2, 675),
          text('10/13/2016', 427.2, 675),
          text('Priority:', 72, 649),
          text('Standard', 179.4, 649),
          text('Application', 329.2, 649),
          text('Received:', 329.2, 636),
          text('11/03/2016', 427.2, 649),
        ].join('\n'),
      ],
    });

    // Act
    const result = await extractPdfText(pdf);

    // Assess
    if (!result.success) throw result.error;
    expect(result.text.split('\n')).toEqual([
      'Case Number: CM16-0213037',
      'Date Assigned: 11/09/2016   Date of Injury: 10/13/2016',
      'Priority: Standard   Application 11/03/2016',
      'Received:',
    ]);
  });

  it('measures column gaps in page space when the text matrix, not the font size, scales the text', async () => {
    // Prepare: the same cover lines written the way some producers do, "1 Tf" and an 11x matrix.
    const scaled = (value: string, x: number, y: number) => `BT /F1 1 Tf 11 0 0 11 ${x} ${y} Tm (${value}) Tj ET`;
    const pdf = buildPdf({
      pages: [[scaled('Date Assigned:', 72, 675), scaled('11/09/2016', 179.4, 675), scaled('Date of Injury:', 329.2, 675), scaled('10/13/2016', 427.2, 675)].join('\n')],
    });

    // Act
    const result = await extractPdfText(pdf);

    // Assess
    if (!result.success) throw result.error;
    expect(result.text).toBe('Date Assigned: 11/09/2016   Date of Injury: 10/13/2016');
  });

  it('reads text drawn twice at one place (a bold effect) once', async () => {
    const twice = [text('Upheld', 72, 700), text('Upheld', 72, 700)].join('\n');

    const result = await extractPdfText(buildPdf({ pages: [twice] }));

    if (!result.success) throw result.error;
    expect(result.text).toBe('Upheld');
  });

  it('reads a PDF that is encrypted only against copying (no password to open), as the real letters are', async () => {
    const pdf = buildPdf({ pages: [text('Decision rationale: medically necessary.', 72, 700)], encryption: { userPassword: '' } });

    const result = await extractPdfText(pdf);

    if (!result.success) throw result.error;
    expect(result.text).toBe('Decision rationale: medically necessary.');
  });
});

describe('extractPdfText refuses what it cannot read, with a typed error and nothing on the console', () => {
  let consoleSpies: MockInstance[] = [];
  beforeEach(() => {
    consoleSpies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) => vi.spyOn(console, level));
  });
  afterEach(() => {
    for (const spy of consoleSpies) {
      expect(spy, 'the PDF reader printed to the console').not.toHaveBeenCalled();
      spy.mockRestore();
    }
  });

  it('an empty file is EMPTY_DOCUMENT', async () => {
    expect(await errorOf(new Uint8Array())).toMatchObject({ code: 'EMPTY_DOCUMENT' });
    expect(await errorOf(new TextEncoder().encode(' \r\n\t\n'))).toMatchObject({ code: 'EMPTY_DOCUMENT' });
  });

  it('a text file is CORRUPT_PDF: not a PDF', async () => {
    const letter = readBytes(path.join(SAMPLES, '000_0134393615b26c1c.txt'));

    expect(await errorOf(letter)).toMatchObject({ code: 'CORRUPT_PDF', message: expect.stringMatching(/not a PDF/) });
  });

  it('a PDF cut short is CORRUPT_PDF: truncated', async () => {
    const whole = readBytes(path.join(SAMPLES, '002_572d8b93f8cec80c.pdf'));

    for (const length of [10, Math.floor(whole.length / 2), whole.length - 8]) {
      expect(await errorOf(whole.subarray(0, length))).toMatchObject({ code: 'CORRUPT_PDF', message: expect.stringMatching(/truncated/) });
    }
  });

  it('a PDF whose body is garbage is CORRUPT_PDF: damaged', async () => {
    const garbage = new TextEncoder().encode(`%PDF-1.4\n${'x7 q'.repeat(200)}\n%%EOF\n`);

    expect(await errorOf(garbage)).toMatchObject({ code: 'CORRUPT_PDF', message: expect.stringMatching(/damaged/) });
  });

  it('a PDF that needs a password to open is ENCRYPTED_PDF', async () => {
    // Prepare: a genuinely encrypted PDF, readable with its password.
    const pdf = buildPdf({ pages: [text('Case Number: CM16-0213037', 72, 700)], encryption: { userPassword: 'secret' } });
    const withPassword = await extractPdfText(pdf, { password: 'secret' });
    expect(withPassword.success && withPassword.text).toBe('Case Number: CM16-0213037');

    // Act
    const error = await errorOf(pdf);

    // Assess
    expect(error).toMatchObject({ code: 'ENCRYPTED_PDF', message: expect.stringMatching(/password/) });
  });

  it('a scanned PDF (images, no text) is UNSUPPORTED_DOCUMENT: has no text layer', async () => {
    const scan = buildPdf({ pages: ['q 468 0 0 648 72 72 cm /Scan Do Q'], withImage: true });

    expect(await errorOf(scan)).toMatchObject({ code: 'UNSUPPORTED_DOCUMENT', message: expect.stringMatching(/has no text layer/) });
  });
});

describe.skipIf(!hasRealLetters)(
  `the real letters in ${REAL_LETTERS}${hasRealLetters ? '' : ' (SKIPPED: folder absent on this machine)'}`,
  () => {
    const letters = hasRealLetters ? readdirSync(REAL_LETTERS).filter((name) => name.endsWith('.pdf')).sort() : [];

    it('every letter extracts, with its cover block in two columns', async () => {
      const failures: string[] = [];
      for (const name of letters) {
        const result = await extractPdfText(readBytes(path.join(REAL_LETTERS, name)));
        if (!result.success) {
          failures.push(`${name}: ${result.error.code} ${result.error.message}`);
          continue;
        }
        const caseNumber = name.replace(/\.pdf$/, '');
        const lines = result.text.split('\n');
        const expectations: [string, boolean][] = [
          ['case number', lines.includes(`Case Number: ${caseNumber}`)],
          ['assigned | injury', lines.some((l) => /^Date Assigned: \d\d\/\d\d\/\d{4} {3}Date of Injury: \d\d\/\d\d\/\d{4}$/.test(l))],
          ['decision | UR denial', lines.some((l) => /^Decision Date: \d\d\/\d\d\/\d{4} {3}UR Denial Date: \d\d\/\d\d\/\d{4}$/.test(l))],
          ['priority | application', lines.some((l) => /^Priority: (Standard|Expedited) {3}Application( Received:)? \d\d\/\d\d\/\d{4}$/.test(l))],
          ['sections', ['HOW THE IMR FINAL DETERMINATION WAS MADE', 'CLINICAL CASE SUMMARY', 'IMR ISSUES, DECISIONS AND RATIONALES'].every((h) => lines.includes(h))],
        ];
        for (const [what, ok] of expectations) if (!ok) failures.push(`${name}: ${what} not found`);
      }
      expect(letters.length).toBeGreaterThan(0);
      expect(failures).toEqual([]);
    });
  },
);

// ---------------------------------------------------------------------------------------------
// Hand-built PDFs: small enough to write out, so the edge cases need no committed binaries.

async function errorOf(bytes: Uint8Array) {
  const result = await extractPdfText(bytes);
  if (result.success) throw new Error(`expected a failure, got text: ${result.text.slice(0, 80)}`);
  return result.error;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A content-stream snippet that prints `value` in Helvetica 11 pt with its baseline at (x, y). */
function text(value: string, x: number, y: number): string {
  return `BT /F1 11 Tf 1 0 0 1 ${x} ${y} Tm (${value.replace(/[\\()]/g, '\\$&')}) Tj ET`;
}

interface PdfSpec {
  /** One content stream per page. */
  pages: string[];
  /** Content streams Flate-compressed, as most producers write them. */
  isCompressed?: boolean;
  withImage?: boolean;
  /** Standard security handler, revision 2 (RC4, 40-bit); owner password fixed. */
  encryption?: { userPassword: string };
}

/** Writes a PDF 1.4 file with a correct cross-reference table; binary-safe (latin1 throughout). */
function buildPdf(spec: PdfSpec): Uint8Array {
  const fileId = createHash('md5').update(JSON.stringify(spec)).digest();
  const security = spec.encryption ? standardSecurity(spec.encryption.userPassword, 'owner-secret', fileId) : undefined;

  // Objects: 1 catalog, 2 pages, 3 font, 4 image, 5 encryption dictionary, then a page and its content per page.
  const pageIds = spec.pages.map((_, i) => 6 + i * 2);
  const objects = new Map<number, string>();
  objects.set(1, '<< /Type /Catalog /Pages 2 0 R >>');
  objects.set(2, `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`);
  objects.set(3, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const grey = Buffer.alloc(64 * 64, 0x80).toString('latin1');
  objects.set(4, stream('/Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray /BitsPerComponent 8', grey, 4, security));
  if (security) objects.set(5, security.dictionary);
  spec.pages.forEach((content, i) => {
    const pageId = pageIds[i] ?? 0;
    const resources = `/Font << /F1 3 0 R >>${spec.withImage ? ' /XObject << /Scan 4 0 R >>' : ''}`;
    objects.set(pageId, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << ${resources} >> /Contents ${pageId + 1} 0 R >>`);
    const data = spec.isCompressed ? deflateSync(Buffer.from(content, 'latin1'), { level: 9 }).toString('latin1') : content;
    objects.set(pageId + 1, stream(spec.isCompressed ? '/Filter /FlateDecode' : '', data, pageId + 1, security));
  });

  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const size = Math.max(...objects.keys()) + 1;
  const offsets: number[] = new Array<number>(size).fill(0);
  for (const [id, value] of [...objects].sort((a, b) => a[0] - b[0])) {
    offsets[id] = body.length;
    body += `${id} 0 obj\n${value}\nendobj\n`;
  }
  const xrefAt = body.length;
  body += `xref\n0 ${size}\n0000000000 65535 f \n`;
  for (let id = 1; id < size; id++) {
    body += objects.has(id) ? `${String(offsets[id]).padStart(10, '0')} 00000 n \n` : '0000000000 65535 f \n';
  }
  const id = `<${fileId.toString('hex')}>`;
  body += `trailer\n<< /Size ${size} /Root 1 0 R /ID [${id} ${id}]${security ? ' /Encrypt 5 0 R' : ''} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, 'latin1'));
}

function stream(dictionary: string, data: string, objectId: number, security: StandardSecurity | undefined): string {
  const bytes = security ? security.encryptFor(objectId, Buffer.from(data, 'latin1')) : Buffer.from(data, 'latin1');
  return `<< ${dictionary} /Length ${bytes.length} >>\nstream\n${bytes.toString('latin1')}\nendstream`;
}

interface StandardSecurity {
  dictionary: string;
  encryptFor(objectId: number, data: Buffer): Buffer;
}

// PDF 1.7 (ISO 32000-1) 7.6.3, algorithms 2, 3 and 4: the revision 2 standard security handler.
const PASSWORD_PADDING = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

function standardSecurity(userPassword: string, ownerPassword: string, fileId: Buffer): StandardSecurity {
  const pad = (password: string) => Buffer.concat([Buffer.from(password, 'latin1'), PASSWORD_PADDING]).subarray(0, 32);
  const md5 = (...parts: Buffer[]) => createHash('md5').update(Buffer.concat(parts)).digest();
  const permissions = Buffer.alloc(4);
  permissions.writeInt32LE(-44); // print only: the copy bit is off, as in the real letters
  const owner = rc4(md5(pad(ownerPassword)).subarray(0, 5), pad(userPassword));
  const fileKey = md5(pad(userPassword), owner, permissions, fileId).subarray(0, 5);
  const user = rc4(fileKey, PASSWORD_PADDING);
  return {
    dictionary: `<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${owner.toString('hex')}> /U <${user.toString('hex')}> >>`,
    encryptFor(objectId, data) {
      const objectKey = md5(fileKey, Buffer.from([objectId & 0xff, (objectId >> 8) & 0xff, (objectId >> 16) & 0xff, 0, 0])).subarray(0, 10);
      return rc4(objectKey, data);
    },
  };
}

/** RC4, written out: OpenSSL 3 no longer offers it by default and PDF revision 2 needs nothing else. */
function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  const at = (i: number) => s[i] ?? 0;
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + at(i) + (key[i % key.length] ?? 0)) & 0xff;
    [s[i], s[j]] = [at(j), at(i)];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 0xff;
    j = (j + at(i)) & 0xff;
    [s[i], s[j]] = [at(j), at(i)];
    out[n] = (data[n] ?? 0) ^ at((at(i) + at(j)) & 0xff);
  }
  return out;
}

describe('extractPdfText and the rest of the process', () => {
  it("leaves the process's own built-ins in place (a PDF library's polyfills once replaced them; JSON got 4x slower)", async () => {
    const { parse, stringify } = JSON;
    const { push } = Array.prototype;
    const { toString } = Function.prototype;
    const { setTimeout: timeout, fetch: fetcher } = globalThis;
    const result = await extractPdfText(readBytes(path.join(SAMPLES, samplePdfs[0]!)));
    expect(result.success).toBe(true);
    expect(JSON.parse).toBe(parse);
    expect(JSON.stringify).toBe(stringify);
    expect(Array.prototype.push).toBe(push);
    expect(Function.prototype.toString).toBe(toString);
    expect(globalThis.setTimeout).toBe(timeout);
    expect(globalThis.fetch).toBe(fetcher);
  });

  it('reads a damaged page tree to a typed result and leaves no unhandled rejection behind (a Lambda would exit on one)', async () => {
    // Two bytes of sample 000 changed: the header's version and an object in the page tree.
    const damaged = readBytes(path.join(SAMPLES, '000_0134393615b26c1c.pdf'));
    damaged[18] = 210;
    damaged[5348] = 163;
    const unhandled: unknown[] = [];
    const listener = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', listener);
    try {
      const result = await extractPdfText(damaged);
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (!result.success) expect(['CORRUPT_PDF', 'UNSUPPORTED_DOCUMENT']).toContain(result.error.code);
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', listener);
    }
  });
});

describe('extractPdfText on a hostile file', () => {
  it(
    'reads a 10 KB PDF that piles 60,000 runs onto one place of one line as the page shows it',
    async () => {
      // Prepare: "a" and "b" drawn over each other again and again, compressed.
      const pile = '1 0 0 1 72 700 Tm (a) Tj 1 0 0 1 72 700 Tm (b) Tj '.repeat(30_000);
      const pdf = buildPdf({ pages: [`BT /F1 11 Tf ${pile}ET`], isCompressed: true });
      expect(pdf.length).toBeLessThan(12 * 1024);

      // Act
      const result = await extractPdfText(pdf);

      // Assess: PDFium keeps one of the glyphs drawn over the one before, as the page shows one.
      if (!result.success) throw result.error;
      expect(result.text).toBe('ab');
    },
    60_000,
  );

  it(
    'reads only the text on the page of a 12 KB PDF that places 200,000 runs on one line far past its edge (as pdf.js and every viewer)',
    async () => {
      const pdf = buildPdf({ pages: [`BT /F1 11 Tf 72 700 Td ${'(ab) Tj 100 0 Td '.repeat(200_000)}ET`], isCompressed: true });
      expect(pdf.length).toBeLessThan(16 * 1024);

      const result = await extractPdfText(pdf);

      // 72, 172, ... 572 are on the 612-point-wide page; 672 onwards are not.
      if (!result.success) throw result.error;
      expect(result.text).toBe(Array.from({ length: 6 }, () => 'ab').join('   '));
    },
    60_000,
  );
});

describe('pageLines', () => {
  it(
    'joins 200,000 runs on one line by sorting them (joining them one by one copied the line each time: 15 s for 40,000)',
    () => {
      // Prepare: runs a column gap apart, shuffled, on one baseline.
      const runs: TextRun[] = Array.from({ length: 200_000 }, (_, i) => ({ text: `r${i}`, x: 72 + i * 100, y: 700, endX: 84 + i * 100, fontSize: 11 }));
      for (let i = runs.length - 1; i > 0; i--) {
        const j = (i * 7919) % (i + 1);
        [runs[i], runs[j]] = [runs[j]!, runs[i]!];
      }

      // Act
      const text = pageLines(runs);

      // Assess
      expect(text.split('   ')).toEqual(Array.from({ length: 200_000 }, (_, i) => `r${i}`));
    },
    60_000,
  );
});
