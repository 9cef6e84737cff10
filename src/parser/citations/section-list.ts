/**
 * Splitting a written list of section titles. Lists are comma- (older letters: semicolon-)
 * separated, but titles hold commas themselves ("NSAIDs, GI symptoms & cardiovascular risk"), so
 * the split is driven by a catalogue of known titles: at each piece the longest run of pieces
 * that forms a known title wins; whatever the catalogue does not know stays as written.
 */
import type { PageRange } from '../../domain/determination.js';
import { catalogueKey, firstWordKey } from '../catalogue/keys.js';
import type { TitleSet } from '../catalogue/titles.js';
import { parsePageList } from './pages.js';

export interface SectionList {
  sections: string[];
  /** Titles written in the list that no catalogue knows (as written). */
  unknown: string[];
  /** A page number standing where a section should ("Section(s): 326"). */
  pages: PageRange[];
}

/** Only digits and ranges: a page reference, not a title. */
const PAGE_LIKE = /^\d+(?:\s*-\s*\d+)?$/;
/** The Opioid Treatment guideline numbers its sections: "3.3.9 Opioids for ...", "2. Opioids for ...". */
const NUMBERED_SECTION_START = /^\d+(?:\.\d+)*\.?\s/;
const BEFORE_NUMBERED_SECTION = /[,;]\s+(?=\d+(?:\.\d+)*\.?\s+[A-Z])/;
const STARTS_LOWERCASE = /^[a-z]/;

interface Piece {
  start: number;
  end: number;
}

/** How a list is read: MTUS section lists vs the free text of an ODG or ACOEM citation. */
export interface SplitOptions {
  /** " - " also separates names ("Low back chapter - MRIs"); a known title may still span it. */
  readonly dashSeparates: boolean;
  /** A piece that is not known may start with a known title and go on ("Opioids Specific drug list"): in the list's first piece only, or in any. */
  readonly splitKnownPrefix: 'first' | 'any';
  /** "Knee/DME", "Preface/Physical therapy": a slash next to a known title separates. */
  readonly slashNextToKnownSeparates: boolean;
}

export const MTUS_LIST: SplitOptions = { dashSeparates: false, splitKnownPrefix: 'first', slashNextToKnownSeparates: false };
export const GUIDELINE_TEXT: SplitOptions = { dashSeparates: true, splitKnownPrefix: 'any', slashNextToKnownSeparates: true };

function isSpace(code: number | undefined): boolean {
  return code === 32;
}

/** Pieces between top-level separators (a comma inside parentheses separates nothing). */
function piecesOf(text: string, dashSeparates: boolean): Piece[] {
  const pieces: Piece[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 /* ( */) depth++;
    else if (c === 41 /* ) */) depth = Math.max(0, depth - 1);
    else if (depth > 0) continue;
    else if (c === 44 /* , */ || c === 59 /* ; */) {
      pieces.push({ start, end: i });
      start = i + 1;
    } else if (dashSeparates && (c === 45 /* - */ || c === 8211) /* – */ && (isSpace(text.charCodeAt(i - 1)) || isSpace(text.charCodeAt(i + 1)))) {
      pieces.push({ start, end: i });
      start = i + 1;
    }
  }
  pieces.push({ start, end: text.length });
  return pieces;
}

interface Emitter {
  readonly titles: TitleSet;
  readonly fallback: TitleSet | null;
  readonly options: SplitOptions;
  readonly out: SectionList;
  /** The last title emitted was not known (so a lowercase piece after it continues it). */
  previousWasUnknown: boolean;
}

/** "Electro- diagnostic": a word broken across lines, its pieces joined with "- " (the hyphen may not be the word's). */
const LINE_BREAK_HYPHEN = /(?<=[a-z])- (?=[a-z])/g;

function hasKey(key: string, titles: TitleSet, fallback: TitleSet | null): boolean {
  return titles.keys.has(key) || (fallback !== null && fallback.keys.has(key));
}

function isKnown(text: string, titles: TitleSet, fallback: TitleSet | null): boolean {
  // The key keeps a broken word's hyphen ("opioid-induced"); a word that had none is tried joined.
  return hasKey(catalogueKey(text), titles, fallback) || (text.includes('- ') && hasKey(catalogueKey(text.replace(LINE_BREAK_HYPHEN, '')), titles, fallback));
}

function emitKnown(emitter: Emitter, title: string): void {
  emitter.out.sections.push(title);
  emitter.previousWasUnknown = false;
}

function emitUnknown(emitter: Emitter, title: string): void {
  emitter.out.sections.push(title);
  emitter.out.unknown.push(title);
  emitter.previousWasUnknown = true;
}

function continuesUnknown(emitter: Emitter, piece: string): boolean {
  return emitter.previousWasUnknown && STARTS_LOWERCASE.test(piece) && emitter.out.sections.length > 0;
}

/** "Knee/DME" → ["Knee", "DME"] when one side is a known title (a slash inside "EMG/NCS" separates nothing). */
function slashSplit(emitter: Emitter, piece: string): [string, string] | null {
  if (!emitter.options.slashNextToKnownSeparates) return null;
  const slash = piece.indexOf('/');
  if (slash <= 0) return null;
  const left = piece.slice(0, slash).trim();
  const right = piece.slice(slash + 1).trim();
  if (!left || !right) return null;
  return isKnown(left, emitter.titles, null) || isKnown(right, emitter.titles, null) ? [left, right] : null;
}

