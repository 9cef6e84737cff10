/**
 * The vocabulary as lookups: concepts by id, lineages, search terms and body regions by key. Built
 * on first use, not at module load, so a process that never asks (a Lambda answering other
 * queries) never pays for it.
 */
import { combinationConcept } from './combinations.js';
import { drugClassConcepts, drugConcepts, ingredientConcepts, serviceConcept } from './concepts.js';
import { BODY_REGIONS } from './regions.js';
import { SERVICE_RECORDS } from './services.js';
import { termKey, termKeyCandidates } from './terms.js';
import type { BodyRegion, TreatmentConcept } from './types.js';

interface Vocabulary {
  concepts: readonly TreatmentConcept[];
  byId: ReadonlyMap<string, TreatmentConcept>;
  byTerm: ReadonlyMap<string, readonly string[]>;
  regionsByTerm: ReadonlyMap<string, string>;
  lineages: Map<string, readonly string[]>;
}

let built: Vocabulary | undefined;

function addTerm(byTerm: Map<string, string[]>, text: string, id: string): void {
  const key = termKey(text);
  if (key === '') return;
  const ids = byTerm.get(key);
  if (!ids) byTerm.set(key, [id]);
  else if (!ids.includes(id)) ids.push(id);
}

function build(): Vocabulary {
  const concepts = [...drugConcepts(), ...ingredientConcepts(), ...drugClassConcepts(), ...SERVICE_RECORDS.map(serviceConcept)];
  const byId = new Map<string, TreatmentConcept>();
  for (const concept of concepts) {
    if (byId.has(concept.id)) throw new Error(`Treatment concept ${concept.id} is defined twice`);
    byId.set(concept.id, concept);
  }
  for (const concept of concepts) {
    for (const broader of concept.broader) if (!byId.has(broader)) throw new Error(`${concept.id} names an unknown broader concept ${broader}`);
  }
  const byTerm = new Map<string, string[]>();
  for (const concept of concepts) for (const text of [concept.name, ...concept.synonyms]) addTerm(byTerm, text, concept.id);
  const regionsByTerm = new Map<string, string>();
  for (const region of BODY_REGIONS) {
    for (const text of [region.name, ...region.synonyms]) {
      const key = termKey(text);
      const known = regionsByTerm.get(key);
      if (known !== undefined && known !== region.name) throw new Error(`Body region term "${text}" names both ${known} and ${region.name}`);
      regionsByTerm.set(key, region.name);
    }
  }
  return { concepts, byId, byTerm, regionsByTerm, lineages: new Map() };
}

export function vocabulary(): Vocabulary {
  built ??= build();
  return built;
}

/** The concept with this id: a listed one, or one made from drug concepts (`compound/...`, `combination/...`, `topical/...`). */
export function treatmentConcept(id: string): TreatmentConcept | undefined {
  const { byId } = vocabulary();
  return byId.get(id) ?? combinationConcept(id, (part) => byId.get(part));
}

/** Every listed concept (not the ones made from drug concepts, which are as many as the mixtures requested). */
export function treatmentConcepts(): readonly TreatmentConcept[] {
  return vocabulary().concepts;
}

function lineageOf(id: string): readonly string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const queue = [id];
  // Breadth first: a concept's own broader concepts come before theirs.
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (seen.has(next)) continue;
    seen.add(next);
    order.push(next);
    queue.push(...(treatmentConcept(next)?.broader ?? []));
  }
  return order;
}

/**
 * The concept and every broader concept, transitively (ingredients of a combination, its drug
 * class, group concepts such as "imaging", its category concept), deduplicated, self first. An id
 * the vocabulary does not know is its own lineage.
 */
export function conceptLineage(id: string): readonly string[] {
  const { byId, lineages } = vocabulary();
  const known = lineages.get(id);
  if (known) return known;
  const lineage = lineageOf(id);
  // Listed concepts are few and asked for often; made-up combinations are not kept.
  if (byId.has(id)) lineages.set(id, lineage);
  return lineage;
}

/** Words of a search term that say how much or how strong, not what: "Norco 10/325 mg #120" searches for Norco. */
const AMOUNT_WORD = /^(?:[#\d.\/%-]*\d[\w.\/%-]*|mg|mcg|ml|g|gm|tab|tabs|tablets?|caps?|capsules?|qty|quantity)$/i;

function idsForKey(text: string): string[] | undefined {
  const { byTerm } = vocabulary();
  for (const key of termKeyCandidates(text)) {
    const ids = byTerm.get(key);
    if (ids) return [...ids];
  }
  return undefined;
}

/**
 * The concepts a search term names — preferred name, synonym, brand, generic, ingredient,
 * abbreviation, class — matched without regard to case, spacing, punctuation or Unicode form; a
 * concept id names itself; [] when the vocabulary does not know the term.
 */
export function resolveTreatmentTerm(term: string): string[] {
  const asId = term.trim().toLowerCase();
  if (asId.includes('/') && treatmentConcept(asId)) return [asId];
  const found = idsForKey(term);
  if (found) return found;
  const words = term.split(/\s+/).filter((w) => w !== '');
  const named = words.filter((w) => !AMOUNT_WORD.test(w));
  if (named.length > 0 && named.length < words.length) return idsForKey(named.join(' ')) ?? [];
  return [];
}

/** Every body region, as Treatment.bodyRegion names them. */
export function bodyRegions(): readonly BodyRegion[] {
  return BODY_REGIONS;
}

/** A region term ("low back", "L-spine", "lumbar") → the region name used in Treatment.bodyRegion, or null. */
export function resolveBodyRegion(term: string): string | null {
  const { regionsByTerm } = vocabulary();
  for (const key of termKeyCandidates(term)) {
    const name = regionsByTerm.get(key);
    if (name !== undefined) return name;
  }
  return null;
}
