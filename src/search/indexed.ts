/** A case digest as the index holds it: keys normalised once, items and citations linked to their case. Pure. */
import type { CaseOutcome, CitedBy, GuidelineSource, IsoDate, ItemOutcome, Priority, TreatmentCategory } from '../domain/determination.js';
import { resolveSection } from '../vocabulary/sections/index.js';
import type { CaseDigest } from './digest.js';
import { normalizeTerm, searchText } from './text.js';

export interface IndexedCase {
  id: string;
  ver: string;
  committedAt: string;
  caseNumber: string | null;
  decisionDate: IsoDate | null;
  ingestedAt: string;
  priority: Priority | null;
  outcome: CaseOutcome;
  specialties: string[];
  specialtyKeys: string[];
  items: IndexedItem[];
}

export interface IndexedItem {
  case: IndexedCase;
  /** Place in the index's list order, set each time the index orders its items. */
  rank: number;
  ordinal: number;
  outcome: ItemOutcome;
  conceptId: string;
  genericKey: string | null;
  drugClass: string | null;
  drugClassKey: string | null;
  category: TreatmentCategory;
  bodyRegion: string | null;
  bodyRegionKey: string | null;
  /** The description's words, one space apart, with a space at each end (so a phrase matches whole words). */
  words: string;
  citations: IndexedCitation[];
  /** One key per section the item was decided under: a concept id, or the section as written when no concept holds it. */
  sectionGroups: string[];
}

export interface IndexedCitation {
  item: IndexedItem;
  index: number;
  citedBy: CitedBy;
  source: GuidelineSource;
  /** Concept ids and the sections as written (normalised): what a section filter is matched against. */
  sectionKeys: string[];
  /** The same keys as numbers (sectionCode): a filter compares numbers, not strings, over tens of thousands of citations. */
  sectionCodes: Int32Array;
}

const sectionCodes = new Map<string, number>();

/** A section key's number, the same for the life of the process. */
function sectionCode(key: string): number {
  let code = sectionCodes.get(key);
  if (code === undefined) {
    code = sectionCodes.size;
    sectionCodes.set(key, code);
  }
  return code;
}

/** The numbers of the keys some citation has (a key no citation has matches nothing). */
export function knownSectionCodes(keys: Iterable<string>): number[] {
  const codes: number[] = [];
  for (const key of keys) {
    const code = sectionCodes.get(key);
    if (code !== undefined) codes.push(code);
  }
  return codes;
}

/** Written forms seen for a normalised key, so a group or facet is labelled as letters write it. */
export type Labels = Map<string, string>;

const keyOf = (value: string | null, labels: Labels): string | null => {
  if (value === null) return null;
  const key = normalizeTerm(value);
  if (!labels.has(key)) labels.set(key, value.trim());
  return key;
};

export function indexCase(digest: CaseDigest, labels: Labels): IndexedCase {
  const indexed: IndexedCase = {
    id: digest.id,
    ver: digest.ver,
    committedAt: digest.committedAt,
    caseNumber: digest.caseNumber,
    decisionDate: digest.decisionDate,
    ingestedAt: digest.ingestedAt,
    priority: digest.priority,
    outcome: digest.outcome,
    specialties: digest.specialties,
    specialtyKeys: [...new Set(digest.specialties.map((s) => keyOf(s, labels) ?? ''))].filter(Boolean),
    items: [],
  };
  for (const d of digest.items) {
    const item: IndexedItem = {
      case: indexed,
      rank: -1,
      ordinal: d.ordinal,
      outcome: d.outcome,
      conceptId: d.conceptId,
      genericKey: d.genericName === null ? null : normalizeTerm(d.genericName),
      drugClass: d.drugClass,
      drugClassKey: keyOf(d.drugClass, labels),
      category: d.category,
      bodyRegion: d.bodyRegion,
      bodyRegionKey: keyOf(d.bodyRegion, labels),
      words: ` ${searchText(d.description)} `,
      citations: [],
      sectionGroups: [],
    };
    const groups = new Set<string>();
    d.citations.forEach((c, index) => {
      const written = c.sections.map((s) => keyOf(s, labels) ?? '').filter(Boolean);
      const sectionKeys = [...new Set([...c.sectionIds, ...written])];
      item.citations.push({ item, index, citedBy: c.citedBy, source: c.source, sectionKeys, sectionCodes: Int32Array.from(sectionKeys, sectionCode) });
      for (const id of c.sectionIds) groups.add(id);
      for (const section of c.sections) {
        if (resolveSection(section, { source: c.source }) === null) groups.add(normalizeTerm(section));
      }
    });
    item.sectionGroups = [...groups];
    indexed.items.push(item);
  }
  return indexed;
}
