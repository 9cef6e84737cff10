/**
 * Every operation the explorer sends, as a partner's front end would send them. Codegen
 * (`npm run codegen`, codegen.yml) types each one against schema/*.graphql into ../generated.
 */
import { graphql } from '../generated/index.js';

/** One page of the result table, with the exact count of every match. */
export const SearchItemsQuery = graphql(`
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
`);

/** What the search box suggests for a prefix: treatments (drugs, ingredients, procedures...), drug classes and guideline sections. */
export const SuggestQuery = graphql(`
  query Suggest($prefix: String!, $filter: DisputedItemFilter) {
    treatments: facets(facet: TREATMENT, prefix: $prefix, filter: $filter, first: 6) {
      value
      label
      count
    }
    drugClasses: facets(facet: DRUG_CLASS, prefix: $prefix, filter: $filter, first: 3) {
      value
      label
      count
    }
    sections: facets(facet: GUIDELINE_SECTION, prefix: $prefix, filter: $filter, first: 4) {
      value
      label
      count
    }
  }
`);

/** Guideline sections for the section filter's own suggestions. */
export const SectionSuggestQuery = graphql(`
  query SectionSuggest($prefix: String!) {
    sections: facets(facet: GUIDELINE_SECTION, prefix: $prefix, first: 8) {
      value
      label
      count
    }
  }
`);

/** The specialties the specialty filter offers (every one, most items first). */
export const SpecialtiesQuery = graphql(`
  query Specialties {
    specialties: facets(facet: SPECIALTY, first: 200) {
      value
      label
      count
    }
  }
`);

/** Overturn rates of the current search by treatment, specialty, guideline section and month. */
export const OutcomeRatesQuery = graphql(`
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
  }
`);

/** A case page: the cover, each item with its decision and citations, warnings and the original letter. */
export const CaseQuery = graphql(`
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
`);

/** Whether the caller may upload, and how large a letter may be. */
export const UploadLimitsQuery = graphql(`
  query UploadLimits {
    viewer {
      canWrite
    }
    limits {
      maxUploadBytes
    }
  }
`);

export const CreateUploadMutation = graphql(`
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
`);

/** Follows an upload from PENDING to its outcome. */
export const UploadStatusQuery = graphql(`
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
`);
