/**
 * PDF bytes → the letter's text, one line per printed line (pure: no I/O beyond loading PDFium once).
 *
 * PDFium (src/parser/pdf/pdfium.ts) gives each character with its position; we gather them into
 * runs and rebuild lines from their baselines (src/parser/pdf/page-lines.ts), so that the text
 * reads as the letter prints, and mark the cover block's two columns with three spaces (the parser
 * splits cover cells on them). Pages are joined with "\n"; running footers such as "Page 2 of 4"
 * stay as their own lines for the parser's normaliser to drop.
 */
import { DocumentError, emptyLetter } from '../errors.js';
import { damaged, openingRefusal, tooDemanding } from './pdf-rejections.js';
import { pageLines } from './pdf/page-lines.js';
import { pageRuns, visibleBox } from './pdf/page-runs.js';
import { PdfiumAbort, PdfiumUnavailable, withPdfium, type Pdfium } from './pdf/pdfium.js';

export { pageLines, type TextRun } from './pdf/page-lines.js';

export type PdfTextResult = { success: true; text: string; pageCount: number } | { success: false; error: DocumentError };

/** A PDF may carry a few bytes (a BOM, mail headers) before its header; readers accept up to 1 KiB. */
const HEADER_SEARCH_BYTES = 1024;
/** Savers append the end-of-file marker last; without it in the tail the file was cut short. */
const EOF_SEARCH_BYTES = 4096;

const PDF_HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const PDF_EOF = [0x25, 0x25, 0x45, 0x4f, 0x46]; // "%%EOF"

export interface PdfTextOptions {
  /** The password to open the document with (tests only: letters are never sent with one). */
  password?: string;
}

export async function extractPdfText(bytes: Uint8Array, options: PdfTextOptions = {}): Promise<PdfTextResult> {
  const problem = checkEnvelope(bytes);
  if (problem) return { success: false, error: problem };
  try {
    // PDFium reads a copy in its own memory: the caller's bytes (a pooled Node Buffer, say) are never touched.
    return await withPdfium((pdfium) => readDocument(pdfium, bytes, options.password));
  } catch (cause) {
    if (cause instanceof PdfiumAbort) return { success: false, error: tooDemanding(cause) };
    if (cause instanceof PdfiumUnavailable) {
      return {
        success: false,
        error: new DocumentError('UNSUPPORTED_DOCUMENT', 'The PDF reader could not be loaded, so PDF letters cannot be read here.', { cause }),
      };
    }
    throw cause;
  }
}

function readDocument(pdfium: Pdfium, bytes: Uint8Array, password: string | undefined): PdfTextResult {
  const pdf = pdfium.exports;
  const data = pdfium.copyIn(bytes);
  const passwordAt = password === undefined ? 0 : pdfium.copyInString(password);
  let document = 0;
  try {
    document = pdf.FPDF_LoadMemDocument(data, bytes.length, passwordAt);
    if (document === 0) return { success: false, error: openingRefusal(pdf.FPDF_GetLastError()) };
    const pageCount = pdf.FPDF_GetPageCount(document);
    if (pageCount <= 0) return { success: false, error: damaged('it has no pages') };
    const pages: string[] = [];
    for (let index = 0; index < pageCount; index++) {
      const text = pageText(pdfium, document, index);
      if (text === undefined) return { success: false, error: damaged(`page ${index + 1} could not be read`) };
      pages.push(text);
    }
    const text = pages.join('\n');
    if (!/\S/.test(text)) {
      return {
        success: false,
        error: new DocumentError(
          'UNSUPPORTED_DOCUMENT',
          `This PDF has no text layer (${plural(pageCount, 'page')} of images only, as a scan is); only PDFs with text can be read.`,
        ),
      };
    }
    return { success: true, text, pageCount };
  } finally {
    if (document !== 0) pdf.FPDF_CloseDocument(document);
    if (passwordAt !== 0) pdf.free(passwordAt);
    pdf.free(data);
  }
}

function pageText(pdfium: Pdfium, document: number, index: number): string | undefined {
  const pdf = pdfium.exports;
  const page = pdf.FPDF_LoadPage(document, index);
  if (page === 0) return undefined;
  try {
    const textPage = pdf.FPDFText_LoadPage(page);
    if (textPage === 0) return undefined;
    try {
      return pageLines(pageRuns(pdfium, textPage, visibleBox(pdfium, page)));
    } finally {
      pdf.FPDFText_ClosePage(textPage);
    }
  } finally {
    pdf.FPDF_ClosePage(page);
  }
}

/** Whether the bytes are a PDF, judged by content, not by a file name: a "%PDF-" header within the first KiB, as readers accept. */
export function isPdf(bytes: Uint8Array): boolean {
  return indexOf(bytes, PDF_HEADER, 0, Math.min(bytes.length, HEADER_SEARCH_BYTES + PDF_HEADER.length)) >= 0;
}

/** Cheap checks on the raw bytes that give a clearer message than the PDF reader would. */
function checkEnvelope(bytes: Uint8Array): DocumentError | undefined {
  if (bytes.length === 0 || isAllWhitespace(bytes)) {
    return emptyLetter();
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
