/**
 * What a letter must be before anything reads it, the one rule every way in applies (the ingest
 * use case, the GraphQL inline letter, the upload address, the ingest Lambda, `imr parse`): a PDF
 * or plain text, not empty, within the size limit. The messages come from src/errors.ts.
 */
import { emptyLetter, letterTooLarge, type DocumentError } from '../errors.js';

/** Letters are PDFs or plain text; anything else is refused before it is stored. */
export const ACCEPTED_MEDIA_TYPES = ['application/pdf', 'text/plain'] as const;

/** Why a letter of `sizeBytes` is refused before it is read, or null when its size is acceptable. */
export function sizeRefusal(sizeBytes: number, limitBytes: number): DocumentError | null {
  if (sizeBytes > limitBytes) return letterTooLarge(sizeBytes, limitBytes);
  return sizeBytes === 0 ? emptyLetter() : null;
}
