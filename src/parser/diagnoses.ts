/**
 * The diagnoses a clinical summary lists. Reviewers copy ICD-10 descriptions, whose commas are part
 * of one diagnosis ("Strain of muscle, fascia and tendon of lower back, subsequent encounter",
 * "Dislocation, shoulder"), so a comma only separates diagnoses when what follows it could stand
 * alone; a semicolon list is split at its semicolons only.
 */
import { BODY_REGIONS } from '../vocabulary/treatments/regions.js';

/** Phrases that introduce the diagnoses, as reviewers write them; the earliest in the text wins, and at one place the longer phrasing. */
const DIAGNOSES_INTRO_PHRASES = [
  String.raw`diagnos[ie]s\b[^.:;]{0,60}?\b(?:were|was|are|is|have\s+been|has\s+been)\s+(?:noted|documented|listed|reported|stated|identified|given)\s+(?:to\s+include|as(?:\s+follows)?|to\s+be)`,
  String.raw`diagnos[ie]s\s+(?:documented|noted|listed|reported)\s+(?:is|are|was|were|include[sd]?|as)`,
  String.raw`(?:(?:current|working|final|relevant|pertinent|primary)\s+)?diagnos[ie]s\s+(?:that\s+)?(?:have\s+)?(?:included|includes?|are|is|was|were|consisted\s+of|of)(?:\s+(?:documented|noted|listed|reported)\s+as)?`,
  String.raw`diagnos[ie]s\s*:`,
  String.raw`diagnosed\s+(?:with|as\s+having|as)`,
  String.raw`(?:undergoing|receiving)\s+treatments?\s+for`,
  String.raw`(?:being\s+)?treated\s+for`,
];
const DIAGNOSES_INTRO = new RegExp(
  `(?:${DIAGNOSES_INTRO_PHRASES.map((phrase) => `\\b${phrase}`).join('|')})\\s*:?\\s*`,
  'i',
);

/** A sentence ends at a period before a capital ("infection.The" too); "L4-5." inside a list does not end it. */
const SENTENCE_END = /\.["'”’]?(?=\s+[A-Z(]|\s*$|[A-Z][a-z]{2})/;

/** Where no sentence end is found, the list is read this far at most. */
const MAX_LIST_CHARS = 400;

const SIDES = ['left', 'right', 'bilateral', 'unspecified', 'other'];
/** Words of ICD-10's trailing qualifiers: ", initial encounter", ", lumbosacral region", ", unspecified". */
const QUALIFIERS = ['initial', 'subsequent', 'encounter', 'sequela', 'region', 'level', 'site', 'side', 'part', 'parts', 'unspecified', 'specified', 'upper', 'lower', 'mid', 'middle', 'of', 'the', 'and', 'at', 'with', 'in'];
const QUALIFIER_WORDS = new Set([...SIDES, ...QUALIFIERS]);
const PLACE_WORDS = new Set([
  ...BODY_REGIONS.flatMap((region) => [region.name, ...region.synonyms])
    .filter((phrase) => phrase !== 'trigger finger') // a diagnosis, not a place
    .flatMap((phrase) => phrase.toLowerCase().split(/[\s-]+/)),
  ...QUALIFIER_WORDS,
]);
const ICD_TRAILER = /\b(?:encounter|sequela|region|level|site|unspecified|initial|subsequent)\b/i;
const SIDE_FIRST = new RegExp(`^(?:${SIDES.join('|')})\\b`, 'i');

const words = (text: string) => text.toLowerCase().split(/[^a-z]+/).filter((word) => word !== '');
/** Only places, sides and ICD qualifiers: a fragment that cannot be a diagnosis on its own. */
const placeOnly = (fragment: string) => words(fragment).every((word) => PLACE_WORDS.has(word));

/** Lead-ins and stray punctuation a list's first words carry: "the diagnosis of …", "documented …", "a …". */
function clean(part: string): string {
  return part
    .trim()
    .replace(/^(?:(?:and|with|of)\s+)+/i, '')
    .replace(/^(?:the\s+)?diagnos[ie]s\s+(?:of|is|was|were|are|include[sd]?)\s+/i, '')
    .replace(/^documented\s+(?:(?:is|are|was|were|as)\s+)?/i, '')
    .replace(/^(?:an?|the)\s+/i, '')
    .replace(/^["'“‘\[(:;,\s]+|["'”’.:;,\])\s]+$/g, '')
    .trim();
}

/** A place word that is not just a side or an ICD qualifier: the fragment already names where. */
const namesPlace = (fragment: string) => words(fragment).some((word) => PLACE_WORDS.has(word) && !QUALIFIER_WORDS.has(word));

/**
 * Comma fragments joined back into diagnoses: an ICD trailer, a side-and-place fragment, or a place
 * after a diagnosis that names none ("Dislocation, shoulder") belongs to the diagnosis before it;
 * a bare place before others ("cervical, thoracic and lumbar strain") belongs to the one after it.
 */
function joinCommaFragments(fragments: readonly string[]): { parts: string[]; joined: boolean } {
  const parts: string[] = [];
  let pending: string | null = null;
  let joined = false;
  fragments.forEach((fragment, index) => {
    const text: string = pending === null ? fragment : `${pending}, ${fragment}`;
    joined ||= pending !== null;
    pending = null;
    const previous = parts.at(-1);
    if (!placeOnly(text)) {
      parts.push(text);
    } else if (previous !== undefined && (ICD_TRAILER.test(text) || SIDE_FIRST.test(text) || !namesPlace(previous))) {
      parts[parts.length - 1] = `${previous}, ${text}`;
      joined = true;
    } else if (index < fragments.length - 1) {
      pending = text;
    } else if (previous !== undefined) {
      parts[parts.length - 1] = `${previous}, ${text}`;
      joined = true;
    } else {
      parts.push(text);
    }
  });
  return { parts, joined };
}

export interface DiagnosesReading {
  diagnoses: string[];
  /** Why the reading is a guess, if it is one; the caller turns these into parse warnings. */
  doubts: string[];
}

export function readDiagnoses(summary: string): DiagnosesReading {
  const intro = DIAGNOSES_INTRO.exec(summary);
  if (!intro) return { diagnoses: [], doubts: [] };
  const rest = summary.slice(intro.index + intro[0].length);
  const end = SENTENCE_END.exec(rest);
  const doubts: string[] = [];
  if (!end && rest.length > MAX_LIST_CHARS) doubts.push(`the diagnoses list has no sentence end; read its first ${MAX_LIST_CHARS} characters`);
  const list = end ? rest.slice(0, end.index) : rest.slice(0, MAX_LIST_CHARS);
  // "muscle, fascia and tendon" is one ICD-10 phrase, never two diagnoses.
  const protectedList = list.replace(/\b(muscles?),(\s+fascia)/gi, '$1\u0000$2').replace(/\b(fascia),(\s+(?:and\s+)?tendons?)/gi, '$1\u0000$2');
  let parts: string[];
  if (protectedList.includes(';')) parts = protectedList.split(';');
  else {
    const reading = joinCommaFragments(protectedList.split(/,\s*(?:and\s+)?/).map(clean).filter((part) => part !== ''));
    parts = reading.parts;
    if (reading.joined) doubts.push('commas inside a diagnosis were kept (an ICD-10 qualifier or a list of places)');
  }
  const diagnoses = parts
    .map((part) => clean(part.replaceAll('\u0000', ',')))
    .filter((part) => part.length > 1 && part.length < 160);
  return { diagnoses, doubts };
}
