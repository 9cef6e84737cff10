/**
 * The typed model of one IMR Final Determination Letter.
 *
 * These field names are the public contract: the CLI's JSON, the store and the GraphQL
 * schema all use them unchanged. Add fields freely; rename none.
 * Absent facts are `null` (never `undefined`) so JSON output always shows every field.
 */

/** ISO 8601 calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

export type Priority = 'STANDARD' | 'EXPEDITED';
export type Sex = 'MALE' | 'FEMALE';
export type ItemOutcome = 'UPHELD' | 'OVERTURNED';
export type CaseOutcome = ItemOutcome | 'PARTIALLY_OVERTURNED';
/** INDEPENDENT_REVIEWER is the letter's "MAXIMUS guideline:" paragraph, the expert reviewer's own basis. */
export type CitedBy = 'CLAIMS_ADMINISTRATOR' | 'INDEPENDENT_REVIEWER';
export type GuidelineSource = 'MTUS' | 'ODG' | 'ACOEM' | 'OTHER';

/**
 * Which layout a letter was written in. Only FINAL_DETERMINATION is parsed in full;
 * the older layouts are recognised (and named in errors or parsed as far as they go).
 */
export type LetterFormat =
  | 'FINAL_DETERMINATION' // 2014 onward: cover block, "HOW THE IMR FINAL DETERMINATION WAS MADE"
  | 'NOTICE_2013' // "Notice of Independent Medical Review Determination", numbered decisions
  | 'MAXIMUS_IMR_EARLY' // "MAXIMUS FEDERAL SERVICES, INC." / "IMR DECISION(S) AND RATIONALE(S)"
  | 'MEDICAL_PROFESSIONAL_REVIEW'; // "MEDICAL PROFESSIONAL REVIEW" / "ISSUE AT DISPUTE:"

/** DWC's own treatment categories (the vocabulary of its IMR search tool). */
export type TreatmentCategory =
  | 'DIAGNOSTIC_TESTING'
  | 'DMEPOS'
  | 'EVALUATION_AND_MANAGEMENT'
  | 'HOME_HEALTH'
  | 'INJECTION'
  | 'PHARMACEUTICALS'
  | 'PROGRAMS'
  | 'PSYCH_SERVICES'
  | 'REHABILITATION'
  | 'SURGERY'
  | 'TRANSPORTATION'
  | 'OTHER';

export interface PageRange {
  start: number;
  end: number;
}

export interface ExpertReviewer {
  licensureStates: string[];
  specialties: string[];
}

export interface InjuredWorker {
  age: number | null;
  sex: Sex | null;
  dateOfInjury: IsoDate | null;
  diagnoses: string[];
}

export interface UtilizationReview {
  /** The date UR decided, as stated in the clinical summary (may differ from the cover's urDenialDate). */
  date: IsoDate | null;
}

export type Laterality = 'LEFT' | 'RIGHT' | 'BILATERAL';

export interface Treatment {
  /** The treatment as requested, whole, e.g. "Norco", "Acupuncture", "MRI of the lumbar spine". */
  name: string;
  /**
   * The treatment vocabulary's concept for this request (src/vocabulary/treatments), e.g.
   * "drug/hydrocodone-acetaminophen", "imaging/mri". Every item has one: a request the vocabulary does
   * not know gets its category's catch-all concept.
   */
  conceptId: string;
  /** Brand names normalised, e.g. Norco → "hydrocodone/acetaminophen". */
  genericName: string | null;
  /** e.g. "Opioids", "Muscle Relaxant", for pharmaceuticals. */
  drugClass: string | null;
  category: TreatmentCategory;
  /** DWC's subcategory where known, e.g. "Imaging/Radiology", "Acupuncture". */
  subcategory: string | null;
  strength: string | null;
  quantity: number | null;
  refills: number | null;
  /** A request for care already given ("Retro", "Retrospective", "(DOS 11/18/16)"). */
  retrospective: boolean;
  serviceDate: IsoDate | null;
  /** The body region the request names, as a vocabulary region name, e.g. "lumbar spine", "shoulder". */
  bodyRegion: string | null;
  laterality: Laterality | null;
  /** Sessions or visits a week, e.g. 2 for "2 times a week for 4 weeks". */
  frequencyPerWeek: number | null;
  /** How long the request runs, in days, e.g. 28 for "for 4 weeks", 30 for "30-day rental". */
  durationDays: number | null;
}

export interface Decision {
  outcome: ItemOutcome;
  /** UPHELD ⇔ not medically necessary; OVERTURNED ⇔ medically necessary. */
  medicallyNecessary: boolean;
  rationale: string;
}

export interface GuidelineCitation {
  citedBy: CitedBy;
  basedOnMtus: boolean;
  source: GuidelineSource;
  /** The MTUS part or guideline, e.g. "Low Back Complaints", "Official Disability Guidelines". */
  title: string | null;
  edition: string | null;
  /** Sections as written, split on the catalogue of known titles. */
  sections: string[];
  /** Sections the catalogue places on the cited pages for a known edition; never mixed with `sections`. */
  inferredSections: string[];
  /**
   * Section concepts (src/vocabulary/sections) of `sections` and `inferredSections`, so phrasing
   * variants ("Opioids, criteria for use", "Criteria for use of opioids") are one section.
   */
  sectionIds: string[];
  pages: PageRange[];
  url: string | null;
  /** The citation as written. */
  text: string;
}

export interface DisputedItem {
  /** 1-based position in the letter. */
  ordinal: number;
  /** The disputed request as written (for a modified request, the remaining portion). */
  description: string;
  /** For a request UR modified: the original request as written. */
  originalRequest: string | null;
  /** For a request UR modified: what the claims administrator authorized. */
  authorizedRequest: string | null;
  treatment: Treatment;
  decision: Decision;
  citations: GuidelineCitation[];
  /** The "Claims Administrator guideline:" paragraph as written (citations or a fixed statement). */
  claimsAdministratorBasis: string | null;
  /** The "MAXIMUS guideline:" paragraph as written. */
  independentReviewerBasis: string | null;
}

export interface ParseWarning {
  /** Stable machine-readable code, e.g. DECISION_CONTRADICTS_RATIONALE, NO_GUIDELINE_PARAGRAPH, UNKNOWN_SECTION. */
  code: string;
  message: string;
  /** The disputed item the warning is about, if any. */
  itemOrdinal: number | null;
}

export interface Determination {
  caseNumber: string | null;
  dateAssigned: IsoDate | null;
  decisionDate: IsoDate | null;
  urDenialDate: IsoDate | null;
  applicationReceivedDate: IsoDate | null;
  priority: Priority | null;
  reviewer: ExpertReviewer;
  injuredWorker: InjuredWorker;
  utilizationReview: UtilizationReview;
  clinicalSummary: string;
  outcome: CaseOutcome;
  disputedItems: DisputedItem[];
  warnings: ParseWarning[];
  format: LetterFormat;
  parserVersion: string;
}
