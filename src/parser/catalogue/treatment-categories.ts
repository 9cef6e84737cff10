/**
 * DWC's treatment categories as the parser decides them. A request's category is that of the
 * treatment concept it names (src/vocabulary/treatments): the words of each service are its
 * concept's names and cues, written once in the vocabulary and tried here in the vocabulary's
 * precedence order, so the first rule with a word in the request wins ("EMG/NCV" before "nerve",
 * "facet injection" before "injection"). `beforeDrugs` rules outrank a drug name in the request
 * ("injection ... of lidocaine" is an injection, not a pharmaceutical); the others only apply when
 * no drug is named.
 *
 * Keywords are matched as whole words, without regard to case; a keyword ending in "*" also
 * matches longer words ("arthroscop*" → arthroscopy, arthroscopic).
 */
import type { TreatmentCategory } from '../../domain/determination.js';
import { SERVICE_WORDS } from '../../vocabulary/treatments/catalogue.js';

/** Procedures and tests decide a request that also names a drug (the drug is given in them). */
const CATEGORIES_BEFORE_DRUGS: ReadonlySet<TreatmentCategory> = new Set(['INJECTION', 'SURGERY', 'DIAGNOSTIC_TESTING']);

export interface CategoryRule {
  /** The vocabulary concept these words name. */
  conceptId: string;
  category: TreatmentCategory;
  subcategory: string | null;
  keywords: readonly string[];
  beforeDrugs?: true;
}

export const CATEGORY_RULES: readonly CategoryRule[] = SERVICE_WORDS.map((service) => ({
  conceptId: service.conceptId,
  category: service.category,
  subcategory: service.subcategory,
  keywords: service.words,
  ...(CATEGORIES_BEFORE_DRUGS.has(service.category) ? { beforeDrugs: true as const } : {}),
}));

/** Words in a request that mark a drug product even when the drug is not in the catalogue. */
export const PHARMACEUTICAL_FORM_WORDS: readonly string[] = [
  'mg', 'mcg', 'tablet*', 'tab', 'tabs', 'capsule*', 'cap', 'caps', 'oral suspension', 'suspension', 'solution', 'syrup',
  'cream', 'gel', 'ointment', 'lotion', 'patch', 'patches', 'spray', 'topical', 'compound*', 'transdermal', 'PO', 'prn', 'QHS', 'BID', 'TID', 'QID', 'refill*',
];

/** Form words that make a drug request topical. */
export const TOPICAL_FORM_WORDS: readonly string[] = ['cream', 'gel', 'ointment', 'lotion', 'patch', 'patches', 'spray', 'topical', 'transdermal', 'roll-on', 'liniment', 'balm', 'cream base', 'pad', 'pads'];

/** Words that mark a pharmacy compound. */
export const COMPOUND_WORDS: readonly string[] = ['compound', 'compounded', 'cream base', 'in cream base', 'gel base', 'in gel base'];
