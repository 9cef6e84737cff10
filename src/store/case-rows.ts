/**
 * What one version of a case puts in the indexes: a pointer row per lookup it can be found by.
 * Pointer rows hold no case data, only where to look; the case header holds the case. Readers
 * re-check every pointer against the header they fetch (same version, still matching), so a
 * pointer left over from an interrupted write can never show a mixed or stale case. Pure.
 */
import { createHash } from 'node:crypto';
import type { Determination, DisputedItem, GuidelineCitation } from '../domain/determination.js';
import type { CaseRecord } from '../domain/records.js';
import type { CitationFilter, DisputedItemFilter } from './repository.js';
import {
  casePk,
  facetValue,
  indexPartitions,
  indexSortKeys,
  pointerSortKeys,
  sortableParserVersion,
  type CitationFacet,
  type IndexKey,
  type ItemFacet,
} from './keys.js';

export type PointerKind = 'LIST_INGESTED' | 'LIST_DECIDED' | 'NUMBER' | 'ITEM' | 'CITATION';

export interface PointerRow {
  pk: string;
  sk: string;
  kind: PointerKind;
  caseId: string;
  ver: string;
  /** Item ordinal (ITEM, CITATION). */
  ordinal: number | null;
  /** Citation position within its item (CITATION). */
  index: number | null;
  /** Copied so a case list by ingest time can be narrowed by decision date. */
  decisionDate: string | null;
  gsi1: IndexKey;
  gsi2: IndexKey | null;
}

/** The parts of a case that make a version: the parse, not when or from which file it was ingested. */
function determinationOf(record: CaseRecord): Determination {
  const { id: _id, contentHash: _hash, ingestedAt: _at, source: _source, ...determination } = record;
  return determination;
}

/**
 * The version token: sorts by parser version, and differs when the parse differs, so two
 * ingests of one letter that parsed alike write identical rows and a loser's rows are told apart.
 */
export function versionToken(record: CaseRecord): string {
  const digest = createHash('sha256').update(JSON.stringify(determinationOf(record))).digest('hex').slice(0, 12);
  return `${sortableParserVersion(record.parserVersion).replace(/[#\s]/g, '_')}~${digest}`;
}

export interface Facet<F extends string> {
  facet: F;
  value: string;
}

function uniqueFacets<F extends string>(facets: Facet<F>[]): Facet<F>[] {
  const seen = new Map<string, Facet<F>>();
  for (const f of facets) {
    const value = f.facet === 'ALL' ? '*' : facetValue(f.value);
    if (value !== '') seen.set(`${f.facet}#${value}`, { facet: f.facet, value });
  }
  return [...seen.values()];
}

/** The facets a disputed item is found by (the reviewer's specialties belong to every item of the case). */
export function itemFacets(item: DisputedItem, specialties: readonly string[]): Facet<ItemFacet>[] {
  const t = item.treatment;
  return uniqueFacets<ItemFacet>([
    { facet: 'ALL', value: '*' },
    { facet: 'TREATMENT', value: t.genericName ?? t.name },
    ...(t.drugClass ? [{ facet: 'DRUG_CLASS' as const, value: t.drugClass }] : []),
    { facet: 'CATEGORY', value: t.category },
    ...specialties.map((s) => ({ facet: 'SPECIALTY' as const, value: s })),
  ]);
}

/** Sections as written and as inferred from pages: both answer "decided under section X". */
export function citationFacets(citation: GuidelineCitation): Facet<CitationFacet>[] {
  return uniqueFacets<CitationFacet>([
    { facet: 'ALL', value: '*' },
    { facet: 'SOURCE', value: citation.source },
    ...[...citation.sections, ...citation.inferredSections].map((s) => ({ facet: 'SECTION' as const, value: s })),
  ]);
}

/** The one facet a disputed-item filter selects (ALL when none). */
export function itemFilterFacet(filter: DisputedItemFilter): Facet<ItemFacet> {
  if (filter.treatment) return { facet: 'TREATMENT', value: facetValue(filter.treatment) };
  if (filter.drugClass) return { facet: 'DRUG_CLASS', value: facetValue(filter.drugClass) };
  if (filter.category) return { facet: 'CATEGORY', value: facetValue(filter.category) };
  if (filter.specialty) return { facet: 'SPECIALTY', value: facetValue(filter.specialty) };
  return { facet: 'ALL', value: '*' };
}

