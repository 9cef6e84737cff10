/**
 * Filters as the store takes them, and their compiled form: terms resolved through the vocabulary
 * once per query, so matching an item is a few lookups. Pure.
 */
import type { CaseOutcome, CitedBy, GuidelineSource, IsoDate, ItemOutcome, Priority, TreatmentCategory } from '../domain/determination.js';
import { resolveSectionTerm, sectionConcept } from '../vocabulary/sections/index.js';
import { conceptLineage, resolveBodyRegion, resolveTreatmentTerm, treatmentConcept } from '../vocabulary/treatments/index.js';
import { knownSectionCodes, type IndexedCase, type IndexedCitation, type IndexedItem } from './indexed.js';
import { normalizeTerm, searchText } from './text.js';

/** Conditions on one disputed item (and its case). All given conditions must hold. */
export interface ItemConditions {
  /** A treatment term: a concept id, name, synonym, brand, generic, ingredient, class or abbreviation; else words of the description. */
  treatment?: string;
  drugClass?: string;
  category?: TreatmentCategory;
  /** A reviewer specialty, as written on letters (case and spacing ignored). */
  specialty?: string;
  outcome?: ItemOutcome;
  decidedFrom?: IsoDate;
  decidedTo?: IsoDate;
  /** Some citation of the item is of this source (and section and side, when those are given). */
  guidelineSource?: GuidelineSource;
  /** A section concept id or any way of writing it. */
  guidelineSection?: string;
  citedBy?: CitedBy;
  priority?: Priority;
  bodyRegion?: string;
}

export type DisputedItemFilter = ItemConditions;

/** A case matches when its own conditions hold and one of its items meets every item condition. */
export interface CaseFilter extends Omit<ItemConditions, 'outcome'> {
  /** The case's overall outcome. */
  outcome?: CaseOutcome;
  /** The outcome of the matching item. */
  itemOutcome?: ItemOutcome;
  /** Newest first by this key (default INGESTED_AT). */
  orderBy?: 'INGESTED_AT' | 'DECISION_DATE';
}

/** Conditions on a citation (source, section, side) and on the item it supports. */
export interface CitationFilter extends Omit<ItemConditions, 'guidelineSource' | 'guidelineSection'> {
  source?: GuidelineSource;
  section?: string;
}

export type CaseTest = (c: IndexedCase) => boolean;
export type ItemTest = (item: IndexedItem) => boolean;
export type CitationTest = (citation: IndexedCitation) => boolean;

const ALWAYS = () => true;

/** Runs once per item of a query: a plain loop, no closure made per call. */
function all<T>(tests: ((value: T) => boolean)[]): (value: T) => boolean {
  if (tests.length === 0) return ALWAYS;
  if (tests.length === 1) return tests[0] ?? ALWAYS;
  return (value) => {
    for (const test of tests) if (!test(value)) return false;
    return true;
  };
}

/** The concept ids a treatment term names: itself when it is an id. */
export function treatmentIds(term: string): ReadonlySet<string> {
  return new Set(treatmentConcept(term) ? [term] : resolveTreatmentTerm(term));
}

/** Section keys a term matches: concept ids, and the term as written (for sections no concept holds). */
export function sectionKeys(term: string): ReadonlySet<string> {
  const ids = sectionConcept(term) ? [term] : resolveSectionTerm(term);
  return new Set([...ids, normalizeTerm(term)]);
}

export function treatmentTest(term: string): ItemTest {
  const ids = treatmentIds(term);
  const asWritten = normalizeTerm(term);
  const phrase = ` ${searchText(term)} `;
  // One answer per concept: a page of 300,000 items has a few hundred concepts.
  const byConcept = new Map<string, boolean>();
  const conceptMatches = (conceptId: string) => {
    let known = byConcept.get(conceptId);
    if (known === undefined) {
      known = ids.size > 0 && conceptLineage(conceptId).some((id) => ids.has(id));
      byConcept.set(conceptId, known);
    }
    return known;
  };
  // What the letter says also counts, so a term the vocabulary reads differently (or not at all) still finds its items.
  return (item) => conceptMatches(item.conceptId) || item.genericKey === asWritten || item.words.includes(phrase);
}

