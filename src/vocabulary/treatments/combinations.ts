/**
 * Concepts made from drug concepts rather than listed: a pharmacy compound ("Flurbiprofen 20%,
 * Baclofen 5%, ... in cream base") is "compound/baclofen+flurbiprofen+...", several drugs in one
 * request "combination/...", a drug in a topical form no listed product has ("Ketoprofen cream")
 * "topical/ketoprofen". Parts are drug concept slugs, sorted, so one mixture written in any order
 * is one concept; each part (and through it each ingredient and class) is a broader concept, so a
 * search for any ingredient finds the compound. Pure.
 */
import { categoryConceptId } from './records.js';
import type { TreatmentConcept } from './types.js';

const DRUG = 'drug/';
const COMPOUND = 'compound/';
const COMBINATION = 'combination/';
const TOPICAL = 'topical/';
const PART_SEPARATOR = '+';
const TOPICAL_COMPOUNDS = 'class/topical-compounds';
const TOPICAL_ANALGESICS = 'class/topical-analgesics';

/**
 * The concept id of drugs named together: a compound of one or more, a combination of two or more
 * (one drug alone is its own concept, returned as is).
 */
export function drugCombinationId(drugIds: readonly string[], isCompound: boolean): string {
  const parts = [...new Set(drugIds)].map((id) => id.slice(DRUG.length)).sort();
  if (!isCompound && parts.length === 1) return `${DRUG}${parts[0]}`;
  return `${isCompound ? COMPOUND : COMBINATION}${parts.join(PART_SEPARATOR)}`;
}

/** The concept of a drug in a topical form (for a drug no listed topical product has). */
export function topicalDrugId(drugId: string): string {
  return `${TOPICAL}${drugId.slice(DRUG.length)}`;
}

function topicalConcept(id: string, drugConcept: (id: string) => TreatmentConcept | undefined): TreatmentConcept | undefined {
  const drug = drugConcept(`${DRUG}${id.slice(TOPICAL.length)}`);
  if (drug?.kind !== 'DRUG') return undefined;
  return {
    id,
    name: `${drug.name} (topical)`,
    kind: 'DRUG',
    category: 'PHARMACEUTICALS',
    subcategory: 'Topical Analgesics',
    synonyms: [],
    broader: [drug.id, TOPICAL_ANALGESICS],
  };
}

/** The concept a made-up id names, or undefined when it is not one or names a drug the vocabulary lacks. */
export function combinationConcept(id: string, drugConcept: (id: string) => TreatmentConcept | undefined): TreatmentConcept | undefined {
  if (id.startsWith(TOPICAL)) return topicalConcept(id, drugConcept);
  const isCompound = id.startsWith(COMPOUND);
  if (!isCompound && !id.startsWith(COMBINATION)) return undefined;
  const parts = id.slice(isCompound ? COMPOUND.length : COMBINATION.length).split(PART_SEPARATOR);
  if (parts.length < (isCompound ? 1 : 2)) return undefined;
  // Only the canonical spelling (sorted, no repeats) is an id, so one mixture has one id.
  if (parts.some((part, i) => part === '' || (i > 0 && part <= (parts[i - 1] ?? '')))) return undefined;
  const drugs: TreatmentConcept[] = [];
  for (const part of parts) {
    const drug = drugConcept(`${DRUG}${part}`);
    if (drug?.kind !== 'DRUG') return undefined;
    drugs.push(drug);
  }
  const names = drugs.map((d) => d.name);
  return {
    id,
    name: isCompound ? `${names.join(', ')} (compound)` : names.join(' + '),
    kind: 'DRUG',
    category: 'PHARMACEUTICALS',
    subcategory: isCompound ? 'Topical Compounds' : null,
    synonyms: [],
    broader: [...drugs.map((d) => d.id), isCompound ? TOPICAL_COMPOUNDS : categoryConceptId('PHARMACEUTICALS')],
  };
}
