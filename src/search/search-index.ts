/**
 * Every committed case's digest, in memory: any combination of filters, exact counts, outcome
 * statistics and facets are one pass over the items in list order. The index only ever holds
 * one version of a case (the newest commit), so counts are exact however often a letter is
 * ingested, re-read or redelivered. Pure: the store feeds it (src/store/case-feed.ts).
 */
import type { CaseDigest } from './digest.js';
import {
  compileCaseFilter,
  compileCitationFilter,
  compileItemFilter,
  type CaseFilter,
  type CitationFilter,
  type DisputedItemFilter,
} from './conditions.js';
import { keysOf, labelOf, synonymsOf, TIME_DIMENSIONS, type Dimension } from './groupings.js';
import { indexCase, type IndexedCase, type IndexedCitation, type IndexedItem, type Labels } from './indexed.js';
import { normalizeTerm } from './text.js';
import { wilsonInterval, type Interval } from './wilson.js';

/** A place in a list, as a cursor carries it: the sort key of the last element read. */
export type Position = readonly (string | number)[];

export interface SearchPage<T> {
  nodes: T[];
  positions: Position[];
  totalCount: number;
  hasNextPage: boolean;
}

export interface OutcomeGroup {
  key: string;
  label: string;
  total: number;
  upheld: number;
  overturned: number;
  overturnRate: number;
  interval: Interval;
}

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

type Direction = 1 | -1;

/** Newest decision first (undated last), then case id, then the letter's order of items. */
const itemPosition = (item: IndexedItem): Position => [item.case.decisionDate ?? '', item.case.id, item.ordinal];
const ITEM_ORDER: readonly Direction[] = [-1, -1, 1];
const citationPosition = (c: IndexedCitation): Position => [...itemPosition(c.item), c.index];
const CITATION_ORDER: readonly Direction[] = [...ITEM_ORDER, 1];
const CASE_ORDER: readonly Direction[] = [-1, -1];
const byIngest = (c: IndexedCase): Position => [c.ingestedAt, c.id];
const byDecision = (c: IndexedCase): Position => [c.decisionDate ?? '', c.id];

function compare(a: Position, b: Position, order: readonly Direction[]): number {
  for (let i = 0; i < order.length; i++) {
    const [x, y] = [a[i] ?? '', b[i] ?? ''];
    if (x !== y) return (x < y ? -1 : 1) * (order[i] ?? 1);
  }
  return 0;
}

/** One pass: count every match, keep the first `first` after the cursor. */
function pageOf<T>(
  sorted: readonly T[],
  test: (value: T) => boolean,
  positionOf: (value: T) => Position,
  order: readonly Direction[],
  after: Position | null,
  first: number,
): SearchPage<T> {
  const nodes: T[] = [];
  let totalCount = 0;
  let following = 0;
  let passed = after === null;
  for (const value of sorted) {
    if (!test(value)) continue;
    totalCount++;
    if (!passed) {
      if (compare(positionOf(value), after ?? [], order) <= 0) continue;
      passed = true;
    }
    following++;
    if (nodes.length < first) nodes.push(value);
  }
  return { nodes, positions: nodes.map(positionOf), totalCount, hasNextPage: following > nodes.length };
}

/** Case-, space- and punctuation-blind prefix match at the start of any word. */
function startsAnyWord(texts: readonly string[], prefix: string): boolean {
  return texts.some((text) => {
    const t = normalizeTerm(text);
    return t.startsWith(prefix) || t.includes(` ${prefix}`) || t.includes(`/${prefix}`) || t.includes(`(${prefix}`);
  });
}

export class SearchIndex {
  private readonly cases = new Map<string, IndexedCase>();
  private readonly labels: Labels = new Map();
  private sorted: { items: IndexedItem[]; citations: IndexedCitation[]; byIngest: IndexedCase[]; byDecision: IndexedCase[] } | null = null;

  get caseCount(): number {
    return this.cases.size;
  }

