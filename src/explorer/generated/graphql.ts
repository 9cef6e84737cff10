/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A case's result across all its disputed items. */
export type CaseOutcome =
  /** Every item's UR decision was overturned: every disputed treatment found medically necessary. */
  | 'OVERTURNED'
  /** Some items upheld, some overturned. */
  | 'PARTIALLY_OVERTURNED'
  /** Every item's UR decision was upheld: no disputed treatment found medically necessary. */
  | 'UPHELD';

/** Who cited a guideline. */
export type CitedBy =
  /** The claims administrator's utilization review (the "Claims Administrator guideline:" paragraph). */
  | 'CLAIMS_ADMINISTRATOR'
  /** The independent expert reviewer (the "MAXIMUS guideline:" paragraph). */
  | 'INDEPENDENT_REVIEWER';

/** A file to be uploaded. */
export type CreateUploadInput = {
  /** The media type the file will be sent with: `application/pdf` or `text/plain`. */
  contentType: string;
  /** The file name, e.g. `CM16-0213037.pdf`. */
  fileName: string;
};

/** Selects disputed items. Any combination may be given; all given conditions must hold. */
export type DisputedItemFilter = {
  /** Only items for this body region, e.g. `lumbar spine`, `knee` (synonyms such as `low back` are understood). */
  bodyRegion?: string | null | undefined;
  /** A DWC treatment category. */
  category?: TreatmentCategory | null | undefined;
  /** With `guidelineSource` or `guidelineSection`: only citations given by this party; alone: items this party cited anything for. */
  citedBy?: CitedBy | null | undefined;
  /** Only items decided on or after this date. */
  decidedFrom?: string | null | undefined;
  /** Only items decided on or before this date (not before `decidedFrom`). */
  decidedTo?: string | null | undefined;
  /** A drug class, e.g. `Opioids` (case and spacing ignored). */
  drugClass?: string | null | undefined;
  /**
   * Only items for which this guideline section was cited: a section id (`GuidelineSection.id`) or any
   * way letters write it ("Opioids, criteria for use" and "Criteria for use of opioids" are one section).
   */
  guidelineSection?: string | null | undefined;
  /** Only items for which this guideline family was cited. */
  guidelineSource?: GuidelineSource | null | undefined;
  /** Only items with this outcome. */
  outcome?: ItemOutcome | null | undefined;
  /** Only items of cases with this priority. */
  priority?: Priority | null | undefined;
  /** The expert reviewer's specialty, e.g. `Orthopedic Surgery` (case and spacing ignored). */
  specialty?: string | null | undefined;
  /**
   * A treatment, through the treatment vocabulary: a concept id (`Treatment.concept.id`), a name,
   * synonym, abbreviation, brand, generic, ingredient or drug class: `Norco`, `hydrocodone` (finds
   * Norco, Vicodin and "Hydrocodone 10/325"), `MRI`, `ESI`, `physical therapy`. Items whose
   * description says the term in so many words are found too, so a term a letter uses never finds nothing.
   */
  treatment?: string | null | undefined;
};

/**
 * Stable error codes. The same codes appear in `IngestError.code` and in `extensions.code` of GraphQL
 * errors (alongside GraphQL's own, such as GRAPHQL_PARSE_FAILED and GRAPHQL_VALIDATION_FAILED).
 */
export type ErrorCode =
  /** A pagination cursor that this API did not issue, or that was altered. */
  | 'BAD_CURSOR'
  /** An argument or input field is malformed or out of range. */
  | 'BAD_USER_INPUT'
  /** The service is misconfigured. */
  | 'CONFIGURATION'
  /** A concurrent write won; try again. */
  | 'CONFLICT'
  /** The PDF is damaged, truncated, or not a PDF despite its name. */
  | 'CORRUPT_PDF'
  /** The file is empty or holds only whitespace. */
  | 'EMPTY_DOCUMENT'
  /** The PDF is encrypted. */
  | 'ENCRYPTED_PDF'
  /** The caller may not do this (for example, a read-only caller calling a mutation). */
  | 'FORBIDDEN'
  /** Something went wrong on the service's side. */
  | 'INTERNAL_SERVER_ERROR'
  /** The file can be read but is not an IMR determination letter. */
  | 'NOT_AN_IMR_LETTER'
  /** Nothing has that id. */
  | 'NOT_FOUND'
  /** The file is larger than `ApiLimits.maxUploadBytes` (sent inline: than `ApiLimits.maxInlineUploadBytes`). */
  | 'PAYLOAD_TOO_LARGE'
  /** No credential reached the API. */
  | 'UNAUTHENTICATED'
  /**
   * The file looks like IMR correspondence (the program's name with MAXIMUS or DWC, or a case number
   * with a decision) but is in a layout the parser neither reads nor recognises. The original is kept;
   * a newer parser may read it.
   */
  | 'UNKNOWN_IMR_LAYOUT'
  /** An IMR letter in a layout that is recognised but not parsed, or a file type that is not read. */
  | 'UNSUPPORTED_DOCUMENT';

