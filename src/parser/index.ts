/**
 * Public surface of the parser (pure: bytes or text in, typed result out, no I/O).
 * PLACEHOLDER signatures: the parser issue replaces the bodies; the names and types are the contract.
 */
import type { Determination } from '../domain/determination.js';
import { DocumentError } from '../errors.js';

export const PARSER_VERSION = '0.0.0';

/** Failing to parse is a normal outcome, so it is a result, not a throw. */
export type ParseResult =
  | { success: true; data: Determination; text: string }
  | { success: false; error: DocumentError };

export function parseDeterminationText(_text: string): ParseResult {
  return { success: false, error: new DocumentError('UNSUPPORTED_DOCUMENT', 'Parser not implemented yet.') };
}

export async function parseDeterminationPdf(_bytes: Uint8Array): Promise<ParseResult> {
  return { success: false, error: new DocumentError('UNSUPPORTED_DOCUMENT', 'Parser not implemented yet.') };
}

/** Sniffs PDF vs text from the bytes (not the name) and parses. */
export async function parseLetter(bytes: Uint8Array, _fileName: string): Promise<ParseResult> {
  const isPdf = bytes.length >= 5 && new TextDecoder().decode(bytes.subarray(0, 5)) === '%PDF-';
  return isPdf ? parseDeterminationPdf(bytes) : parseDeterminationText(new TextDecoder().decode(bytes));
}

/**
 * The idempotency key of a letter: sha256 (hex) of its normalised text, equal for the .txt and
 * the .pdf of one letter (whitespace, line endings and page headers/footers do not count).
 */
export function letterFingerprint(_text: string): string {
  throw new Error('not implemented');
}
