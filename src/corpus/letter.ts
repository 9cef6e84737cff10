/**
 * One synthetic IMR Final Determination Letter in the current layout, with the facts it states.
 * Pure and deterministic: (index, seed) → the same letter everywhere; no clock, no I/O.
 */
import type { CitedBy, ItemOutcome, Priority, Sex } from '../domain/determination.js';
import { dayOf, isoOf, yearOf, type DateStyle, type Day } from './calendar.js';
import { showcaseCitation, writeGuidelineParagraph, type GuidelineParagraph } from './citations.js';
import { DRUG_KINDS } from './drug-requests.js';
import type { CitationFacts, GeneratedLetter, ItemFacts, LetterFacts } from './facts.js';
import type { Kind, WrittenRequest } from './kinds.js';
import { GENERAL_REVIEWERS, OCCUPATIONS, SPECIALTY_SETS, STATE_LISTS, type SpecialtyKey } from './people.js';
import { Draw, w, type Weighted } from './random.js';
import { writeRationale } from './rationales.js';
import { REGIONS, type Region, type RegionKey, type Side } from './regions.js';
import { SERVICE_KINDS } from './service-requests.js';
import { inSentence, writeSummary } from './summary.js';
import { wrapParagraph } from './wrap.js';

/** The seed of the default corpus, and of the committed samples (letters 0–23 of it). */
export const DEFAULT_SEED = 1;
/** Case numbers hold seven digits; each index below this has its own. */
export const MAX_LETTERS = 10_000_000;
/** Letter 0's serial: with its 2016 assignment it is CM16-0230651, the case number the README queries. */
const FIRST_SERIAL = 230_651;
/** Odd and not a multiple of 5, so index → serial is one-to-one modulo 10^7. */
const SERIAL_STEP = 7_919;

const FIRST_DECISION = dayOf('2014-01-02');
const LAST_DECISION = dayOf('2017-02-28');

const KINDS: readonly Kind[] = [...DRUG_KINDS, ...SERVICE_KINDS];
const DRUG_KIND_KEYS: ReadonlySet<string> = new Set(DRUG_KINDS.map((k) => k.key));

/** The seven digits after "CMyy-": distinct for every index below MAX_LETTERS. */
export function caseSerial(index: number): string {
  return String((FIRST_SERIAL + index * SERIAL_STEP) % MAX_LETTERS).padStart(7, '0');
}

const REGION_WEIGHTS: readonly Weighted<RegionKey>[] = w(
  ['lumbar', 34], ['cervical', 17], ['shoulder', 14], ['knee', 12], ['wrist', 8], ['elbow', 4], ['ankle', 6], ['hip', 5],
);
const ITEM_COUNTS: readonly Weighted<number>[] = w([1, 33], [2, 25], [3, 17], [4, 11], [5, 8], [6, 6]);
const DATE_STYLES: readonly Weighted<DateStyle>[] = w(['slash', 40], ['shortDash', 20], ['dash', 15], ['shortSlash', 15], ['long', 10]);

const HOW_MADE = [
  'MAXIMUS Federal Services forwarded the full case file to an independent expert reviewer who has no ties to the employer, the employee, the treating providers or the claims administrator.',
  'The reviewer has practised for more than five years, still works at least 24 hours a week in clinical practice, and was chosen for training and experience in a specialty that evaluates or treats the condition and the disputed services.',
  'The reviewer knows the laws and regulations that govern Independent Medical Review, including the hierarchy of the strength of medical evidence.',
].join(' ');

/** The fixed sentence that opens every clinical case summary (the reader removes it from the summary). */
const SUMMARY_INTRO = 'The expert reviewer developed the following clinical case summary based on a review of the case file, including all medical records:';
const ISSUES_INTRO = 'The Final Determination was based on decisions for the disputed items/services set forth below:';

/** The kinds a request about each region can be, weighted: built once, drawn from for every item. */
const KINDS_BY_REGION = new Map<RegionKey, readonly Weighted<Kind>[]>(
  (Object.keys(REGIONS) as RegionKey[]).map((key) => [
    key,
    KINDS.filter((k) => k.regions === undefined || k.regions.includes(key)).map((value) => ({ value, weight: value.weight })),
  ]),
);

function pickKind(draw: Draw, region: Region): Kind {
  return draw.weighted(KINDS_BY_REGION.get(region.key)!);
}

