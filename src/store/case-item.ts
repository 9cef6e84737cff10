/**
 * The case header and pointer rows as DynamoDB items. The header holds the whole CaseRecord as
 * gzip-compressed JSON (a case with long rationales stays far below the 400 KB item limit), plus
 * a few plain attributes for people reading the table and for conditional writes.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { CaseRecord, UploadRecord } from '../domain/records.js';
import { caseDigest, encodeDigest } from './case-digest.js';
import { casePk, feedKeys, HEADER_SK, uploadPk, UPLOAD_SK } from './keys.js';
import type { PointerRow } from './case-rows.js';

export type Item = Record<string, AttributeValue>;

export interface CaseHeader {
  record: CaseRecord;
  ver: string;
  /** Versions whose pointer rows an interrupted replace left behind (cleared once they are deleted). */
  stale: string | null;
  /** When this version was written: its place in the case feed. */
  committedAt: string;
}

const s = (value: string): AttributeValue => ({ S: value });
const optional = (name: string, value: string | null | undefined): Item => (value ? { [name]: s(value) } : {});

/** The stored form of a case: its JSON, gzip-compressed (the header's `doc`). */
export const caseDocument = (record: CaseRecord): Uint8Array => gzipSync(JSON.stringify(record));

/** `doc`, when given, is caseDocument(header.record), made once by a writer that also measured it. */
export function headerItem(header: CaseHeader, doc: Uint8Array = caseDocument(header.record)): Item {
  const { record } = header;
  return {
    pk: s(casePk(record.id)),
    sk: s(HEADER_SK),
    type: s('CASE'),
    id: s(record.id),
    ver: s(header.ver),
    parserVersion: s(record.parserVersion),
    contentHash: s(record.contentHash),
    outcome: s(record.outcome),
    ingestedAt: s(record.ingestedAt),
    ...optional('caseNumber', record.caseNumber),
    ...optional('decisionDate', record.decisionDate),
    ...optional('stale', header.stale),
    committedAt: s(header.committedAt),
    gsi2pk: s(feedKeys.partition(feedKeys.shardOf(record.id))),
    gsi2sk: s(feedKeys.sortKey(header.committedAt, record.id)),
    dg: { B: encodeDigest(caseDigest(record, header.ver, header.committedAt)) },
    doc: { B: doc },
  };
}

/** A committed case header, not the stand-in item a feed repair killed part-way leaves at its key (src/store/feed-repair.ts). */
export const isCaseHeader = (item: Item): boolean => item.type?.S === 'CASE' && item.doc?.B !== undefined;

export function readHeader(item: Item): CaseHeader {
  const doc = item.doc?.B;
  const ver = item.ver?.S;
  if (!doc || !ver) throw new Error(`Case header ${item.pk?.S ?? '?'} has no document.`);
  const record = JSON.parse(gunzipSync(doc).toString('utf8')) as CaseRecord;
  return { record, ver, stale: item.stale?.S ?? null, committedAt: item.committedAt?.S ?? record.ingestedAt };
}

export function pointerItem(row: PointerRow): Item {
  return {
    pk: s(row.pk),
    sk: s(row.sk),
    type: s('REF'),
    kind: s(row.kind),
    caseId: s(row.caseId),
    ver: s(row.ver),
    gsi1pk: s(row.gsi1.pk),
    gsi1sk: s(row.gsi1.sk),
  };
}

/** What a reader needs from a pointer row found in an index. */
export interface PointerHit {
  caseId: string;
  ver: string;
}

export function readPointer(item: Item): PointerHit {
  const caseId = item.caseId?.S;
  const ver = item.ver?.S;
  if (!caseId || !ver) throw new Error(`Index row ${item.pk?.S ?? '?'} / ${item.sk?.S ?? '?'} is not a pointer.`);
  return { caseId, ver };
}

export function uploadItem(upload: UploadRecord): Item {
  return {
    pk: s(uploadPk(upload.id)),
    sk: s(UPLOAD_SK),
    type: s('UPLOAD'),
    id: s(upload.id),
    status: s(upload.status),
    // The received file's hash, for receiveUpload's condition: one address takes one file.
    ...optional('sha256', upload.sha256),
    doc: s(JSON.stringify(upload)),
  };
}

export function readUpload(item: Item): UploadRecord {
  const doc = item.doc?.S;
  if (!doc) throw new Error(`Upload ${item.pk?.S ?? '?'} has no document.`);
  return JSON.parse(doc) as UploadRecord;
}