/** The family of guideline a citation comes from. */
export type GuidelineSource =
  /** ACOEM practice guidelines cited outside the MTUS. */
  | 'ACOEM'
  /** California's Medical Treatment Utilization Schedule (including the ACOEM chapters it adopted). */
  | 'MTUS'
  /** The Official Disability Guidelines (ODG). */
  | 'ODG'
  /** Anything else: journal articles, drug labels, other guidelines. */
  | 'OTHER';

/** The expert reviewer's decision on one disputed item. */
export type ItemOutcome =
  /** The UR denial is reversed: the treatment is medically necessary. */
  | 'OVERTURNED'
  /** The UR denial stands: the treatment is not medically necessary. */
  | 'UPHELD';

/** The layout a letter was written in. Only FINAL_DETERMINATION letters are parsed in full. */
export type LetterFormat =
  /** The Final Determination Letter used from 2014 onward (cover block, "HOW THE IMR FINAL DETERMINATION WAS MADE"). */
  | 'FINAL_DETERMINATION'
  /** An early MAXIMUS letter with "IMR DECISION(S) AND RATIONALE(S)". */
  | 'MAXIMUS_IMR_EARLY'
  /** A "MEDICAL PROFESSIONAL REVIEW" letter with "ISSUE AT DISPUTE:". */
  | 'MEDICAL_PROFESSIONAL_REVIEW'
  /** The 2013 "Notice of Independent Medical Review Determination" with numbered decisions. */
  | 'NOTICE_2013';

/** How urgently the review was handled. */
export type Priority =
  /** Expedited review (an imminent and serious threat to the worker's health). */
  | 'EXPEDITED'
  /** Standard review. */
  | 'STANDARD';

/** Sex as a letter states it. */
export type Sex =
  /** Female. */
  | 'FEMALE'
  /** Male. */
  | 'MALE';

/** DWC's treatment categories (the vocabulary of its IMR search tool). */
export type TreatmentCategory =
  /** Imaging, electrodiagnostics, lab and pathology, other tests. */
  | 'DIAGNOSTIC_TESTING'
  /** Durable medical equipment, prosthetics, orthotics and supplies. */
  | 'DMEPOS'
  /** Office visits, consultations and specialty evaluations. */
  | 'EVALUATION_AND_MANAGEMENT'
  /** Home health services. */
  | 'HOME_HEALTH'
  /** Injections, including facet injections. */
  | 'INJECTION'
  /** Anything the categories above do not cover. */
  | 'OTHER'
  /** Drugs (see `Treatment.drugClass`). */
  | 'PHARMACEUTICALS'
  /** Programs such as functional restoration or weight loss. */
  | 'PROGRAMS'
  /** Psychological evaluation and therapies. */
  | 'PSYCH_SERVICES'
  /** Acupuncture, chiropractic, physical and occupational therapy, other therapies. */
  | 'REHABILITATION'
  /** Surgery and surgical consultations. */
  | 'SURGERY'
  /** Transportation. */
  | 'TRANSPORTATION';

/** How to send an announced file. */
export type UploadMethod =
  /** HTTP PUT with the file's bytes as the body. */
  | 'PUT';

/** Where an upload stands. */
export type UploadStatus =
  /** The same letter was already stored: `case` is that case. */
  | 'DUPLICATE'
  /** The letter could not be ingested: see `error`. */
  | 'FAILED'
  /** Read and stored as a new case (or replaced one read by an older parser). */
  | 'PARSED'
  /** Announced; the file has not arrived or not been read yet. */
  | 'PENDING';

export type SearchItemsQueryVariables = Exact<{
  filter?: DisputedItemFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type SearchItemsQuery = { disputedItems: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, description: string, treatment: { name: string, concept: { name: string } }, decision: { outcome: ItemOutcome }, case: { id: string, caseNumber: string | null, decisionDate: string | null, reviewer: { specialties: Array<string> } } } }> } };

