/**
 * The treatment vocabulary: every disputed item's treatment as a concept with an id, a preferred
 * name, synonyms and abbreviations, its DWC category and its broader concepts (a drug's
 * ingredients and class; a service's group; every concept's category). The parser gives each
 * item its concept; the store and the API resolve search terms, filter and group through it.
 * docs/vocabulary.md describes what it holds and where its names come from.
 */
export type { BodyRegion, TreatmentConcept } from './types.js';
export { bodyRegions, conceptLineage, resolveBodyRegion, resolveTreatmentTerm, treatmentConcept, treatmentConcepts } from './vocabulary.js';
