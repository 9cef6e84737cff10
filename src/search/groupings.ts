/**
 * The dimensions items are grouped (outcomeStats) and faceted by: what keys an item has in each,
 * and how a key reads. Pure.
 */
import type { TreatmentCategory } from '../domain/determination.js';
import { sectionConcept } from '../vocabulary/sections/index.js';
import { conceptLineage, treatmentConcept } from '../vocabulary/treatments/index.js';
import type { IndexedItem, Labels } from './indexed.js';

export type Dimension =
  | 'TREATMENT'
  | 'DRUG_CLASS'
  | 'CATEGORY'
  | 'SPECIALTY'
  | 'GUIDELINE_SECTION'
  | 'GUIDELINE_SOURCE'
  | 'BODY_REGION'
  | 'DECISION_MONTH'
  | 'DECISION_YEAR'
  | 'PRIORITY';

/** Dimensions whose groups read as a time series: ordered by key, not by size. */
export const TIME_DIMENSIONS: ReadonlySet<Dimension> = new Set(['DECISION_MONTH', 'DECISION_YEAR']);

const CATEGORY_LABELS: Record<TreatmentCategory, string> = {
  DIAGNOSTIC_TESTING: 'Diagnostic testing',
  DMEPOS: 'Durable medical equipment (DMEPOS)',
  EVALUATION_AND_MANAGEMENT: 'Evaluation and management',
  HOME_HEALTH: 'Home health',
  INJECTION: 'Injections',
  PHARMACEUTICALS: 'Pharmaceuticals',
  PROGRAMS: 'Programs',
  PSYCH_SERVICES: 'Psychological services',
  REHABILITATION: 'Rehabilitation',
  SURGERY: 'Surgery',
  TRANSPORTATION: 'Transportation',
  OTHER: 'Other',
};
const isCategory = (key: string): key is TreatmentCategory => key in CATEGORY_LABELS;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const unique = (keys: readonly (string | null)[]): string[] => [...new Set(keys.filter((k): k is string => k !== null && k !== ''))];

/**
 * The keys an item has in a dimension. `broad` adds every broader treatment concept (a facet of
 * "hydrocodone" counts Norco items); a grouping counts each item once, under its own concept.
 */
export function keysOf(item: IndexedItem, dimension: Dimension, broad = false): readonly string[] {
  switch (dimension) {
    case 'TREATMENT':
      return broad ? conceptLineage(item.conceptId) : [item.conceptId];
    case 'DRUG_CLASS':
      return item.drugClassKey === null ? [] : [item.drugClassKey];
    case 'CATEGORY':
      return [item.category];
    case 'SPECIALTY':
      return item.case.specialtyKeys;
    case 'GUIDELINE_SECTION':
      return item.sectionGroups;
    case 'GUIDELINE_SOURCE':
      return unique(item.citations.map((c) => c.source));
    case 'BODY_REGION':
      return item.bodyRegionKey === null ? [] : [item.bodyRegionKey];
    case 'DECISION_MONTH':
      return item.case.decisionDate === null ? [] : [item.case.decisionDate.slice(0, 7)];
    case 'DECISION_YEAR':
      return item.case.decisionDate === null ? [] : [item.case.decisionDate.slice(0, 4)];
    case 'PRIORITY':
      return item.case.priority === null ? [] : [item.case.priority];
  }
}

export function labelOf(key: string, dimension: Dimension, labels: Labels): string {
  switch (dimension) {
    case 'TREATMENT':
      return treatmentConcept(key)?.name ?? key;
    case 'CATEGORY':
      return isCategory(key) ? CATEGORY_LABELS[key] : key;
    case 'GUIDELINE_SECTION': {
      const concept = sectionConcept(key);
      return concept ? `${concept.name}${concept.part ? ` (${concept.part})` : ''}` : (labels.get(key) ?? key);
    }
    case 'DECISION_MONTH':
      return `${MONTHS[Number(key.slice(5, 7)) - 1] ?? key.slice(5, 7)} ${key.slice(0, 4)}`;
    case 'PRIORITY':
      return key === 'EXPEDITED' ? 'Expedited' : 'Standard';
    case 'GUIDELINE_SOURCE':
    case 'DECISION_YEAR':
      return key;
    case 'DRUG_CLASS':
    case 'SPECIALTY':
    case 'BODY_REGION':
      return labels.get(key) ?? key;
  }
}

/** Other names a key is known by, for prefix search ("norco" finds hydrocodone/acetaminophen). */
export function synonymsOf(key: string, dimension: Dimension): readonly string[] {
  if (dimension === 'TREATMENT') return treatmentConcept(key)?.synonyms ?? [];
  if (dimension === 'GUIDELINE_SECTION') return sectionConcept(key)?.variants ?? [];
  return [];
}
