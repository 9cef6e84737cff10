import { InputError } from '../../errors.js';
import type { CaseFilter, CitationFilter, DisputedItemFilter } from '../../store/repository.js';
import type {
  CaseFilter as CaseFilterInput,
  CaseOrder,
  DisputedItemFilter as DisputedItemFilterInput,
  GuidelineCitationFilter as CitationFilterInput,
} from '../generated/resolvers-types.js';

/** GraphQL sends null for "not given"; the repository's filters use absent keys. */
const given = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

function checkDateRange(from: string | undefined, to: string | undefined): void {
  // ISO dates sort as text.
  if (from && to && from > to) throw new InputError(`decidedFrom (${from}) is after decidedTo (${to}).`);
}

const FACETS = ['treatment', 'drugClass', 'category', 'specialty'] as const;

export function caseFilter(input: CaseFilterInput | null | undefined, orderBy: CaseOrder | null | undefined): CaseFilter {
  const filter: CaseFilter = {
    outcome: given(input?.outcome),
    decidedFrom: given(input?.decidedFrom),
    decidedTo: given(input?.decidedTo),
    orderBy: given(orderBy),
  };
  checkDateRange(filter.decidedFrom, filter.decidedTo);
  return filter;
}

export function disputedItemFilter(input: DisputedItemFilterInput | null | undefined): DisputedItemFilter {
  const filter: DisputedItemFilter = {
    treatment: given(input?.treatment)?.trim() || undefined,
    drugClass: given(input?.drugClass)?.trim() || undefined,
    category: given(input?.category),
    specialty: given(input?.specialty)?.trim() || undefined,
    outcome: given(input?.outcome),
    decidedFrom: given(input?.decidedFrom),
    decidedTo: given(input?.decidedTo),
  };
  // Each facet is its own index; combining two would need a scan, so the API asks for one.
  const facets = FACETS.filter((facet) => filter[facet] !== undefined);
  if (facets.length > 1) {
    throw new InputError(`Filter by at most one of ${FACETS.join(', ')}; got ${facets.join(' and ')}. Narrow further with outcome and dates.`);
  }
  checkDateRange(filter.decidedFrom, filter.decidedTo);
  return filter;
}

export function citationFilter(input: CitationFilterInput | null | undefined): CitationFilter {
  return {
    source: given(input?.source),
    section: given(input?.section)?.trim() || undefined,
    citedBy: given(input?.citedBy),
  };
}
