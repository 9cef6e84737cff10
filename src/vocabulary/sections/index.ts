/**
 * Guideline sections as concepts: the phrasing variants of one MTUS section, ODG chapter or ODG
 * topic are one concept with a stable id. The parser fills `GuidelineCitation.sectionIds` from
 * here; the store and the API filter by a concept id or by any way of writing it.
 */
export type { SectionConcept } from './types.js';
export { resolveSection, resolveSectionTerm, sectionConcept, sectionConcepts } from './resolve.js';
