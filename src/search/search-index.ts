/**
 * Every committed case's digest, in memory: any combination of filters, exact counts, outcome
 * statistics and facets. The index only ever holds one version of a case (the newest commit),
 * so counts are exact however often a letter is ingested, re-read or redelivered. Pure: the
 * store feeds it (src/store/case-feed.ts).
 *
 * How a query stays fast at hundreds of thousands of items: items are kept in list order
 * (newest decision first); each filter condition has posting lists (the items with a concept,
 * a section, a specialty, a word, ...) in that same order, so a query walks only the shortest
 * list its conditions name, cut to its decision-date range by binary search, and checks the
 * rest of the filter on those items alone. Groupings and facets count into typed arrays over
 * per-dimension columns of interned keys. Lists, columns and the order are rebuilt lazily after
 * the index changes.
 */
import type { CaseDigest } from './digest.js';
import {
  compileCaseFilter,
  compileCitationFilter,
  compileItemFilter,
  hasItemConditions,
  sectionKeys,
  treatmentIds,
  type CaseFilter,
  type CitationFilter,
  type DisputedItemFilter,
  type ItemConditions,
} from './conditions.js';
import { keysOf, labelOf, synonymsOf, TIME_DIMENSIONS, type Dimension } from './groupings.js';
import { indexCase, type IndexedCase, type IndexedCitation, type IndexedItem, type Labels } from './indexed.js';
import { normalizeTerm, searchText } from './text.js';
import { wilsonInterval, type Interval } from './wilson.js';
import { conceptLineage, resolveBodyRegion } from '../vocabulary/treatments/index.js';

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