export type SuggestQueryVariables = Exact<{
  prefix: string;
  filter?: DisputedItemFilter | null | undefined;
}>;


export type SuggestQuery = { treatments: Array<{ value: string, label: string, count: number }>, drugClasses: Array<{ value: string, label: string, count: number }>, sections: Array<{ value: string, label: string, count: number }> };

export type SectionSuggestQueryVariables = Exact<{
  prefix: string;
}>;


export type SectionSuggestQuery = { sections: Array<{ value: string, label: string, count: number }> };

export type SpecialtiesQueryVariables = Exact<{ [key: string]: never; }>;


export type SpecialtiesQuery = { specialties: Array<{ value: string, label: string, count: number }> };

export type OutcomeRatesQueryVariables = Exact<{
  filter?: DisputedItemFilter | null | undefined;
}>;


export type OutcomeRatesQuery = { byTreatment: Array<{ key: string, label: string, total: number, overturned: number, overturnRate: number, interval: { low: number, high: number } }>, bySpecialty: Array<{ key: string, label: string, total: number, overturned: number, overturnRate: number, interval: { low: number, high: number } }>, bySection: Array<{ key: string, label: string, total: number, overturned: number, overturnRate: number, interval: { low: number, high: number } }>, byMonth: Array<{ key: string, label: string, total: number, overturned: number, overturnRate: number, interval: { low: number, high: number } }> };

export type RateGroupFragment = { key: string, label: string, total: number, overturned: number, overturnRate: number, interval: { low: number, high: number } };

export type CasePageQueryVariables = Exact<{
  id: string;
}>;


export type CasePageQuery = { case: { id: string, caseNumber: string | null, decisionDate: string | null, dateAssigned: string | null, urDenialDate: string | null, applicationReceivedDate: string | null, priority: Priority | null, outcome: CaseOutcome, format: LetterFormat, parserVersion: string, ingestedAt: string, reviewer: { licensureStates: Array<string>, specialties: Array<string> }, injuredWorker: { age: number | null, sex: Sex | null, dateOfInjury: string | null, diagnoses: Array<string> }, warnings: Array<{ code: string, message: string, itemOrdinal: number | null }>, disputedItems: Array<{ id: string, ordinal: number, description: string, claimsAdministratorBasis: string | null, independentReviewerBasis: string | null, treatment: { name: string, category: TreatmentCategory, drugClass: string | null, bodyRegion: string | null, concept: { name: string } }, decision: { outcome: ItemOutcome, rationale: string }, warnings: Array<{ code: string, message: string, itemOrdinal: number | null }>, citations: Array<{ id: string, citedBy: CitedBy, source: GuidelineSource, title: string | null, edition: string | null, sections: Array<string>, text: string, pages: Array<{ start: number, end: number }> }> }>, source: { fileName: string, contentType: string, sizeBytes: number, downloadUrl: string } } | null };

export type UploadLimitsQueryVariables = Exact<{ [key: string]: never; }>;


export type UploadLimitsQuery = { viewer: { canWrite: boolean }, limits: { maxUploadBytes: number } };

export type CreateUploadMutationVariables = Exact<{
  input: CreateUploadInput;
}>;


export type CreateUploadMutation = { createUpload: { uploadUrl: string | null, uploadMethod: UploadMethod | null, upload: { id: string } | null, uploadHeaders: Array<{ name: string, value: string }>, errors: Array<{ code: ErrorCode, message: string }> } };

export type UploadStatusQueryVariables = Exact<{
  id: string;
}>;


