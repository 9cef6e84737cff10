/**
 * The "CLINICAL CASE SUMMARY": who the worker is, how the injury happened, the diagnoses, the care
 * so far, the latest visit, what was requested and what utilization review did. Sentences are
 * this project's own, in the shapes the domain notes list (docs/imr-letters.md). Age and sex are
 * stated in the opening sentence only, the diagnoses sentence is the first to introduce
 * diagnoses, and only the UR sentence names utilization review: what a reader keys on is said once.
 */
import type { Sex } from '../domain/determination.js';
import { writeDate, type DateStyle, type Day } from './calendar.js';
import { MECHANISMS } from './people.js';
import type { Draw } from './random.js';
import type { Region } from './regions.js';

export interface SummaryInput {
  age: number | null;
  sex: Sex | null;
  occupation: string;
  injuryDay: Day;
  region: Region;
  diagnoses: readonly string[];
  /** The requests as the item lines write them (for a modified request, the original), ready to stand inside a sentence. */
  requests: readonly string[];
  /** Medication names among the requests, for "Current medications included ...". */
  medications: readonly string[];
  /** Nouns of the requests UR modified rather than denied. */
  modified: readonly string[];
  urDay: Day;
  /** The style this letter writes dates in (summaries mix styles across letters, rarely within one). */
  dateStyle: DateStyle;
}

export interface WrittenSummary {
  text: string;
  /** Whether the summary dates the UR decision (otherwise the reader finds no UR date). */
  datesUtilizationReview: boolean;
}

const article = (word: string) => (/^[aeiou]/i.test(word) ? 'an' : 'a');

/** "a, b and c" or "a, b, and c". */
function list(draw: Draw, items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  const oxford = items.length > 2 && draw.chance(0.4) ? ',' : '';
  return `${items.slice(0, -1).join(', ')}${oxford} and ${items[items.length - 1]}`;
}

function opening(draw: Draw, input: SummaryInput, injury: string): string {
  const { age, occupation } = input;
  const sex = input.sex === null ? null : input.sex === 'MALE' ? 'male' : 'female';
  if (sex === null) return `The injured worker, ${article(occupation)} ${occupation}, reported an industrial injury on ${injury}.`;
  if (age === null) return `The injured worker is ${article(sex)} ${sex} ${occupation} who sustained an industrial injury on ${injury}.`;
  switch (draw.int(0, 4)) {
    case 0:
      return `The injured worker is a ${age} year old ${sex} ${occupation} who sustained an industrial injury on ${injury}.`;
    case 1:
      return `This is a ${age} year old ${sex} with a date of injury of ${injury}.`;
    case 2:
      return `This ${age}-year-old ${sex} ${occupation} reported an industrial injury on ${injury}.`;
    case 3:
      return `The patient is a ${age} year old ${sex} who was injured at work on ${injury}.`;
    default:
      return `The injured worker is a ${age}-year-old ${sex} ${occupation} with a date of injury of ${injury}.`;
  }
}

function mechanismFamily(region: Region): readonly string[] {
  if (region.key === 'lumbar' || region.key === 'cervical') return MECHANISMS.spine;
  if (region.key === 'shoulder' || region.key === 'elbow' || region.key === 'wrist') return MECHANISMS.upper;
  return MECHANISMS.lower;
}

const PRIOR_CARE = [
  'physical therapy', 'chiropractic care', 'acupuncture', 'a home exercise program', 'oral medications', 'topical creams',
  'activity modification', 'a TENS unit', 'bracing', 'rest and ice', 'modified duty', 'injections',
] as const;

const PAIN_QUALITIES = ['', '', ' that worsens with activity', ' that disturbs sleep', ' with stiffness in the morning', ' despite medication'] as const;

/** A service request inside a sentence: "Transforaminal epidural ..." → "transforaminal epidural ..."; "MRI", "EMG/NCV", "L4-L5 ..." keep their capitals. */
export function inSentence(request: string): string {
  return /^[A-Z][a-z]/.test(request) ? request.charAt(0).toLowerCase() + request.slice(1) : request;
}

export function writeSummary(draw: Draw, input: SummaryInput): WrittenSummary {
  const date = (day: Day) => writeDate(day, input.dateStyle);
  const site = input.region.painSite;
  const sentences: string[] = [opening(draw, input, date(input.injuryDay))];

  const mechanism = draw.pick(mechanismFamily(input.region));
  sentences.push(
    draw.pick([
      `The injury occurred when the worker ${mechanism}.`,
      `According to the records, the worker ${mechanism} and developed ${site} pain.`,
      `The worker ${mechanism} and felt immediate pain in the ${site}.`,
    ]),
  );

  const diagnoses = list(draw, input.diagnoses);
  sentences.push(
    draw.pick([
      `The worker has been diagnosed with ${diagnoses}.`,
      `Diagnoses have included ${diagnoses}.`,
      `The current diagnoses are ${diagnoses}.`,
      `The worker is being treated for ${diagnoses}.`,
      `The injured worker was diagnosed as having ${diagnoses}.`,
    ]),
  );

  const care = list(draw, draw.some(PRIOR_CARE, draw.int(2, 4)));
  sentences.push(draw.pick([`Treatment to date has included ${care}.`, `Prior care has consisted of ${care}.`]));

  const visitDay = input.urDay - draw.int(7, 40);
  const score = draw.int(4, 9);
  sentences.push(
    draw.pick([
      `In a progress report dated ${date(visitDay)}, the worker reported ${site} pain rated ${score}/10${draw.pick(PAIN_QUALITIES)}.`,
      `At a visit on ${date(visitDay)}, the worker described ongoing ${site} pain at ${score}/10${draw.pick(PAIN_QUALITIES)}.`,
      `A progress note dated ${date(visitDay)} documents ${site} pain rated ${score}/10.`,
    ]),
  );
  const findings = draw.some(input.region.findings, 2);
  sentences.push(draw.chance(0.5) ? `Examination showed ${findings[0]} and ${findings[1]}.` : `On examination there was ${findings[0]}, with ${findings[1]}.`);
  if (input.medications.length > 0 && draw.chance(0.7)) sentences.push(`Current medications included ${list(draw, input.medications)}.`);

  const requested = list(draw, input.requests);
  sentences.push(draw.chance(0.5) ? `The treating physician requested ${requested}.` : `The treatment plan included ${requested}.`);

  const datesUtilizationReview = draw.chance(0.9);
  const plural = input.requests.length > 1 ? 's' : '';
  if (!datesUtilizationReview) {
    sentences.push(`Utilization review non-certified the request${plural}, and the worker applied for independent medical review.`);
  } else if (input.modified.length > 0) {
    sentences.push(`On ${date(input.urDay)}, utilization review modified the request for ${list(draw, input.modified)} and non-certified the rest.`);
  } else {
    sentences.push(
      draw.pick([
        `On ${date(input.urDay)}, utilization review non-certified the request${plural}.`,
        `Utilization review on ${date(input.urDay)} denied the request${plural}.`,
        `The request${plural} ${plural ? 'were' : 'was'} non-certified by utilization review on ${date(input.urDay)}.`,
      ]),
    );
  }
  return { text: sentences.join(' '), datesUtilizationReview };
}
