import type { CaseRecord, UploadRecord } from '../domain/records.js';
import { InputError } from '../errors.js';
import type { GraphQLContext } from './context.js';
import { fromGlobalId, toGlobalId, type NodeRef, type NodeType } from './global-id.js';
import { citationOf, itemOf, type CitationParent, type ItemParent } from './parents.js';

/** What a Node id resolves to: the parents resolvers receive. */
export type NodeParent = CaseRecord | ItemParent | CitationParent | UploadRecord;

export const caseGlobalId = (caseId: string) => toGlobalId({ type: 'Case', caseId });
export const itemGlobalId = (item: ItemParent) => toGlobalId({ type: 'DisputedItem', caseId: item.caseId, ordinal: item.ordinal });
export const citationGlobalId = (citation: CitationParent) =>
  toGlobalId({ type: 'GuidelineCitation', caseId: citation.caseId, ordinal: citation.itemOrdinal, index: citation.index });
export const uploadGlobalId = (uploadId: string) => toGlobalId({ type: 'Upload', uploadId });

/** A global id a client sent → what it names; a malformed id is the client's mistake, not a miss. */
export function readGlobalId(id: string, expected?: NodeType): NodeRef {
  const ref = fromGlobalId(id);
  // An over-long text is not echoed back whole.
  if (!ref) throw new InputError(`"${id.length > 80 ? `${id.slice(0, 80)}…` : id}" is not an id issued by this API.`);
  if (expected && ref.type !== expected) throw new InputError(`"${id}" is the id of a ${ref.type}, not of a ${expected}.`);
  return ref;
}

/** Loads a case through the request's DataLoader, so sibling fields share one batched read. */
export function loadCase(context: GraphQLContext, caseId: string): Promise<CaseRecord | null> {
  return context.loaders.caseById.load(caseId);
}

/** A stored item or citation that points to no case is a broken invariant, not a client error. */
export async function loadCaseOf(context: GraphQLContext, caseId: string): Promise<CaseRecord> {
  const record = await loadCase(context, caseId);
  if (!record) throw new Error(`Case ${caseId} is referenced but not stored.`);
  return record;
}

export async function loadItem(context: GraphQLContext, caseId: string, ordinal: number): Promise<ItemParent | null> {
  const record = await loadCase(context, caseId);
  return record ? itemOf(record, ordinal) : null;
}

export async function loadNode(context: GraphQLContext, ref: NodeRef): Promise<NodeParent | null> {
  switch (ref.type) {
    case 'Case':
      return loadCase(context, ref.caseId);
    case 'DisputedItem':
      return loadItem(context, ref.caseId, ref.ordinal);
    case 'GuidelineCitation': {
      const item = await loadItem(context, ref.caseId, ref.ordinal);
      return item ? citationOf(item, ref.index) : null;
    }
    case 'Upload':
      return context.services.repository.getUpload(ref.uploadId);
  }
}

/** Which GraphQL type a parent is: each kind has a field no other kind has. */
export function nodeTypeOf(parent: NodeParent): NodeType {
  if ('citedBy' in parent) return 'GuidelineCitation';
  if ('treatment' in parent) return 'DisputedItem';
  if ('contentHash' in parent) return 'Case';
  return 'Upload';
}
