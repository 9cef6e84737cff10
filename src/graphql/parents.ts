import type { DisputedItem, GuidelineCitation } from '../domain/determination.js';
import type { CaseRecord } from '../domain/records.js';
import type { CitationRecord, DisputedItemRecord } from '../store/repository.js';

/**
 * What DisputedItem and GuidelineCitation resolvers receive: the domain object with the keys that
 * place it (its case, its item), so most fields resolve by name and `case`/`item` can be loaded.
 */
export interface ItemParent extends DisputedItem {
  caseId: string;
}

export interface CitationParent extends GuidelineCitation {
  caseId: string;
  itemOrdinal: number;
  /** 0-based position among the item's citations. */
  index: number;
}

export const itemParent = ({ caseId, item }: DisputedItemRecord): ItemParent => ({ ...item, caseId });

export const citationParent = ({ caseId, itemOrdinal, index, citation }: CitationRecord): CitationParent => ({
  ...citation,
  caseId,
  itemOrdinal,
  index,
});

export const itemsOf = (record: CaseRecord): ItemParent[] => record.disputedItems.map((item) => ({ ...item, caseId: record.id }));

export const citationsOf = (item: ItemParent): CitationParent[] =>
  item.citations.map((citation, index) => ({ ...citation, caseId: item.caseId, itemOrdinal: item.ordinal, index }));
