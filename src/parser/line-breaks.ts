/**
 * Line breaks put back into a letter that lost them: text copied out of a viewer or a database
 * field arrives as one line, or with paragraphs reflowed so a heading shares a line with the next
 * sentence. The parser reads a letter by its headings and labels, which stand at the start of a line
 * in every copy that kept its breaks, so breaks go back before (and for headings, after) each of
 * them, and before each disputed request ("<request>: Upheld") where the previous rationale ended.
 */

const HEADINGS = /\s*\b(HOW\s+THE\s+IMR\s+FINAL\s+DETERMINATION\s+WAS\s+MADE|CLINICAL\s+CASE\s+SUMMARY|IMR\s+ISSUES,?\s+DECISIONS,?\s+AND\s+RATIONALES)\b\s*/g;

/** Labels that open a line in the current layout; matched with their case as printed. */
const LINE_LABELS = new RegExp(
  String.raw`\s+(?=` +
    [
      String.raw`Case\s+Number\s*:`,
      String.raw`Date\s+Assigned\s*:`,
      String.raw`Decision\s+Date\s*:`,
      String.raw`Priority\s*:`,
      String.raw`State\(s\)\s*of\s*Licensure\s*:`,
      String.raw`Certification\(s\)\s*\/\s*Specialty\s*:`,
      String.raw`Claims\s+Administrator\s+guidelines?\s*:`,
      String.raw`MAXIMUS\s+guidelines?\s*:`,
      String.raw`Decision\s+rationale\s*:`,
    ].join('|') +
    ')',
  'g',
);

/** The fixed sentence before the first request. */
const ISSUES_INTRO = /(set\s+forth\s+below\s*:)\s*/g;

/** A line that ends with a decision: "<rationale's last sentence>. <request>: Upheld". */
const DECISION_LINE = /:\s*(?:Upheld|Overturned)\s*\.?$/i;
/** Where the request starts: after the last sentence end followed by what can open a request. */
const SENTENCE_END = /[.!?]["'”’)\]]*\s+(?=[A-Z0-9(])/g;

/** A request UR modified runs over several sentences, the first of them saying so. */
const ORIGINAL_REQUEST = /\bwas\s+the\s+original\s+request\b/gi;

function splitRequestFromRationale(line: string): string {
  if (!DECISION_LINE.test(line)) return line;
  const ends = Array.from(line.matchAll(SENTENCE_END), (end) => end.index + end[0].length);
  const original = Array.from(line.matchAll(ORIGINAL_REQUEST), (match) => match.index).at(-1);
  const start = original === undefined ? ends.at(-1) : ends.filter((end) => end <= original).at(-1);
  return start === undefined ? line : `${line.slice(0, start).trimEnd()}\n${line.slice(start)}`;
}

export function restoreLineBreaks(text: string): string {
  const broken = text
    .replace(HEADINGS, '\n$1\n')
    .replace(LINE_LABELS, '\n')
    .replace(ISSUES_INTRO, '$1\n');
  return broken.split('\n').map(splitRequestFromRationale).join('\n');
}
