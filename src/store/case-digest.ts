/**
 * A case's search digest: the few facts of a case that filters, counts, statistics and facets
 * read, small enough that every process can hold all of them in memory (src/search). It rides on
 * the case header (attribute `dg`, copied into the feed index gsi2), so it is committed in the
 * same single write as the case and can never disagree with it. Pure.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import type { CaseRecord } from '../domain/records.js';
import type { CaseDigest, CitationDigest, ItemDigest } from '../search/digest.js';

export type { CaseDigest } from '../search/digest.js';

export function caseDigest(record: CaseRecord, ver: string, committedAt: string): CaseDigest {
  return {
    id: record.id,
    ver,
    committedAt,
    caseNumber: record.caseNumber,
    decisionDate: record.decisionDate,
    ingestedAt: record.ingestedAt,
    priority: record.priority,
    outcome: record.outcome,
    specialties: record.reviewer.specialties,
    items: record.disputedItems.map(
      (item): ItemDigest => ({
        ordinal: item.ordinal,
        outcome: item.decision.outcome,
        description: item.description,
        name: item.treatment.name,
        // Stored before the vocabulary existed: such cases are indexed by their category until re-read.
        conceptId: item.treatment.conceptId ?? `category/${item.treatment.category.toLowerCase()}`,
        genericName: item.treatment.genericName,
        drugClass: item.treatment.drugClass,
        category: item.treatment.category,
        bodyRegion: item.treatment.bodyRegion ?? null,
        citations: item.citations.map(
          (citation): CitationDigest => ({
            citedBy: citation.citedBy,
            source: citation.source,
            sections: [...citation.sections, ...citation.inferredSections],
            sectionIds: citation.sectionIds ?? [],
          }),
        ),
      }),
    ),
  };
}

export const encodeDigest = (digest: CaseDigest): Uint8Array => gzipSync(JSON.stringify(digest));

export function decodeDigest(bytes: Uint8Array): CaseDigest {
  return JSON.parse(gunzipSync(bytes).toString('utf8')) as CaseDigest;
}
