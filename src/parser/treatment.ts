/**
 * What a disputed request asks for: the treatment's concept in the vocabulary, its whole name,
 * generic name and drug class, DWC category, strength, quantity, refills, schedule (sessions a
 * week, days), body region and side, and whether it is retrospective. Pure; the vocabulary
 * (src/vocabulary/treatments, read through src/parser/catalogue/) holds the words, this file only
 * reads requests with them.
 */
import type { IsoDate, Laterality, Treatment, TreatmentCategory } from '../domain/determination.js';
import { categoryConceptId, classificationOf, drugCombinationId, serviceConceptOf, topicalFormOf } from '../vocabulary/treatments/catalogue.js';
import type { DrugEntry } from './catalogue/drugs.js';
import { trimEdges } from './catalogue/keys.js';
import { DRUG_CLASSES } from './catalogue/drugs.js';
import type { PhraseMatch, Word } from './catalogue/phrase-index.js';
import { wordsOf } from './catalogue/phrase-index.js';
import type { CategoryRule } from './catalogue/treatment-categories.js';
import { CATEGORY_INDEX, CATEGORY_RULES, DRUG_INDEX, FORM_INDEX, REGION_INDEX } from './catalogue/treatment-index.js';

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['no', 0], ['zero', 0], ['once', 1], ['one', 1], ['a', 1], ['single', 1], ['twice', 2], ['two', 2], ['three', 3], ['thrice', 3],
  ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
  ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['eighteen', 18], ['twenty', 20], ['twenty-four', 24], ['thirty', 30],
]);
/** A count as written: digits or a number word. */
const COUNT = '(\\d+(?:\\.\\d+)?|no|zero|once|one|single|twice|two|three|thrice|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|twenty|thirty)';
/** How many days, weeks or months: digits or a number word, but not "a" ("three times a week" is no duration). */
const SPAN_COUNT = '(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|twenty|thirty)';
/**
 * Not the second number of a range ("2-3 times", "1 to 2 times", "7-10 days": a range says no one
 * count) nor a quantity ("#60 day supply" is 60 of something).
 */
const NOT_AFTER_RANGE = '\\b(?<!(?:[-\\d.\\/#]|\\bto|\\bor)\\s*)';

/** A count that can open a request ("Eight", "2"); not "a" or "single", which are part of names. */
const LEADING_COUNT = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty)';

const RETROSPECTIVE = /\bretro(?:spective(?:ly)?)?\b|\bDOS\b|\bdates?\s+of\s+service\b/i;
const SERVICE_DATE = /\b(?:DOS|dates?\s+of\s+service)\s*:?\s*(?:on\s+)?(\d{1,2})[\/-](\d{1,2})[\/-](\d{2}|\d{4})\b/i;

/** Labels in front of the service itself: "Associated surgical service: Cold therapy unit", "Pre-op labs: CBC". */
const SERVICE_LABEL = /^(?:associated\s+surgical\s+services?|labs?\s+to\s+include|pre-?op(?:erative)?\s+labs?|post-?op(?:erative)?\s+labs?|labs?)\s*[:\-–]\s*/i;
const RETRO_LABEL = /^retro(?:spective)?(?:\s+request)?(?:\s+(?:for|of))?\s*:?\s+/i;

/**
 * Each pattern with a word the request must hold for it to match at all: a substring test is far
 * cheaper than running the pattern, and most requests hold none of these words.
 */
