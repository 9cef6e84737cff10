/** What the vocabularies add to a stored item: its treatment concept and its citations' section concepts. */
import type { GuidelineCitation as StoredCitation } from '../../domain/determination.js';
import { sectionConcept, type SectionConcept } from '../../vocabulary/sections/index.js';
import { treatmentConcept } from '../../vocabulary/treatments/index.js';
import type { TreatmentResolvers } from '../generated/resolvers-types.js';

export const Treatment: TreatmentResolvers = {
  concept: (treatment) => {
    const concept = treatmentConcept(treatment.conceptId);
    // A case stored before its concept was known (or renamed) still names it: never null.
    return concept
      ? { id: concept.id, name: concept.name, kind: concept.kind }
      : { id: treatment.conceptId, name: treatment.name, kind: 'CATEGORY' };
  },
};

export function sectionConceptsOf(citation: StoredCitation): SectionConcept[] {
  return (citation.sectionIds ?? []).map(sectionConcept).filter((concept): concept is SectionConcept => concept !== undefined);
}
