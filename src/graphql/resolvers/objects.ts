import type {
  CaseResolvers,
  DisputedItemResolvers,
  GuidelineCitationResolvers,
  NodeResolvers,
  PrincipalKind,
  UploadResolvers,
  ViewerResolvers,
} from '../generated/resolvers-types.js';
import type { PrincipalKind as DomainPrincipalKind } from '../principal.js';
import { caseGlobalId, citationGlobalId, itemGlobalId, loadCase, loadCaseOf, loadItem, nodeTypeOf, uploadGlobalId } from '../nodes.js';
import { citationsOf, itemsOf } from '../parents.js';

// Fields not listed resolve by name from the parent (the domain objects carry the schema's names).

export const Case: CaseResolvers = {
  id: (record) => caseGlobalId(record.id),
  disputedItems: (record) => itemsOf(record),
};

export const DisputedItem: DisputedItemResolvers = {
  id: (item) => itemGlobalId(item),
  citations: (item) => citationsOf(item),
  warnings: async (item, _, context) => {
    const record = await loadCaseOf(context, item.caseId);
    return record.warnings.filter((warning) => warning.itemOrdinal === item.ordinal);
  },
  case: (item, _, context) => loadCaseOf(context, item.caseId),
};

export const GuidelineCitation: GuidelineCitationResolvers = {
  id: (citation) => citationGlobalId(citation),
  item: async (citation, _, context) => {
    const item = await loadItem(context, citation.caseId, citation.itemOrdinal);
    if (!item) throw new Error(`Citation of case ${citation.caseId} points to item ${citation.itemOrdinal}, which is not stored.`);
    return item;
  },
  case: (citation, _, context) => loadCaseOf(context, citation.caseId),
};

export const Upload: UploadResolvers = {
  id: (upload) => uploadGlobalId(upload.id),
  case: (upload, _, context) => (upload.caseId ? loadCase(context, upload.caseId) : null),
};

const PRINCIPAL_KINDS: Record<DomainPrincipalKind, PrincipalKind> = {
  developer: 'DEVELOPER',
  user: 'USER',
  service: 'SERVICE',
  partner: 'PARTNER',
};

export const Viewer: ViewerResolvers = {
  kind: (principal) => PRINCIPAL_KINDS[principal.kind],
};

export const Node: NodeResolvers = {
  __resolveType: (parent) => nodeTypeOf(parent),
};
