/**
 * Why PDFium would not open a file, in the words the person who sent it needs: one typed error
 * per reason (FPDF_GetLastError's codes, from PDFium's public fpdfview.h), each saying what to do.
 */
import { DocumentError } from '../errors.js';

/** FPDF_ERR_* */
const PDFIUM_ERROR = {
  UNKNOWN: 1,
  FILE: 2,
  FORMAT: 3,
  PASSWORD: 4,
  SECURITY: 5,
  PAGE: 6,
} as const;

/** The error for a document PDFium refused to open (FPDF_LoadMemDocument returned no document). */
export function openingRefusal(lastError: number): DocumentError {
  switch (lastError) {
    case PDFIUM_ERROR.PASSWORD:
      return new DocumentError('ENCRYPTED_PDF', 'This PDF is protected by a password, so its text cannot be read; upload an unprotected copy.');
    case PDFIUM_ERROR.SECURITY:
      return new DocumentError('ENCRYPTED_PDF', 'This PDF is encrypted with a security handler we cannot open, so its text cannot be read; upload an unprotected copy.');
    case PDFIUM_ERROR.FORMAT:
      return damaged('its structure could not be read');
    case PDFIUM_ERROR.PAGE:
      return damaged('a page could not be found');
    default:
      return damaged(`PDFium error ${lastError}`);
  }
}

/** A document that opened but whose pages do not hold together. */
export function damaged(reason: string, cause?: unknown): DocumentError {
  return new DocumentError('CORRUPT_PDF', `This PDF is damaged and could not be read (${reason}).`, cause === undefined ? undefined : { cause });
}

/** PDFium stopped part-way: almost always a file built to exhaust memory (a decompression bomb), never a letter. */
export function tooDemanding(cause: unknown): DocumentError {
  return new DocumentError(
    'UNSUPPORTED_DOCUMENT',
    'This PDF needs more memory to read than any letter does (PDFium stopped on it), so it was not read.',
    { cause },
  );
}