  /** The newest commit of a case wins; an older or repeated digest changes nothing. Returns whether it changed the index. */
  apply(digest: CaseDigest): boolean {
    const held = this.cases.get(digest.id);
    if (held && (held.committedAt > digest.committedAt || (held.committedAt === digest.committedAt && held.ver === digest.ver))) return false;
    this.cases.set(digest.id, indexCase(digest, this.labels));
    this.sorted = null;
    return true;
  }

  /** The version of a case the index holds (a page's headers must be read at it). */
  versionOf(caseId: string): string | null {
    return this.cases.get(caseId)?.ver ?? null;
  }

  items(filter: DisputedItemFilter, after: Position | null, first: number): SearchPage<IndexedItem> {
    return pageOf(this.order().items, compileItemFilter(filter), itemPosition, ITEM_ORDER, after, first);
  }

  citations(filter: CitationFilter, after: Position | null, first: number): SearchPage<IndexedCitation> {
    return pageOf(this.order().citations, compileCitationFilter(filter), citationPosition, CITATION_ORDER, after, first);
  }

  casesPage(filter: CaseFilter, after: Position | null, first: number): SearchPage<IndexedCase> {
    const decided = filter.orderBy === 'DECISION_DATE';
    const sorted = decided ? this.order().byDecision : this.order().byIngest;
    return pageOf(sorted, compileCaseFilter(filter), decided ? byDecision : byIngest, CASE_ORDER, after, first);
  }

  outcomeStats(groupBy: Dimension, filter: DisputedItemFilter, first: number): OutcomeGroup[] {
    const test = compileItemFilter(filter);
    const counts = new Map<string, { total: number; overturned: number }>();
    for (const item of this.order().items) {
      if (!test(item)) continue;
      for (const key of keysOf(item, groupBy)) {
        const count = counts.get(key) ?? { total: 0, overturned: 0 };
        count.total++;
        if (item.outcome === 'OVERTURNED') count.overturned++;
        counts.set(key, count);
      }
    }
    const groups = [...counts].map(([key, { total, overturned }]): OutcomeGroup => ({
      key,
      label: labelOf(key, groupBy, this.labels),
      total,
      upheld: total - overturned,
      overturned,
      overturnRate: overturned / total,
      interval: wilsonInterval(overturned, total),
    }));
    if (TIME_DIMENSIONS.has(groupBy)) {
      // A time series: oldest first, and `first` keeps the most recent groups.
      groups.sort((a, b) => (a.key < b.key ? -1 : 1));
      return groups.slice(Math.max(0, groups.length - first));
    }
    groups.sort((a, b) => b.total - a.total || (a.key < b.key ? -1 : 1));
    return groups.slice(0, first);
  }

  /** The values a filter accepts in one dimension, with how many matching items have each, most first. */
  facets(dimension: Dimension, prefix: string | null, filter: DisputedItemFilter, first: number): FacetValue[] {
    const test = compileItemFilter(filter);
    const counts = new Map<string, number>();
    for (const item of this.order().items) {
      if (!test(item)) continue;
      for (const key of keysOf(item, dimension, true)) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const wanted = prefix === null ? '' : normalizeTerm(prefix);
    const values: FacetValue[] = [];
    for (const [value, count] of counts) {
      const label = labelOf(value, dimension, this.labels);
      if (wanted && !startsAnyWord([value, label, ...synonymsOf(value, dimension)], wanted)) continue;
      values.push({ value, label, count });
    }
    values.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
    // A drug of one ingredient reads like the ingredient: a picker shows the broader one (the most items) once.
    const labels = new Set<string>();
    return values.filter((v) => !labels.has(normalizeTerm(v.label)) && labels.add(normalizeTerm(v.label))).slice(0, first);
  }

  private order() {
    if (this.sorted) return this.sorted;
    const all = [...this.cases.values()];
    const items = all.flatMap((c) => c.items).sort((a, b) => compare(itemPosition(a), itemPosition(b), ITEM_ORDER));
    this.sorted = {
      items,
      citations: items.flatMap((item) => item.citations),
      byIngest: [...all].sort((a, b) => compare(byIngest(a), byIngest(b), CASE_ORDER)),
      byDecision: all.sort((a, b) => compare(byDecision(a), byDecision(b), CASE_ORDER)),
    };
    return this.sorted;
  }
}
