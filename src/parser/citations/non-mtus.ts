/**
 * "Decision based on Non-MTUS Citation <free text>": usually ODG (spelled many ways, or only a
 * link to odg-twc.com), sometimes ACOEM, else a journal article, an FDA label, a web page.
 * One such sentence is one citation, even when it names a second source ("... and Other
 * Medical Treatment Guidelines www.mdguidelines.com").
 */
import type { CitedBy, GuidelineCitation, GuidelineSource } from '../../domain/determination.js';
import { catalogueKey, trimEdges } from '../catalogue/keys.js';
import { GUIDELINE_CHAPTERS, GUIDELINE_NAME_WRAPPERS_SOURCE, GUIDELINE_TOPICS } from '../catalogue/titles.js';
import { parsePageList } from './pages.js';
import { citationSectionIds } from './section-ids.js';
import { GUIDELINE_TEXT, splitSectionList } from './section-list.js';

const ODG_MENTION = /\bODG\b|Official\s+Disability\s+Guidelines|odg-twc\.com|Work\s+Loss\s+Data\s+Institute/i;
const ACOEM_MENTION = /\bACOEM\b|American\s+College\s+of\s+Occupational\s+(?:and|&)\s+Environmental\s+Medicine|Occupational\s+Medicine\s+Practice\s+Guidelines/i;

/** The guideline's own name in its written forms; removed before reading chapters and topics. */
const ODG_NAME =
  /(?:(?:the\s+)?Official\s+Disability\s+Guidelines|\bODG(?:-TWC)?\b)(?:\s*\((?:ODG(?:-TWC)?|TWC)\))?(?:\s+Treatment\s+(?:in|for)\s+Workers'?\s+Comp(?:ensation)?)?(?:\s*\((?:ODG(?:-TWC)?|TWC)\))?|Work\s+Loss\s+Data\s+Institute/gi;
const ACOEM_NAME =
  /(?:the\s+)?(?:American\s+College\s+of\s+Occupational\s+(?:and|&)\s+Environmental\s+Medicine\s*(?:\(ACOEM\))?|ACOEM)(?:\s+Occupational\s+Medicine)?(?:\s+Practice)?(?:\s+Guidelines?)?|Occupational\s+Medicine\s+Practice\s+Guidelines/gi;

/** A link; a line break inside it was joined as "- " ("...skilled- nursing-care"). */
const URL = /\b(?:https?:\/\/|www\.)(?:-\s(?=[a-z0-9])|[^\s,;])+/gi;
const URL_LINE_BREAK = /-\s/g;
const URL_TRAILING = /[.)\]]+$/;

