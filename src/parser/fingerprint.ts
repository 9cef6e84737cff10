import { createHash } from 'node:crypto';
import { letterLines } from './lines.js';
import { normalizeLetterText } from './normalize-text.js';

/** Typographic quotes and dashes that one extractor keeps and another flattens. */
const LOOKALIKES: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
};
const LOOKALIKE = /[\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u2033\u2010-\u2014\u2212]/g;

/**
 * The idempotency key of a letter: sha256 (hex) of its normalized text (normalizeLetterText: no
 * invisible characters, look-alikes folded) with every whitespace, line break, page marker and
 * quote style removed, so the .txt and the .pdf of one letter share it, and so does a copy
 * disguised by a zero-width joiner or a Cyrillic "е".
 */
export function letterFingerprint(text: string): string {
  const canonical = letterLines(normalizeLetterText(text))
    .join('')
    .replace(LOOKALIKE, (c) => LOOKALIKES[c] ?? c)
    .replace(/\s+/g, '');
  return createHash('sha256').update(canonical).digest('hex');
}
