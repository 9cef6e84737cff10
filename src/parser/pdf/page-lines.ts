/**
 * Text runs placed on a page → the page's printed lines, top to bottom (pure).
 *
 * Runs are grouped by baseline rather than taken in content-stream order, because Word writes a
 * wrapped table cell ("Application" / "Received:") before the value printed beside its first line.
 * Within a line, a gap of a word space or more becomes one space and a column gap three: the
 * parser splits the cover block's two columns on them.
 *
 * Sorting is the only super-linear step (O(n log n) in the runs of a page), so a hostile file that
 * piles a million runs onto one line costs a sort, not a million string copies.
 */

/** A run of text on one baseline: where it starts, where its last glyph ends, how big its font is. */
export interface TextRun {
  text: string;
  x: number;
  /** The baseline; PDF y grows upwards. */
  y: number;
  endX: number;
  fontSize: number;
}

/**
 * A gap this many font sizes wide or wider is a column gap, not a word space. The cover block
 * is a Word table with tab stops: label → value gaps reach 5.9 em ("Priority:" then its value),
 * the gutter between the two columns is 8.5 em or more (a date, then "Date of Injury:").
 */
export const COLUMN_GAP_EM = 7;
/** Narrower than this, two runs belong to one word (a word's letters may come in several runs where the font changes). */
export const WORD_GAP_EM = 0.15;
/** Runs whose baselines differ by less than this share a line (superscripts, jittered baselines). */
export const BASELINE_TOLERANCE_EM = 0.4;

/** A font size to divide by: positive and finite, whatever a damaged file says. */
export function usableSize(fontSize: number): number {
  return Number.isFinite(fontSize) && fontSize > 0 ? fontSize : 1;
}

export function pageLines(runs: readonly TextRun[]): string {
  const placed = runs.filter((run) => run.text.trim() !== '' && Number.isFinite(run.x) && Number.isFinite(run.y));
  // Top of the page first; left to right within a baseline.
  placed.sort((p, q) => q.y - p.y || p.x - q.x);

  const lines: string[] = [];
  let line: TextRun[] = [];
  for (const run of placed) {
    const top = line[0];
    if (top && top.y - run.y > BASELINE_TOLERANCE_EM * Math.max(usableSize(top.fontSize), usableSize(run.fontSize))) {
      lines.push(joinLine(line));
      line = [];
    }
    line.push(run);
  }
  if (line.length) lines.push(joinLine(line));
  return lines.join('\n');
}

/** Joins the runs of one baseline: nothing inside a word, one space between words, three between columns. */
function joinLine(line: TextRun[]): string {
  // Runs within the tolerance may arrive slightly out of x order (a superscript a hair higher).
  if (line.length > 1) line.sort((p, q) => p.x - q.x);
  const parts: string[] = [];
  let previous: TextRun | undefined;
  for (const run of line) {
    const text = previous ? run.text : run.text.trimStart();
    if (previous) {
      const gapEm = (run.x - previous.endX) / Math.max(usableSize(previous.fontSize), usableSize(run.fontSize));
      const hasSpace = previous.text.endsWith(' ') || text.startsWith(' ');
      if (gapEm >= COLUMN_GAP_EM) {
        parts[parts.length - 1] = (parts[parts.length - 1] ?? '').trimEnd();
        parts.push('   ', text.trimStart());
      } else if (gapEm >= WORD_GAP_EM && !hasSpace) {
        parts.push(' ', text);
      } else {
        parts.push(text);
      }
    } else {
      parts.push(text);
    }
    previous = run;
  }
  return parts.join('').trimEnd();
}
