/**
 * A case's id is the start of its letter's content hash (sha256 of the normalised text), so the
 * same letter always lands on the same case. 16 hex digits (64 bits): for a million letters the
 * chance of two sharing an id is about 3 in 100 million, and the store refuses such a clash
 * (it checks the full hash) rather than merging two letters.
 */
export const CASE_ID_LENGTH = 16;

export function caseIdForContentHash(contentHash: string): string {
  return contentHash.slice(0, CASE_ID_LENGTH).toLowerCase();
}