function caseTests(filter: Omit<ItemConditions, 'outcome'>): CaseTest[] {
  const tests: CaseTest[] = [];
  const { decidedFrom: from, decidedTo: to } = filter;
  if (from || to) tests.push((c) => c.decisionDate !== null && (!from || c.decisionDate >= from) && (!to || c.decisionDate <= to));
  if (filter.specialty) {
    const wanted = normalizeTerm(filter.specialty);
    tests.push((c) => c.specialtyKeys.includes(wanted));
  }
  if (filter.priority) {
    const wanted = filter.priority;
    tests.push((c) => c.priority === wanted);
  }
  return tests;
}

function citationTests(source: GuidelineSource | undefined, section: string | undefined, citedBy: CitedBy | undefined): CitationTest[] {
  const tests: CitationTest[] = [];
  if (source) tests.push((c) => c.source === source);
  if (section) {
    const wanted = knownSectionCodes(sectionKeys(section));
    tests.push((c) => {
      const codes = c.sectionCodes;
      for (let i = 0; i < codes.length; i++) if (wanted.includes(codes[i]!)) return true;
      return false;
    });
  }
  if (citedBy) tests.push((c) => c.citedBy === citedBy);
  return tests;
}

/** Conditions on the item itself, not on its case or citations. */
function ownItemTests(filter: Omit<ItemConditions, 'outcome'>, outcome: ItemOutcome | undefined): ItemTest[] {
  const tests: ItemTest[] = [];
  if (filter.treatment) tests.push(treatmentTest(filter.treatment));
  if (filter.drugClass) {
    const wanted = normalizeTerm(filter.drugClass);
    tests.push((item) => item.drugClassKey === wanted);
  }
  if (filter.category) {
    const wanted = filter.category;
    tests.push((item) => item.category === wanted);
  }
  if (filter.bodyRegion) {
    const wanted = normalizeTerm(resolveBodyRegion(filter.bodyRegion) ?? filter.bodyRegion);
    tests.push((item) => item.bodyRegionKey === wanted);
  }
  if (outcome) tests.push((item) => item.outcome === outcome);
  return tests;
}

function itemTestOf(filter: Omit<ItemConditions, 'outcome'>, outcome: ItemOutcome | undefined, withCase: boolean): ItemTest {
  const tests = ownItemTests(filter, outcome);
  const cited = all(citationTests(filter.guidelineSource, filter.guidelineSection, filter.citedBy));
  if (filter.guidelineSource || filter.guidelineSection || filter.citedBy) {
    tests.push((item) => {
      for (const citation of item.citations) if (cited(citation)) return true;
      return false;
    });
  }
  const onCase = withCase ? caseTests(filter) : [];
  if (onCase.length) {
    const caseTest = all(onCase);
    tests.unshift((item) => caseTest(item.case));
  }
  return all(tests);
}

export function compileItemFilter(filter: ItemConditions): ItemTest {
  return itemTestOf(filter, filter.outcome, true);
}

/** Whether the filter says anything about items (else every case with or without items matches). */
export function hasItemConditions(filter: CaseFilter): boolean {
  return Boolean(
    filter.treatment || filter.drugClass || filter.category || filter.bodyRegion || filter.itemOutcome ||
      filter.guidelineSource || filter.guidelineSection || filter.citedBy,
  );
}

export function compileCaseFilter(filter: CaseFilter): CaseTest {
  const tests = caseTests(filter);
  if (filter.outcome) {
    const wanted = filter.outcome;
    tests.unshift((c) => c.outcome === wanted);
  }
  if (hasItemConditions(filter)) {
    const itemTest = itemTestOf(filter, filter.itemOutcome, false);
    tests.push((c) => c.items.some(itemTest));
  }
  return all(tests);
}

export function compileCitationFilter(filter: CitationFilter): CitationTest {
  const { source: _source, section: _section, citedBy: _citedBy, ...itemFilter } = filter;
  const onItem = itemTestOf(itemFilter, filter.outcome, true);
  const own = all(citationTests(filter.source, filter.section, filter.citedBy));
  return (citation) => own(citation) && onItem(citation.item);
}
