/**
 * Whatever arrives (random text, random bytes, damaged letters, damaged PDFs), the parser answers
 * with a result, { success: true } or { success: false, error: DocumentError with a known code },
 * and never throws, hangs or prints to the console.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { DocumentError, type ErrorCode } from '../../src/errors.js';
import { parseDeterminationPdf, parseDeterminationText, parseLetter, type ParseResult } from '../../src/parser/index.js';
import { pageLines } from '../../src/parser/pdf-text.js';
import { REAL_LETTERS } from '../real-fixtures.js';

const SAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../samples');
const sampleNames = readdirSync(SAMPLES).filter((name) => name.endsWith('.txt')).sort();
const sampleTexts = sampleNames.map((name) => readFileSync(path.join(SAMPLES, name), 'utf8'));
const samplePdfs = sampleNames.map((name) => new Uint8Array(readFileSync(path.join(SAMPLES, name.replace(/\.txt$/, '.pdf')))));
const samplePdf = fc.constantFrom(...samplePdfs);
const hasRealLetters = existsSync(REAL_LETTERS);

/** The codes a letter (not the service) can be refused with. */
const DOCUMENT_CODES: readonly ErrorCode[] = [
  'EMPTY_DOCUMENT',
  'NOT_AN_IMR_LETTER',
  'UNKNOWN_IMR_LAYOUT',
  'UNSUPPORTED_DOCUMENT',
  'CORRUPT_PDF',
  'ENCRYPTED_PDF',
  'PAYLOAD_TOO_LARGE',
];

/** A run that takes longer than this counts as a hang (a letter parses in well under 50 ms). */
const RUN_TIMEOUT_MS = 5_000;
const TEXT_RUNS = 300;
const PDF_RUNS = 100;

function expectResult(result: ParseResult): void {
  if (result.success) {
    expect(Array.isArray(result.data.disputedItems)).toBe(true);
    expect(() => JSON.stringify(result.data)).not.toThrow();
  } else {
    expect(result.error).toBeInstanceOf(DocumentError);
    expect(DOCUMENT_CODES).toContain(result.error.code);
    expect(result.error.message.trim()).not.toBe('');
  }
}

let consoleSpies: MockInstance[] = [];
beforeEach(() => {
  consoleSpies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) => vi.spyOn(console, level));
});
afterEach(() => {
  for (const spy of consoleSpies) {
    expect(spy, 'something printed to the console').not.toHaveBeenCalled();
    spy.mockRestore();
  }
});

// ---------------------------------------------------------------------------------------------
// Damaged letters: edits a hurried copy-paste, an OCR pass or a bad transfer could make.

type Edit =
  | { kind: 'delete'; at: number; count: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'duplicate'; at: number; count: number }
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'garble'; at: number; text: string }
  | { kind: 'crlf' }
  | { kind: 'truncate'; percent: number };

const lineText = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.constantFrom(
    'Upheld',
    ': Overturned',
    'Claims Administrator guideline:',
    'MAXIMUS guideline: Decision based on MTUS',
    'Decision rationale:',
    'IMR ISSUES, DECISIONS AND RATIONALES',
    'CLINICAL CASE SUMMARY',
    'Case Number: CM16-0213037   Date of Injury: 13/45/2016',
    'Section(s): , , Page(s): 99-, -3',
    'Page 2 of 4',
    '\f',
    '\u0000\uFFFD\u200B',
  ),
);

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: lineText }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 6 }) }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('garble' as const), at: fc.nat(), text: fc.string({ unit: 'binary', maxLength: 40 }) }),
  fc.constant({ kind: 'crlf' as const }),
  fc.record({ kind: fc.constant('truncate' as const), percent: fc.integer({ min: 0, max: 100 }) }),
);

function applyEdits(text: string, edits: Edit[]): string {
  let lines = text.split('\n');
  let lineEnding = '\n';
  for (const change of edits) {
    const at = lines.length ? ('at' in change ? change.at % lines.length : 0) : 0;
    switch (change.kind) {
      case 'delete':
        lines.splice(at, change.count);
        break;
      case 'insert':
        lines.splice(at, 0, change.text);
        break;
      case 'duplicate':
        lines.splice(at, 0, ...lines.slice(at, at + change.count));
        break;
      case 'swap': {
        const other = lines.length ? change.with % lines.length : 0;
        [lines[at], lines[other]] = [lines[other] ?? '', lines[at] ?? ''];
        break;
      }
      case 'garble': {
        const line = lines[at] ?? '';
        const cut = change.text.length % (line.length + 1);
        lines[at] = line.slice(0, cut) + change.text + line.slice(cut);
        break;
      }
      case 'crlf':
        lineEnding = '\r\n';
        break;
      case 'truncate':
        lines = lines.slice(0, Math.ceil((lines.length * change.percent) / 100));
        break;
    }
  }
  return lines.join(lineEnding);
}

describe('the text parser always answers with a result', () => {
  it('for random strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 2_000 }), fc.string({ unit: 'grapheme', maxLength: 500 }), fc.array(lineText).map((l) => l.join('\n'))), (text) => {
        expectResult(parseDeterminationText(text));
      }),
      { numRuns: TEXT_RUNS },
    );
  });

  it('for sample letters with lines deleted, inserted, duplicated, swapped, garbled, CRLF or cut short', () => {
    fc.assert(
      fc.property(fc.nat({ max: sampleTexts.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 12 }), (which, edits) => {
        expectResult(parseDeterminationText(applyEdits(sampleTexts[which] ?? '', edits)));
      }),
      { numRuns: TEXT_RUNS },
    );
  });
});

