/** What the search index knows of a case: see src/store/case-digest.ts for how it is made and kept. */
import type { CaseOutcome, CitedBy, GuidelineSource, IsoDate, ItemOutcome, Priority, TreatmentCategory } from '../domain/determination.js';

export interface CitationDigest {
  citedBy: CitedBy;
  source: GuidelineSource;
  /** Sections as written and as inferred. */
  sections: string[];
  sectionIds: string[];
}

export interface ItemDigest {
  ordinal: number;
  outcome: ItemOutcome;
  description: string;
  name: string;
  conceptId: string;
  genericName: string | null;
  drugClass: string | null;
  category: TreatmentCategory;
  bodyRegion: string | null;
  citations: CitationDigest[];
}

export interface CaseDigest {
  id: string;
  /** The header's version token: a page's cases are read at this version. */
  ver: string;
  /** When the header was written (the feed's order). */
  committedAt: string;
  caseNumber: string | null;
  decisionDate: IsoDate | null;
  ingestedAt: string;
  priority: Priority | null;
  outcome: CaseOutcome;
  specialties: string[];
  items: ItemDigest[];
}
