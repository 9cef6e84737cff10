/**
 * Every key string of the single table, derived here and nowhere else (the repository builds
 * none by hand). Pure functions: tested without an engine.
 *
 * Layout (see docs/data-model.md):
 * - case header      pk CASE#<id>  sk CASE                    the whole case (compressed); the commit point;
 *                                                             in the case feed (gsi2) with its search digest
 * - case pointers    pk CASE#<id>  sk V#<ver>#<kind>           one per lookup of one version of the case (gsi1)
 * - upload           pk UPLOAD#<id> sk UPLOAD
 * - case-number claim pk CASENO#<NUMBER> sk CASENO            which case holds an IMR case number (one case per number)
 */
export const HEADER_SK = 'CASE';
export const UPLOAD_SK = 'UPLOAD';
export const VERSION_PREFIX = 'V#';
export const CLAIM_SK = 'CASENO';

export const casePk = (caseId: string) => `CASE#${caseId}`;
export const uploadPk = (uploadId: string) => `UPLOAD#${uploadId}`;
export const versionPrefix = (ver: string) => `${VERSION_PREFIX}${ver}#`;

export interface IndexKey {
  pk: string;
  sk: string;
}

/** A case number as compared: as printed, without regard to case or surrounding space. */
export const canonicalCaseNumber = (caseNumber: string) => caseNumber.trim().toUpperCase();

/** gsi1: a case by its IMR case number (as printed, case-insensitively); also the pk of the number's claim. */
export const caseNumberKeys = {
  partition: (caseNumber: string) => `CASENO#${canonicalCaseNumber(caseNumber)}`,
  pointerSortKey: (ver: string) => `${versionPrefix(ver)}NUMBER`,
};

/**
 * The case feed (gsi2): each committed header under one of a few shards (so a bulk load does not
 * write one partition), sorted by commit time. A replaced case moves to its new commit time.
 */
export const FEED_SHARDS = 4;
export const feedKeys = {
  shardOf: (caseId: string) => Number.parseInt(caseId.slice(-2), 16) % FEED_SHARDS || 0,
  partition: (shard: number) => `FEED#${shard}`,
  sortKey: (committedAt: string, caseId: string) => `${committedAt}#${caseId}`,
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