describe('parseLetter always answers with a result', () => {
  it('for random bytes, with or without a PDF header', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 4_000 }),
        fc.constantFrom('', '%PDF-1.4\n', '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'),
        fc.constantFrom('', '\n%%EOF\n'),
        fc.constantFrom('letter.pdf', 'letter.txt', 'letter'),
        async (body, header, trailer, fileName) => {
          const bytes = new Uint8Array([...Buffer.from(header, 'latin1'), ...body, ...Buffer.from(trailer, 'latin1')]);
          expectResult(await parseLetter(bytes, fileName));
        },
      ),
      { numRuns: PDF_RUNS * 2, timeout: RUN_TIMEOUT_MS },
    );
  });

  it('for damaged sample letters sent as bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: sampleTexts.length - 1 }), fc.array(edit, { maxLength: 8 }), async (which, edits) => {
        const bytes = new TextEncoder().encode(applyEdits(sampleTexts[which] ?? '', edits));
        expectResult(await parseLetter(bytes, sampleNames[which] ?? 'letter.txt'));
      }),
      { numRuns: PDF_RUNS, timeout: RUN_TIMEOUT_MS },
    );
  });
});

describe('the PDF parser always answers with a result', () => {
  it('for sample PDFs cut short at any point', async () => {
    const cut = samplePdf.chain((pdf) => fc.tuple(fc.constant(pdf), fc.integer({ min: 0, max: pdf.length })));
    await fc.assert(
      fc.asyncProperty(cut, async ([pdf, length]) => {
        expectResult(await parseDeterminationPdf(pdf.subarray(0, length)));
      }),
      { numRuns: PDF_RUNS, timeout: RUN_TIMEOUT_MS },
    );
  });

  it('for sample PDFs with random bytes overwritten', async () => {
    const flipped = samplePdf.chain((pdf) =>
      fc.tuple(fc.constant(pdf), fc.array(fc.tuple(fc.integer({ min: 0, max: pdf.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 40 })),
    );
    await fc.assert(
      fc.asyncProperty(flipped, async ([original, flips]) => {
        const pdf = original.slice();
        for (const [at, value] of flips) pdf[at] = value;
        expectResult(await parseDeterminationPdf(pdf));
      }),
      { numRuns: PDF_RUNS, timeout: RUN_TIMEOUT_MS },
    );
  });

  it('for sample PDFs with a run of bytes deleted or repeated', async () => {
    await fc.assert(
      fc.asyncProperty(
        samplePdf.chain((pdf) => fc.tuple(fc.constant(pdf), fc.integer({ min: 0, max: pdf.length - 1 }))),
        fc.integer({ min: 1, max: 500 }),
        fc.boolean(),
        async ([pdf, from], length, isRepeat) => {
          const run = pdf.subarray(from, from + length);
          const damaged = new Uint8Array([...pdf.subarray(0, from), ...(isRepeat ? [...run, ...run] : []), ...pdf.subarray(from + length)]);
          expectResult(await parseDeterminationPdf(damaged));
        },
      ),
      { numRuns: PDF_RUNS, timeout: RUN_TIMEOUT_MS },
    );
  });
});

describe.skipIf(!hasRealLetters)(
  `the PDF parser on damaged real letters (encrypted, TrueType fonts)${hasRealLetters ? '' : ` (SKIPPED: ${REAL_LETTERS} absent on this machine)`}`,
  () => {
    it('always answers with a result when bytes are overwritten or the file is cut', async () => {
      // A handful of letters is enough: they share one template; what differs from the samples is the encryption.
      const letters = readdirSync(REAL_LETTERS).filter((name) => name.endsWith('.pdf')).sort().slice(0, 6);
      const realPdf = fc.constantFrom(...letters.map((name) => new Uint8Array(readFileSync(path.join(REAL_LETTERS, name)))));
      const damaged = realPdf.chain((pdf) =>
        fc.oneof(
          fc.integer({ min: 0, max: pdf.length }).map((length) => pdf.subarray(0, length)),
          fc.array(fc.tuple(fc.integer({ min: 0, max: pdf.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 }).map((flips) => {
            const copy = pdf.slice();
            for (const [at, value] of flips) copy[at] = value;
            return copy;
          }),
        ),
      );
      await fc.assert(
        fc.asyncProperty(damaged, async (pdf) => {
          expectResult(await parseDeterminationPdf(pdf));
        }),
        { numRuns: PDF_RUNS / 2, timeout: RUN_TIMEOUT_MS },
      );
    });
  },
);

describe('line rebuilding never fails on odd text runs', () => {
  it('for runs at any position and size, empty, blank or of no size', () => {
    const finite = fc.double({ min: -1e4, max: 1e4, noNaN: true });
    const run = fc.record({ text: fc.string({ maxLength: 20 }), x: finite, y: finite, endX: finite, fontSize: finite });
    fc.assert(
      fc.property(fc.array(run, { maxLength: 60 }), (runs) => {
        const text = pageLines(runs);
        const printed = runs.filter((item) => item.text.trim() !== '').length;
        expect(text.split('\n').length).toBeLessThanOrEqual(Math.max(1, printed));
      }),
      { numRuns: TEXT_RUNS },
    );
  });
});