function chooseReviewer(draw: Draw, kinds: readonly Kind[], region: Region): SpecialtyKey {
  const has = (key: string) => kinds.some((k) => k.key === key);
  const specialists: Array<readonly [SpecialtyKey, number]> = [];
  if (has('surgery')) {
    specialists.push(['orthopedic', 40]);
    specialists.push(region.key === 'lumbar' || region.key === 'cervical' ? ['neurosurgery', 15] : ['handSurgery', region.key === 'wrist' || region.key === 'elbow' ? 20 : 0]);
  }
  if (has('psychologicalCare')) specialists.push(['psychiatry', 45]);
  if (has('chiropractic')) specialists.push(['chiropractor', 35]);
  const specialistWeight = specialists.reduce((sum, [, weight]) => sum + weight, 0);
  if (specialistWeight > 0 && draw.chance(specialistWeight / (specialistWeight + 60))) return draw.weighted(w(...specialists));
  return draw.weighted(GENERAL_REVIEWERS);
}

function licensure(draw: Draw): { states: string[]; written: string } {
  const count = draw.weighted(w([1, 45], [2, 35], [3, 20]));
  const others: string[] = draw.some<string>(STATE_LISTS.others, count);
  const states = draw.chance(STATE_LISTS.californiaShare) ? [...others.slice(0, count - 1)] : others;
  if (states.length < count) states.splice(draw.int(0, states.length), 0, 'California');
  return { states, written: states.join(draw.chance(0.35) ? ',' : ', ') };
}

function itemLine(request: WrittenRequest, outcome: ItemOutcome): string {
  const decision = outcome === 'UPHELD' ? 'Upheld' : 'Overturned';
  const modified = request.modified;
  if (!modified) return `${request.text}: ${decision}`;
  if (modified.wording === 'authorizedFirst') {
    return `${modified.original} was the original request. The Claims Administrator authorized ${modified.authorized}, leaving the original request IMR eligible. The original request, ${modified.original} is: ${decision}`;
  }
  return `${modified.original} was the original request. ${modified.authorized} was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, ${request.text} is: ${decision}`;
}

function coverBlock(draw: Draw, facts: LetterFacts): string[] {
  const date = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;
  const priority = facts.priority === 'STANDARD' ? 'Standard' : 'Expedited';
  const doi = date(facts.injuredWorker.dateOfInjury);
  if (draw.chance(0.8)) {
    // The two columns as text extraction gives them: "Application Received:" wraps, its value beside the first word.
    return [
      `Case Number: ${facts.caseNumber}`,
      `Date Assigned: ${date(facts.dateAssigned)}   Date of Injury: ${doi}`,
      `Decision Date: ${date(facts.decisionDate)}   UR Denial Date: ${date(facts.urDenialDate)}`,
      `Priority: ${priority}   Application ${date(facts.applicationReceivedDate)}`,
      'Received:',
    ];
  }
  return [
    `Case Number: ${facts.caseNumber}`,
    `Date Assigned: ${date(facts.dateAssigned)}`,
    `Date of Injury: ${doi}`,
    `Decision Date: ${date(facts.decisionDate)}`,
    `UR Denial Date: ${date(facts.urDenialDate)}`,
    `Priority: ${priority}`,
    `Application Received: ${date(facts.applicationReceivedDate)}`,
  ];
}

interface DrawnItem {
  kind: Kind;
  request: WrittenRequest;
}

function drawItems(draw: Draw, region: Region, side: Side | null, decisionDay: Day, urDay: Day, count: number): DrawnItem[] {
  const items: DrawnItem[] = [];
  const seen = new Set<string>();
  for (let attempt = 0; items.length < count && attempt < count * 6; attempt++) {
    const kind = pickKind(draw, region);
    if (kind.followsSurgery && !items.some((item) => item.kind.key === 'surgery')) continue;
    const request = kind.write({ draw, region, side, decisionDay, urDay });
    // One request line per letter: a second "Norco ..." would read as the same item twice.
    const key = `${kind.key}:${request.noun}`;
    if (seen.has(key) || seen.has(request.text)) continue;
    seen.add(key);
    seen.add(request.text);
    items.push({ kind, request });
  }
  return items;
}

function showcaseItem(draw: Draw, region: Region, side: Side | null, decisionDay: Day, urDay: Day): DrawnItem {
  const opioid = KINDS.find((k) => k.key === 'opioid')!;
  // Drawn like any other request, then fixed to the README's example ("Norco 10/325mg #120").
  opioid.write({ draw, region, side, decisionDay, urDay });
  return {
    kind: opioid,
    request: {
      text: 'Norco 10/325mg #120',
      noun: 'Norco',
      treatment: { nameContains: 'Norco', strength: '10/325 mg', quantity: 120, refills: null, retrospective: false },
    },
  };
}