/** "(updated 11/23/16)", "(online version)", "2016": dates of the guideline, not names in it. */
const GUIDELINE_DATES = /\((?:updated|online|web|effective)[^)]*\)|\(\d+\w*\s+Annual\s+Edition\)|(?:\bupdated\s+)?\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b(?:19|20)\d\d\b/gi;
const NAME_WRAPPERS = new RegExp(`\\b(?:${GUIDELINE_NAME_WRAPPERS_SOURCE})\\b\\s*:?`, 'gi');
/** A second source named in the same sentence ends the first one's chapters and topics. */
const OTHER_SOURCE = /\s+and\s+Other\s+Medical\s+Treatment\s+Guidelines\b|\s+and\s+the\s+(?=Official|ACOEM)/i;
/** Separators between chapter and topic names: ":", ". ", a spaced "/" (dashes are left to the splitter: chapter names hold them). */
const NAME_SEPARATORS = /\s*:\s*|\.\s+|\s*\/\s+|\s+\/\s*/g;
const QUALIFIER_ONLY = /^\(?(?:acute\s*(?:&|and)\s*chronic|chronic|acute)\)?$/i;
/** Leftovers that name nothing: "Guidelines" of "ODG Guidelines", a bare "(PT)", a stray bracket. */
const NAMES_NOTHING = /^(?:(?:treatment\s+|practice\s+)?guidelines?|sub-?headings?|headings?|[()\[\]]+)$/i;
const BRACKETED_ABBREVIATION = /^\([A-Z0-9&\/-]{1,10}s?\)$/;
/** "Physical Therapy Guidelines", "ODG Chiropractic Guidelines": a topic's own guideline, named as the topic. */
const TOPIC_GUIDELINES = /^(?:ODG\s+)?(.+?)\s+Guidelines$/i;
const ODG_EDITION = /(?<![\/\d])((?:19|20)\d\d)\b(?![^(]*\))/;
const ACOEM_EDITION = /\b(\d+(?:st|nd|rd|th))\s+(?:ed\b\.?|edition\b)/i;
const PAGE_REFERENCE = /\b(?:pages?|pg\.?|pp?\.?)\s*(\d{1,4}(?:\s*[-–]\s*\d{1,4})?)\b/gi;
/** A name cut before "and ODG ..." keeps its dangling conjunction. */
const TRAILING_CONJUNCTION = /\s+(?:and|or)$/;
/** A topic cut after a known one keeps the conjunction between them ("Preoperative lab testing and Preoperative testing, general"). */
const LEADING_CONJUNCTION = /^(?:and|or)\s+(?=\S)/;
/** A title ends at punctuation; a period only before a space ("FDA.gov" is one word). */
const TITLE_END = /[,;:(]|\.(?:\s|$)/;

export interface NonMtusCitationResult {
  citation: GuidelineCitation;
}

/** "Naltrexone (Vivitrol extended-release ...)" → "Naltrexone": the parenthesis closing the name, with what it holds. */
function withoutTrailingGloss(text: string): string {
  const end = text.trimEnd();
  if (!end.endsWith(')')) return text;
  let depth = 0;
  for (let i = end.length - 1; i >= 0; i--) {
    const c = end.charCodeAt(i);
    if (c === 41 /* ) */) depth++;
    else if (c === 40 /* ( */ && --depth === 0) return end.slice(0, i);
  }
  return text;
}

function trimName(text: string): string {
  let trimmed = trimEdges(text, true);
  if (TRAILING_CONJUNCTION.test(trimmed)) trimmed = trimEdges(trimmed.replace(TRAILING_CONJUNCTION, ''), true);
  if (LEADING_CONJUNCTION.test(trimmed)) trimmed = trimEdges(trimmed.replace(LEADING_CONJUNCTION, ''), true);
  return trimmed;
}

function sourceOf(body: string): GuidelineSource {
  const odg = body.search(ODG_MENTION);
  const acoem = body.search(ACOEM_MENTION);
  if (odg < 0 && acoem < 0) return 'OTHER';
  if (acoem < 0) return 'ODG';
  if (odg < 0) return 'ACOEM';
  return odg <= acoem ? 'ODG' : 'ACOEM';
}

function firstUrl(body: string): string | null {
  URL.lastIndex = 0;
  const match = URL.exec(body);
  if (!match) return null;
  return match[0].replace(URL_LINE_BREAK, '-').replace(URL_TRAILING, '');
}

/**
 * The chapter and topics of an ODG or ACOEM citation, as written. Topics lose a trailing gloss
 * ("Naltrexone (Vivitrol extended-release injectable suspension)" → "Naltrexone") so one topic
 * written with and without it compares equal; the chapter keeps its qualifier ("Pain (Chronic)").
 */
function chaptersAndTopics(body: string, name: RegExp, otherMention: RegExp): string[] {
  let text = body;
  const otherSource = OTHER_SOURCE.exec(text);
  if (otherSource) text = text.slice(0, otherSource.index);
  // Another guideline quoted inside this one's citation ends this one's names.
  const otherGuideline = text.slice(1).search(otherMention);
  if (otherGuideline >= 0) text = text.slice(0, otherGuideline + 1);
  text = text
    .replace(URL, ' | ')
    .replace(name, ' | ')
    .replace(GUIDELINE_DATES, ' | ')
    .replace(NAME_WRAPPERS, ' | ')
    .replace(NAME_SEPARATORS, ' | ')
    .replace(AND_BEFORE_GUIDELINES, ' | ');
  const names: string[] = [];
  for (const part of text.split('|')) {
    const trimmed = trimName(part);
    if (!trimmed || QUALIFIER_ONLY.test(trimmed)) continue;
    const list = splitSectionList(chapterTopicsApart(trimmed), GUIDELINE_CHAPTERS, GUIDELINE_TOPICS, GUIDELINE_TEXT);
    for (const section of list.sections) {
      const isChapter = GUIDELINE_CHAPTERS.keys.has(catalogueKey(section));
      const cleaned = isChapter ? section : topicName(section);
      if (cleaned && !QUALIFIER_ONLY.test(cleaned) && !NAMES_NOTHING.test(cleaned) && !BRACKETED_ABBREVIATION.test(cleaned) && !names.includes(cleaned)) names.push(cleaned);
    }
  }
  return names;
}

/** "… Manipulation and ODG Chiropractic Guidelines": the conjunction before a topic's own guideline separates two names. */
const AND_BEFORE_GUIDELINES = /\s+and\s+(?=(?:ODG\s+)?(?:[A-Z][\w&/-]*\s+){0,4}Guidelines\b)/g;

/**
 * "Neck & Upper Back (Extracorporeal shock wave therapy (ESWT))", "Low Back (Shock wave therapy)":
 * what a chapter holds in brackets, other than its "(Acute & Chronic)", is a topic of it.
 */
function chapterTopicsApart(text: string): string {
  const open = text.indexOf('(');
  const end = text.trimEnd().length - 1;
  if (open <= 0 || closingBracket(text, open) !== end) return text;
  const chapter = text.slice(0, open).trim();
  const inside = text.slice(open + 1, end).trim();
  if (!GUIDELINE_CHAPTERS.keys.has(catalogueKey(chapter)) || QUALIFIER_ONLY.test(inside) || GUIDELINE_CHAPTERS.keys.has(catalogueKey(text))) return text;
  return `${chapter}, ${inside}`;
}

/** Where the bracket opened at `open` closes; -1 when it does not. */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 /* ( */) depth++;
    else if (c === 41 /* ) */ && --depth === 0) return i;
  }
  return -1;
}

