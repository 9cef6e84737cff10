import type { ItemOutcome } from '../domain/determination.js';
import { joinLines } from './lines.js';

/** One disputed item's block, still as text: what the structure of the letter tells, before reading it. */
export interface ItemBlock {
  /** The request as written, without the decision word. */
  request: string;
  /** The written decision; null when the letter lost it (the rationale then decides, with a warning). */
  decision: ItemOutcome | null;
  claimsAdministratorParagraph: string | null;
  independentReviewerParagraph: string | null;
  rationale: string | null;
}

const enum Label {
  ClaimsAdministrator = 0,
  IndependentReviewer = 1,
  Rationale = 2,
}

const LABELS: ReadonlyArray<{ label: Label; pattern: RegExp }> = [
  { label: Label.ClaimsAdministrator, pattern: /^Claims\s*Administrator\s+guidelines?\s*:\s*/i },
  // "MAXIMUS guideline:" is the expert reviewer's own basis, not the claims administrator's.
  { label: Label.IndependentReviewer, pattern: /^MAXIMUS\s+guidelines?\s*:\s*/i },
  { label: Label.Rationale, pattern: /^Decision\s+rationale\s*:\s*/i },
];

/** "Norco 10/325 QTY: 60.00: Upheld" — the decision is the word after the LAST colon. */
const DECISION_AFTER_COLON = /^(.*?)\s*:\s*(Upheld|Overturned)\s*\.?$/i;
/** The decision word alone on the line after the request. */
const DECISION_ALONE = /^(Upheld|Overturned)\s*\.?$/i;
/** The fixed sentence that opens the issues; it can wrap. */
const ISSUES_INTRO_END = /set\s+forth\s+below\s*:?$|^below\s*:$/i;
/** A line that ends a sentence: the previous block's rationale ends so before the next request starts. */
const SENTENCE_END = /[.!?]["'”’)\]]*$/;
/** Rationales that end without a period still end on their conclusion. */
const CONCLUSION_END = /\b(?:necessary|necessity|appropriate|warranted|indicated|supported|recommended|certified)["'”’)]*$/i;
/** A request that UR modified spans several sentences; until its first one ("X was the original request.") is in, read further back. */
const MODIFIED_REQUEST_LATER_SENTENCE =
  /Claims\s+Administrator\s+authorized|authorized\s+by\s+the\s+Claims|remaining\s+IMR\s+eligible|leaving\s+the\s+original|The\s+original\s+request,/i;
const MODIFIED_REQUEST_FIRST_SENTENCE = /was\s+the\s+original\s+request/i;

const ORDER = [Label.ClaimsAdministrator, Label.IndependentReviewer, Label.Rationale] as const;

function labelOf(line: string): { label: Label; rest: string } | null {
  for (const { label, pattern } of LABELS) {
    const match = pattern.exec(line);
    if (match) return { label, rest: line.slice(match[0].length) };
  }
  return null;
}

function outcomeOf(word: string): ItemOutcome {
  return word.toLowerCase() === 'upheld' ? 'UPHELD' : 'OVERTURNED';
}

interface LabelGroup {
  /** Line index of each label present. */
  at: Partial<Record<Label, number>>;
  first: number;
}

/**
 * Splits the "IMR ISSUES, DECISIONS AND RATIONALES" lines into item blocks. The labelled paragraphs
 * are the anchors (each item has them in the order CA, MAXIMUS, rationale); the request is the run
 * of lines just before an item's first label, back to where the previous rationale's last sentence ended.
 */
export function splitDisputedItems(lines: readonly string[]): ItemBlock[] {
  let start = 0;
  for (let i = 0; i < Math.min(lines.length, 4); i++) {
    if (ISSUES_INTRO_END.test(lines[i]!)) start = i + 1;
  }

  const groups: LabelGroup[] = [];
  let last: Label | null = null;
  for (let i = start; i < lines.length; i++) {
    const found = labelOf(lines[i]!);
    if (!found) continue;
    const current = groups.at(-1);
    if (!current || last === null || found.label <= last) groups.push({ at: { [found.label]: i }, first: i });
    else current.at[found.label] = i;
    last = found.label;
  }

  const requests = groups.map((group, g) => requestBefore(lines, group.first, g === 0 ? start : groups[g - 1]!.first + 1));
  return groups.map((group, g) => {
    const end = requests[g + 1]?.startLine ?? lines.length;
    // Each paragraph runs to the next label of its item, the last one to the next item's request.
    const present = ORDER.filter((label) => group.at[label] !== undefined);
    const paragraph = (label: Label): string | null => {
      const from = group.at[label];
      if (from === undefined) return null;
      const next = present[present.indexOf(label) + 1];
      const to = next === undefined ? end : group.at[next]!;
      const text = joinLines([labelOf(lines[from]!)!.rest, ...lines.slice(from + 1, to)]).trim();
      return text === '' ? null : text;
    };
    return {
      request: requests[g]!.text,
      decision: requests[g]!.decision,
      claimsAdministratorParagraph: paragraph(Label.ClaimsAdministrator),
      independentReviewerParagraph: paragraph(Label.IndependentReviewer),
      rationale: paragraph(Label.Rationale),
    };
  });
}

/** Reads back from the line before `labelLine` to find the request and its decision word. */
function requestBefore(
  lines: readonly string[],
  labelLine: number,
  floor: number,
): { text: string; decision: ItemOutcome | null; startLine: number } {
  let end = labelLine; // exclusive end of the request's whole lines
  let decision: ItemOutcome | null = null;
  let tail: string | null = null; // the decision line's text before its colon
  const previous = labelLine - 1 >= floor ? lines[labelLine - 1] : undefined;
  if (previous !== undefined) {
    const alone = DECISION_ALONE.exec(previous);
    const afterColon = alone ? null : DECISION_AFTER_COLON.exec(previous);
    if (alone || afterColon) {
      decision = outcomeOf((alone ?? afterColon)![alone ? 1 : 2]!);
      tail = afterColon ? afterColon[1]! : null;
      end = labelLine - 1;
    }
  }
  const isRequestLine = (index: number) =>
    index >= floor &&
    !SENTENCE_END.test(lines[index]!) &&
    !CONCLUSION_END.test(lines[index]!) &&
    labelOf(lines[index]!) === null;
  const requestText = (from: number) => joinLines([...lines.slice(from, end), ...(tail !== null ? [tail] : [])]);

  let begin = end;
  // A decision word alone on its line follows at least one line of request, whatever that line ends with.
  if (decision !== null && tail === null && begin - 1 >= floor) begin--;
  while (isRequestLine(begin - 1)) begin--;
  // A request UR modified holds whole sentences ("X was the original request. ..."): take them all.
  while (
    MODIFIED_REQUEST_LATER_SENTENCE.test(requestText(begin)) &&
    !MODIFIED_REQUEST_FIRST_SENTENCE.test(requestText(begin)) &&
    begin - 1 >= floor &&
    labelOf(lines[begin - 1]!) === null
  ) {
    begin--;
    while (isRequestLine(begin - 1)) begin--;
  }
  return { text: requestText(begin).replace(/\s*:$/, '').trim(), decision, startLine: begin };
}
