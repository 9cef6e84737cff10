import type {
  CaseResolvers,
  DisputedItemResolvers,
  GuidelineCitationResolvers,
  NodeResolvers,
  PrincipalKind,
  SourceDocumentResolvers,
  UploadResolvers,
  ViewerResolvers,
} from '../generated/resolvers-types.js';
import type { PrincipalKind as DomainPrincipalKind } from '../principal.js';
import { caseGlobalId, citationGlobalId, itemGlobalId, loadCase, loadCaseOf, loadItem, nodeTypeOf, uploadGlobalId } from '../nodes.js';
import { citationsOf, itemsOf } from '../parents.js';
import { sectionConceptsOf } from './vocabulary.js';

// Fields not listed resolve by name from the parent (the domain objects carry the schema's names).

export const Case: CaseResolvers = {
  id: (record) => caseGlobalId(record.id),
  disputedItems: (record) => itemsOf(record),
};

/**
 * The original letter, as a link that expires (config.downloadUrlTtlSeconds). Authorized like the
 * case, in one place: a SourceDocument is reached only as `Case.source`, so whoever may read the
 * case gets the link, and today every caller the transport admits may read every case. A rule that
 * lets a role see less of a case (partners, say) must decide `Case.source` as well, since it is the
 * one way to this link; answers are kept for every caller alike (scope PUBLIC), so such a rule must
 * also make them PRIVATE, or a kept answer would hand one caller's link to another.
 */
export const SourceDocument: SourceDocumentResolvers = {
  downloadUrl: async (source, _, context) => {
    const link = await context.services.blobStore.createDownloadLink(source.storageKey, {
      fileName: source.fileName,
      contentType: source.contentType,
    });
    return link.url;
  },
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
  sectionConcepts: (citation) => sectionConceptsOf(citation),
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