/**
 * Letter `index` of the corpus with this seed. Letter 0 of every seed is the showcase the README's
 * example queries find: case CM16-0230651 with an overturned Norco request cited under MTUS
 * "Opioids, criteria for use".
 */
export function generateLetter(index: number, seed: number = DEFAULT_SEED): GeneratedLetter {
  if (!Number.isInteger(index) || index < 0 || index >= MAX_LETTERS) {
    throw new RangeError(`Letter index ${index} is outside 0…${MAX_LETTERS - 1}: case numbers have seven digits.`);
  }
  const draw = new Draw(seed, index);
  // Letter 0 holds what the README's examples query: its case number, an overturned Norco request, an MTUS "Opioids, criteria for use" citation.
  const isShowcase = index === 0;

  // Dates: UR denial ≤ application received ≤ assigned ≤ decision; expedited reviews take days, standard ones weeks.
  const priority: Priority = draw.chance(0.05) ? 'EXPEDITED' : 'STANDARD';
  const decisionDay = isShowcase ? dayOf('2016-12-05') + draw.int(0, 25) : draw.int(FIRST_DECISION, LAST_DECISION);
  const assignedDay = decisionDay - (priority === 'EXPEDITED' ? draw.int(1, 3) : draw.int(14, 42));
  const receivedDay = assignedDay - (priority === 'EXPEDITED' ? draw.int(0, 2) : draw.int(1, 12));
  const urDay = receivedDay - (priority === 'EXPEDITED' ? draw.int(1, 5) : draw.int(3, 30));
  const caseNumber = `CM${String(yearOf(assignedDay) % 100).padStart(2, '0')}-${caseSerial(index)}`;

  const region = REGIONS[isShowcase ? 'lumbar' : draw.weighted(REGION_WEIGHTS)];
  const side: Side | null = region.isLimb ? draw.weighted(w<Side>(['left', 45], ['right', 45], ['bilateral', 10])) : null;

  const sex: Sex = draw.chance(0.55) ? 'MALE' : 'FEMALE';
  const age = Math.round((draw.int(22, 70) + draw.int(22, 70)) / 2);
  const yearsSinceInjury = Math.min(age - 18, draw.weighted(w([0, 20], [1, 20], [2, 15], [3, 13], [5, 12], [8, 10], [12, 6], [18, 4])));
  const injuryDay = urDay - (yearsSinceInjury * 365 + draw.int(20, 340));
  const statedAge = draw.chance(0.94) ? age : null;
  const statedSex = statedAge === null && draw.chance(0.4) ? null : sex;

  const count = isShowcase ? 3 : draw.weighted(ITEM_COUNTS);
  const items = isShowcase
    ? [showcaseItem(draw, region, side, decisionDay, urDay), ...drawItems(draw, region, side, decisionDay, urDay, count - 1)]
    : drawItems(draw, region, side, decisionDay, urDay, count);

  const specialty = isShowcase ? 'pmrPain' : chooseReviewer(draw, items.map((i) => i.kind), region);
  const specialtySet = SPECIALTY_SETS[specialty];
  const specialties = [...draw.pick(specialtySet.lists)];
  const states = licensure(draw);
  // Some cases are stronger than others: the items of one letter lean the same way.
  const caseLean = 0.4 + draw.next() * 0.8;

  const itemFacts: ItemFacts[] = [];
  const itemBlocks: string[][] = [];
  const width = draw.int(86, 98);
  items.forEach((item, i) => {
    const rate = Math.min(0.85, item.kind.overturnRate * specialtySet.overturnFactor * caseLean * (priority === 'EXPEDITED' ? 1.2 : 1));
    const isOverturned = isShowcase && i === 0 ? true : draw.chance(rate);
    const outcome: ItemOutcome = isOverturned ? 'OVERTURNED' : 'UPHELD';
    const context = { draw, kind: item.kind, request: item.request, region, decisionDay, isDrug: DRUG_KIND_KEYS.has(item.kind.key) };
    const paragraphs: Record<CitedBy, GuidelineParagraph> = {
      CLAIMS_ADMINISTRATOR: writeGuidelineParagraph(context, 'CLAIMS_ADMINISTRATOR'),
      INDEPENDENT_REVIEWER: isShowcase && i === 0 ? showcaseCitation(decisionDay) : writeGuidelineParagraph(context, 'INDEPENDENT_REVIEWER'),
    };
    const rationale = writeRationale(draw, {
      family: item.kind.family,
      reference: paragraphs.INDEPENDENT_REVIEWER.reference,
      noun: item.request.noun,
      request: item.request.text,
      isNecessary: isOverturned,
    });
    const citations: CitationFacts[] = [...paragraphs.CLAIMS_ADMINISTRATOR.citations, ...paragraphs.INDEPENDENT_REVIEWER.citations];
    const modified = item.request.modified;
    itemFacts.push({
      description: modified?.wording === 'authorizedFirst' ? modified.original : item.request.text,
      outcome,
      medicallyNecessary: isOverturned,
      ...(modified ? { originalRequest: modified.original, authorizedRequest: modified.authorized } : {}),
      treatment: item.request.treatment,
      citations,
      kind: item.kind.key,
    });
    itemBlocks.push([
      ...wrapParagraph(itemLine(item.request, outcome), width),
      ...wrapParagraph(`Claims Administrator guideline: ${paragraphs.CLAIMS_ADMINISTRATOR.text}`, width),
      ...wrapParagraph(`MAXIMUS guideline: ${paragraphs.INDEPENDENT_REVIEWER.text}`, width),
      ...wrapParagraph(`Decision rationale: ${rationale}`, width),
    ]);
  });

  const diagnoses = draw.some(region.diagnoses, draw.int(2, 3));
  if (draw.chance(0.25)) diagnoses.push('chronic pain syndrome');
  const summary = writeSummary(draw, {
    age: statedAge,
    sex: statedSex,
    occupation: draw.pick(OCCUPATIONS),
    injuryDay,
    region,
    diagnoses,
    requests: items.map((i) => {
      const written = i.request.modified?.original ?? i.request.text;
      return DRUG_KIND_KEYS.has(i.kind.key) ? written : inSentence(written);
    }),
    medications: items.filter((i) => DRUG_KIND_KEYS.has(i.kind.key)).map((i) => i.request.noun),
    modified: items.filter((i) => i.request.modified).map((i) => i.request.noun),
    urDay,
    dateStyle: draw.weighted(DATE_STYLES),
  });

  const overturned = itemFacts.filter((f) => f.outcome === 'OVERTURNED').length;
  const fileName = `${caseNumber}.txt`;
  const facts: LetterFacts = {
    document: fileName,
    caseNumber,
    dateAssigned: isoOf(assignedDay),
    decisionDate: isoOf(decisionDay),
    urDenialDate: isoOf(urDay),
    applicationReceivedDate: isoOf(receivedDay),
    priority,
    reviewer: { licensureStates: states.states, specialties },
    injuredWorker: { age: statedAge, sex: statedSex, dateOfInjury: isoOf(injuryDay), diagnosesInclude: diagnoses },
    utilizationReview: { date: summary.datesUtilizationReview ? isoOf(urDay) : null },
    caseOutcome: overturned === 0 ? 'UPHELD' : overturned === itemFacts.length ? 'OVERTURNED' : 'PARTIALLY_OVERTURNED',
    disputedItems: itemFacts,
    notes: `Synthetic letter ${index} of the corpus with seed ${seed}, written by src/corpus; every fact in it is invented.`,
  };

  const lines: string[] = [
    `SYNTHETIC LETTER (seed ${seed}, letter ${index}): written by the imr-determinations-api corpus generator; the case and everyone in it are invented.`,
    '',
    ...coverBlock(draw, facts),
    '',
    'HOW THE IMR FINAL DETERMINATION WAS MADE',
    ...wrapParagraph(HOW_MADE, width),
    'The Expert Reviewer has the following credentials:',
    `State(s) of Licensure: ${states.written}`,
    ...wrapParagraph(`Certification(s)/Specialty: ${specialties.join(', ')}`, width),
    '',
    'CLINICAL CASE SUMMARY',
    ...wrapParagraph(SUMMARY_INTRO, width),
    ...wrapParagraph(summary.text, width),
    '',
    'IMR ISSUES, DECISIONS AND RATIONALES',
    ISSUES_INTRO,
    ...itemBlocks.flatMap((block) => ['', ...block]),
  ];
  return { fileName, text: `${lines.join('\n')}\n`, facts };
}
