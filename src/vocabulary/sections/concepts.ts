/**
 * Section concepts, made from the parser's guideline catalogues (src/parser/catalogue): one
 * concept per catalogue entry, so the names the citation splitter knows and the concepts the
 * vocabulary offers are one list. Nothing here is written twice.
 *
 * - MTUS: one concept per section of each part, `mtus/<part>/<section>`; each part has its own
 *   (the ACOEM 2004 chapters share section titles, not sections).
 * - ODG: one concept per chapter, `odg/<chapter>`, and per topic of a chapter, `odg/<chapter>/<topic>`.
 * - ACOEM (cited outside the MTUS): one concept per chapter, `acoem/<chapter>`.
 */
import type { GuidelineSource } from '../../domain/determination.js';
import { ACOEM_CHAPTER_ENTRIES, type GuidelineChapterEntry, ODG_CHAPTER_ENTRIES } from '../../parser/catalogue/guideline-chapters.js';
import { entryForms, entryName, MTUS_PARTS, type SectionEntry } from '../../parser/catalogue/mtus-parts.js';
import type { SectionConcept } from './types.js';
import { withoutGloss } from './term-key.js';

/** A concept with what resolving needs to know about it. */
export interface ConceptRecord {
  readonly concept: SectionConcept;
  /**
   * Where a letter's wording picks this concept: `mtus/<part>` or `odg/<chapter>` for a section
   * or topic (it is meant within its part), the bare source (`odg`, `acoem`) for a chapter (a
   * chapter is named whatever else the citation names).
   */
  readonly scope: string;
  /** Every form the concept is matched by: its name, its variants, and each without a trailing gloss. */
  readonly forms: readonly string[];
}

/** The Opioid Treatment guideline's numbered headings: "3.3.9 Opioids for ...: Maintenance of Chronic Opioid Treatment". */
const NUMBERED_HEADING = /^(\d+(?:\.\d+)*)\.?\s+(.*)$/;

export function slugOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[®©™'’]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A section's slug: its own, else its name's without a trailing gloss; a numbered heading keeps
 * its number and its last heading ("3-3-9-maintenance-of-chronic-opioid-treatment"), which is
 * what tells it from its siblings.
 */
function sectionSlug(entry: SectionEntry): string {
  if (typeof entry !== 'string' && entry.slug) return entry.slug;
  const name = entryName(entry);
  const numbered = NUMBERED_HEADING.exec(name);
  if (numbered) {
    const heading = (numbered[2] ?? '').split(':').pop() ?? '';
    return slugOf(`${numbered[1] ?? ''} ${heading}`);
  }
  return slugOf(withoutGloss(name) ?? name);
}

function formsOf(written: readonly string[]): string[] {
  const forms = [...written];
  for (const form of written) {
    const bare = withoutGloss(form);
    if (bare !== null && !forms.includes(bare)) forms.push(bare);
  }
  return forms;
}

function record(id: string, source: GuidelineSource, part: string, scope: string, written: readonly string[]): ConceptRecord {
  const [name = '', ...variants] = written;
  return { concept: Object.freeze({ id, name, source, part, variants: Object.freeze(variants) }), scope, forms: formsOf(written) };
}

function sectionRecord(source: GuidelineSource, scope: string, part: string, entry: SectionEntry): ConceptRecord {
  return record(`${scope}/${sectionSlug(entry)}`, source, part, scope, entryForms(entry));
}

function chapterRecords(source: GuidelineSource, sourceSlug: string, chapters: readonly GuidelineChapterEntry[]): ConceptRecord[] {
  return chapters.flatMap((chapter) => {
    const scope = `${sourceSlug}/${chapter.slug}`;
    return [
      record(scope, source, chapter.name, sourceSlug, [chapter.name, ...chapter.variants]),
      ...chapter.topics.map((topic) => sectionRecord(source, scope, chapter.name, topic)),
    ];
  });
}

/** Every concept, in catalogue order: MTUS parts, then ODG chapters with their topics, then ACOEM chapters. */
export function buildConceptRecords(): ConceptRecord[] {
  return [
    ...MTUS_PARTS.flatMap((part) => part.entries.map((entry) => sectionRecord('MTUS', `mtus/${part.slug}`, part.title, entry))),
    ...chapterRecords('ODG', 'odg', ODG_CHAPTER_ENTRIES),
    ...chapterRecords('ACOEM', 'acoem', ACOEM_CHAPTER_ENTRIES),
  ];
}

/** The names of every MTUS part by its slug scope, for reading a citation's part. */
export function mtusPartNames(): Array<{ scope: string; names: readonly string[] }> {
  return MTUS_PARTS.map((part) => ({ scope: `mtus/${part.slug}`, names: [part.title, ...part.aliases] }));
}