/** One pass over the candidates: count every match, keep the first `first` after the cursor. */
function pageOf<T>(
  candidates: readonly T[],
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
  for (const value of candidates) {
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

/** A page of a list whose every element matches: the cursor found by binary search, nothing tested. */
function slicePage<T>(list: readonly T[], positionOf: (value: T) => Position, order: readonly Direction[], after: Position | null, first: number): SearchPage<T> {
  let start = 0;
  if (after !== null) {
    let end = list.length;
    while (start < end) {
      const mid = (start + end) >>> 1;
      if (compare(positionOf(list[mid]!), after, order) <= 0) start = mid + 1;
      else end = mid;
    }
  }
  const nodes = list.slice(start, start + first);
  return { nodes, positions: nodes.map(positionOf), totalCount: list.length, hasNextPage: start + nodes.length < list.length };
}

/** Case-, space- and punctuation-blind prefix match at the start of any word. */
function startsAnyWord(texts: readonly string[], prefix: string): boolean {
  return texts.some((text) => {
    const t = normalizeTerm(text);
    return t.startsWith(prefix) || t.includes(` ${prefix}`) || t.includes(`/${prefix}`) || t.includes(`(${prefix}`);
  });
}

/** A dimension's keys per item, interned: item of rank r has keys values[offsets[r] .. offsets[r+1]). */
interface Column {
  keys: string[];
  offsets: Int32Array;
  values: Int32Array;
}

/** Posting-list families: which item keys each filter condition can be narrowed by. */
type Family = 'concept' | 'generic' | 'word' | 'section' | 'specialty' | 'drugClass' | 'category' | 'bodyRegion' | 'source' | 'priority';

interface Order {
  items: IndexedItem[];
  /** 1 where the item of that rank was overturned. */
  overturned: Uint8Array;
  citations: IndexedCitation[];
  byIngest: IndexedCase[];
  byDecision: IndexedCase[];
  columns: Map<string, Column>;
  postings: Map<Family, Map<string, IndexedItem[]>>;
  /** Unions of posting lists already merged (a term's concepts and words), by family and keys. */
  unions: Map<string, readonly IndexedItem[]>;
}

/** Posting lists a search box's treatment term reads: built as soon as the order is. */
const TYPED_FAMILIES: readonly Family[] = ['concept', 'word', 'generic'];

/** Distinct unions kept per order: a search box asks a few hundred; a hostile client must not grow it without end. */
const UNION_CACHE_LIMIT = 2_000;

/** Where in a list (newest first) the items decided within the range start and end. */
function dateBounds(list: readonly IndexedItem[], from: string | undefined, to: string | undefined): [number, number] {
  const date = (i: number) => list[i]?.case.decisionDate ?? '';
  // First item decided on or before `to`; first item decided before `from` (or undated).
  const lowerBound = (wanted: (d: string) => boolean) => {
    let [lo, hi] = [0, list.length];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (wanted(date(mid))) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const start = to ? lowerBound((d) => d <= to) : 0;
  const end = from ? lowerBound((d) => d < from) : to ? lowerBound((d) => d === '') : list.length;
  return [start, Math.max(start, end)];
}

function dateSlice(list: readonly IndexedItem[], from: string | undefined, to: string | undefined): readonly IndexedItem[] {
  if (!from && !to) return list;
  return list.slice(...dateBounds(list, from, to));
}

const RANGE_CONDITIONS: ReadonlySet<string> = new Set(['outcome', 'decidedFrom', 'decidedTo']);
/** Conditions whose posting list holds exactly the items that meet them (a treatment's also holds items its words only nearly match). */
const EXACT_CONDITIONS: ReadonlySet<string> = new Set(['guidelineSection', 'guidelineSource', 'specialty', 'drugClass', 'category', 'bodyRegion', 'priority']);

/**
 * How a filter's matches can be counted without testing items: 'range' when it has only outcome
 * and dates (a range of the list), 'exact' when it adds one condition with an exact posting list.
 */
function shortcut(filter: ItemConditions): 'range' | 'exact' | null {
  const asked = Object.keys(filter).filter((key) => filter[key as keyof ItemConditions] !== undefined && !RANGE_CONDITIONS.has(key));
  if (asked.length === 0) return 'range';
  if (asked.length !== 1) return null;
  return EXACT_CONDITIONS.has(asked[0]!) || (asked[0] === 'treatment' && isOneWord(filter.treatment ?? '')) ? 'exact' : null;
}

/**
 * A treatment term of one word (what a search box holds while a person types) has an exact list:
 * its concepts', its generic name's and its word's items together, as treatmentTest reads them.
 */
const isOneWord = (term: string) => !searchText(term).trim().includes(' ');

export class SearchIndex {
  private readonly cases = new Map<string, IndexedCase>();
  private readonly labels: Labels = new Map();
  private sorted: Order | null = null;

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

  items(filter: DisputedItemFilter, after: Position | null, first: number): SearchPage<IndexedItem> {
    // No filter, dates only, or one exact condition: every candidate matches, so the page is a slice.
    if (filter.outcome === undefined && shortcut(filter) !== null) return slicePage(this.candidates(filter), itemPosition, ITEM_ORDER, after, first);
    return pageOf(this.candidates(filter), compileItemFilter(filter), itemPosition, ITEM_ORDER, after, first);
  }

  citations(filter: CitationFilter, after: Position | null, first: number): SearchPage<IndexedCitation> {
    const { source, section, ...onItem } = filter;
    const items = this.candidates({ ...onItem, ...(source ? { guidelineSource: source } : {}), ...(section ? { guidelineSection: section } : {}) });
    const citations = items === this.order().items ? this.order().citations : items.flatMap((item) => item.citations);
    return pageOf(citations, compileCitationFilter(filter), citationPosition, CITATION_ORDER, after, first);
  }

  casesPage(filter: CaseFilter, after: Position | null, first: number): SearchPage<IndexedCase> {
    const decided = filter.orderBy === 'DECISION_DATE';
    const order = this.order();
    const test = compileCaseFilter(filter);
    const { outcome: _caseOutcome, itemOutcome, orderBy: _orderBy, ...onItems } = filter;
    // Only cases with a candidate item can meet an item condition.
    const withItem = hasItemConditions(filter)
      ? new Set(this.candidates({ ...onItems, ...(itemOutcome ? { outcome: itemOutcome } : {}) }).map((item) => item.case))
      : null;
    const sorted = decided ? order.byDecision : order.byIngest;
    return pageOf(
      withItem ? sorted.filter((c) => withItem.has(c)) : sorted,
      test,
      decided ? byDecision : byIngest,
      CASE_ORDER,
      after,
      first,
    );
  }

  /** Calls `count(rank)` for the rank of every item the filter matches. */
  private forEachMatch(filter: ItemConditions, count: (rank: number) => void): void {
    const order = this.order();
    const fast = shortcut(filter);
    const wanted = filter.outcome === undefined ? -1 : filter.outcome === 'OVERTURNED' ? 1 : 0;
    if (fast === 'range') {
      const [start, end] = dateBounds(order.items, filter.decidedFrom, filter.decidedTo);
      for (let rank = start; rank < end; rank++) if (wanted < 0 || order.overturned[rank] === wanted) count(rank);
      return;
    }
    if (fast === 'exact') {
      for (const { rank } of this.candidates(filter)) if (wanted < 0 || order.overturned[rank] === wanted) count(rank);
      return;
    }
    const test = compileItemFilter(filter);
    for (const item of this.candidates(filter)) if (test(item)) count(item.rank);
  }

  outcomeStats(groupBy: Dimension, filter: DisputedItemFilter, first: number): OutcomeGroup[] {
    const { overturned: isOverturned } = this.order();
    const { keys, offsets, values } = this.column(groupBy, false);
    const total = new Int32Array(keys.length);
    const overturned = new Int32Array(keys.length);
    this.forEachMatch(filter, (rank) => {
      const over = isOverturned[rank] === 1;
      for (let j = offsets[rank] ?? 0, end = offsets[rank + 1] ?? 0; j < end; j++) {
        const key = values[j] ?? 0;
        total[key] = (total[key] ?? 0) + 1;
        if (over) overturned[key] = (overturned[key] ?? 0) + 1;
      }
    });
    const groups: OutcomeGroup[] = [];
    keys.forEach((key, k) => {
      const n = total[k] ?? 0;
      if (n === 0) return;
      const over = overturned[k] ?? 0;
      groups.push({ key, label: labelOf(key, groupBy, this.labels), total: n, upheld: n - over, overturned: over, overturnRate: over / n, interval: wilsonInterval(over, n) });
    });
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
    const column = this.column(dimension, true);
    const { offsets } = column;
    const wanted = prefix === null ? '' : normalizeTerm(prefix);
    // Which keys the prefix admits, decided once per key rather than once per item.
    const admitted = column.keys.map((key) => !wanted || startsAnyWord([key, labelOf(key, dimension, this.labels), ...synonymsOf(key, dimension)], wanted));
    const counts = new Int32Array(column.keys.length);
    this.forEachMatch(filter, (rank) => {
      for (let j = offsets[rank] ?? 0, end = offsets[rank + 1] ?? 0; j < end; j++) {
        const key = column.values[j] ?? 0;
        if (admitted[key]) counts[key] = (counts[key] ?? 0) + 1;
      }
    });
    const values: FacetValue[] = [];
    column.keys.forEach((value, k) => {
      const count = counts[k] ?? 0;
      if (count > 0) values.push({ value, label: labelOf(value, dimension, this.labels), count });
    });
    values.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
    // A drug of one ingredient reads like the ingredient: a picker shows the broader one (the most items) once.
    const labels = new Set<string>();
    return values.filter((v) => !labels.has(normalizeTerm(v.label)) && labels.add(normalizeTerm(v.label))).slice(0, first);
  }

  /**
   * The items a filter can match, in list order: the shortest posting list any of its conditions
   * names (all items when none narrows), cut to its date range. The filter's test still decides.
   */
  private candidates(filter: ItemConditions): readonly IndexedItem[] {
    const lists: (readonly IndexedItem[])[] = [];
    if (filter.treatment) lists.push(this.treatmentCandidates(filter.treatment));
    if (filter.guidelineSection) lists.push(this.union('section', [...sectionKeys(filter.guidelineSection)]));
    if (filter.specialty) lists.push(this.posting('specialty', normalizeTerm(filter.specialty)));
    if (filter.drugClass) lists.push(this.posting('drugClass', normalizeTerm(filter.drugClass)));
    if (filter.category) lists.push(this.posting('category', filter.category));
    if (filter.bodyRegion) lists.push(this.posting('bodyRegion', normalizeTerm(resolveBodyRegion(filter.bodyRegion) ?? filter.bodyRegion)));
    if (filter.guidelineSource) lists.push(this.posting('source', filter.guidelineSource));
    if (filter.priority) lists.push(this.posting('priority', filter.priority));
    const shortest = lists.reduce<readonly IndexedItem[]>((a, b) => (b.length < a.length ? b : a), this.order().items);
    return dateSlice(shortest, filter.decidedFrom, filter.decidedTo);
  }

  /** What a treatment term can match: its concepts, a generic name as written, or its words in a description. */
  private treatmentCandidates(term: string): readonly IndexedItem[] {
    const words = searchText(term).split(' ').filter(Boolean);
    const wordLists = words.map((word) => this.posting('word', word));
    const rarestWord = wordLists.reduce<readonly IndexedItem[] | null>((a, b) => (a === null || b.length < a.length ? b : a), null) ?? [];
    return this.merge([this.union('concept', [...treatmentIds(term)]), this.posting('generic', normalizeTerm(term)), rarestWord]);
  }

  private union(family: Family, keys: readonly string[]): readonly IndexedItem[] {
    const { unions } = this.order();
    const name = `${family}\u0000${keys.join('\u0000')}`;
    let merged = unions.get(name);
    if (!merged) {
      merged = this.merge(keys.map((key) => this.posting(family, key)));
      if (unions.size >= UNION_CACHE_LIMIT) unions.clear();
      unions.set(name, merged);
    }
    return merged;
  }

  /** Several lists in list order as one, each item once: merged pairwise, as the lists are in order already. */
  private merge(lists: readonly (readonly IndexedItem[])[]): readonly IndexedItem[] {
    return lists.reduce<readonly IndexedItem[]>((a, b) => {
      if (a.length === 0) return b;
      if (b.length === 0) return a;
      const merged: IndexedItem[] = [];
      let [i, j] = [0, 0];
      while (i < a.length || j < b.length) {
        const x = a[i];
        const y = b[j];
        if (y === undefined || (x !== undefined && x.rank < y.rank)) {
          merged.push(x!);
          i++;
        } else {
          if (x === y) i++;
          merged.push(y);
          j++;
        }
      }
      return merged;
    }, []);
  }

  private posting(family: Family, key: string): readonly IndexedItem[] {
    const order = this.order();
    let lists = order.postings.get(family);
    if (!lists) {
      lists = new Map();
      const add = (k: string | null, item: IndexedItem) => {
        if (k === null || k === '') return;
        const list = lists!.get(k);
        if (list) {
          if (list[list.length - 1] !== item) list.push(item);
        } else lists!.set(k, [item]);
      };
      // A few hundred concepts among hundreds of thousands of items: each lineage is looked up once.
      const lineages = new Map<string, readonly string[]>();
      for (const item of order.items) {
        switch (family) {
          case 'concept': {
            let lineage = lineages.get(item.conceptId);
            if (!lineage) lineages.set(item.conceptId, (lineage = conceptLineage(item.conceptId)));
            for (const id of lineage) add(id, item);
            break;
          }
          case 'generic':
            add(item.genericKey, item);
            break;
          case 'word':
            for (const word of new Set(item.words.trim().split(' '))) add(word, item);
            break;
          case 'section':
            for (const citation of item.citations) for (const k of citation.sectionKeys) add(k, item);
            break;
          case 'specialty':
            for (const k of item.case.specialtyKeys) add(k, item);
            break;
          case 'drugClass':
            add(item.drugClassKey, item);
            break;
          case 'category':
            add(item.category, item);
            break;
          case 'bodyRegion':
            add(item.bodyRegionKey, item);
            break;
          case 'source':
            for (const citation of item.citations) add(citation.source, item);
            break;
          case 'priority':
            add(item.case.priority, item);
            break;
        }
      }
      order.postings.set(family, lists);
    }
    return lists.get(key) ?? [];
  }

  private column(dimension: Dimension, broad: boolean): Column {
    const order = this.order();
    const name = `${dimension}${broad ? '+' : ''}`;
    let column = order.columns.get(name);
    if (!column) {
      const numbers = new Map<string, number>();
      const keys: string[] = [];
      const offsets = new Int32Array(order.items.length + 1);
      const values: number[] = [];
      order.items.forEach((item, rank) => {
        for (const key of keysOf(item, dimension, broad)) {
          let k = numbers.get(key);
          if (k === undefined) {
            k = keys.length;
            numbers.set(key, k);
            keys.push(key);
          }
          values.push(k);
        }
        offsets[rank + 1] = values.length;
      });
      column = { keys, offsets, values: Int32Array.from(values) };
      order.columns.set(name, column);
    }
    return column;
  }

  private order(): Order {
    if (this.sorted) return this.sorted;
    const all = [...this.cases.values()];
    // One precomputed key per case: the comparisons of a sort are then plain string comparisons.
    const sortBy = (key: (c: IndexedCase) => string) => {
      const keyed = all.map((c) => ({ c, key: key(c) }));
      keyed.sort((a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));
      return keyed.map((k) => k.c);
    };
    const byDecisionDate = sortBy((c) => `${c.decisionDate ?? ''}\u0000${c.id}`);
    // A case's items are in the letter's order already, so the items' order is the cases'.
    const items = byDecisionDate.flatMap((c) => c.items);
    items.forEach((item, rank) => {
      item.rank = rank;
    });
    this.sorted = {
      items,
      overturned: Uint8Array.from(items, (item) => (item.outcome === 'OVERTURNED' ? 1 : 0)),
      citations: items.flatMap((item) => item.citations),
      byIngest: sortBy((c) => `${c.ingestedAt}\u0000${c.id}`),
      byDecision: byDecisionDate,
      columns: new Map(),
      postings: new Map(),
      unions: new Map(),
    };
    // The lists a typed treatment term walks, built with the order rather than on a keystroke.
    for (const family of TYPED_FAMILIES) this.posting(family, '');
    return this.sorted;
  }
}
