/**
 * Turns a letter's raw text (from a .txt file or from the PDF extractor) into the printed lines
 * the rest of the parser reads: one form whatever the source looked like.
 */

/** Running headers/footers that some copies carry ("Page 2 of 4", "- 3 -"); never part of the letter's content. */
const PAGE_MARKER = /^(?:page\s*\d+(?:\s*(?:of|\/)\s*\d+)?|\d+\s*of\s*\d+|-\s*\d+\s*-)$/i;

const LINE_BREAK = /\r\n?|[\n\f\v\u2028\u2029]/;
/** Every kind of space but the plain one: tabs, no-break and typographic spaces, zero-width marks. */
const ODD_SPACE = /[\t\u00a0\u2000-\u200b\u202f\u3000\ufeff]/;
const ODD_SPACES = new RegExp(ODD_SPACE.source, 'g');
const SPACE_RUN = / {2,}/g;

/**
 * Printed lines: line endings unified, whitespace runs collapsed (column gaps included: the cover
 * block is read by label, not by position), blank lines and page markers dropped.
 */
export function letterLines(raw: string): string[] {
  const lines: string[] = [];
  // Scanning for a rare character is cheap; replacing on every line is not.
  const spaced = ODD_SPACE.test(raw) ? raw.replace(ODD_SPACES, ' ') : raw;
  for (const rawLine of spaced.split(LINE_BREAK)) {
    const trimmed = rawLine.trim();
    const line = trimmed.includes('  ') ? trimmed.replace(SPACE_RUN, ' ') : trimmed;
    // Page markers are short; most lines are not, and skip the test.
    if (line !== '' && (line.length > 24 || !PAGE_MARKER.test(line))) lines.push(line);
  }
  return lines;
}

const HYPHEN = 0x2d;
const isWordChar = (code: number) => (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/**
 * Joins wrapped lines into running text. A line ending in a hyphen joins the next without a space:
 * letters wrap compounds ("drug-" / "related") far more often than they hyphenate words.
 */
export function joinLines(lines: readonly string[]): string {
  // Parts joined once at the end, and the text's last two characters kept aside: reading the end of
  // a string built by appending flattens it, which made joining n lines cost n².
  const parts: string[] = [];
  let [last, beforeLast] = [NaN, NaN];
  const appended = (piece: string) => {
    parts.push(piece);
    if (piece.length >= 2) [last, beforeLast] = [piece.charCodeAt(piece.length - 1), piece.charCodeAt(piece.length - 2)];
    else if (piece.length === 1) [last, beforeLast] = [piece.charCodeAt(0), last];
  };
  for (const line of lines) {
    if (parts.length > 0 && !(last === HYPHEN && isWordChar(beforeLast))) appended(' ');
    if (line !== '' || parts.length > 0) appended(line);
  }
  return parts.join('');
}
