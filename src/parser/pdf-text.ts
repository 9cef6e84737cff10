/**
 * PDF bytes → the letter's text, one line per printed line (pure: no I/O, no network).
 *
 * pdf.js gives positioned text runs; we rebuild lines from their baselines so that the text
 * reads as the letter prints, and mark the cover block's two columns with three spaces
 * (the parser splits cover cells on them). Pages are joined with "\n"; running footers such
 * as "Page 2 of 4" stay as their own lines for the parser's normaliser to drop.
 */
import { DocumentError } from '../errors.js';
import { withPdfJsRejectionsHandled } from './pdf-rejections.js';

export type PdfTextResult = { success: true; text: string; pageCount: number } | { success: false; error: DocumentError };

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type DocumentInitParameters = Parameters<PdfJs['getDocument']>[0];
type PdfLoadingTask = ReturnType<PdfJs['getDocument']>;
type PdfDocument = Awaited<PdfLoadingTask['promise']>;

/** The part of a pdf.js text item we read (`TextItem` in pdf.js's types). */
interface TextRun {
  str: string;
  transform: number[];
  width: number;
}

/** A text run placed on the page: where it starts, where it ends, how big its font is. */
interface PlacedRun {
  text: string;
  x: number;
  y: number;
  endX: number;
  fontSize: number;
}

/**
 * A gap this many font sizes wide or wider is a column gap, not a word space. The cover block
 * is a Word table with tab stops: label → value gaps reach 5.9 em ("Priority:" then its value),
 * the gutter between the two columns is 8.5 em or more (a date, then "Date of Injury:").
 */
const COLUMN_GAP_EM = 7;
/** Narrower than this, two runs belong to one word (pdf.js splits words where the font changes). */
const WORD_GAP_EM = 0.15;
/** Runs whose baselines differ by less than this share a line (superscripts, jittered baselines). */
const BASELINE_TOLERANCE_EM = 0.4;
/** A PDF may carry a few bytes (a BOM, mail headers) before its header; pdf.js accepts up to 1 KiB. */
const HEADER_SEARCH_BYTES = 1024;
/** Savers append the end-of-file marker last; without it in the tail the file was cut short. */
const EOF_SEARCH_BYTES = 4096;

const PDF_HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const PDF_EOF = [0x25, 0x25, 0x45, 0x4f, 0x46]; // "%%EOF"

/**
 * Options that keep pdf.js quiet and offline: verbosity 0 (errors only, which it throws rather than
 * prints), no font faces, no eval, no system fonts, and no URLs for standard fonts, CMaps or wasm,
 * so nothing is ever fetched. Text extraction needs none of them: glyph widths of the standard
 * fonts are built in. Exported so the benchmark's pdf.js-alone ceiling does exactly the same work.
 */
export const PDF_DOCUMENT_OPTIONS = {
  verbosity: 0,
  disableFontFace: true,
  isEvalSupported: false,
  useSystemFonts: false,
  useWorkerFetch: false,
  isOffscreenCanvasSupported: false,
  isImageDecoderSupported: false,
  enableXfa: false,
  stopAtErrors: false,
} as const satisfies Omit<DocumentInitParameters, 'data'>;

let pdfJsModule: Promise<PdfJs> | undefined;

/**
 * pdf.js's legacy build (and its worker, loaded on the first document) carries core-js polyfills
 * that, on Node 20, replace built-ins for the whole process: JSON.parse and JSON.stringify (about 4x
 * slower), Array.prototype.push and Function.prototype.toString. Text extraction needs none of
 * them, so the originals are put back after pdf.js loads and after each document. (What it only
 * adds, such as Promise.withResolvers, stays: pdf.js uses those.)
 */
const NATIVE_BUILTINS: ReadonlyArray<readonly [object, string, unknown]> = [
  [JSON, 'parse', JSON.parse],
  [JSON, 'stringify', JSON.stringify],
  [Array.prototype, 'push', Array.prototype.push],
  [Function.prototype, 'toString', Function.prototype.toString],
];
function restoreNativeBuiltins(): void {
  for (const [owner, key, native] of NATIVE_BUILTINS) {
    if (Reflect.get(owner, key) !== native) Reflect.defineProperty(owner, key, { value: native, writable: true, configurable: true, enumerable: false });
  }
}

