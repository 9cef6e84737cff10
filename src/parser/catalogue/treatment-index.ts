/**
 * The treatment catalogues as phrase indexes, built once at module load.
 */
import { BODY_REGIONS } from '../../vocabulary/treatments/catalogue.js';
import { DRUGS, type DrugEntry } from './drugs.js';
import { PhraseIndex } from './phrase-index.js';
import { CATEGORY_RULES, COMPOUND_WORDS, PHARMACEUTICAL_FORM_WORDS, TOPICAL_FORM_WORDS, type CategoryRule } from './treatment-categories.js';

export const DRUG_INDEX = new PhraseIndex<DrugEntry>();
for (const drug of DRUGS) for (const name of drug.names) DRUG_INDEX.add(name, drug);

/** Values are positions in CATEGORY_RULES: the lowest position found wins. */
export const CATEGORY_INDEX = new PhraseIndex<number>();
CATEGORY_RULES.forEach((rule: CategoryRule, position: number) => {
  for (const keyword of rule.keywords) CATEGORY_INDEX.add(keyword, position);
});

export type FormWord = 'PHARMACEUTICAL' | 'TOPICAL' | 'COMPOUND';
export const FORM_INDEX = new PhraseIndex<FormWord>();
// The first add of a phrase wins, so the more telling lists go first ("cream" is topical before it is pharmaceutical).
for (const word of COMPOUND_WORDS) FORM_INDEX.add(word, 'COMPOUND');
for (const word of TOPICAL_FORM_WORDS) FORM_INDEX.add(word, 'TOPICAL');
for (const word of PHARMACEUTICAL_FORM_WORDS) FORM_INDEX.add(word, 'PHARMACEUTICAL');

/** Values are region names (Treatment.bodyRegion). */
export const REGION_INDEX = new PhraseIndex<string>();
for (const region of BODY_REGIONS) for (const phrase of [region.name, ...region.synonyms]) REGION_INDEX.add(phrase, region.name);

export { CATEGORY_RULES };
