import type {
  CaseOutcome,
  CitedBy,
  DisputedItem,
  GuidelineCitation,
  GuidelineSource,
  IsoDate,
  ItemOutcome,
  TreatmentCategory,
} from '../domain/determination.js';
import type { CaseRecord, UploadRecord } from '../domain/records.js';

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
  /** Present only where it is cheap to know. */
  totalCount?: number;
}

export interface CaseFilter {
  outcome?: CaseOutcome;
  /** Letter decision date range, inclusive. */
  decidedFrom?: IsoDate;
  decidedTo?: IsoDate;
  /** Newest first by this key (default INGESTED_AT). */
  orderBy?: 'INGESTED_AT' | 'DECISION_DATE';
}

/** At most one of treatment / drugClass / category / specialty selects the facet; outcome and dates narrow it. */
export interface DisputedItemFilter {
  /** Generic name (brand names are normalised before lookup), e.g. "hydrocodone/acetaminophen" or "Norco". */
  treatment?: string;
  drugClass?: string;
  category?: TreatmentCategory;
  /** Reviewer specialty, e.g. "Orthopedic Surgery". */
  specialty?: string;
  outcome?: ItemOutcome;
  decidedFrom?: IsoDate;
  decidedTo?: IsoDate;
}

export interface CitationFilter {
  source?: GuidelineSource;
  /** A section title as catalogued, e.g. "Opioids, criteria for use". */
  section?: string;
  citedBy?: CitedBy;
}

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
  | { status: 'REPLACED'; case: CaseRecord } // an older parserVersion was replaced
  | { status: 'EXISTS'; case: CaseRecord }; // same letter already stored with this or a newer parserVersion

export const MAX_PAGE_SIZE = 100;

export interface DeterminationRepository {
  getCase(id: string): Promise<CaseRecord | null>;
  /** Batched read for DataLoader; the result is in the order of `ids`. */
  getCases(ids: readonly string[]): Promise<(CaseRecord | null)[]>;
  getCaseByNumber(caseNumber: string): Promise<CaseRecord | null>;
  /** The case stored for a letter's normalised-text hash, if any. */
  getCaseByContentHash(contentHash: string): Promise<CaseRecord | null>;
  listCases(filter: CaseFilter, page: PageRequest): Promise<Page<CaseRecord>>;
  listDisputedItems(filter: DisputedItemFilter, page: PageRequest): Promise<Page<DisputedItemRecord>>;
  listCitations(filter: CitationFilter, page: PageRequest): Promise<Page<CitationRecord>>;

  /** Idempotent write of a parsed case (see PutCaseResult); readers never see a half-written case. */
  putCase(record: CaseRecord): Promise<PutCaseResult>;

  /** Creates a PENDING upload; fails with CONFLICT if the id exists. */
  createUpload(upload: UploadRecord): Promise<void>;
  getUpload(id: string): Promise<UploadRecord | null>;
  /** Overwrites the upload's status, error, case link and file facts. */
  saveUpload(upload: UploadRecord): Promise<void>;
}
