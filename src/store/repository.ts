import type { DisputedItem, GuidelineCitation } from '../domain/determination.js';
import type { CaseRecord, UploadRecord } from '../domain/records.js';
import type { CaseFilter, CitationFilter, DisputedItemFilter } from '../search/conditions.js';
import type { Dimension } from '../search/groupings.js';
import type { FacetValue, OutcomeGroup } from '../search/search-index.js';

/**
 * What the rest of the application may ask of the store. Every DynamoDB call lives behind
 * this interface; resolvers, handlers and the CLI never build keys.
 */

export interface PageRequest {
  /** Page size; the repository clamps it to MAX_PAGE_SIZE. */
  first: number;
  /** An opaque cursor from a previous page's `endCursor`; a bad one throws ImrError('BAD_CURSOR'). */
  after?: string | null;
}

export interface Page<T> {
  nodes: T[];
  /** One cursor per node (Relay edges). */
  cursors: string[];
  hasNextPage: boolean;
  endCursor: string | null;
  /** How many match in all (every page of the list), exactly. */
  totalCount: number;
}

export type { CaseFilter, CitationFilter, DisputedItemFilter, ItemConditions } from '../search/conditions.js';
export type { Dimension } from '../search/groupings.js';
export type { FacetValue, OutcomeGroup } from '../search/search-index.js';

export interface DisputedItemRecord {
  caseId: string;
  item: DisputedItem;
}

export interface CitationRecord {
  caseId: string;
  itemOrdinal: number;
  /** 0-based position among the item's citations. */
  index: number;
  citation: GuidelineCitation;
}

export type PutCaseResult =
  | { status: 'CREATED'; case: CaseRecord }
  | { status: 'REPLACED'; case: CaseRecord } // an older parserVersion, or a letter with the same case number decided earlier, was replaced (the case keeps its id)
  | { status: 'EXISTS'; case: CaseRecord }; // same letter already stored with this or a newer parserVersion

export const MAX_PAGE_SIZE = 100;

export interface UploadReceipt {
  uploadId: string;
  /** sha256 (hex) of the received bytes. */
  sha256: string;
  sizeBytes: number;
  /** The S3 object version that holds them (versioned bucket), else null. */
  versionId: string | null;
  receivedAt: string;
}

export interface DeterminationRepository {
  getCase(id: string): Promise<CaseRecord | null>;
  /** Batched read for DataLoader; the result is in the order of `ids`. */
  getCases(ids: readonly string[]): Promise<(CaseRecord | null)[]>;
  getCaseByNumber(caseNumber: string): Promise<CaseRecord | null>;
  /** The case stored for a letter's normalised-text hash, if any (a letter that replaced another case by its number is found by number). */
  getCaseByContentHash(contentHash: string): Promise<CaseRecord | null>;
  listCases(filter: CaseFilter, page: PageRequest): Promise<Page<CaseRecord>>;
  listDisputedItems(filter: DisputedItemFilter, page: PageRequest): Promise<Page<DisputedItemRecord>>;
  listCitations(filter: CitationFilter, page: PageRequest): Promise<Page<CitationRecord>>;
  /** Disputed items matching the filter, grouped by one dimension: counts, overturn rate and its Wilson 95% interval. */
  outcomeStats(groupBy: Dimension, filter: DisputedItemFilter, first: number): Promise<OutcomeGroup[]>;
  /** The values of one dimension among the items matching the filter, with their item counts, optionally by prefix. */
  facets(dimension: Dimension, prefix: string | null, filter: DisputedItemFilter, first: number): Promise<FacetValue[]>;

  /**
   * Idempotent write of a parsed case (see PutCaseResult); readers never see a half-written case.
   * One case per case number: a different letter with a number already held replaces the case or
   * throws CaseNumberTakenError (src/store/case-number-succession.ts).
   */
  putCase(record: CaseRecord): Promise<PutCaseResult>;

  /** Creates a PENDING upload; fails with CONFLICT if the id exists. */
  createUpload(upload: UploadRecord): Promise<void>;
  getUpload(id: string): Promise<UploadRecord | null>;
  /**
   * Records that an announced upload received its file (PENDING → received), conditionally: the
   * first file wins, the same file again is a replay and passes, a different one throws
   * UploadAlreadyReceivedError. Returns the upload with the file's facts (no longer PENDING when a
   * delivery of the same file has already finished); NOT_FOUND if never announced.
   */
  receiveUpload(receipt: UploadReceipt): Promise<UploadRecord>;
  /** Overwrites the upload's status, error, case link and file facts. */
  saveUpload(upload: UploadRecord): Promise<void>;
}