export type UploadStatusQuery = { upload: { id: string, status: UploadStatus, error: { code: ErrorCode, message: string } | null, case: { id: string, caseNumber: string | null } | null } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const RateGroupFragmentDoc = new TypedDocumentString(`
    fragment RateGroup on OutcomeGroup {
  key
  label
  total
  overturned
  overturnRate
  interval {
    low
    high
  }
}
    `, {"fragmentName":"RateGroup"}) as unknown as TypedDocumentString<RateGroupFragment, unknown>;
export const SearchItemsDocument = new TypedDocumentString(`
    query SearchItems($filter: DisputedItemFilter, $first: Int!, $after: String) {
  disputedItems(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        description
        treatment {
          name
          concept {
            name
          }
        }
        decision {
          outcome
        }
        case {
          id
          caseNumber
          decisionDate
          reviewer {
            specialties
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchItemsQuery, SearchItemsQueryVariables>;
export const SuggestDocument = new TypedDocumentString(`
    query Suggest($prefix: String!, $filter: DisputedItemFilter) {
  treatments: facets(facet: TREATMENT, prefix: $prefix, filter: $filter, first: 6) {
    value
    label
    count
  }
  drugClasses: facets(
    facet: DRUG_CLASS
    prefix: $prefix
    filter: $filter
    first: 3
  ) {
    value
    label
    count
  }
  sections: facets(
    facet: GUIDELINE_SECTION
    prefix: $prefix
    filter: $filter
    first: 4
  ) {
    value
    label
    count
  }
}
    `) as unknown as TypedDocumentString<SuggestQuery, SuggestQueryVariables>;
export const SectionSuggestDocument = new TypedDocumentString(`
    query SectionSuggest($prefix: String!) {
  sections: facets(facet: GUIDELINE_SECTION, prefix: $prefix, first: 8) {
    value
    label
    count
  }
}
    `) as unknown as TypedDocumentString<SectionSuggestQuery, SectionSuggestQueryVariables>;
export const SpecialtiesDocument = new TypedDocumentString(`
    query Specialties {
  specialties: facets(facet: SPECIALTY, first: 200) {
    value
    label
    count
  }
}
    `) as unknown as TypedDocumentString<SpecialtiesQuery, SpecialtiesQueryVariables>;
export const OutcomeRatesDocument = new TypedDocumentString(`
    query OutcomeRates($filter: DisputedItemFilter) {
  byTreatment: outcomeStats(groupBy: TREATMENT, filter: $filter, first: 12) {
    ...RateGroup
  }
  bySpecialty: outcomeStats(groupBy: SPECIALTY, filter: $filter, first: 12) {
    ...RateGroup
  }
  bySection: outcomeStats(groupBy: GUIDELINE_SECTION, filter: $filter, first: 12) {
    ...RateGroup
  }
  byMonth: outcomeStats(groupBy: DECISION_MONTH, filter: $filter, first: 36) {
    ...RateGroup
  }
}
    fragment RateGroup on OutcomeGroup {
  key
  label
  total
  overturned
  overturnRate
  interval {
    low
    high
  }
}`) as unknown as TypedDocumentString<OutcomeRatesQuery, OutcomeRatesQueryVariables>;
export const CasePageDocument = new TypedDocumentString(`
    query CasePage($id: ID!) {
  case(id: $id) {
    id
    caseNumber
    decisionDate
    dateAssigned
    urDenialDate
    applicationReceivedDate
    priority
    outcome
    format
    parserVersion
    ingestedAt
    reviewer {
      licensureStates
      specialties
    }
    injuredWorker {
      age
      sex
      dateOfInjury
      diagnoses
    }
    warnings {
      code
      message
      itemOrdinal
    }
    disputedItems {
      id
      ordinal
      description
      treatment {
        name
        category
        drugClass
        bodyRegion
        concept {
          name
        }
      }
      decision {
        outcome
        rationale
      }
      claimsAdministratorBasis
      independentReviewerBasis
      warnings {
        code
        message
        itemOrdinal
      }
      citations {
        id
        citedBy
        source
        title
        edition
        sections
        pages {
          start
          end
        }
        text
      }
    }
    source {
      fileName
      contentType
      sizeBytes
      downloadUrl
    }
  }
}
    `) as unknown as TypedDocumentString<CasePageQuery, CasePageQueryVariables>;
export const UploadLimitsDocument = new TypedDocumentString(`
    query UploadLimits {
  viewer {
    canWrite
  }
  limits {
    maxUploadBytes
  }
}
    `) as unknown as TypedDocumentString<UploadLimitsQuery, UploadLimitsQueryVariables>;
export const CreateUploadDocument = new TypedDocumentString(`
    mutation CreateUpload($input: CreateUploadInput!) {
  createUpload(input: $input) {
    upload {
      id
    }
    uploadUrl
    uploadMethod
    uploadHeaders {
      name
      value
    }
    errors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CreateUploadMutation, CreateUploadMutationVariables>;
export const UploadStatusDocument = new TypedDocumentString(`
    query UploadStatus($id: ID!) {
  upload(id: $id) {
    id
    status
    error {
      code
      message
    }
    case {
      id
      caseNumber
    }
  }
}
    `) as unknown as TypedDocumentString<UploadStatusQuery, UploadStatusQueryVariables>;