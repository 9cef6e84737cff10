/**
 * A search as it lives in the URL (so it can be bookmarked and shared) and as the API's
 * DisputedItemFilter. Pure: the URL's query string in, the filter out, and back.
 *
 * The search box holds free text (`q`), which is a treatment term, unless the user picked one of its
 * suggestions: then `pick` says which filter the pick set (treatment concept, drug class or guideline
 * section), that filter holds the picked value, and `q` is only the pick's label for display.
 */
import type { CitedBy, DisputedItemFilter, GuidelineSource, ItemOutcome, Priority, TreatmentCategory } from '../generated/graphql.js';
import { CATEGORY_LABELS, GUIDELINE_SOURCE_LABELS, OUTCOME_LABELS, PRIORITY_LABELS } from './labels.js';

/** Disputed items per page of results. */
export const PAGE_SIZE = 25;

export type PickKind = 'treatment' | 'drugClass' | 'section';

export interface SearchState {
  /** What the search box shows. */
  q: string;
  /** Which suggestion the box holds, if the user picked one. */
  pick: PickKind | null;
  /** A treatment concept id, when picked. */
  treatment: string;
  /** A drug class, when picked. */
  drugClass: string;
  /** A guideline section (id or words), from a pick or the section filter. */
  section: string;
  specialty: string;
  outcome: ItemOutcome | null;
  /** YYYY-MM-DD */
  from: string;
  /** YYYY-MM-DD */
  to: string;
  category: TreatmentCategory | null;
  source: GuidelineSource | null;
  citedBy: CitedBy | null;
  priority: Priority | null;
}

export const EMPTY_SEARCH: SearchState = {
  q: '',
  pick: null,
  treatment: '',
  drugClass: '',
  section: '',
  specialty: '',
  outcome: null,
  from: '',
  to: '',
  category: null,
  source: null,
  citedBy: null,
  priority: null,
};

const PICKS: readonly PickKind[] = ['treatment', 'drugClass', 'section'];
const CITED_BY: readonly CitedBy[] = ['CLAIMS_ADMINISTRATOR', 'INDEPENDENT_REVIEWER'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

const keysOf = <T extends string>(labels: Record<T, string>) => Object.keys(labels) as T[];

/** The URL's query string → a search. Anything unknown or malformed is dropped, never guessed. */
export function parseSearch(query: string): SearchState {
  const params = new URLSearchParams(query);
  const text = (name: string) => (params.get(name) ?? '').trim();
  const date = (name: string) => (ISO_DATE.test(text(name)) ? text(name) : '');
  const pick = oneOf(params.get('pick'), PICKS);
  const state: SearchState = {
    q: params.get('q') ?? '',
    pick,
    treatment: pick === 'treatment' ? text('treatment') : '',
    drugClass: pick === 'drugClass' ? text('drugClass') : '',
    section: text('section'),
    specialty: text('specialty'),
    outcome: oneOf(params.get('outcome'), keysOf(OUTCOME_LABELS)),
    from: date('from'),
    to: date('to'),
    category: oneOf(params.get('category'), keysOf(CATEGORY_LABELS)),
    source: oneOf(params.get('source'), keysOf(GUIDELINE_SOURCE_LABELS)),
    citedBy: oneOf(params.get('citedBy'), CITED_BY),
    priority: oneOf(params.get('priority'), keysOf(PRIORITY_LABELS)),
  };
  // A pick without its value is only text.
  if (state.pick && !pickedValue(state)) state.pick = null;
  return state;
}

function pickedValue(state: SearchState): string {
  if (state.pick === 'treatment') return state.treatment;
  if (state.pick === 'drugClass') return state.drugClass;
  if (state.pick === 'section') return state.section;
  return '';
}

/** A search → the URL's query string, in a fixed order and without empty parameters. */
export function formatSearch(state: SearchState): string {
  const params = new URLSearchParams();
  const put = (name: string, value: string | null) => {
    if (value) params.set(name, value);
  };
  put('q', state.q.trim() ? state.q : '');
  put('pick', state.pick);
  if (state.pick === 'treatment') put('treatment', state.treatment);
  if (state.pick === 'drugClass') put('drugClass', state.drugClass);
  put('section', state.section);
  put('specialty', state.specialty);
  put('outcome', state.outcome);
  put('from', state.from);
  put('to', state.to);
  put('category', state.category);
  put('source', state.source);
  put('citedBy', state.citedBy);
  put('priority', state.priority);
  return params.toString();
}

/** The API filter the search means (only the conditions given). */
export function filterOf(state: SearchState): DisputedItemFilter {
  const filter: DisputedItemFilter = {};
  const term = state.q.trim();
  if (state.pick === 'treatment') filter.treatment = state.treatment;
  else if (state.pick === 'drugClass') filter.drugClass = state.drugClass;
  else if (term && state.pick === null) filter.treatment = term;
  if (state.section) filter.guidelineSection = state.section;
  if (state.specialty) filter.specialty = state.specialty;
  if (state.outcome) filter.outcome = state.outcome;
  if (state.from) filter.decidedFrom = state.from;
  if (state.to) filter.decidedTo = state.to;
  if (state.category) filter.category = state.category;
  if (state.source) filter.guidelineSource = state.source;
  if (state.citedBy) filter.citedBy = state.citedBy;
  if (state.priority) filter.priority = state.priority;
  return filter;
}

/** The filter without the search box's own term: what its suggestions are counted under. */
export function filterBesidesBox(state: SearchState): DisputedItemFilter {
  const filter = filterOf(state);
  // Treatment and drug class come only from the box; a section may come from the box or its own filter.
  delete filter.treatment;
  delete filter.drugClass;
  if (state.pick === 'section') delete filter.guidelineSection;
  return filter;
}

/** Typing in the box: free text again, whatever was picked before. */
export function withTypedText(state: SearchState, q: string): SearchState {
  const next: SearchState = { ...state, q, pick: null, treatment: '', drugClass: '' };
  if (state.pick === 'section') next.section = '';
  return next;
}

/** Picking a suggestion: its value goes to its filter and its label into the box. */
export function withPick(state: SearchState, kind: PickKind, value: string, label: string): SearchState {
  const cleared = withTypedText(state, label);
  return { ...cleared, pick: kind, [kind]: value };
}

/** True when the search has no condition at all. */
export function isEmptySearch(state: SearchState): boolean {
  return Object.keys(filterOf(state)).length === 0;
}