const QUANTITY_PATTERNS: ReadonlyArray<{ mustHold: string; pattern: RegExp }> = [
  { mustHold: '#', pattern: /#\s*(\d+(?:\.\d+)?)/ }, // "#120"
  { mustHold: 'qty', pattern: /\bQTY\s*:?\s*(\d+(?:\.\d+)?)/i }, // "QTY: 60.00"
  { mustHold: 'quantity', pattern: /\bquantity\s*(?:of\s*)?:?\s*(\d+(?:\.\d+)?)/i }, // "quantity 120"
  {
    mustHold: ' of',
    pattern: new RegExp(`\\b${COUNT}\\s+(?:tablets?|tabs?|capsules?|caps?|pills?|patch(?:es)?|pieces?|boxes|box|tubes?|bottles?|syringes?|kits?)\\s+of\\b`, 'i'),
  }, // "120 tablets of"
];
/** A total in brackets after the sessions: "visits (8)". */
const SESSION_TOTAL = /\b(?:sessions?|visits?|treatments?)\s*\((\d+)\)/i;
/** Sessions: "6 sessions", "Eight (8) physical therapy sessions", "Twelve sessions of", "3 visits" (not "3 visits per week", not "12-18 sessions"). */
const SESSION_COUNT = new RegExp(
  `(?<![-\\d])\\b${COUNT}(?:\\s*\\(\\d+\\))?\\s+(?:[a-z/-]+\\s+){0,3}?(?:sessions?|visits?|treatments?)\\b(?!\\s*(?:a|per|each)\\s+week)|\\b(?:sessions?|visits?)\\s*[,:]\\s*(\\d+)\\b`,
  'i',
);
/** "2 times a week for 4 weeks", "two times a week times six weeks", "3 visits per week for 2 weeks", "twice a week for 3 weeks". */
const FREQUENCY_FOR_WEEKS = new RegExp(
  `${NOT_AFTER_RANGE}\\b(?:${COUNT}\\s*(?:x|times?|visits?|sessions?)|(once|twice|thrice))\\s*(?:(?:a|per|each|\\/)\\s*week|weekly)\\s*,?\\s*(?:for|x|times|over)\\s*(?:the\\s+next\\s+)?${COUNT}\\s*weeks?\\b`,
  'i',
);
/** So many a week: "2 times a week", "three times weekly", "3 visits per week", "2x/week", "5 days a week", "twice a week" (not "2-3 times a week"). */
const PER_WEEK = new RegExp(
  `${NOT_AFTER_RANGE}\\b(?:${COUNT}\\s*(?:x|times?|visits?|sessions?|days?)|(once|twice|thrice))\\s*(?:(?:a|per|each|every|\\/)\\s*(?:week|wk)\\b|weekly\\b)`,
  'i',
);
/** "2x6", "3 x 4": so many a week for so many weeks, as requests abbreviate it. */
const PER_WEEK_BY_WEEKS = /\b(\d{1,2})\s*x\s*(\d{1,2})\b(?!\s*(?:mg|mcg|ml|g|%|days?|months?))/i;
/** A span of time: "for 4 weeks", "30 day rental", "x 6 months", "one month supply" (not "7-10 days", "5 days a week", "in 4 weeks"). */
const SPAN = new RegExp(`${NOT_AFTER_RANGE}(?<!\\b(?:in|within|every)\\s+)\\b${SPAN_COUNT}\\s*-?\\s*(days?|weeks?|wks?|months?)\\b(?!\\s*(?:a|per|each|every|\\/)\\s*(?:week|wk|month)\\b)`, 'i');
/** "for a month", "over a week" (but "three times a day" is how often, not how long). */
const SPAN_OF_ONE = /\b(?:for|over)\s+an?\s+(day|week|month)\b/i;
/** "#60 day supply: 30". */
const DAY_SUPPLY = /\bdays?\s+supply\s*:?\s*(\d+)\b/i;
const DAYS_PER: ReadonlyMap<string, number> = new Map([['d', 1], ['w', 7], ['m', 30]]);
/** "times 6", "1 times 8", "x 6": a count of services. */
const TIMES_COUNT = /\b(?:times|x)\s*(\d+)\b(?!\s*(?:a|per|weekly|days?|weeks?|months?|hours?)\b)/i;
const REFILLS = new RegExp(`\\b${COUNT}\\s+(?:additional\\s+)?refills?\\b`, 'i');

/** Dose strengths: "10/325mg" → "10/325 mg", "4mg" → "4 mg", "25mg/ml", "7.5-325mg". */
const DOSE = /(?<![\w.\/])(\d+(?:\.\d+)?(?:\s*[\/-]\s*\d+(?:\.\d+)?)*)\s*(mg|mcg|meq|iu|units?)(?:\s*\/\s*(\d*(?:\.\d+)?\s*(?:ml|g|gm|hr|h)))?(?![a-z])/gi;
/** Percent strengths: "5%", "4%-27.5%-0.0325%". */
const PERCENT = /(?<![\w.])(\d+(?:\.\d+)?\s*%(?:\s*[-\/]\s*\d+(?:\.\d+)?\s*%)*)/g;
/** A bare ratio "10/325" (but not a date "12/07/2016"). */
const RATIO = /(?<![\w.\/])(\d+(?:\.\d+)?\/\d+(?:\.\d+)?)(?![\w.\/%])/g;
const SPACES = /\s+/g;
const PERCENT_SIGN = /\d\s*%/;

/** Where a drug's name ends: a strength, a count, a parenthesis, a comma, a sig word. */
const DRUG_NAME_END = /[\s]*(?:[(#,;:]|\d|\b(?:take|takes|apply|applied|qty|quantity|with|for|per|by|one|two|three|po|prn|every|daily|bid|tid|qid|qhs|q\d|as|to|unknown|dos|retro\w*|x)\b)/i;
/** Where a service's name ends: frequency, count, duration, rental, date of service. */
// One alternation per kind of first token (a count, a word, "#", "("), so each position of the
// request is tried against a handful of branches rather than every pattern: this runs on every
// service request. A count may be a range ("1 to 2 times", "7-10 days"): the name ends before it.
const SERVICE_NAME_END = new RegExp(
  [
    `\\b${COUNT}(?:\\s*(?:-|to|or)\\s*${COUNT})?\\s*(?:x(?=\\s*\\d|\\b)|times?\\b|(?:sessions?|visits?|treatments?|hours?)\\b|-?\\s*(?:days?|weeks?|months?)\\b)`,
    '\\b(?:once|twice|thrice|additional|QTY|quantity|sessions?|weekly|DOS|purchase|rental)\\b',
    // "visits" of a therapy are its count; an office, clinic or follow-up visit is the service.
    '\\bvisits?\\b(?<!\\b(?:office|clinic|follow-?up|return|outpatient|home|nurse|nursing)\\s+visits?)',
    '\\btimes\\s+(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\\b',
    '\\bx\\s*\\d',
    '#\\s*\\d',
    `\\bfor\\s+(?:a\\s+|an?\\s+unspecified\\s+)?(?:${COUNT}\\b|purchase\\b|rental\\b)`,
    '\\b(?:per|a)\\s+week\\b',
    '\\((?:unknown|unspecified)',
  ].join('|'),
  'i',
);
/**
 * A count in front of a service: "Eight (8) physical therapy sessions", "2 sessions of physical
 * therapy", "2 leg wraps" — but not the "Three" of "Three phase bone scan".
 */
const SERVICE_LEADING_COUNT = new RegExp(
  `^(?:${LEADING_COUNT}(?:\\s*\\(\\d+\\))?\\s+)(?:(?:additional\\s+)?(?:sessions?|visits?|treatments?)\\s+of\\s+|(?=(?:[\\w/-]+\\s+){0,3}?(?:sessions?|visits?|treatments?)\\b|(?:[\\w-]+\\s+)?[\\w-]+s\\b))`,
  'i',
);
/** Words before the service that say which request this is, not what it is: "Initial acupuncture", "Additional physical therapy", "with open carpal tunnel release". */
const LEADING_QUALIFIER = /^(?:(?:initial|additional|continued|continuing|further|extra|more|unknown|unspecified|repeat|continuation\s+(?:of|for)|request\s+for|with|and|plus|&)\s+)+/i;
/** A word no whole name ends with: the name was cut after it ("MRI of the", "Acupuncture, 1 to"). */
const DANGLING_WORD = /[\s,;:\/&-]+(?:to|of|for|with|and|or|at|in|on|per|by|from|the|a|an|x|times|every|each|vs|versus|under|over|plus|including|includes?|possible|then|via)$/i;
/** A count left before a cut range ("Acupuncture, 1" of "Acupuncture, 1 to 2 times a week"). */
const DANGLING_COUNT = /,\s*\d+(?:\.\d+)?$/;
/** Enough for any real name; a run-on name is cut in one pass whatever it holds. */
const MAX_DANGLING_CUTS = 8;

function countOf(written: string | undefined): number | null {
  if (written === undefined) return null;
  const lower = written.toLowerCase();
  const fromWord = NUMBER_WORDS.get(lower);
  if (fromWord !== undefined) return fromWord;
  const value = Number(lower);
  return Number.isFinite(value) ? Math.round(value) : null;
}

function isoDate(month: string, day: string, year: string): IsoDate | null {
  const m = Number(month);
  const d = Number(day);
  let y = Number(year);
  if (year.length === 2) y += y < 50 ? 2000 : 1900; // letters from 2013 on; "11/18/16" is 2016
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

interface Strength {
  text: string;
  index: number;
}

function strengthsOf(request: string): Strength[] {
  const found: Strength[] = [];
  for (const m of request.matchAll(DOSE)) {
    const per = m[3] ? `/${m[3].replace(SPACES, '').toLowerCase()}` : '';
    found.push({ text: `${(m[1] ?? '').replace(SPACES, '')} ${(m[2] ?? '').toLowerCase()}${per}`, index: m.index });
  }
  if (request.includes('%')) for (const m of request.matchAll(PERCENT)) found.push({ text: (m[1] ?? '').replace(SPACES, ''), index: m.index });
  if (found.length === 0) for (const m of request.matchAll(RATIO)) found.push({ text: m[1] ?? '', index: m.index });
  return found.sort((a, b) => a.index - b.index);
}

/** `lower` is `request` in lower case, for the cheap tests that decide which patterns to run. */
function quantityOf(request: string, lower: string, isPharmaceutical: boolean): number | null {
  for (const { mustHold, pattern } of QUANTITY_PATTERNS) {
    if (!lower.includes(mustHold)) continue;
    const m = pattern.exec(request);
    if (m) return countOf(m[1]);
  }
  if (isPharmaceutical) return null;
  if (lower.includes('session') || lower.includes('visit') || lower.includes('treatment')) {
    // "two times four visits (8)": the total in brackets is the count.
    const total = SESSION_TOTAL.exec(request);
    if (total) return countOf(total[1]);
    const sessions = SESSION_COUNT.exec(request);
    if (sessions) return countOf(sessions[1] ?? sessions[2]);
  }
  if (lower.includes('week')) {
    const frequency = FREQUENCY_FOR_WEEKS.exec(request);
    if (frequency) {
      const perWeek = countOf(frequency[1] ?? frequency[2]);
      const weeks = countOf(frequency[3]);
      if (perWeek !== null && weeks !== null) return perWeek * weeks;
    }
  }
  if (!lower.includes('times') && !lower.includes('x')) return null;
  const perWeekByWeeks = PER_WEEK_BY_WEEKS.exec(request);
  if (perWeekByWeeks) return Number(perWeekByWeeks[1]) * Number(perWeekByWeeks[2]);
  const times = TIMES_COUNT.exec(request);
  return times ? countOf(times[1]) : null;
}

const serviceQuantity = (text: string) => quantityOf(text, text.toLowerCase(), false);

interface Schedule {
  frequencyPerWeek: number | null;
  durationDays: number | null;
}

/** Sessions a week (services only) and how many days the request runs. */
function scheduleOf(request: string, lower: string, isPharmaceutical: boolean): Schedule {
  const mayHaveWeeks = lower.includes('week') || lower.includes('wk');
  const shorthand = !isPharmaceutical && lower.includes('x') ? PER_WEEK_BY_WEEKS.exec(request) : null; // "2x4"
  let frequencyPerWeek: number | null = null;
  if (!isPharmaceutical && mayHaveWeeks) {
    const perWeek = PER_WEEK.exec(request);
    if (perWeek) frequencyPerWeek = countOf(perWeek[1] ?? perWeek[2]);
  }
  if (frequencyPerWeek === null && shorthand) frequencyPerWeek = Number(shorthand[1]);

  let durationDays: number | null = null;
  if (mayHaveWeeks || lower.includes('day') || lower.includes('month')) {
    const span = SPAN.exec(request);
    const supply = span ? null : DAY_SUPPLY.exec(request);
    const one = span || supply ? null : SPAN_OF_ONE.exec(request);
    if (span) {
      const count = countOf(span[1]);
      const unit = DAYS_PER.get((span[2] ?? '').charAt(0).toLowerCase()) ?? null;
      durationDays = count !== null && unit !== null ? count * unit : null;
    } else if (supply) durationDays = Number(supply[1]);
    else if (one) durationDays = DAYS_PER.get((one[1] ?? '').charAt(0).toLowerCase()) ?? null;
  }
  if (durationDays === null && shorthand) durationDays = Number(shorthand[2]) * 7;
  return { frequencyPerWeek, durationDays };
}

/** The distinct drugs named, in order (brand and generic of one drug count once). */
function distinctDrugs(matches: readonly PhraseMatch<DrugEntry>[]): PhraseMatch<DrugEntry>[] {
  const seen = new Set<string>();
  const distinct: PhraseMatch<DrugEntry>[] = [];
  for (const m of matches) {
    if (seen.has(m.value.genericName)) continue;
    seen.add(m.value.genericName);
    distinct.push(m);
  }
  return distinct;
}

function unbalancedParenthesisAt(name: string): number {
  let open = -1;
  let depth = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 40 /* ( */) {
      if (depth === 0) open = i;
      depth++;
    } else if (c === 41 /* ) */ && depth > 0) depth--;
  }
  return depth > 0 ? open : -1;
}

/** A name cut out of a request, without what the cut left dangling: an open "(", a trailing "of", ", 1 to". */
function wholeName(cut: string): string {
  let name = trimEdges(cut, true);
  const open = unbalancedParenthesisAt(name);
  if (open > 0) name = trimEdges(name.slice(0, open), true);
  for (let cuts = 0; cuts < MAX_DANGLING_CUTS; cuts++) {
    const dangling = DANGLING_WORD.exec(name) ?? DANGLING_COUNT.exec(name);
    if (!dangling || dangling.index === 0) break;
    name = trimEdges(name.slice(0, dangling.index), true);
  }
  return name;
}

function drugNameAt(text: string, start: number, end: number): string {
  const after = text.slice(end);
  const stop = DRUG_NAME_END.exec(after);
  return wholeName(text.slice(start, end) + (stop ? after.slice(0, stop.index) : after));
}

/** Labels can stack: "Associated surgical service: Labs - CBC". */
function withoutLabels(text: string, lower: string): string {
  let rest = lower.startsWith('retro') ? text.replace(RETRO_LABEL, '') : text;
  if (!lower.includes(':') && !lower.includes('-') && !lower.includes('–')) return rest;
  for (let stripped = rest.replace(SERVICE_LABEL, ''); stripped !== rest; stripped = rest.replace(SERVICE_LABEL, '')) rest = stripped;
  return rest;
}

/** The service as a whole phrase, first letter capital: "Eight (8) physical therapy sessions" → "Physical therapy". `matchText` is the request without its labels. */
function serviceName(text: string, matchText: string): string {
  let name = matchText.replace(LEADING_QUALIFIER, '').replace(SERVICE_LEADING_COUNT, '').replace(LEADING_QUALIFIER, '');
  const stop = SERVICE_NAME_END.exec(name);
  if (stop && stop.index > 0) name = name.slice(0, stop.index);
  name = wholeName(name) || wholeName(text) || text.trim();
  const first = name.charAt(0);
  return first === first.toLowerCase() ? first.toUpperCase() + name.slice(1) : name;
}

interface Classification {
  category: TreatmentCategory;
  subcategory: string | null;
  /** The service concept, for a request that is not a pharmaceutical. */
  conceptId: string;
  drugs: PhraseMatch<DrugEntry>[];
  isTopical: boolean;
  isCompound: boolean;
  /** Where a product given with the service starts ("Acupuncture visits with Capsaicin patch #30"): counts after it are the product's. */
  productAt: number | null;
}

/** The service a request names: the first by the vocabulary's precedence, made as specific as the request allows. */
function serviceOf(rule: CategoryRule, found: readonly PhraseMatch<number>[]): Pick<Classification, 'category' | 'subcategory' | 'conceptId'> {
  if (found.length < 2) return rule;
  const named = found.map((m) => CATEGORY_RULES[m.value]?.conceptId ?? rule.conceptId);
  const conceptId = serviceConceptOf(rule.conceptId, named);
  const specific = conceptId === rule.conceptId ? undefined : classificationOf(conceptId);
  return specific ? { category: specific.category, subcategory: specific.subcategory, conceptId } : rule;
}

/** "Acupuncture visits with Capsaicin patch": a service named first, given with a product, is the service. */
function serviceWithProduct(services: readonly PhraseMatch<number>[], drugs: readonly PhraseMatch<DrugEntry>[], matchText: string): boolean {
  const drug = drugs[0];
  if (!drug) return false;
  const service = services.find((match) => match.end <= drug.start);
  return service !== undefined && WITH.test(matchText.slice(service.end, drug.start));
}
const WITH = /\bwith\b/i;

/** The request's category: a procedure that names a drug is the procedure; else a drug; else the first matching service. */
function classify(words: readonly Word[], matchText: string): Classification {
  const drugs = distinctDrugs(DRUG_INDEX.find(words));
  const forms = FORM_INDEX.find(words);
  // Percent strengths are how topicals are written ("Lidocaine 5%", "Ketoprofen 20%").
  const hasPercent = PERCENT_SIGN.test(matchText);
  const isTopical = hasPercent || forms.some((f) => f.value === 'TOPICAL' || f.value === 'COMPOUND') || drugs.some((d) => d.value.topical === true);
  const isCompound = forms.some((f) => f.value === 'COMPOUND') || drugs.some((d) => d.value.compounded === true) || (isTopical && drugs.length > 1);
  const services = CATEGORY_INDEX.find(words);
  let best = Number.POSITIVE_INFINITY;
  for (const match of services) best = Math.min(best, match.value);
  const rule = CATEGORY_RULES[best];
  const withProduct = rule !== undefined && rule.beforeDrugs !== true && serviceWithProduct(services, drugs, matchText);
  if (rule && (rule.beforeDrugs === true || drugs.length === 0 || withProduct)) {
    // Built field by field, not spread: a spread here made every request several times slower.
    const service = serviceOf(rule, services);
    const productAt = withProduct ? (drugs[0]?.start ?? null) : null;
    return { category: service.category, subcategory: service.subcategory, conceptId: service.conceptId, drugs: [], isTopical, isCompound, productAt };
  }
  if (drugs.length > 0 || forms.length > 0) {
    return { category: 'PHARMACEUTICALS', subcategory: null, conceptId: pharmaceuticalConceptOf(drugs, isTopical, isCompound), drugs, isTopical, isCompound, productAt: null };
  }
  return { category: 'OTHER', subcategory: null, conceptId: categoryConceptId('OTHER'), drugs: [], isTopical, isCompound, productAt: null };
}

/** A drug's own concept; the topical form's where the request is for one; a compound's or combination's made of its drugs. */
function pharmaceuticalConceptOf(drugs: readonly PhraseMatch<DrugEntry>[], isTopical: boolean, isCompound: boolean): string {
  const [first, ...others] = drugs;
  if (!first) {
    if (isCompound) return 'class/topical-compounds';
    return isTopical ? 'class/topical-analgesics' : categoryConceptId('PHARMACEUTICALS');
  }
  if (others.length === 0) {
    if (first.value.compounded === true) return first.value.conceptId;
    if (isCompound) return drugCombinationId([first.value.conceptId], true);
    return isTopical ? topicalFormOf(first.value) : first.value.conceptId;
  }
  return drugCombinationId(drugs.map((d) => d.value.conceptId), isCompound);
}

function drugClassOf(drugs: readonly PhraseMatch<DrugEntry>[], isTopical: boolean, isCompound: boolean): string | null {
  const first = drugs[0]?.value;
  if (isCompound) return DRUG_CLASSES.topicalCompounds;
  // Opioid patches (Butrans, Duragesic) are opioids first; other topicals are judged as topicals.
  if (first?.drugClass === DRUG_CLASSES.opioids) return first.drugClass;
  if (isTopical) return DRUG_CLASSES.topicalAnalgesics;
  return first?.drugClass ?? null;
}

const SIDES: ReadonlyMap<string, Laterality> = new Map([
  ['left', 'LEFT'], ['lt', 'LEFT'], ['right', 'RIGHT'], ['rt', 'RIGHT'],
  ['bilateral', 'BILATERAL'], ['bilaterally', 'BILATERAL'], ['bilat', 'BILATERAL'], ['b/l', 'BILATERAL'], ['both', 'BILATERAL'],
]);
/** Side words that say a side only in front of a region ("both knees", "Rt shoulder"). */
const SIDES_ONLY_BEFORE_A_REGION: ReadonlySet<string> = new Set(['lt', 'rt', 'both']);
/** A side word belongs to a region named within this many words after it ("right lower extremity"). */
const SIDE_REACH_WORDS = 3;
/** "L4-5", "C5-6", "L5-S1", "T12": a spine level names the region. */
const SPINE_LEVEL = /\b([CTL])(?:[1-9]|1[0-2])\b/i;
const SPINE_REGIONS: ReadonlyMap<string, string> = new Map([['c', 'cervical spine'], ['t', 'thoracic spine'], ['l', 'lumbar spine']]);

interface Site {
  bodyRegion: string | null;
  laterality: Laterality | null;
}

function combinedSide(sides: readonly Laterality[]): Laterality | null {
  if (sides.includes('BILATERAL') || (sides.includes('LEFT') && sides.includes('RIGHT'))) return 'BILATERAL';
  return sides[0] ?? null;
}

/**
 * The first region the request names, and the side named for it ("MRI of the left shoulder",
 * "fingers of the right hand"); failing that, a side no region owns ("Right L4 transforaminal
 * ESI"). A side in front of another region ("neck, right hand") is that region's, not the request's.
 */
function siteOf(words: readonly Word[], matchText: string): Site {
  const regions = REGION_INDEX.find(words);
  let bodyRegion = regions[0]?.value ?? null;
  if (bodyRegion === null) {
    const level = SPINE_LEVEL.exec(matchText);
    if (level) bodyRegion = SPINE_REGIONS.get((level[1] ?? '').toLowerCase()) ?? null;
  }
  const ownSides: Laterality[] = [];
  const freeSides: Laterality[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const side = word ? SIDES.get(word.text) : undefined;
    if (!word || side === undefined) continue;
    const reach = words[Math.min(i + SIDE_REACH_WORDS, words.length - 1)]?.end ?? word.end;
    const owner = regions.find((region) => region.start > word.start && region.start <= reach);
    if (owner) {
      if (owner.value === bodyRegion) ownSides.push(side);
    } else if (!SIDES_ONLY_BEFORE_A_REGION.has(word.text)) freeSides.push(side);
  }
  return { bodyRegion, laterality: combinedSide(ownSides) ?? combinedSide(freeSides) };
}

/** `request` = the disputed request as written on the item line (already without the ": Upheld" decision). */
export function describeTreatment(request: string): Treatment {
  const text = request.trim();
  const lower = text.toLowerCase();
  const mayNameService = lower.includes('retro') || lower.includes('dos') || lower.includes('date');
  const isRetrospective = mayNameService && RETROSPECTIVE.test(text);
  const serviceDate = mayNameService ? SERVICE_DATE.exec(text) : null;
  const matchText = withoutLabels(text, lower);
  const words = wordsOf(matchText);
  const { category, subcategory, conceptId, drugs, isTopical, isCompound, productAt } = classify(words, matchText);
  const isPharmaceutical = category === 'PHARMACEUTICALS';

  let name: string;
  let genericName: string | null = null;
  let drugClass: string | null = null;
  if (isPharmaceutical && drugs.length > 0) {
    const first = drugs[0];
    name =
      drugs.length > 1 && isCompound
        ? drugs.map((d) => matchText.slice(d.start, d.end)).join(', ')
        : first
          ? drugNameAt(matchText, first.start, first.end)
          : matchText;
    genericName = drugs.map((d) => d.value.genericName).join('/');
    drugClass = drugClassOf(drugs, isTopical, isCompound);
  } else if (isPharmaceutical) {
    name = drugNameAt(matchText, 0, 0) || matchText;
    drugClass = isCompound ? DRUG_CLASSES.topicalCompounds : isTopical ? DRUG_CLASSES.topicalAnalgesics : null;
  } else {
    name = serviceName(text, matchText);
  }

  const strengths = isPharmaceutical ? strengthsOf(matchText) : [];
  const strength = strengths.length === 0 ? null : isCompound && drugs.length > 1 ? strengths.map((s) => s.text).join(', ') : (strengths[0]?.text ?? null);
  const refills = lower.includes('refill') ? REFILLS.exec(text) : null;
  const { bodyRegion, laterality } = siteOf(words, matchText);
  const { frequencyPerWeek, durationDays } = scheduleOf(text, lower, isPharmaceutical);

  return {
    name,
    conceptId,
    genericName,
    drugClass,
    category,
    subcategory,
    strength,
    quantity: productAt === null ? quantityOf(text, lower, isPharmaceutical) : serviceQuantity(matchText.slice(0, productAt)),
    refills: refills ? countOf(refills[1]) : null,
    retrospective: isRetrospective,
    serviceDate: serviceDate ? isoDate(serviceDate[1] ?? '', serviceDate[2] ?? '', serviceDate[3] ?? '') : null,
    bodyRegion,
    laterality,
    frequencyPerWeek,
    durationDays,
  };
}
