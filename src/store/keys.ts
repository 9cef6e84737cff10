/**
 * Every key string of the single table, derived here and nowhere else (the repository builds
 * none by hand). Pure functions: tested without an engine.
 *
 * Layout (see docs/data-model.md):
 * - case header      pk CASE#<id>  sk CASE                    the whole case (compressed); the commit point
 * - case pointers    pk CASE#<id>  sk V#<ver>#<kind>...        one per index entry of one version of the case
 * - upload           pk UPLOAD#<id> sk UPLOAD
 * Pointer rows carry gsi1 (the lookup) and gsi2 (the same lookup narrowed by outcome / cited-by).
 */
import type { CaseOutcome, CitedBy, ItemOutcome, TreatmentCategory } from '../domain/determination.js';

export const HEADER_SK = 'CASE';
export const UPLOAD_SK = 'UPLOAD';
export const VERSION_PREFIX = 'V#';

export const casePk = (caseId: string) => `CASE#${caseId}`;
export const uploadPk = (uploadId: string) => `UPLOAD#${uploadId}`;
export const versionPrefix = (ver: string) => `${VERSION_PREFIX}${ver}#`;

/** Facet values are matched case- and space-insensitively; keys have a size limit, so very long values are cut. */
export function facetValue(value: string): string {
  return value.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase().slice(0, 200);
}

/** Sorts before every real date, so undated cases come last when listing newest first. */
export const UNKNOWN_DATE = '0000-00-00';
/** Above any suffix of a sort key that starts with a date ("#" + ids). */
const AFTER_DATE = '#\uffff';

const pad = (n: number, width = 3) => String(n).padStart(width, '0');

export type CaseListOrder = 'INGESTED' | 'DECIDED';
export type ItemFacet = 'ALL' | 'TREATMENT' | 'DRUG_CLASS' | 'CATEGORY' | 'SPECIALTY';
export type CitationFacet = 'ALL' | 'SOURCE' | 'SECTION';

export interface IndexKey {
  pk: string;
  sk: string;
}

/** Partition keys of each lookup; `narrow` is the outcome (or cited-by) that gsi2 adds. */
export const indexPartitions = {
  caseList: (order: CaseListOrder, outcome?: CaseOutcome) => `CASES#${order}${outcome ? `#${outcome}` : ''}`,
  caseNumber: (caseNumber: string) => `CASENO#${caseNumber.trim().toUpperCase()}`,
  items: (facet: ItemFacet, value: string, outcome?: ItemOutcome) =>
    `ITEM#${facet}#${facet === 'ALL' ? '*' : facetValue(value)}${outcome ? `#${outcome}` : ''}`,
  citations: (facet: CitationFacet, value: string, citedBy?: CitedBy) =>
    `CITE#${facet}#${facet === 'ALL' ? '*' : facetValue(value)}${citedBy ? `#${citedBy}` : ''}`,
};

export const categoryValue = (category: TreatmentCategory) => category;

/** Sort keys: newest first is a descending Query on these. */
export const indexSortKeys = {
  caseByIngest: (ingestedAt: string, caseId: string) => `${ingestedAt}#${caseId}`,
  caseByDecision: (decisionDate: string | null, caseId: string) => `${decisionDate ?? UNKNOWN_DATE}#${caseId}`,
  item: (decisionDate: string | null, caseId: string, ordinal: number) => `${decisionDate ?? UNKNOWN_DATE}#${caseId}#${pad(ordinal)}`,
  citation: (decisionDate: string | null, caseId: string, ordinal: number, index: number) =>
    `${decisionDate ?? UNKNOWN_DATE}#${caseId}#${pad(ordinal)}#${pad(index)}`,
};

/** A decision-date range as a sort-key range (inclusive); undated entries fall outside any range. */
export function dateRange(from: string | undefined, to: string | undefined): { low: string; high: string } | null {
  if (!from && !to) return null;
  return { low: from ?? '0001-01-01', high: `${to ?? '9999-12-31'}${AFTER_DATE}` };
}

/** Pointer-row sort keys inside a case partition, all under the version they belong to. */
export const pointerSortKeys = {
  caseList: (ver: string, order: CaseListOrder) => `${versionPrefix(ver)}LIST#${order}`,
  caseNumber: (ver: string) => `${versionPrefix(ver)}NUMBER`,
  item: (ver: string, ordinal: number, facet: ItemFacet, value: string) =>
    `${versionPrefix(ver)}ITEM#${pad(ordinal)}#${facet}#${facet === 'ALL' ? '*' : facetValue(value)}`,
  citation: (ver: string, ordinal: number, index: number, facet: CitationFacet, value: string) =>
    `${versionPrefix(ver)}CITE#${pad(ordinal)}#${pad(index)}#${facet}#${facet === 'ALL' ? '*' : facetValue(value)}`,
};

/**
 * A parser version as a string that sorts like the version: "1.10.0" → "00001.00010.00000".
 * Versions that are not dotted numbers sort as written.
 */
export function sortableParserVersion(version: string): string {
  const core = version.split(/[-+]/)[0] ?? version;
  if (!/^\d+(\.\d+)*$/.test(core)) return version;
  return core
    .split('.')
    .map((part) => part.padStart(5, '0'))
    .join('.');
}

export function compareParserVersions(a: string, b: string): number {
  const [x, y] = [sortableParserVersion(a), sortableParserVersion(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}
