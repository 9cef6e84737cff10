import type { TreatmentCategory } from '../../domain/determination.js';

/**
 * One treatment concept: a drug product, an ingredient, a drug class, a service, a group of
 * services or a DWC category (the catch-all a request of that category gets when nothing more
 * specific is known).
 */
export interface TreatmentConcept {
  /** Lowercase slug with a kind prefix: "drug/hydrocodone-acetaminophen", "ingredient/hydrocodone", "class/opioids", "imaging/mri", "group/imaging", "category/pharmaceuticals". */
  id: string;
  /** The preferred name, e.g. "hydrocodone/acetaminophen", "MRI", "Epidural steroid injection". */
  name: string;
  kind: 'DRUG' | 'INGREDIENT' | 'DRUG_CLASS' | 'SERVICE' | 'GROUP' | 'CATEGORY';
  category: TreatmentCategory;
  /** DWC's subcategory (for drugs and classes, the drug class), or null. */
  subcategory: string | null;
  /** Other names a search term may use: brands, generic spellings, abbreviations ("ESI", "Norco"). */
  synonyms: readonly string[];
  /** Ids of the concepts an item of this one also counts as (ingredients, class, group, category). */
  broader: readonly string[];
}

/** A body region as Treatment.bodyRegion names it. */
export interface BodyRegion {
  /** "region/lumbar-spine". */
  id: string;
  /** The name used in Treatment.bodyRegion, e.g. "lumbar spine". */
  name: string;
  /** Ways requests write it: "low back", "L-spine", "lumbar". */
  synonyms: readonly string[];
}
