/**
 * Public surface of the parser. Pure: bytes or text in, a typed result out, no I/O.
 * Failing to parse is a normal outcome, so it is a result ({ success: false, error }), never a throw.
 */
import { DocumentError, emptyLetter, letterTooLarge } from '../errors.js';
import { parseDeterminationText, type ParseResult } from './determination.js';
import { MAX_LETTER_BYTES } from './limits.js';
import { normalizeLetterText } from './normalize-text.js';
import { extractPdfText, isPdf } from './pdf-text.js';

export { isPdf } from './pdf-text.js';
export { PARSER_VERSION } from './version.js';
export { letterFingerprint } from './fingerprint.js';
export { normalizeLetterText } from './normalize-text.js';
export { parseDeterminationText, type ParseResult } from './determination.js';
export { MAX_LETTER_BYTES } from './limits.js';
/** Also used by the store to look a filter's brand name up by the generic name ingest indexed it under. */
export { describeTreatment } from './treatment.js';

export interface ParseOptions {
  /** Refuse input larger than this (default MAX_LETTER_BYTES, 10 MiB). */
  maxBytes?: number;
}

const tooLarge = (size: number, limit: number): ParseResult => ({ success: false, error: letterTooLarge(size, limit) });

export async function parseDeterminationPdf(bytes: Uint8Array, options: ParseOptions = {}): Promise<ParseResult> {
  const limit = options.maxBytes ?? MAX_LETTER_BYTES;
  if (bytes.length > limit) return tooLarge(bytes.length, limit);
  const extracted = await extractPdfText(bytes);
  if (!extracted.success) return extracted;
  return parseDeterminationText(normalizeLetterText(extracted.text));
}

/** Sniffs PDF vs text from the bytes (the name is used only in messages) and parses. */
export async function parseLetter(bytes: Uint8Array, fileName: string, options: ParseOptions = {}): Promise<ParseResult> {
  const limit = options.maxBytes ?? MAX_LETTER_BYTES;
  if (bytes.length > limit) return tooLarge(bytes.length, limit);
  if (bytes.length === 0) return { success: false, error: emptyLetter() };
  if (isPdf(bytes)) return parseDeterminationPdf(bytes, options);
  if (/\.pdf$/i.test(fileName)) {
    return { success: false, error: new DocumentError('CORRUPT_PDF', `${fileName} is named .pdf but is not a PDF (no %PDF- header).`) };
  }
  return parseDeterminationText(normalizeLetterText(new TextDecoder('utf-8').decode(bytes)));
}
