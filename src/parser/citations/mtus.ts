/**
 * "Decision based on MTUS <part> <year>[, Section(s): ...][, and <part> <year>[, Section(s): ...]]"
 * and the older "Decision based on MTUS Chronic Pain Treatment Guidelines <sections> Page(s): <pages>".
 * One sentence can name several parts; each is its own citation.
 */
import type { CitedBy, GuidelineCitation } from '../../domain/determination.js';
import { trimEdges } from '../catalogue/keys.js';
import { ALL_MTUS_SECTIONS, MTUS_PART_NAMES_SOURCE, mtusPartByName } from '../catalogue/titles.js';
import { parsePageList } from './pages.js';
import { citationSectionIds } from './section-ids.js';
import { splitSectionList } from './section-list.js';

/** A part name at the cursor, then its edition: "2016", "(Effective July 18, 2009)", with "Guidelines" on either side. */
const PART_AT = new RegExp(
  `(${MTUS_PART_NAMES_SOURCE})(?![A-Za-z])(?:\\s+Guidelines)?(?:\\s*\\([^)]*?\\b((?:19|20)\\d\\d)\\))?(?:,?\\s+((?:19|20)\\d\\d)\\b)?(?:\\s+Guidelines)?`,
  'iy',
);

/**
 * Where the next part starts: ", and <part> <year>" (or "Guidelines" in place of the year), so an
 * "and" inside a section title ("Pain and Chronic Opioid Treatment") does not start a part.
 */
const NEXT_PART = new RegExp(
  `(?:,\\s*|\\s+)and\\s+(?=(?:${MTUS_PART_NAMES_SOURCE})(?:\\s+Guidelines)?\\s*(?:\\([^)]*\\)\\s*)?(?:(?:19|20)\\d\\d\\b|Guidelines\\b))`,
  'gi',
);

const SECTIONS_LABEL = /^[\s,:;-]*(?:Section\(s\)|Sections?)\s*:?\s*/i;
const PAGES_LABEL = /\b(?:Page\(s\)|Pages?|pp?\.|pg\.?)\s*:?\s*(?=\d)/i;

export interface MtusCitationsResult {
  citations: GuidelineCitation[];
  unknownSections: string[];
}

function emptyCitation(citedBy: CitedBy, text: string): GuidelineCitation {
  return {
    citedBy,
    basedOnMtus: true,
    source: 'MTUS',
    title: null,
    edition: null,
    sections: [],
    inferredSections: [],
    sectionIds: [],
    pages: [],
    url: null,
    text,
  };
}

/**
 * `sentence` is one "Decision based on MTUS ..." sentence (without its final period);
 * `bodyStart` is where the words after "MTUS" begin.
 */
export function parseMtusSentence(sentence: string, bodyStart: number, citedBy: CitedBy, out: MtusCitationsResult): void {
  let segmentStart = bodyStart;
  let textStart = 0; // the first citation's text keeps "Decision based on MTUS"
  while (segmentStart < sentence.length) {
    NEXT_PART.lastIndex = segmentStart + 1;
    const next = NEXT_PART.exec(sentence);
    const segmentEnd = next ? next.index : sentence.length;
    const text = trimEdges(sentence.slice(textStart, segmentEnd));
    out.citations.push(parseSegment(sentence.slice(segmentStart, segmentEnd), citedBy, text, out.unknownSections));
    if (!next) break;
    segmentStart = next.index + next[0].length;
    textStart = segmentStart;
  }
}

/** A regulation number in front of the part: "MTUS 9792.24.2 Chronic Pain ...", "MTUS (8 CCR §9792.23.5) ...". */
const REGULATION = /^\s*\(?(?:8\s*C\.?C\.?R\.?\s*)?(?:§\s*)?9792\.\d+(?:\.\d+)*\)?[\s,:]*/i;
/**
 * How older letters date and number the ACOEM chapters adopted into the MTUS: "2nd Edition",
 * "(2004)", "Chapter 12", "Ch. 8". They say which book, not which section.
 */
const BOOK_NOTES = /\b\d+(?:st|nd|rd|th)\s+Ed(?:ition\b|\.|\b)|\(\s*((?:19|20)\d\d)\s*\)|\bCh(?:apter|\.)?\s*\d+\b/gi;
/** An MTUS part named after "ACOEM": "MTUS ACOEM ..., Chapter 12, Low Back Complaints". */
const PART_NAMED_LATER = new RegExp(`(?:^|[\\s,])(${MTUS_PART_NAMES_SOURCE})(?![A-Za-z])`, 'i');
const GENERIC_ACOEM = 'ACOEM';
const HAS_DIGIT = /\d/;

/** `rest` without its book notes, and the year of the book if one was written. */
function withoutBookNotes(rest: string): { rest: string; year: string | null } {
  if (!HAS_DIGIT.test(rest)) return { rest, year: null }; // every note holds a number
  let year: string | null = null;
  const cleaned = rest.replace(BOOK_NOTES, (_note: string, noteYear: string | undefined) => {
    year ??= noteYear ?? null;
    return ' ';
  });
  return { rest: cleaned, year };
}

function parseSegment(segment: string, citedBy: CitedBy, text: string, unknownSections: string[]): GuidelineCitation {
  const citation = emptyCitation(citedBy, text);
  const body = segment.replace(REGULATION, '');
  PART_AT.lastIndex = 0;
  const partMatch = PART_AT.exec(body);
  let rest: string;
  let titles = ALL_MTUS_SECTIONS;
  if (partMatch) {
    const part = mtusPartByName(partMatch[1] ?? '');
    citation.title = part?.title ?? partMatch[1] ?? null;
    citation.edition = partMatch[3] ?? partMatch[2] ?? null;
    if (part) titles = part.sections;
    rest = body.slice(partMatch[0].length);
  } else {
    // A part the catalogue does not know: its name runs to the section or page list.
    const cut = body.search(/,?\s*(?:Section\(s\)|Page\(s\))/i);
    citation.title = trimEdges(cut >= 0 ? body.slice(0, cut) : body) || null;
    rest = cut >= 0 ? body.slice(cut) : '';
  }
  const notes = withoutBookNotes(rest);
  rest = notes.rest;
  citation.edition ??= notes.year;
  if (citation.title === GENERIC_ACOEM) {
    const named = PART_NAMED_LATER.exec(rest);
    const part = named ? mtusPartByName(named[1] ?? '') : undefined;
    if (named && part && part.title !== GENERIC_ACOEM) {
      citation.title = part.title;
      titles = part.sections;
      rest = `${rest.slice(0, named.index)} ${rest.slice(named.index + named[0].length)}`;
    }
  }
  rest = rest.replace(SECTIONS_LABEL, '');
  const pagesAt = PAGES_LABEL.exec(rest);
  let sectionText = rest;
  if (pagesAt) {
    sectionText = rest.slice(0, pagesAt.index);
    citation.pages.push(...parsePageList(rest.slice(pagesAt.index + pagesAt[0].length)));
  }
  sectionText = trimEdges(sectionText.replace(SECTIONS_LABEL, ''));
  if (sectionText) {
    const list = splitSectionList(sectionText, titles, titles === ALL_MTUS_SECTIONS ? null : ALL_MTUS_SECTIONS);
    citation.sections = list.sections;
    citation.pages.unshift(...list.pages);
  }
  // A section is known when it has a concept: the splitter's catalogue and the vocabulary are one list.
  const ids = citationSectionIds(citation);
  citation.sectionIds = ids.ids;
  unknownSections.push(...ids.unresolved);
  return citation;
}