/** The section is the most selective part of a citation filter, then the source. */
export function citationFilterFacet(filter: CitationFilter): Facet<CitationFacet> {
  if (filter.section) return { facet: 'SECTION', value: facetValue(filter.section) };
  if (filter.source) return { facet: 'SOURCE', value: facetValue(filter.source) };
  return { facet: 'ALL', value: '*' };
}

const within = (date: string | null, from?: string, to?: string) =>
  (!from && !to) || (date !== null && (!from || date >= from) && (!to || date <= to));

export function itemMatches(item: DisputedItem, record: CaseRecord, filter: DisputedItemFilter): boolean {
  const wanted = itemFilterFacet(filter);
  const facets = itemFacets(item, record.reviewer.specialties);
  return (
    facets.some((f) => f.facet === wanted.facet && f.value === wanted.value) &&
    (!filter.outcome || item.decision.outcome === filter.outcome) &&
    within(record.decisionDate, filter.decidedFrom, filter.decidedTo)
  );
}

export function citationMatches(citation: GuidelineCitation, filter: CitationFilter): boolean {
  const facets = citationFacets(citation);
  const has = (facet: CitationFacet, value: string) => facets.some((f) => f.facet === facet && f.value === facetValue(value));
  return (
    (!filter.section || has('SECTION', filter.section)) &&
    (!filter.source || citation.source === filter.source) &&
    (!filter.citedBy || citation.citedBy === filter.citedBy)
  );
}

/** Every pointer row of one version of a case. `ingestedAt` is when the letter first entered the store. */
export function pointerRows(record: CaseRecord, ver: string): PointerRow[] {
  const pk = casePk(record.id);
  const base = { pk, caseId: record.id, ver, decisionDate: record.decisionDate };
  const rows: PointerRow[] = [];
  rows.push({
    ...base,
    sk: pointerSortKeys.caseList(ver, 'INGESTED'),
    kind: 'LIST_INGESTED',
    ordinal: null,
    index: null,
    gsi1: { pk: indexPartitions.caseList('INGESTED'), sk: indexSortKeys.caseByIngest(record.ingestedAt, record.id) },
    gsi2: { pk: indexPartitions.caseList('INGESTED', record.outcome), sk: indexSortKeys.caseByIngest(record.ingestedAt, record.id) },
  });
  if (record.decisionDate) {
    const sk = indexSortKeys.caseByDecision(record.decisionDate, record.id);
    rows.push({
      ...base,
      sk: pointerSortKeys.caseList(ver, 'DECIDED'),
      kind: 'LIST_DECIDED',
      ordinal: null,
      index: null,
      gsi1: { pk: indexPartitions.caseList('DECIDED'), sk },
      gsi2: { pk: indexPartitions.caseList('DECIDED', record.outcome), sk },
    });
  }
  if (record.caseNumber) {
    rows.push({
      ...base,
      sk: pointerSortKeys.caseNumber(ver),
      kind: 'NUMBER',
      ordinal: null,
      index: null,
      gsi1: { pk: indexPartitions.caseNumber(record.caseNumber), sk: casePk(record.id) },
      gsi2: null,
    });
  }
  for (const item of record.disputedItems) {
    const sk = indexSortKeys.item(record.decisionDate, record.id, item.ordinal);
    for (const { facet, value } of itemFacets(item, record.reviewer.specialties)) {
      rows.push({
        ...base,
        sk: pointerSortKeys.item(ver, item.ordinal, facet, value),
        kind: 'ITEM',
        ordinal: item.ordinal,
        index: null,
        gsi1: { pk: indexPartitions.items(facet, value), sk },
        gsi2: { pk: indexPartitions.items(facet, value, item.decision.outcome), sk },
      });
    }
    item.citations.forEach((citation, index) => {
      const citationSk = indexSortKeys.citation(record.decisionDate, record.id, item.ordinal, index);
      for (const { facet, value } of citationFacets(citation)) {
        rows.push({
          ...base,
          sk: pointerSortKeys.citation(ver, item.ordinal, index, facet, value),
          kind: 'CITATION',
          ordinal: item.ordinal,
          index,
          gsi1: { pk: indexPartitions.citations(facet, value), sk: citationSk },
          gsi2: { pk: indexPartitions.citations(facet, value, citation.citedBy), sk: citationSk },
        });
      }
    });
  }
  return rows;
}
