/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query SearchItems($filter: DisputedItemFilter, $first: Int!, $after: String) {\n    disputedItems(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          description\n          treatment {\n            name\n            concept {\n              name\n            }\n          }\n          decision {\n            outcome\n          }\n          case {\n            id\n            caseNumber\n            decisionDate\n            reviewer {\n              specialties\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchItemsDocument,
    "\n  query Suggest($prefix: String!, $filter: DisputedItemFilter) {\n    treatments: facets(facet: TREATMENT, prefix: $prefix, filter: $filter, first: 6) {\n      value\n      label\n      count\n    }\n    drugClasses: facets(facet: DRUG_CLASS, prefix: $prefix, filter: $filter, first: 3) {\n      value\n      label\n      count\n    }\n    sections: facets(facet: GUIDELINE_SECTION, prefix: $prefix, filter: $filter, first: 4) {\n      value\n      label\n      count\n    }\n  }\n": typeof types.SuggestDocument,
    "\n  query SectionSuggest($prefix: String!) {\n    sections: facets(facet: GUIDELINE_SECTION, prefix: $prefix, first: 8) {\n      value\n      label\n      count\n    }\n  }\n": typeof types.SectionSuggestDocument,
    "\n  query Specialties {\n    specialties: facets(facet: SPECIALTY, first: 200) {\n      value\n      label\n      count\n    }\n  }\n": typeof types.SpecialtiesDocument,
    "\n  query OutcomeRates($filter: DisputedItemFilter) {\n    byTreatment: outcomeStats(groupBy: TREATMENT, filter: $filter, first: 12) {\n      ...RateGroup\n    }\n    bySpecialty: outcomeStats(groupBy: SPECIALTY, filter: $filter, first: 12) {\n      ...RateGroup\n    }\n    bySection: outcomeStats(groupBy: GUIDELINE_SECTION, filter: $filter, first: 12) {\n      ...RateGroup\n    }\n    byMonth: outcomeStats(groupBy: DECISION_MONTH, filter: $filter, first: 36) {\n      ...RateGroup\n    }\n  }\n\n  fragment RateGroup on OutcomeGroup {\n    key\n    label\n    total\n    overturned\n    overturnRate\n    interval {\n      low\n      high\n    }\n  }\n": typeof types.OutcomeRatesDocument,
    "\n  query CasePage($id: ID!) {\n    case(id: $id) {\n      id\n      caseNumber\n      decisionDate\n      dateAssigned\n      urDenialDate\n      applicationReceivedDate\n      priority\n      outcome\n      format\n      parserVersion\n      ingestedAt\n      reviewer {\n        licensureStates\n        specialties\n      }\n      injuredWorker {\n        age\n        sex\n        dateOfInjury\n        diagnoses\n      }\n      warnings {\n        code\n        message\n        itemOrdinal\n      }\n      disputedItems {\n        id\n        ordinal\n        description\n        treatment {\n          name\n          category\n          drugClass\n          bodyRegion\n          concept {\n            name\n          }\n        }\n        decision {\n          outcome\n          rationale\n        }\n        claimsAdministratorBasis\n        independentReviewerBasis\n        warnings {\n          code\n          message\n          itemOrdinal\n        }\n        citations {\n          id\n          citedBy\n          source\n          title\n          edition\n          sections\n          pages {\n            start\n            end\n          }\n          text\n        }\n      }\n      source {\n        fileName\n        contentType\n        sizeBytes\n        downloadUrl\n      }\n    }\n  }\n": typeof types.CasePageDocument,
    "\n  query UploadLimits {\n    viewer {\n      canWrite\n    }\n    limits {\n      maxUploadBytes\n    }\n  }\n": typeof types.UploadLimitsDocument,
    "\n  mutation CreateUpload($input: CreateUploadInput!) {\n    createUpload(input: $input) {\n      upload {\n        id\n      }\n      uploadUrl\n      uploadMethod\n      uploadHeaders {\n        name\n        value\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CreateUploadDocument,
    "\n  query UploadStatus($id: ID!) {\n    upload(id: $id) {\n      id\n      status\n      error {\n        code\n        message\n      }\n      case {\n        id\n        caseNumber\n      }\n    }\n  }\n": typeof types.UploadStatusDocument,
};
const documents: Documents = {
    "\n  query SearchItems($filter: DisputedItemFilter, $first: Int!, $after: String) {\n    disputedItems(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          description\n          treatment {\n            name\n            concept {\n              name\n            }\n          }\n          decision {\n            outcome\n          }\n          case {\n            id\n            caseNumber\n            decisionDate\n            reviewer {\n              specialties\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SearchItemsDocument,
    "\n  query Suggest($prefix: String!, $filter: DisputedItemFilter) {\n    treatments: facets(facet: TREATMENT, prefix: $prefix, filter: $filter, first: 6) {\n      value\n      label\n      count\n    }\n    drugClasses: facets(facet: DRUG_CLASS, prefix: $prefix, filter: $filter, first: 3) {\n      value\n      label\n      count\n    }\n    sections: facets(facet: GUIDELINE_SECTION, prefix: $prefix, filter: $filter, first: 4) {\n      value\n      label\n      count\n    }\n  }\n": types.SuggestDocument,
    "\n  query SectionSuggest($prefix: String!) {\n    sections: facets(facet: GUIDELINE_SECTION, prefix: $prefix, first: 8) {\n      value\n      label\n      count\n    }\n  }\n": types.SectionSuggestDocument,
    "\n  query Specialties {\n    specialties: facets(facet: SPECIALTY, first: 200) {\n      value\n      label\n      count\n    }\n  }\n": types.SpecialtiesDocument,
    "\n  query OutcomeRates($filter: DisputedItemFilter) {\n    byTreatment: outcomeStats(groupBy: TREATMENT, filter: $filter, first: 12) {\n      ...RateGroup\n    }\n    bySpecialty: outcomeStats(groupBy: SPECIALTY, filter: $filter, first: 12) {\n      ...RateGroup\n    }\n    bySection: outcomeStats(groupBy: GUIDELINE_SECTION, filter: $filter, first: 12) {\n      ...RateGroup\n    }\n    byMonth: outcomeStats(groupBy: DECISION_MONTH, filter: $filter, first: 36) {\n      ...RateGroup\n    }\n  }\n\n  fragment RateGroup on OutcomeGroup {\n    key\n    label\n    total\n    overturned\n    overturnRate\n    interval {\n      low\n      high\n    }\n  }\n": types.OutcomeRatesDocument,
    "\n  query CasePage($id: ID!) {\n    case(id: $id) {\n      id\n      caseNumber\n      decisionDate\n      dateAssigned\n      urDenialDate\n      applicationReceivedDate\n      priority\n      outcome\n      format\n      parserVersion\n      ingestedAt\n      reviewer {\n        licensureStates\n        specialties\n      }\n      injuredWorker {\n        age\n        sex\n        dateOfInjury\n        diagnoses\n      }\n      warnings {\n        code\n        message\n        itemOrdinal\n      }\n      disputedItems {\n        id\n        ordinal\n        description\n        treatment {\n          name\n          category\n          drugClass\n          bodyRegion\n          concept {\n            name\n          }\n        }\n        decision {\n          outcome\n          rationale\n        }\n        claimsAdministratorBasis\n        independentReviewerBasis\n        warnings {\n          code\n          message\n          itemOrdinal\n        }\n        citations {\n          id\n          citedBy\n          source\n          title\n          edition\n          sections\n          pages {\n            start\n            end\n          }\n          text\n        }\n      }\n      source {\n        fileName\n        contentType\n        sizeBytes\n        downloadUrl\n      }\n    }\n  }\n": types.CasePageDocument,
    "\n  query UploadLimits {\n    viewer {\n      canWrite\n    }\n    limits {\n      maxUploadBytes\n    }\n  }\n": types.UploadLimitsDocument,
    "\n  mutation CreateUpload($input: CreateUploadInput!) {\n    createUpload(input: $input) {\n      upload {\n        id\n      }\n      uploadUrl\n      uploadMethod\n      uploadHeaders {\n        name\n        value\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n": types.CreateUploadDocument,
    "\n  query UploadStatus($id: ID!) {\n    upload(id: $id) {\n      id\n      status\n      error {\n        code\n        message\n      }\n      case {\n        id\n        caseNumber\n      }\n    }\n  }\n": types.UploadStatusDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchItems($filter: DisputedItemFilter, $first: Int!, $after: String) {\n    disputedItems(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          description\n          treatment {\n            name\n            concept {\n              name\n            }\n          }\n          decision {\n            outcome\n          }\n          case {\n            id\n            caseNumber\n            decisionDate\n            reviewer {\n              specialties\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').SearchItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Suggest($prefix: String!, $filter: DisputedItemFilter) {\n    treatments: facets(facet: TREATMENT, prefix: $prefix, filter: $filter, first: 6) {\n      value\n      label\n      count\n    }\n    drugClasses: facets(facet: DRUG_CLASS, prefix: $prefix, filter: $filter, first: 3) {\n      value\n      label\n      count\n    }\n    sections: facets(facet: GUIDELINE_SECTION, prefix: $prefix, filter: $filter, first: 4) {\n      value\n      label\n      count\n    }\n  }\n"): typeof import('./graphql.js').SuggestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SectionSuggest($prefix: String!) {\n    sections: facets(facet: GUIDELINE_SECTION, prefix: $prefix, first: 8) {\n      value\n      label\n      count\n    }\n  }\n"): typeof import('./graphql.js').SectionSuggestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Specialties {\n    specialties: facets(facet: SPECIALTY, first: 200) {\n      value\n      label\n      count\n    }\n  }\n"): typeof import('./graphql.js').SpecialtiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutcomeRates($filter: DisputedItemFilter) {\n    byTreatment: outcomeStats(groupBy: TREATMENT, filter: $filter, first: 12) {\n      ...RateGroup\n    }\n    bySpecialty: outcomeStats(groupBy: SPECIALTY, filter: $filter, first: 12) {\n      ...RateGroup\n    }\n    bySection: outcomeStats(groupBy: GUIDELINE_SECTION, filter: $filter, first: 12) {\n      ...RateGroup\n    }\n    byMonth: outcomeStats(groupBy: DECISION_MONTH, filter: $filter, first: 36) {\n      ...RateGroup\n    }\n  }\n\n  fragment RateGroup on OutcomeGroup {\n    key\n    label\n    total\n    overturned\n    overturnRate\n    interval {\n      low\n      high\n    }\n  }\n"): typeof import('./graphql.js').OutcomeRatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasePage($id: ID!) {\n    case(id: $id) {\n      id\n      caseNumber\n      decisionDate\n      dateAssigned\n      urDenialDate\n      applicationReceivedDate\n      priority\n      outcome\n      format\n      parserVersion\n      ingestedAt\n      reviewer {\n        licensureStates\n        specialties\n      }\n      injuredWorker {\n        age\n        sex\n        dateOfInjury\n        diagnoses\n      }\n      warnings {\n        code\n        message\n        itemOrdinal\n      }\n      disputedItems {\n        id\n        ordinal\n        description\n        treatment {\n          name\n          category\n          drugClass\n          bodyRegion\n          concept {\n            name\n          }\n        }\n        decision {\n          outcome\n          rationale\n        }\n        claimsAdministratorBasis\n        independentReviewerBasis\n        warnings {\n          code\n          message\n          itemOrdinal\n        }\n        citations {\n          id\n          citedBy\n          source\n          title\n          edition\n          sections\n          pages {\n            start\n            end\n          }\n          text\n        }\n      }\n      source {\n        fileName\n        contentType\n        sizeBytes\n        downloadUrl\n      }\n    }\n  }\n"): typeof import('./graphql.js').CasePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UploadLimits {\n    viewer {\n      canWrite\n    }\n    limits {\n      maxUploadBytes\n    }\n  }\n"): typeof import('./graphql.js').UploadLimitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUpload($input: CreateUploadInput!) {\n    createUpload(input: $input) {\n      upload {\n        id\n      }\n      uploadUrl\n      uploadMethod\n      uploadHeaders {\n        name\n        value\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').CreateUploadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UploadStatus($id: ID!) {\n    upload(id: $id) {\n      id\n      status\n      error {\n        code\n        message\n      }\n      case {\n        id\n        caseNumber\n      }\n    }\n  }\n"): typeof import('./graphql.js').UploadStatusDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
