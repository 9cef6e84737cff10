/**
 * What a disputed request asks for: the treatment's name, generic name and drug class, DWC
 * category, strength, quantity, refills, and whether it is retrospective. Pure; the catalogues
 * (src/parser/catalogue/) hold the vocabulary, this file only reads requests with them.
 */
import type { IsoDate, Treatment, TreatmentCategory } from '../domain/determination.js';
import type { DrugEntry } from './catalogue/drugs.js';
import { trimEdges } from './catalogue/keys.js';
import { DRUG_CLASSES } from './catalogue/drugs.js';
import type { PhraseMatch } from './catalogue/phrase-index.js';
import { wordsOf } from './catalogue/phrase-index.js';
import { CATEGORY_INDEX, CATEGORY_RULES, DRUG_INDEX, FORM_INDEX } from './catalogue/treatment-index.js';

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['no', 0], ['zero', 0], ['once', 1], ['one', 1], ['a', 1], ['single', 1], ['twice', 2], ['two', 2], ['three', 3], ['thrice', 3],
  ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
  ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['eighteen', 18], ['twenty', 20], ['twenty-four', 24], ['thirty', 30],
]);
/** A count as written: digits or a number word. */
const COUNT = '(\\d+(?:\\.\\d+)?|no|zero|once|one|single|twice|two|three|thrice|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|twenty|thirty)';

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
/** Sessions: "6 sessions", "Eight (8) physical therapy sessions", "Twelve sessions of", "3 visits" (not "3 visits per week", not "12-18 sessions"). */
const SESSION_COUNT = new RegExp(
  `(?<![-\\d])\\b${COUNT}(?:\\s*\\(\\d+\\))?\\s+(?:[a-z/-]+\\s+){0,3}?(?:sessions?|visits?|treatments?)\\b(?!\\s*(?:a|per|each)\\s+week)|\\b(?:sessions?|visits?)\\s*[,:]\\s*(\\d+)\\b`,
  'i',
);
/** "2 times a week for 4 weeks", "two times a week times six weeks", "3 visits per week for 2 weeks", "twice a week for 3 weeks". */
const FREQUENCY_FOR_WEEKS = new RegExp(
  `(?<![-\\d])\\b(?:${COUNT}\\s*(?:x|times?|visits?|sessions?)|(once|twice|thrice))\\s*(?:(?:a|per|each|\\/)\\s*week|weekly)\\s*,?\\s*(?:for|x|times|over)\\s*(?:the\\s+next\\s+)?${COUNT}\\s*weeks?\\b`,
  'i',
);
/** "2x6", "3 x 4": so many a week for so many weeks, as requests abbreviate it. */
const PER_WEEK_BY_WEEKS = /\b(\d{1,2})\s*x\s*(\d{1,2})\b(?!\s*(?:mg|mcg|ml|g|%|days?|months?))/i;
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
// service request. The name is trimmed of the ", " left before the cut.
const SERVICE_NAME_END = new RegExp(
  [
    `\\b${COUNT}(?:\\s*-\\s*\\d+)?\\s*(?:x(?=\\s*\\d|\\b)|times?\\b|(?:sessions?|visits?|treatments?|hours?)\\b|-?\\s*days?\\s+(?:rental|use|supply))`,
    '\\b(?:once|twice|thrice|additional|QTY|quantity|sessions?|visits?|weekly|DOS|purchase|rental)\\b',
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

function drugNameAt(text: string, start: number, end: number): string {
  const after = text.slice(end);
  const stop = DRUG_NAME_END.exec(after);
  return trimEdges(text.slice(start, end) + (stop ? after.slice(0, stop.index) : after), true);
}

/** Labels can stack: "Associated surgical service: Labs - CBC". */
function withoutLabels(text: string, lower: string): string {
  let rest = lower.startsWith('retro') ? text.replace(RETRO_LABEL, '') : text;
  if (!lower.includes(':') && !lower.includes('-') && !lower.includes('–')) return rest;
  for (let stripped = rest.replace(SERVICE_LABEL, ''); stripped !== rest; stripped = rest.replace(SERVICE_LABEL, '')) rest = stripped;
  return rest;
}

/** `matchText` is the request without its labels. */
function serviceName(text: string, matchText: string): string {
  let name = matchText;
  name = name.replace(SERVICE_LEADING_COUNT, '');
  const stop = SERVICE_NAME_END.exec(name);
  if (stop && stop.index > 0) name = name.slice(0, stop.index);
  return trimEdges(name, true) || text.trim();
}

interface Classification {
  category: TreatmentCategory;
  subcategory: string | null;
  drugs: PhraseMatch<DrugEntry>[];
}

/** The request's category: a procedure that names a drug is the procedure; else a drug; else the first matching rule. */
function classify(matchText: string): Classification & { isTopical: boolean; isCompound: boolean } {
  const words = wordsOf(matchText);
  const drugs = distinctDrugs(DRUG_INDEX.find(words));
  const forms = FORM_INDEX.find(words);
  // Percent strengths are how topicals are written ("Lidocaine 5%", "Ketoprofen 20%").
  const hasPercent = PERCENT_SIGN.test(matchText);
  const isTopical = hasPercent || forms.some((f) => f.value === 'TOPICAL' || f.value === 'COMPOUND') || drugs.some((d) => d.value.topical === true);
  const isCompound = forms.some((f) => f.value === 'COMPOUND') || drugs.some((d) => d.value.compounded === true) || (isTopical && drugs.length > 1);
  let best = Number.POSITIVE_INFINITY;
  for (const match of CATEGORY_INDEX.find(words)) best = Math.min(best, match.value);
  const rule = CATEGORY_RULES[best];
  if (rule && (rule.beforeDrugs === true || drugs.length === 0)) {
    return { category: rule.category, subcategory: rule.subcategory, drugs: [], isTopical, isCompound };
  }
  if (drugs.length > 0 || forms.length > 0) return { category: 'PHARMACEUTICALS', subcategory: null, drugs, isTopical, isCompound };
  return { category: 'OTHER', subcategory: null, drugs: [], isTopical, isCompound };
}

function drugClassOf(drugs: readonly PhraseMatch<DrugEntry>[], isTopical: boolean, isCompound: boolean): string | null {
  const first = drugs[0]?.value;
  if (isCompound) return DRUG_CLASSES.topicalCompounds;
  // Opioid patches (Butrans, Duragesic) are opioids first; other topicals are judged as topicals.
  if (first?.drugClass === DRUG_CLASSES.opioids) return first.drugClass;
  if (isTopical) return DRUG_CLASSES.topicalAnalgesics;
  return first?.drugClass ?? null;
}

/** `request` = the disputed request as written on the item line (already without the ": Upheld" decision). */
export function describeTreatment(request: string): Treatment {
  const text = request.trim();
  const lower = text.toLowerCase();
  const mayNameService = lower.includes('retro') || lower.includes('dos') || lower.includes('date');
  const isRetrospective = mayNameService && RETROSPECTIVE.test(text);
  const serviceDate = mayNameService ? SERVICE_DATE.exec(text) : null;
  const matchText = withoutLabels(text, lower);
  const { category, subcategory, drugs, isTopical, isCompound } = classify(matchText);
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

  return {
    name,
    genericName,
    drugClass,
    category,
    subcategory,
    strength,
    quantity: quantityOf(text, lower, isPharmaceutical),
    refills: refills ? countOf(refills[1]) : null,
    retrospective: isRetrospective,
    serviceDate: serviceDate ? isoDate(serviceDate[1] ?? '', serviceDate[2] ?? '', serviceDate[3] ?? '') : null,
    conceptId: `category/${category.toLowerCase()}`,
    bodyRegion: null,
    laterality: null,
    frequencyPerWeek: null,
    durationDays: null,
  };
}
