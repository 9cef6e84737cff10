/** GraphQL filter inputs → the store's filters, checked: the store never sees a reversed range or a blank term. */
import { InputError } from '../../errors.js';
import type { CaseFilter, CitationFilter, DisputedItemFilter } from '../../store/repository.js';
import type {
  CaseFilter as CaseFilterInput,
  CaseOrder,
  DisputedItemFilter as DisputedItemFilterInput,
  GuidelineCitationFilter as CitationFilterInput,
} from '../generated/resolvers-types.js';

/** GraphQL sends null for "not given"; the store's filters use absent keys. */
const given = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

/** The longest term a filter takes: longer ones are no treatment or section name, only work. */
const MAX_TERM_LENGTH = 200;

function term(name: string, value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  if (trimmed.length > MAX_TERM_LENGTH) throw new InputError(`"${name}" must be at most ${MAX_TERM_LENGTH} characters, got ${trimmed.length}.`);
  return trimmed;
}

/** Drops absent keys, so equal filters are equal objects (a cursor is bound to its filter's text). */
function compact<T extends object>(filter: T): T {
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined)) as T;
}

function checkDateRange(from: string | undefined, to: string | undefined): void {
  // ISO dates sort as text.
  if (from && to && from > to) throw new InputError(`decidedFrom (${from}) is after decidedTo (${to}).`);
}

type SharedInput = Pick<DisputedItemFilterInput, 'treatment' | 'drugClass' | 'category' | 'specialty' | 'decidedFrom' | 'decidedTo' | 'priority' | 'bodyRegion' | 'citedBy'>;

function shared(input: SharedInput | null | undefined) {
  const filter = {
    treatment: term('treatment', input?.treatment),
    drugClass: term('drugClass', input?.drugClass),
    category: given(input?.category),
    specialty: term('specialty', input?.specialty),
    decidedFrom: given(input?.decidedFrom),
    decidedTo: given(input?.decidedTo),
    priority: given(input?.priority),
    bodyRegion: term('bodyRegion', input?.bodyRegion),
    citedBy: given(input?.citedBy),
  };
  checkDateRange(filter.decidedFrom, filter.decidedTo);
  return filter;
}

export function disputedItemFilter(input: DisputedItemFilterInput | null | undefined): DisputedItemFilter {
  return compact({
    ...shared(input),
    outcome: given(input?.outcome),
    guidelineSource: given(input?.guidelineSource),
    guidelineSection: term('guidelineSection', input?.guidelineSection),
  });
}

export function caseFilter(input: CaseFilterInput | null | undefined, orderBy: CaseOrder | null | undefined): CaseFilter {
  return compact({
    ...shared(input),
    outcome: given(input?.outcome),
    itemOutcome: given(input?.itemOutcome),
    guidelineSource: given(input?.guidelineSource),
    guidelineSection: term('guidelineSection', input?.guidelineSection),
    orderBy: given(orderBy),
  });
}

export function citationFilter(input: CitationFilterInput | null | undefined): CitationFilter {
  return compact({
    ...shared(input),
    outcome: given(input?.outcome),
    source: given(input?.source),
    section: term('section', input?.section),
  });
}