/**
 * pdf.js is imported on first use, so a process that never reads a PDF (the GraphQL Lambda)
 * never pays for it. Importing it in Node runs its canvas polyfills, which warn on the console
 * when @napi-rs/canvas is absent (as in the Lambda bundle) before any verbosity can be set; text
 * extraction never draws, so exactly those warnings are held back while the import runs.
 */
export function loadPdfJs(): Promise<PdfJs> {
  pdfJsModule ??= (async () => {
    const warn = console.warn;
    console.warn = (...args: unknown[]) => {
      const first = args[0];
      if (typeof first === 'string' && isCanvasPolyfillWarning(first)) return;
      warn.apply(console, args);
    };
    try {
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      console.warn = warn;
      restoreNativeBuiltins();
    }
  })();
  return pdfJsModule;
}

function isCanvasPolyfillWarning(message: string): boolean {
  return (
    message.startsWith('Warning: Cannot load "@napi-rs/canvas"') ||
    message.startsWith('Warning: Cannot access the `require` function') ||
    message.startsWith('Warning: Cannot polyfill `')
  );
}

export async function extractPdfText(bytes: Uint8Array): Promise<PdfTextResult> {
  const problem = checkEnvelope(bytes);
  if (problem) return { success: false, error: problem };

  let pdfjs: PdfJs;
  try {
    pdfjs = await loadPdfJs();
  } catch (cause) {
    return fail('UNSUPPORTED_DOCUMENT', 'The PDF reader could not be loaded, so PDF letters cannot be read here.', cause);
  }

  // A fresh copy, always: pdf.js transfers the buffer it is given to its worker (which would detach
  // the caller's bytes, or a whole pool of small Node Buffers) and refuses Buffers outright.
  let loadingTask: PdfLoadingTask | undefined;
  try {
    // Loading is where pdf.js starts the fetches it may never await (see pdf-rejections.ts).
    const document: PdfDocument = await withPdfJsRejectionsHandled(() => {
      loadingTask = pdfjs.getDocument({ ...PDF_DOCUMENT_OPTIONS, data: new Uint8Array(bytes) });
      return loadingTask.promise;
    });
    const pages: string[] = [];
    for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber++) {
      const page = await document.getPage(pageNumber);
      const content = await page.getTextContent();
      pages.push(pageLines(content.items));
    }
    const text = pages.join('\n');
    if (!/\S/.test(text)) {
      return fail(
        'UNSUPPORTED_DOCUMENT',
        `This PDF has no text layer (${plural(document.numPages, 'page')} of images only, as a scan is); only PDFs with text can be read.`,
      );
    }
    return { success: true, text, pageCount: document.numPages };
  } catch (cause) {
    return { success: false, error: describePdfJsFailure(cause) };
  } finally {
    // Frees the document and its in-process worker; a failure to clean up changes nothing for the caller.
    await loadingTask?.destroy().catch(() => undefined);
    restoreNativeBuiltins();
  }
}

/** Whether the bytes are a PDF, judged by content, not by a file name: a "%PDF-" header within the first KiB, as readers accept. */
export function isPdf(bytes: Uint8Array): boolean {
  return indexOf(bytes, PDF_HEADER, 0, Math.min(bytes.length, HEADER_SEARCH_BYTES + PDF_HEADER.length)) >= 0;
}

/** Cheap checks on the raw bytes that give a clearer message than pdf.js would. */
function checkEnvelope(bytes: Uint8Array): DocumentError | undefined {
  if (bytes.length === 0 || isAllWhitespace(bytes)) {
    return new DocumentError('EMPTY_DOCUMENT', 'The file is empty.');
  }
  if (!isPdf(bytes)) {
    return new DocumentError('CORRUPT_PDF', 'This is not a PDF: it does not start with the "%PDF-" header.');
  }
  if (indexOf(bytes, PDF_EOF, Math.max(0, bytes.length - EOF_SEARCH_BYTES), bytes.length) < 0) {
    return new DocumentError(
      'CORRUPT_PDF',
      `This PDF is truncated: it has no "%%EOF" marker at its end (${bytes.length} bytes received); upload the whole file again.`,
    );
  }
  return undefined;
}

