/**
 * What one version of a case puts in the lookup index (gsi1): a pointer row saying where to
 * look, holding no case data. Readers re-check every pointer against the header they fetch
 * (same version, same case number), so a pointer left over from an interrupted write can never
 * show a mixed or stale case. Lists, counts and statistics come from the case feed instead
 * (src/store/case-feed.ts), which is the header itself. Pure.
 */
import { createHash } from 'node:crypto';
import type { Determination } from '../domain/determination.js';
import type { CaseRecord } from '../domain/records.js';
import { caseNumberKeys, casePk, sortableParserVersion, type IndexKey } from './keys.js';

export type PointerKind = 'NUMBER';

export interface PointerRow {
  pk: string;
  sk: string;
  kind: PointerKind;
  caseId: string;
  ver: string;
  gsi1: IndexKey;
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

/** Every pointer row of one version of a case. */
export function pointerRows(record: CaseRecord, ver: string): PointerRow[] {
  if (!record.caseNumber) return [];
  return [
    {
      pk: casePk(record.id),
      sk: caseNumberKeys.pointerSortKey(ver),
      kind: 'NUMBER',
      caseId: record.id,
      ver,
      gsi1: { pk: caseNumberKeys.partition(record.caseNumber), sk: casePk(record.id) },
    },
  ];
}
