import type { ExpertReviewer, InjuredWorker, IsoDate, ParseWarning, Sex } from '../domain/determination.js';
import { readDiagnoses } from './diagnoses.js';
import { DATE_SOURCE, firstDate, isoFromMatch } from './dates.js';
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

/** A sentence ends at a period followed by a capital; "L4-5." inside a list does not end it. */
const SENTENCE_END = /\.["'”’]?(?=\s+[A-Z(]|\s*$)/;

export function parseInjuredWorker(summary: string, coverDateOfInjury: IsoDate | null, warnings: ParseWarning[] = []): InjuredWorker {
  // Age and sex are stated in the opening sentence; later sentences mention other people.
  const opening = summary.slice(0, 400);
  const age = AGE.exec(opening);
  const sexWord = SEX_WORD.exec(opening)?.[1]?.toLowerCase();
  const sex: Sex | null = sexWord ? (FEMALE_WORDS.has(sexWord) ? 'FEMALE' : 'MALE') : null;
  const injury = INJURY_DATE.exec(summary);
  const { diagnoses, doubts } = readDiagnoses(summary);
  for (const doubt of doubts) warnings.push({ code: 'DIAGNOSES_UNCERTAIN', message: `Diagnoses: ${doubt}.`, itemOrdinal: null });
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
/** A date just after these words is the injury's, never the review's. */
const INJURY_BEFORE = /\b(?:injur\w*|DOI|hurt)\b[^.]{0,30}$/i;
/** How far before a date INJURY_BEFORE looks: its longest match. */
const INJURY_REACH = 50;

/**
 * The date UR decided, from the first sentence that names utilization review and carries a date:
 * the first date after the mention ("request dated 11/1 was noncertified by Utilization Review on
 * 11/15"), else the last one before it ("On 11-3-16, utilization review determined"), never a date
 * of injury.
 */
export function utilizationReviewDate(summary: string): IsoDate | null {
  for (const sentence of summary.split(SENTENCE_END)) {
    const mention = UTILIZATION_REVIEW.exec(sentence);
    if (!mention) continue;
    const dates = [...sentence.matchAll(DATE_GLOBAL)].filter((date) => !INJURY_BEFORE.test(sentence.slice(Math.max(0, date.index - INJURY_REACH), date.index)));
    const date = dates.find((candidate) => candidate.index >= mention.index) ?? dates.at(-1);
    if (date) return isoFromMatch(date);
  }
  return null;
}
