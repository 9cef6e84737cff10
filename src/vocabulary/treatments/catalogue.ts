/**
 * The vocabulary as the parser reads requests with it: the words that mark each drug and each
 * service in a request, in precedence order, and how the concepts a request names reduce to the
 * one its item gets. The parser's catalogues (src/parser/catalogue/) are built from these, so a
 * service's words are written once, in its concept.
 */
import type { TreatmentCategory } from '../../domain/determination.js';
import { topicalDrugId } from './combinations.js';
import { drugConceptId } from './concepts.js';
import { DRUG_CLASSES, DRUGS, type DrugEntry } from './drugs.js';
import { categoryConceptId, type ServiceRecord } from './records.js';
import { SERVICE_RECORDS } from './services.js';
import { conceptLineage, treatmentConcept } from './vocabulary.js';

export { BODY_REGIONS } from './regions.js';
export { drugCombinationId } from './combinations.js';
export { DRUG_CLASSES, type DrugClass, type DrugEntry } from './drugs.js';
export { categoryConceptId };

export interface DrugProduct extends DrugEntry {
  conceptId: string;
}

export const DRUG_PRODUCTS: readonly DrugProduct[] = DRUGS.map((drug) => ({ ...drug, conceptId: drugConceptId(drug) }));

/** Generic name → the concept of its topical form, where one is listed ("Lidocaine ointment" is Lidoderm's kind, not the injectable). */
const TOPICAL_FORMS: ReadonlyMap<string, string> = new Map(
  DRUG_PRODUCTS.filter((d) => d.topical === true && d.compounded !== true).map((d) => [d.genericName, d.conceptId] as const),
);

/**
 * The concept of a drug requested in a topical form: its listed topical product, else the drug as
 * a topical. An opioid stays itself (a fentanyl or buprenorphine patch is judged as an opioid).
 */
export function topicalFormOf(drug: DrugProduct): string {
  if (drug.topical === true || drug.drugClass === DRUG_CLASSES.opioids) return drug.conceptId;
  return TOPICAL_FORMS.get(drug.genericName) ?? topicalDrugId(drug.conceptId);
}

/** The words that mark one concept in a request. */
export interface ServiceWords {
  conceptId: string;
  category: TreatmentCategory;
  subcategory: string | null;
  /** Matched as whole words, without regard to case; a word ending in "*" also matches longer words. */
  words: readonly string[];
}

/**
 * A service's names and cues mark it in a request; a group or category is marked only by its cues
 * (its names are what users search for: "imaging", "surgery").
 */
function requestWords(record: ServiceRecord): string[] {
  const names = record.kind === 'SERVICE' ? [record.name, ...record.synonyms] : [];
  const seen = new Set<string>();
  return [...names, ...record.cues].filter((word) => {
    const key = word.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** In precedence order: where a request names several, the first listed decides (services.ts). */
export const SERVICE_WORDS: readonly ServiceWords[] = SERVICE_RECORDS.map((record) => ({
  conceptId: record.id,
  category: record.category,
  subcategory: record.subcategory,
  words: requestWords(record),
})).filter((entry) => entry.words.length > 0);

const COMBINATIONS: ReadonlyMap<string, readonly ServiceRecord[]> = (() => {
  const byPart = new Map<string, ServiceRecord[]>();
  for (const record of SERVICE_RECORDS) {
    for (const part of record.combines) byPart.set(part, [...(byPart.get(part) ?? []), record]);
  }
  return byPart;
})();

/**
 * The one concept for a request that names `named` (concept ids, in the order written) and whose
 * category `decisive` decided: the most specific named concept under it ("Chiropractic spinal
 * manipulation" is the manipulation), then the combination of it and the others where one is
 * listed ("EMG and NCS of the right lower extremity" is EMG/NCS).
 */
export function serviceConceptOf(decisive: string, named: readonly string[]): string {
  let chosen = decisive;
  let depth = conceptLineage(decisive).length;
  for (const id of named) {
    if (id === chosen) continue;
    const lineage = conceptLineage(id);
    if (lineage.length > depth && lineage.includes(chosen)) {
      chosen = id;
      depth = lineage.length;
    }
  }
  for (const combination of COMBINATIONS.get(chosen) ?? []) {
    if (combination.combines.every((part) => named.includes(part))) return combination.id;
  }
  return chosen;
}

/** The category and subcategory of a concept the parser gave an item. */
export function classificationOf(conceptId: string): { category: TreatmentCategory; subcategory: string | null } | undefined {
  const concept = treatmentConcept(conceptId);
  return concept ? { category: concept.category, subcategory: concept.subcategory } : undefined;
}