function describePdfJsFailure(cause: unknown): DocumentError {
  // pdf.js' exceptions cross its worker boundary as plain objects, so they are told apart by name.
  const { name, message } = nameAndMessage(cause);
  if (name === 'PasswordException') {
    return new DocumentError('ENCRYPTED_PDF', 'This PDF is protected by a password, so its text cannot be read; upload an unprotected copy.', { cause });
  }
  const reason = message ? ` (${message.replace(/\.$/, '')})` : '';
  return new DocumentError('CORRUPT_PDF', `This PDF is damaged and could not be read${reason}.`, { cause });
}

function nameAndMessage(value: unknown): { name: string; message: string } {
  if (typeof value !== 'object' || value === null) return { name: '', message: '' };
  const name = 'name' in value && typeof value.name === 'string' ? value.name : '';
  const message = 'message' in value && typeof value.message === 'string' ? value.message.trim() : '';
  return { name, message };
}

function fail(code: 'UNSUPPORTED_DOCUMENT', message: string, cause?: unknown): PdfTextResult {
  return { success: false, error: new DocumentError(code, message, cause === undefined ? undefined : { cause }) };
}

/**
 * One page's text runs → its lines, top to bottom. Runs are grouped by baseline rather than taken
 * in content-stream order, because Word writes a wrapped table cell ("Application" / "Received:")
 * before the value printed beside its first line.
 */
export function pageLines(items: readonly unknown[]): string {
  const runs: PlacedRun[] = [];
  for (const item of items) {
    if (!isTextRun(item) || item.str.trim() === '') continue; // pdf.js' own space runs: gaps are measured below
    const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform;
    const fontSize = Math.hypot(c, d) || Math.hypot(a, b) || 1;
    runs.push({ text: item.str, x, y, endX: x + item.width, fontSize });
  }
  // Top of the page first (PDF y grows upwards); left to right within a baseline.
  runs.sort((p, q) => q.y - p.y || p.x - q.x);

  const lines: string[] = [];
  let line: PlacedRun[] = [];
  for (const run of runs) {
    const top = line[0];
    if (top && top.y - run.y > BASELINE_TOLERANCE_EM * Math.max(top.fontSize, run.fontSize)) {
      lines.push(joinLine(line));
      line = [];
    }
    line.push(run);
  }
  if (line.length) lines.push(joinLine(line));
  return lines.join('\n');
}

function isTextRun(item: unknown): item is TextRun {
  return typeof item === 'object' && item !== null && typeof (item as { str?: unknown }).str === 'string' && Array.isArray((item as { transform?: unknown }).transform);
}

/** Joins the runs of one baseline: nothing inside a word, one space between words, three between columns. */
function joinLine(line: PlacedRun[]): string {
  // Runs within the tolerance may arrive slightly out of x order (a superscript a hair higher).
  if (line.length > 1) line.sort((p, q) => p.x - q.x);
  let text = '';
  let previous: PlacedRun | undefined;
  for (const run of line) {
    if (previous) {
      const gapEm = (run.x - previous.endX) / Math.max(previous.fontSize, run.fontSize);
      const hasSpace = text.endsWith(' ') || run.text.startsWith(' ');
      if (gapEm >= COLUMN_GAP_EM) text = `${text.trimEnd()}   ${run.text.trimStart()}`;
      else if (gapEm >= WORD_GAP_EM && !hasSpace) text += ` ${run.text}`;
      else text += run.text;
    } else {
      text = run.text;
    }
    previous = run;
  }
  return text.trimEnd();
}

function isAllWhitespace(bytes: Uint8Array): boolean {
  for (const byte of bytes) {
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x00) return false;
  }
  return true;
}

function indexOf(bytes: Uint8Array, needle: readonly number[], from: number, to: number): number {
  const last = to - needle.length;
  outer: for (let i = Math.max(0, from); i <= last; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
