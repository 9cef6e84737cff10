import type {
  CaseOutcome,
  Determination,
  DisputedItem,
  GuidelineCitation,
  IsoDate,
  ItemOutcome,
  ParseWarning,
} from '../domain/determination.js';
import { DocumentError, emptyLetter, letterTooLarge } from '../errors.js';
import { possibleDate } from './date-checks.js';
import { clinicalSummaryText, parseInjuredWorker, parseReviewer, utilizationReviewDate } from './case-summary.js';
import { parseGuidelineParagraph } from './citations/index.js';
import { inferSectionsFromPages } from './citations/inferred-sections.js';
import { CASE_NUMBER_SOURCE, parseCoverBlock } from './cover.js';
import { splitDisputedItems, type ItemBlock } from './disputed-items.js';
import { readLayout, type LetterSections } from './layout.js';
import { restoreLineBreaks } from './line-breaks.js';
import { letterLines } from './lines.js';
import { rationaleConclusion } from './rationale.js';
import { readRequest } from './requests.js';
import { describeTreatment } from './treatment.js';
import { MAX_LETTER_BYTES } from './limits.js';
import { PARSER_VERSION } from './version.js';

export type ParseResult =
  | { success: true; data: Determination; text: string }
  | { success: false; error: DocumentError };


const fail = (code: DocumentError['code'], message: string): ParseResult => ({
  success: false,
  error: new DocumentError(code, message),
});

/** Control characters (other than tab, line and page breaks) and U+FFFD: the marks of binary data decoded as text. */
const BINARY_MARK = /[\x00-\x08\x0b\x0e-\x1f\ufffd]/g;

/** Text with many control or replacement characters is binary data that was decoded as text. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  return (sample.match(BINARY_MARK)?.length ?? 0) > sample.length * 0.02;
}

function itemOutcome(block: ItemBlock, ordinal: number, warnings: ParseWarning[]): ItemOutcome | null {
  const conclusion = block.rationale ? rationaleConclusion(block.rationale) : null;
  const concluded: ItemOutcome | null =
    conclusion === 'NECESSARY' ? 'OVERTURNED' : conclusion === 'NOT_NECESSARY' ? 'UPHELD' : null;
  if (block.decision === null) {
    if (concluded) {
      warnings.push({
        code: 'DECISION_FROM_RATIONALE',
        message: `Item ${ordinal} has no "Upheld"/"Overturned" word; its outcome (${concluded}) is read from the rationale's conclusion.`,
        itemOrdinal: ordinal,
      });
    }
    return concluded;
  }
  if (concluded && concluded !== block.decision) {
    warnings.push({
      code: 'DECISION_CONTRADICTS_RATIONALE',
      message: `Item ${ordinal} is marked ${block.decision} but its rationale concludes the treatment is ${
        conclusion === 'NECESSARY' ? 'medically necessary' : 'not medically necessary'
      }.`,
      itemOrdinal: ordinal,
    });
  }
  return block.decision;
}

function readItem(block: ItemBlock, ordinal: number, decisionDate: IsoDate | null, warnings: ParseWarning[]): DisputedItem | null {
  const outcome = itemOutcome(block, ordinal, warnings);
  if (outcome === null) {
    warnings.push({
      code: 'ITEM_WITHOUT_DECISION',
      message: `A disputed item ("${block.request.slice(0, 80)}") has neither a decision word nor a rationale that concludes; it was left out.`,
      itemOrdinal: null,
    });
    return null;
  }
  const citations: GuidelineCitation[] = [];
  const sides = [
    ['CLAIMS_ADMINISTRATOR', block.claimsAdministratorParagraph, 'Claims Administrator guideline'],
    ['INDEPENDENT_REVIEWER', block.independentReviewerParagraph, 'MAXIMUS guideline'],
  ] as const;
  for (const [citedBy, paragraph, label] of sides) {
    if (paragraph === null) {
      warnings.push({ code: 'NO_GUIDELINE_PARAGRAPH', message: `Item ${ordinal} has no "${label}:" paragraph.`, itemOrdinal: ordinal });
      continue;
    }
    const read = parseGuidelineParagraph(paragraph, citedBy);
    for (const citation of read.citations) inferSectionsFromPages(citation, decisionDate);
    citations.push(...read.citations);
    for (const section of read.unknownSections) {
      warnings.push({
        code: 'UNKNOWN_SECTION',
        message: `Item ${ordinal}: the section "${section}" (${label}) is not in the guideline catalogue; kept as written.`,
        itemOrdinal: ordinal,
      });
    }
  }
  if (block.rationale === null) {
    warnings.push({ code: 'NO_RATIONALE', message: `Item ${ordinal} has no "Decision rationale:" paragraph.`, itemOrdinal: ordinal });
  }
  const request = readRequest(block.request);
  return {
    ordinal,
    description: request.description,
    originalRequest: request.originalRequest,
    authorizedRequest: request.authorizedRequest,
    treatment: describeTreatment(request.description),
    decision: { outcome, medicallyNecessary: outcome === 'OVERTURNED', rationale: block.rationale ?? '' },
    citations,
    claimsAdministratorBasis: block.claimsAdministratorParagraph,
    independentReviewerBasis: block.independentReviewerParagraph,
  };
}

function caseOutcome(items: readonly DisputedItem[]): CaseOutcome {
  const overturned = items.filter((item) => item.decision.outcome === 'OVERTURNED').length;
  if (overturned === 0) return 'UPHELD';
  return overturned === items.length ? 'OVERTURNED' : 'PARTIALLY_OVERTURNED';
}

/** Parses the text of one IMR Final Determination Letter. Pure: no I/O, no clock. */
export function parseDeterminationText(text: string): ParseResult {
  if (text.length > MAX_LETTER_BYTES) return { success: false, error: letterTooLarge(text.length, MAX_LETTER_BYTES, 'characters') };
  if (text.trim() === '') return { success: false, error: emptyLetter() };
  if (looksBinary(text)) return fail('NOT_AN_IMR_LETTER', 'The document is binary data, not the text of a letter.');

  const asPrinted = readLayout(letterLines(text));
  if (asPrinted.kind === 'older') {
    return fail('UNSUPPORTED_DOCUMENT', `This is an IMR letter in ${asPrinted.name} (${asPrinted.format}), which is recognised but not parsed.`);
  }
  const read = asPrinted.kind === 'current' ? parseSections(asPrinted.sections, text, []) : null;
  if (read?.success && asPrinted.kind === 'current' && asPrinted.complete) return read;
  // A heading or a request not found where a line starts: the text may have lost its line breaks.
  const restored = readLayout(letterLines(restoreLineBreaks(text)));
  if (restored.kind === 'current' && (restored.complete || read === null)) {
    const again = parseSections(restored.sections, text, [
      { code: 'LINE_BREAKS_RESTORED', message: 'The text had lost line breaks before its headings or labels; they were put back to read it.', itemOrdinal: null },
    ]);
    if (again.success || read === null) return again;
  }
  if (read) return read;
  if (looksLikeImrLetter(text)) {
    return fail(
      'UNKNOWN_IMR_LAYOUT',
      'This looks like an IMR letter, but in a layout this parser does not know: it has no "IMR ISSUES, DECISIONS AND RATIONALES" section and none of the known older layouts\' headings.',
    );
  }
  return fail(
    'NOT_AN_IMR_LETTER',
    'This is not an IMR final determination letter: it has no "IMR ISSUES, DECISIONS AND RATIONALES" section and none of the older layouts\' headings.',
  );
}