/** A topic as one name: without a closing gloss or unmatched bracket, and "X Guidelines" as X when X is a known topic. */
function topicName(section: string): string {
  let name = trimName(withoutTrailingGloss(section));
  if (name.endsWith(')') && name.split(')').length > name.split('(').length) name = trimName(name.slice(0, -1));
  const own = TOPIC_GUIDELINES.exec(name)?.[1];
  return own !== undefined && GUIDELINE_TOPICS.keys.has(catalogueKey(own)) ? own : name;
}

/** The name of a source that is neither ODG nor ACOEM: its words up to the first punctuation. */
function otherTitle(body: string): string | null {
  const start = trimEdges(body, true);
  if (!start || /^(?:https?:\/\/|www\.)/i.test(start)) return null;
  const end = start.search(TITLE_END);
  return (end > 0 ? start.slice(0, end) : start).trim() || null;
}

/** "ACOEM guidelines and the Official Disability Guidelines": a conjunction before the other guideline's name starts a second citation. */
const SECOND_GUIDELINE = /(?:\s*[,;])?\s+(?:and|as\s+well\s+as|&)\s+(?:the\s+)?(?=\bODG\b|Official\s+Disability\s+Guidelines|\bACOEM\b|American\s+College\s+of\s+Occupational)/gi;

/**
 * `sentence` is one "Decision based on Non-MTUS Citation ..." sentence (without its final
 * period); `bodyStart` is where the free text after "Citation" begins. One sentence that cites
 * ODG and ACOEM side by side gives a citation of each.
 */
export function parseNonMtusSentences(sentence: string, bodyStart: number, citedBy: CitedBy): GuidelineCitation[] {
  const body = sentence.slice(bodyStart);
  const first = sourceOf(body);
  if (first === 'OTHER') return [parseNonMtusSentence(sentence, bodyStart, citedBy)];
  for (const joint of body.matchAll(SECOND_GUIDELINE)) {
    const rest = body.slice(joint.index + joint[0].length);
    if (sourceOf(rest) === first || sourceOf(body.slice(0, joint.index)) !== first) continue;
    const cut = bodyStart + joint.index;
    return [parseNonMtusSentence(sentence.slice(0, cut), bodyStart, citedBy), parseNonMtusSentence(rest, 0, citedBy)];
  }
  return [parseNonMtusSentence(sentence, bodyStart, citedBy)];
}

function parseNonMtusSentence(sentence: string, bodyStart: number, citedBy: CitedBy): GuidelineCitation {
  const body = sentence.slice(bodyStart).trim();
  const source = sourceOf(body);
  const pages = [...body.matchAll(PAGE_REFERENCE)].flatMap((m) => parsePageList(m[1] ?? ''));
  const citation: GuidelineCitation = {
    citedBy,
    basedOnMtus: false,
    source,
    title: null,
    edition: null,
    sections: [],
    inferredSections: [],
    sectionIds: [],
    pages,
    url: firstUrl(body),
    text: trimEdges(sentence, true),
  };
  if (source === 'ODG') {
    citation.title = 'Official Disability Guidelines';
    citation.edition = ODG_EDITION.exec(body.replace(URL, ''))?.[1] ?? null;
    citation.sections = chaptersAndTopics(body, ODG_NAME, ACOEM_MENTION);
  } else if (source === 'ACOEM') {
    citation.title = 'ACOEM Practice Guidelines';
    citation.edition = ACOEM_EDITION.exec(body)?.[1] ?? null;
    citation.sections = chaptersAndTopics(body.replace(PAGE_REFERENCE, ' ').replace(ACOEM_EDITION, ' '), ACOEM_NAME, ODG_MENTION);
  } else {
    citation.title = otherTitle(body);
  }
  // Chapters and topics the catalogue does not know are common outside the MTUS and raise no warning.
  citation.sectionIds = citationSectionIds(citation).ids;
  return citation;
}
