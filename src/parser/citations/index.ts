/**
 * Reading a letter's guideline paragraph ("Claims Administrator guideline:" or "MAXIMUS
 * guideline:") into citations. Pure: text in, values out.
 */
import type { CitedBy, GuidelineCitation } from '../../domain/determination.js';
import { trimEdges } from '../catalogue/keys.js';
import { parseMtusSentence, type MtusCitationsResult } from './mtus.js';
import { parseNonMtusSentences } from './non-mtus.js';

export interface GuidelineParagraphResult {
  /** Citations in the order written; empty when the paragraph is a fixed statement or names nothing. */
  citations: GuidelineCitation[];
  /** The paragraph is (or starts with) one of the fixed statements ("... did not cite any medical evidence ...",
   *  "... based their decision on recommendation(s) outside of the MTUS Guidelines.", "... did not base their decision on the MTUS."). */
  statement: 'NO_MEDICAL_EVIDENCE' | 'OUTSIDE_MTUS' | null;
  /** Section strings written in the paragraph that the catalogue does not know (the lead turns them into UNKNOWN_SECTION warnings). */
  unknownSections: string[];
}

/** Every citation sentence opens with these words; a line break may have fallen anywhere in them. */
const DECISION_BASED_ON = /\bDecision\s+based\s+on\s+/gi;
/** What follows "Decision based on": "MTUS", "MTUS:", "Non-MTUS Citation", "NonMTUS Citation", "Non MTUS". */
const MTUS_HEAD = /^(?:the\s+)?MTUS\b[\s:]*/i;
const NON_MTUS_HEAD = /^Non[\s-]?MTUS\b(?:\s+Citations?)?[\s:]*/i;

const NO_MEDICAL_EVIDENCE = /\bdid\s+not\s+cite\s+any\s+medical\s+evidence\b/i;
/** "outside of the MTUS" and "did not base their decision on the MTUS" both say the basis was not the MTUS. */
const OUTSIDE_MTUS =
  /\bbased\s+(?:their|its|his|her)\s+decision\s+on\s+recommendations?(?:\(s\))?\s+outside\s+(?:of\s+)?the\s+MTUS\b|\bdid\s+not\s+base\s+(?:their|its|his|her)\s+decision\s+on\s+the\s+MTUS\b/i;


function statementOf(preamble: string): GuidelineParagraphResult['statement'] {
  if (NO_MEDICAL_EVIDENCE.test(preamble)) return 'NO_MEDICAL_EVIDENCE';
  if (OUTSIDE_MTUS.test(preamble)) return 'OUTSIDE_MTUS';
  return null;
}

/** `paragraph` = the text after "Claims Administrator guideline:" or "MAXIMUS guideline:", line breaks already
 *  joined with single spaces (a word hyphenated across lines may appear as "drug- related"), trimmed. */
export function parseGuidelineParagraph(paragraph: string, citedBy: CitedBy): GuidelineParagraphResult {
  const starts: number[] = [];
  DECISION_BASED_ON.lastIndex = 0;
  for (let m = DECISION_BASED_ON.exec(paragraph); m; m = DECISION_BASED_ON.exec(paragraph)) starts.push(m.index);

  const preamble = paragraph.slice(0, starts[0] ?? paragraph.length);
  const result: GuidelineParagraphResult = { citations: [], statement: statementOf(preamble), unknownSections: [] };
  const mtus: MtusCitationsResult = { citations: result.citations, unknownSections: result.unknownSections };

  for (let i = 0; i < starts.length; i++) {
    const start = starts[i] ?? 0;
    const sentence = trimEdges(paragraph.slice(start, starts[i + 1] ?? paragraph.length));
    DECISION_BASED_ON.lastIndex = 0;
    const opening = DECISION_BASED_ON.exec(sentence);
    const afterOpening = opening ? opening[0].length : 0;
    const rest = sentence.slice(afterOpening);
    const nonMtus = NON_MTUS_HEAD.exec(rest);
    if (nonMtus) {
      result.citations.push(...parseNonMtusSentences(sentence, afterOpening + nonMtus[0].length, citedBy));
      continue;
    }
    const mtusHead = MTUS_HEAD.exec(rest);
    if (mtusHead) parseMtusSentence(sentence, afterOpening + mtusHead[0].length, citedBy, mtus);
    else result.citations.push(...parseNonMtusSentences(sentence, afterOpening, citedBy));
  }
  return result;
}