/** Marks only IMR correspondence carries: the program's name with MAXIMUS or DWC, or a case number with a decision. */
function looksLikeImrLetter(text: string): boolean {
  const head = text.slice(0, 20_000);
  const program = /Independent\s+Medical\s+Review\b|\bIMR\b/i.test(head);
  const issuer = /\bMAXIMUS\b|\bDivision\s+of\s+Workers'?\s+Compensation\b|\bDWC\b/i.test(head);
  const caseNumber = new RegExp(CASE_NUMBER_SOURCE).test(head);
  const decision = /\b(?:upheld|overturned|medically\s+necessary)\b/i.test(head);
  return (program && (issuer || caseNumber)) || (caseNumber && decision);
}

/** The letter read from its sections; `warnings` starts the letter's warnings. */
function parseSections(sections: LetterSections, text: string, warnings: ParseWarning[]): ParseResult {
  const cover = parseCoverBlock(sections.cover.join('\n'));
  const items: DisputedItem[] = [];
  for (const block of splitDisputedItems(sections.issues)) {
    const item = readItem(block, items.length + 1, cover.decisionDate, warnings);
    if (item) items.push(item);
  }
  if (items.length === 0) {
    return fail(
      'UNSUPPORTED_DOCUMENT',
      'This looks like an IMR final determination letter, but no disputed item with a decision could be read from its "IMR ISSUES, DECISIONS AND RATIONALES" section.',
    );
  }

  const clinicalSummary = clinicalSummaryText(sections.caseSummary);
  const decisionDate = possibleDate({ label: "The cover's Decision Date", date: cover.decisionDate, beforeDecision: false }, null, warnings);
  const checked = (label: string, date: IsoDate | null) => possibleDate({ label, date, beforeDecision: true }, decisionDate, warnings);
  const dateOfInjury = checked("The cover's Date of Injury", cover.dateOfInjury);
  const injuredWorker = parseInjuredWorker(clinicalSummary, dateOfInjury, warnings);
  const data: Determination = {
    caseNumber: cover.caseNumber,
    dateAssigned: checked("The cover's Date Assigned", cover.dateAssigned),
    decisionDate,
    urDenialDate: checked("The cover's UR Denial Date", cover.urDenialDate),
    applicationReceivedDate: checked("The cover's Application Received date", cover.applicationReceivedDate),
    priority: cover.priority,
    reviewer: parseReviewer(sections.howMade),
    injuredWorker: {
      ...injuredWorker,
      dateOfInjury: dateOfInjury ?? checked("The summary's date of injury", injuredWorker.dateOfInjury),
    },
    utilizationReview: { date: checked("The summary's utilization review date", utilizationReviewDate(clinicalSummary)) },
    clinicalSummary,
    outcome: caseOutcome(items),
    disputedItems: items,
    warnings,
    format: 'FINAL_DETERMINATION',
    parserVersion: PARSER_VERSION,
  };
  return { success: true, data, text };
}
