/**
 * Lookup structures over the citation catalogues, built once at module load: the splitter asks
 * "is this run of text a known title?" many times per letter, so it must be a Set lookup.
 */
import { catalogueKey, firstWordKey } from './keys.js';
import { ACOEM_CHAPTERS, GUIDELINE_NAME_WRAPPERS, ODG_CHAPTERS, ODG_TOPICS } from './guideline-chapters.js';
import { MTUS_PARTS, type MtusPartEntry } from './mtus-parts.js';

/** A set of known titles plus the most separators ("," or ";") any one of them holds. */
export interface TitleSet {
  readonly keys: ReadonlySet<string>;
  /** Keys of the titles' first words: where none starts, no title can, and no longer key need be built. */
  readonly firstWords: ReadonlySet<string>;
  /** Bounds how many list pieces the splitter joins when looking for a title. */
  readonly maxSeparators: number;
  /** Bounds how many words the splitter tries as a title at the start of a longer piece. */
  readonly maxWords: number;
}

const SEPARATOR = /[,;]/g;
const WORD_GAP = /\s+/;

export function buildTitleSet(...lists: ReadonlyArray<readonly string[]>): TitleSet {
  const keys = new Set<string>();
  const firstWords = new Set<string>();
  let maxSeparators = 0;
  let maxWords = 0;
  for (const list of lists) {
    for (const title of list) {
      keys.add(catalogueKey(title));
      firstWords.add(firstWordKey(title));
      maxSeparators = Math.max(maxSeparators, title.match(SEPARATOR)?.length ?? 0);
      maxWords = Math.max(maxWords, title.split(WORD_GAP).length);
    }
  }
  return { keys, firstWords, maxSeparators, maxWords };
}

export interface MtusPart {
  readonly title: string;
  readonly sections: TitleSet;
}

const partsByKey = new Map<string, MtusPart>();
for (const entry of MTUS_PARTS) {
  const part: MtusPart = { title: entry.title, sections: buildTitleSet(entry.sections) };
  for (const name of [entry.title, ...entry.aliases]) partsByKey.set(catalogueKey(name), part);
}

/** The MTUS part a written name denotes ("Chronic Pain Treatment Guidelines" → Chronic Pain Medical Treatment). */
export function mtusPartByName(name: string): MtusPart | undefined {
  return partsByKey.get(catalogueKey(name));
}

/** Every section title of every MTUS part: a title cited under an unexpected part still splits right. */
export const ALL_MTUS_SECTIONS: TitleSet = buildTitleSet(...MTUS_PARTS.map((p: MtusPartEntry) => p.sections));

/** Chapters of ODG and ACOEM, for non-MTUS citations. */
export const GUIDELINE_CHAPTERS: TitleSet = buildTitleSet(ODG_CHAPTERS, ACOEM_CHAPTERS);

/**
 * Topics of non-MTUS citations: ODG's (which largely share the Chronic Pain guideline's titles,
 * "Opioids, criteria for use") and, for a title cited out of place, every MTUS section's.
 */
export const GUIDELINE_TOPICS: TitleSet = buildTitleSet(...MTUS_PARTS.map((p: MtusPartEntry) => p.sections), ODG_TOPICS);

/** A title as a pattern: any spacing, and "and" written either way (the keys treat them alike). */
function escapeForRegExp(text: string): string {
  return text
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+(?:and|&)\s+/g, ' (?:and|&) ')
    .replace(/\s+/g, '\\s+');
}

/** Alternation of every part name, longest first so the longest written name wins. */
export const MTUS_PART_NAMES_SOURCE: string = MTUS_PARTS.flatMap((p) => [p.title, ...p.aliases])
  .sort((a, b) => b.length - a.length)
  .map(escapeForRegExp)
  .join('|');

/** Alternation of the wrapper words around guideline chapter and topic names. */
export const GUIDELINE_NAME_WRAPPERS_SOURCE: string = [...GUIDELINE_NAME_WRAPPERS]
  .sort((a, b) => b.length - a.length)
  .map(escapeForRegExp)
  .join('|');