/**
 * Emits one piece: a page reference, a known title, the continuation of an unknown title
 * ("TENS, chronic pain ..." style, lowercase after a comma), a slash between a known title and
 * a topic, or an unknown title.
 */
function emitPiece(emitter: Emitter, piece: string): void {
  const { titles, fallback, out } = emitter;
  if (PAGE_LIKE.test(piece)) {
    out.pages.push(...parsePageList(piece));
    return;
  }
  if (isKnown(piece, titles, null)) {
    emitKnown(emitter, piece);
    return;
  }
  if (continuesUnknown(emitter, piece)) {
    const merged = `${out.sections.pop() ?? ''}, ${piece}`;
    out.unknown.pop();
    emitUnknown(emitter, merged);
    return;
  }
  if (fallback !== null && isKnown(piece, fallback, null)) {
    emitKnown(emitter, piece);
    return;
  }
  const sides = slashSplit(emitter, piece);
  if (sides) {
    emitPiece(emitter, sides[0]);
    emitPiece(emitter, sides[1]);
    return;
  }
  emitUnknown(emitter, piece);
}

/**
 * The length of the longest known title `piece` starts with when the whole piece is not known
 * and more words follow the title ("Opioids Specific drug list", "Pain (Chronic) Opioids"); else 0.
 */
function knownPrefixLength(piece: string, emitter: Emitter): number {
  const { titles, fallback } = emitter;
  if (!mayStartTitle(piece, titles, fallback)) return 0;
  const trimmedEnd = piece.trimEnd();
  if (isKnown(trimmedEnd, titles, fallback)) return 0;
  // Only as many words as the longest title: a long piece must not cost a key per word.
  const maxWords = Math.max(titles.maxWords, fallback?.maxWords ?? 0);
  const cuts: number[] = [];
  for (let cut = trimmedEnd.indexOf(' ', 1); cut > 0 && cuts.length < maxWords; cut = trimmedEnd.indexOf(' ', cut + 1)) cuts.push(cut);
  for (let k = cuts.length - 1; k >= 0; k--) {
    const cut = cuts[k] ?? 0;
    const head = trimmedEnd.slice(0, cut);
    if (head.trim() && isKnown(head, titles, fallback)) return cut;
  }
  return 0;
}

function mayStartTitle(text: string, titles: TitleSet, fallback: TitleSet | null): boolean {
  const first = firstWordKey(text);
  return titles.firstWords.has(first) || (fallback !== null && fallback.firstWords.has(first));
}

function splitOnCatalogue(text: string, emitter: Emitter): void {
  const { titles, fallback } = emitter;
  const pieces = piecesOf(text, emitter.options.dashSeparates);
  const maxSpan = Math.max(titles.maxSeparators, fallback?.maxSeparators ?? 0) + 1;
  let i = 0;
  while (i < pieces.length) {
    const first = pieces[i];
    if (!first) break;
    let matched: Piece | null = null;
    let j = mayStartTitle(text.slice(first.start, first.end), titles, fallback) ? Math.min(pieces.length, i + maxSpan) - 1 : i;
    for (; j > i; j--) {
      const last = pieces[j];
      if (last && isKnown(text.slice(first.start, last.end), titles, fallback)) {
        matched = last;
        break;
      }
    }
    if (matched) {
      emitKnown(emitter, text.slice(first.start, matched.end).trim());
      i = j + 1;
      continue;
    }
    const piece = text.slice(first.start, first.end);
    const trimmed = piece.trim();
    if (trimmed && (i === 0 || emitter.options.splitKnownPrefix === 'any') && !isKnown(trimmed, titles, fallback) && !continuesUnknown(emitter, trimmed) && slashSplit(emitter, trimmed) === null) {
      const headLength = knownPrefixLength(piece, emitter);
      if (headLength > 0) {
        // The rest goes back through the loop so it can still join the pieces after it.
        emitKnown(emitter, piece.slice(0, headLength).trim());
        first.start += headLength;
        continue;
      }
    }
    if (trimmed) emitPiece(emitter, trimmed);
    i++;
  }
}

/**
 * Splits `text` (the words after "Section(s):", or the older letters' words before "Page(s):")
 * on `titles`, the catalogue of the cited part; `fallback` (every part's titles) still splits a
 * title cited under an unexpected part, which then counts as known.
 */
export function splitSectionList(text: string, titles: TitleSet, fallback: TitleSet | null, options: SplitOptions = MTUS_LIST): SectionList {
  const out: SectionList = { sections: [], unknown: [], pages: [] };
  const trimmed = text.trim();
  if (!trimmed) return out;
  if (NUMBERED_SECTION_START.test(trimmed)) {
    for (const numbered of trimmed.split(BEFORE_NUMBERED_SECTION)) {
      const title = numbered.trim();
      if (!title) continue;
      out.sections.push(title);
      if (!isKnown(title, titles, fallback)) out.unknown.push(title);
    }
    return out;
  }
  splitOnCatalogue(trimmed, { titles, fallback, options, out, previousWasUnknown: false });
  return out;
}
