import { PARSER_VERSION } from '../../parser/version.js';
import { InputError } from '../../errors.js';
import { MAX_PAGE_SIZE } from '../../store/repository.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';
import { hintForLookup, hintForNodes } from '../cache-hints.js';
import { primeCases } from '../loaders.js';
import { listRowsRefusal } from '../query-limits.js';
import { loadCase, loadNode, readGlobalId } from '../nodes.js';
import { pageRequest, toConnection } from '../pagination.js';
import { citationParent, itemParent } from '../parents.js';
import { caseFilter, citationFilter, disputedItemFilter } from './filters.js';

const MAX_CASE_NUMBER_LENGTH = 64;

/** Groups and facet values are small objects computed in memory; a few hundred make a chart or a picker. */
const MAX_GROUPS = 500;

function groupCount(first: number | null | undefined, byDefault: number): number {
  const count = first ?? byDefault;
  if (!Number.isInteger(count) || count < 1 || count > MAX_GROUPS) throw new InputError(`"first" must be between 1 and ${MAX_GROUPS}, got ${count}.`);
  return count;
}

export const Query: QueryResolvers = {
  node: async (_, { id }, context, info) => {
    const found = await loadNode(context, readGlobalId(id));
    hintForNodes(info, [found]);
    return found;
  },

  nodes: async (_, { ids }, context, info) => {
    if (ids.length > MAX_PAGE_SIZE) throw new InputError(`Ask for at most ${MAX_PAGE_SIZE} ids at a time, got ${ids.length}.`);
    if (ids.length > context.rowBudget.remaining) throw listRowsRefusal(ids.length);
    context.rowBudget.remaining -= ids.length;
    const refs = ids.map((id) => readGlobalId(id));
    const found = await Promise.all(refs.map((ref) => loadNode(context, ref)));
    hintForNodes(info, found);
    return found;
  },

  case: async (_, { id }, context, info) => {
    const ref = readGlobalId(id, 'Case');
    const found = ref.type === 'Case' ? await loadCase(context, ref.caseId) : null;
    hintForLookup(info, found);
    return found;
  },

  caseByNumber: async (_, { caseNumber }, context, info) => {
    // Case numbers are 12 characters (CM16-0213037); a long text would only reach the store's key limits.
    if (caseNumber.length > MAX_CASE_NUMBER_LENGTH) throw new InputError(`A case number has at most ${MAX_CASE_NUMBER_LENGTH} characters, such as CM16-0213037.`);
    const found = await context.services.repository.getCaseByNumber(caseNumber.trim());
    if (found) primeCases(context.loaders, [found]);
    hintForLookup(info, found);
    return found;
  },

  cases: async (_, { filter, orderBy, first, after }, context) => {
    const request = pageRequest(first, after, context.rowBudget);
    const page = await context.services.repository.listCases(caseFilter(filter, orderBy), request);
    primeCases(context.loaders, page.nodes);
    return toConnection(page, request, (record) => record);
  },

  disputedItems: async (_, { filter, first, after }, context) => {
    const request = pageRequest(first, after, context.rowBudget);
    const page = await context.services.repository.listDisputedItems(disputedItemFilter(filter), request);
    return toConnection(page, request, itemParent);
  },

  guidelineCitations: async (_, { filter, first, after }, context) => {
    const request = pageRequest(first, after, context.rowBudget);
    const page = await context.services.repository.listCitations(citationFilter(filter), request);
    return toConnection(page, request, citationParent);
  },

  outcomeStats: (_, { groupBy, filter, first }, context) =>
    context.services.repository.outcomeStats(groupBy, disputedItemFilter(filter), groupCount(first, 20)),

  facets: (_, { facet, prefix, filter, first }, context) =>
    context.services.repository.facets(facet, prefix?.trim() || null, disputedItemFilter(filter), groupCount(first, 10)),

  upload: (_, { id }, context) => {
    const ref = readGlobalId(id, 'Upload');
    return ref.type === 'Upload' ? context.services.repository.getUpload(ref.uploadId) : null;
  },

  viewer: (_, __, context) => context.principal,

  limits: (_, __, context) => ({
    maxPageSize: MAX_PAGE_SIZE,
    maxUploadBytes: context.services.config.maxUploadBytes,
    maxInlineUploadBytes: context.services.config.maxInlineUploadBytes,
    parserVersion: PARSER_VERSION,
  }),
};
