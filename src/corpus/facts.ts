/**
 * What a generated letter states, in the format of the sample letters' facts (samples/facts/*.json,
 * read by test/parser/facts.ts), plus the cover block, the UR date and a few keys only the
 * generator knows (`kind`, `notes`). A parser that reads the letter right yields exactly these.
 */
import type { CaseOutcome, CitedBy, GuidelineSource, IsoDate, ItemOutcome, Priority, Sex } from '../domain/determination.js';

export interface CitationFacts {
  citedBy: CitedBy;
  basedOnMtus: boolean;
  source: GuidelineSource;
  /** The MTUS part or guideline as the parser names it ("Low Back Complaints", "Official Disability Guidelines"). */
  title: string | null;
  edition: string | null;
  /** Every section or chapter written in the citation; each appears in one of the parsed sections. */
  sectionsInclude: string[];
  pages: Array<[number, number]>;
}

/** A type, not an interface: the sample checker reads it as a record of fact → value. */
export type TreatmentFacts = {
  /** Part of the treatment's name (brand or generic as written, or the service). */
  nameContains: string;
  strength?: string | null;
  quantity?: number | null;
  refills?: number | null;
  retrospective: boolean;
  serviceDate?: IsoDate;
};

export interface ItemFacts {
  description: string;
  outcome: ItemOutcome;
  medicallyNecessary: boolean;
  /** For a request UR modified: the original request and what the claims administrator authorized. */
  originalRequest?: string;
  authorizedRequest?: string;
  treatment: TreatmentFacts;
  citations: CitationFacts[];
  /** The generator's own label for the kind of request (e.g. "opioid", "imaging"); not a parser field. */
  kind: string;
}

export interface LetterFacts {
  document: string;
  caseNumber: string;
  dateAssigned: IsoDate;
  decisionDate: IsoDate;
  urDenialDate: IsoDate;
  applicationReceivedDate: IsoDate;
  priority: Priority;
  reviewer: { licensureStates: string[]; specialties: string[] };
  injuredWorker: { age: number | null; sex: Sex | null; dateOfInjury: IsoDate; diagnosesInclude: string[] };
  utilizationReview: { date: IsoDate | null };
  caseOutcome: CaseOutcome;
  disputedItems: ItemFacts[];
  notes: string;
}

export interface GeneratedLetter {
  /** `<case number>.txt`: unique per index. */
  fileName: string;
  text: string;
  facts: LetterFacts;
}
