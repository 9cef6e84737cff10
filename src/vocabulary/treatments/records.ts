/**
 * The shape of the vocabulary's data modules (services/*.ts, drugs.ts, drug-classes.ts), before
 * the build (build.ts) turns them into TreatmentConcepts. Private to the vocabulary and the parser.
 */
import type { TreatmentCategory } from '../../domain/determination.js';
import type { TreatmentConcept } from './types.js';

/**
 * A service, group or category concept as written in a data module.
 *
 * `synonyms` are names: a search term resolves through them, and a request naming one names the
 * concept. `cues` only mark the concept in a request ("unit", "therapy", "arthroscop*"): they are
 * too vague, or too partial, to be what a user searches for. A cue ending in "*" matches any word
 * it begins ("x-ray*" → "X-rays").
 */
export interface ServiceRecord {
  id: string;
  name: string;
  kind: 'SERVICE' | 'GROUP' | 'CATEGORY';
  category: TreatmentCategory;
  subcategory: string | null;
  synonyms: readonly string[];
  cues: readonly string[];
  /**
   * Names a search term may use that do not mark the concept in a request, because there they
   * mean another concept: "ultrasound" alone, in a request, is therapeutic ultrasound.
   */
  searchSynonyms: readonly string[];
  broader: readonly string[];
  /**
   * For a combination (EMG/NCS, arthroscopic rotator cuff repair): the concepts it combines. A
   * request naming all of them is the combination; they are also broader concepts of it.
   */
  combines: readonly string[];
}

type Family = Pick<ServiceRecord, 'category' | 'subcategory' | 'broader'>;

interface Words {
  /** Other names; the preferred name is always one. */
  synonyms?: readonly string[];
  cues?: readonly string[];
  searchSynonyms?: readonly string[];
  combines?: readonly string[];
  /** Replaces the family's broader concepts. */
  broader?: readonly string[];
  /** Replaces the family's subcategory. */
  subcategory?: string | null;
}

/** A maker of the services of one family (same category, subcategory and broader concepts). */
export function services(family: Family) {
  return (id: string, name: string, words: Words = {}): ServiceRecord => ({
    id,
    name,
    kind: 'SERVICE',
    category: family.category,
    subcategory: words.subcategory === undefined ? family.subcategory : words.subcategory,
    synonyms: words.synonyms ?? [],
    cues: words.cues ?? [],
    searchSynonyms: words.searchSynonyms ?? [],
    broader: words.broader ?? family.broader,
    combines: words.combines ?? [],
  });
}

/** A group concept (a family of services, usually one DWC subcategory). */
export function group(id: string, name: string, family: Family, words: Words = {}): ServiceRecord {
  return { ...services(family)(id, name, words), kind: 'GROUP' };
}

/** The id of a DWC category's catch-all concept: "category/pharmaceuticals", "category/diagnostic_testing". */
export function categoryConceptId(category: TreatmentCategory): string {
  return `category/${category.toLowerCase()}`;
}

/** A DWC category's catch-all concept. */
export function category(category: TreatmentCategory, name: string, words: Pick<Words, 'synonyms' | 'cues'> = {}): ServiceRecord {
  return {
    id: categoryConceptId(category),
    name,
    kind: 'CATEGORY',
    category,
    subcategory: null,
    synonyms: words.synonyms ?? [],
    cues: words.cues ?? [],
    searchSynonyms: [],
    broader: [],
    combines: [],
  };
}

export type { TreatmentConcept };
