/**
 * The data modules turned into TreatmentConcepts: services as written, one drug concept per
 * product (its ingredients and class broader), one ingredient concept per active ingredient, one
 * concept per drug class. Pure.
 */
import { categoryConceptId, type ServiceRecord } from './records.js';
import { DRUG_CLASS_RECORDS, INGREDIENT_SYNONYMS } from './drug-classes.js';
import { DRUG_CLASSES, DRUGS, type DrugClass, type DrugEntry } from './drugs.js';
import { slug, termKey } from './terms.js';
import type { TreatmentConcept } from './types.js';

const PHARMACEUTICALS = categoryConceptId('PHARMACEUTICALS');

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** Names that read differently from `name` and from each other ("MRI's" and "MRIs" are one). */
function otherNames(names: readonly string[], name: string): string[] {
  const keys = new Set([termKey(name)]);
  return names.filter((n) => {
    const key = termKey(n);
    if (keys.has(key)) return false;
    keys.add(key);
    return true;
  });
}

export function serviceConcept(record: ServiceRecord): TreatmentConcept {
  return {
    id: record.id,
    name: record.name,
    kind: record.kind,
    category: record.category,
    subcategory: record.subcategory,
    synonyms: otherNames([...record.synonyms, ...record.searchSynonyms], record.name),
    broader: unique([...record.broader, ...record.combines]),
  };
}

export function drugConceptId(drug: DrugEntry): string {
  return drug.id ?? `drug/${slug(drug.genericName)}`;
}

export function ingredientsOf(drug: DrugEntry): readonly string[] {
  return drug.ingredients ?? drug.genericName.split('/').map((name) => name.trim());
}

export function ingredientConceptId(ingredient: string): string {
  return `ingredient/${slug(ingredient)}`;
}

const CLASS_IDS: ReadonlyMap<DrugClass, string> = new Map(DRUG_CLASS_RECORDS.map((c) => [c.name, c.id]));

export function drugClassConceptId(drugClass: DrugClass): string {
  const id = CLASS_IDS.get(drugClass);
  if (id === undefined) throw new Error(`Drug class "${drugClass}" has no concept in drug-classes.ts`);
  return id;
}

/** A compounded product is also a topical compound; another topical product is also a topical analgesic. */
function classesOf(drug: DrugEntry): string[] {
  const classes = [drugClassConceptId(drug.drugClass)];
  if (drug.compounded) classes.push(drugClassConceptId(DRUG_CLASSES.topicalCompounds));
  else if (drug.topical) classes.push(drugClassConceptId(DRUG_CLASSES.topicalAnalgesics));
  return unique(classes);
}

/** Entries that share an id (two brands listed apart) are one concept; they must agree on what it is. */
export function drugConcepts(drugs: readonly DrugEntry[] = DRUGS): TreatmentConcept[] {
  const byId = new Map<string, { first: DrugEntry; names: string[] }>();
  for (const drug of drugs) {
    const id = drugConceptId(drug);
    const known = byId.get(id);
    if (!known) {
      byId.set(id, { first: drug, names: [...drug.names] });
      continue;
    }
    const a = known.first;
    if (a.genericName !== drug.genericName || a.drugClass !== drug.drugClass || a.topical !== drug.topical || a.compounded !== drug.compounded) {
      throw new Error(`Drug entries "${a.names[0]}" and "${drug.names[0]}" share the id ${id} but differ; give one an id`);
    }
    known.names.push(...drug.names);
  }
  return [...byId].map(([id, { first, names }]) => {
    const name = first.conceptName ?? first.genericName;
    return {
      id,
      name,
      kind: 'DRUG',
      category: 'PHARMACEUTICALS',
      subcategory: first.drugClass,
      synonyms: otherNames([first.genericName, ...names], name),
      broader: unique([...ingredientsOf(first).map(ingredientConceptId), ...classesOf(first)]),
    };
  });
}

export function ingredientConcepts(drugs: readonly DrugEntry[] = DRUGS): TreatmentConcept[] {
  const names = unique(drugs.flatMap((d) => ingredientsOf(d)));
  return names.map((name) => ({
    id: ingredientConceptId(name),
    name,
    kind: 'INGREDIENT',
    category: 'PHARMACEUTICALS',
    subcategory: null,
    synonyms: otherNames(INGREDIENT_SYNONYMS[name] ?? [], name),
    broader: [PHARMACEUTICALS],
  }));
}

export function drugClassConcepts(): TreatmentConcept[] {
  return DRUG_CLASS_RECORDS.map((c) => ({
    id: c.id,
    name: c.name,
    kind: 'DRUG_CLASS',
    category: 'PHARMACEUTICALS',
    subcategory: c.name,
    synonyms: otherNames(c.synonyms, c.name),
    broader: [PHARMACEUTICALS],
  }));
}
