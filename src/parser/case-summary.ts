import type { ExpertReviewer, InjuredWorker, IsoDate, Sex } from '../domain/determination.js';
import { DATE_SOURCE, firstDate } from './dates.js';
import { joinLines } from './lines.js';

const LICENSURE = /^State\(s\)\s*of\s*Licensure\s*:\s*(.*)$/i;
const SPECIALTY = /^Certification\(s\)\s*\/\s*Specialty\s*:\s*(.*)$/i;

function commaList(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim().replace(/\.$/, ''))
    .filter((part) => part !== '');
}

/**
 * The credentials paragraph of "HOW THE IMR FINAL DETERMINATION WAS MADE". The specialty list can
 * wrap onto following lines, which run until the next heading.
 */
export function parseReviewer(lines: readonly string[]): ExpertReviewer {
  let licensure: string | null = null;
  let specialty: string[] | null = null;
  for (const line of lines) {
    const licensureMatch = LICENSURE.exec(line);
    if (licensureMatch) {
      licensure = licensureMatch[1]!;
      continue;
    }
    const specialtyMatch = SPECIALTY.exec(line);
    if (specialtyMatch) specialty = [specialtyMatch[1]!];
    else if (specialty) specialty.push(line);
  }
  return {
    licensureStates: licensure ? commaList(licensure) : [],
    specialties: specialty ? commaList(joinLines(specialty)) : [],
  };
}

/** The fixed opening sentence of every clinical case summary; not part of the reviewer's summary. */
const SUMMARY_BOILERPLATE =
  /^The expert reviewer developed the following clinical case summary based on a review of the case file, including all medical records:\s*/i;

export function clinicalSummaryText(lines: readonly string[]): string {
  return joinLines(lines).replace(SUMMARY_BOILERPLATE, '');
}

const AGE = /\b(\d{1,3})(?:\s*-\s*|\s+)(?:year|yr)s?(?:\s*-\s*|\s+)old\b/i;
const SEX_WORD = /\b(male|female|man|woman|gentleman|lady|gentlemen)\b/i;
const FEMALE_WORDS = new Set(['female', 'woman', 'lady']);

/** "sustained an industrial injury on 09/17/2003", "date of injury of 8-25-15", "an occupational claim from 10/13/2016". */
const INJURY_DATE = new RegExp(
  String.raw`\b(?:injury|injuries|injured|claim)\b[^.]{0,40}?\b(?:on|of|from|dated)\s+(?:or\s+about\s+)?(${DATE_SOURCE})`,
  'i',
);

/** Phrases that introduce the diagnoses, as the reviewers write them; the first found wins. */
const DIAGNOSES_INTRO = new RegExp(
  [
    String.raw`(?:current|working|final|relevant|pertinent|primary)?\s*diagnos[ie]s\s+(?:that\s+)?(?:have\s+)?(?:included|includes?|are|is|was|were|consisted\s+of|of)(?:\s+(?:documented|noted|listed|reported)\s+as)?`,
    String.raw`diagnos[ie]s\s*:`,
    String.raw`diagnosed\s+(?:with|as\s+having|as)`,
    String.raw`(?:undergoing|receiving)\s+treatments?\s+for`,
    String.raw`(?:being\s+)?treated\s+for`,
  ]
    .map((phrase) => `\\b${phrase}`)
    .join('|') + String.raw`\s*:?\s*`,
  'i',
);

/** A sentence ends at a period followed by a capital; "L4-5." inside a list does not end it. */
const SENTENCE_END = /\.["'”’]?(?=\s+[A-Z(]|\s*$)/;

function splitDiagnoses(text: string): string[] {
  return text
    .split(/;|,\s*(?:and\s+)?/)
    .map((part) => part.trim().replace(/^(?:and|with|of)\s+/i, '').replace(/^["'“‘\[(]+|["'”’.:\])]+$/g, '').trim())
    .filter((part) => part.length > 1 && part.length < 160);
}

export function parseInjuredWorker(summary: string, coverDateOfInjury: IsoDate | null): InjuredWorker {
  // Age and sex are stated in the opening sentence; later sentences mention other people.
  const opening = summary.slice(0, 400);
  const age = AGE.exec(opening);
  const sexWord = SEX_WORD.exec(opening)?.[1]?.toLowerCase();
  const sex: Sex | null = sexWord ? (FEMALE_WORDS.has(sexWord) ? 'FEMALE' : 'MALE') : null;
  const injury = INJURY_DATE.exec(summary);
  const intro = DIAGNOSES_INTRO.exec(summary);
  let diagnoses: string[] = [];
  if (intro) {
    const rest = summary.slice(intro.index + intro[0].length);
    const end = SENTENCE_END.exec(rest);
    diagnoses = splitDiagnoses(end ? rest.slice(0, end.index) : rest.slice(0, 400));
  }
  const ageValue = age ? Number(age[1]) : null;
  return {
    age: ageValue !== null && ageValue > 0 && ageValue < 120 ? ageValue : null,
    sex,
    dateOfInjury: coverDateOfInjury ?? (injury ? firstDate(injury[1]!) : null),
    diagnoses,
  };
}

/** How summaries speak of the UR decision: by name, or as the prior review, determination or denial. */
const UTILIZATION_REVIEW =
  /\butilization\s+review\b|\bUR\b|\bprior\s+(?:review|determination|denial)\b|\bprevious(?:ly)?\s+(?:reviewed|denied|modified|non-?certified|denial)\b|\bnon-?certified\s+on\b|\b(?:was|were)\s+(?:denied|modified)\s+on\b/i;
const DATE_GLOBAL = new RegExp(DATE_SOURCE, 'gi');

/** The date UR decided, from the first sentence that names utilization review and carries a date. */
export function utilizationReviewDate(summary: string): IsoDate | null {
  for (const sentence of summary.split(SENTENCE_END)) {
    if (!UTILIZATION_REVIEW.test(sentence)) continue;
    DATE_GLOBAL.lastIndex = 0;
    const date = DATE_GLOBAL.exec(sentence);
    if (date) return firstDate(date[0]);
  }
  return null;
}
