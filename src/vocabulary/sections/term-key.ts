/**
 * How section names are compared. Letters write one section many ways: "Opioids, criteria for
 * use" and "Criteria for use of opioids", "Neck & Upper Back" and "Neck and upper back", "MRIs"
 * and "MRI's", "Electro- diagnostic" broken across lines. A name's key is the bag of its words:
 * lowercase, marks (®, ™) and punctuation dropped, "&" read as "and", the joining words "of",
 * "for", "the" and "and" left out, a plural "s" dropped, the words sorted. Whether a hyphen
 * separates two words ("Anti-epilepsy") or joins one ("Antiepilepsy") cannot be told from the
 * text, so a name has two keys, one read each way, and two names match when any keys are equal.
 *
 * A key is coarse on purpose; what keeps it from joining two sections is the catalogue test that
 * no two concepts a letter could mean in one place share a key.
 */

const MARKS = /[®©™]/g;
const APOSTROPHES = /['’‘`]/g;
/** A hyphen between two word characters, or the "- " a line break left inside a word. */
const HYPHEN_IN_WORD = /(?<=[a-z0-9])[-–]\s*(?=[a-z0-9])/g;
const NON_WORD = /[^a-z0-9]+/;
const JOINING_WORDS: ReadonlySet<string> = new Set(['of', 'for', 'the', 'and']);
const MIN_PLURAL_LENGTH = 4;

function singular(word: string): string {
  return word.length >= MIN_PLURAL_LENGTH && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

function keyOf(text: string): string {
  const words: string[] = [];
  for (const word of text.split(NON_WORD)) if (word && !JOINING_WORDS.has(word)) words.push(singular(word));
  return words.sort().join(' ');
}

/** The keys of a section name (one or two, never empty strings; none for a name with no words). */
export function termKeys(text: string): string[] {
  const plain = text.toLowerCase().replace(MARKS, '').replace(APOSTROPHES, '').replace(/&/g, ' and ');
  const spaced = keyOf(plain);
  const joined = keyOf(plain.replace(HYPHEN_IN_WORD, ''));
  const keys: string[] = [];
  if (spaced) keys.push(spaced);
  if (joined && joined !== spaced) keys.push(joined);
  return keys;
}

/** A trailing parenthesis that glosses a name: "Lidoderm (lidocaine patch)" → "Lidoderm". */
const TRAILING_GLOSS = /\s*\([^()]*\)\s*$/;

/** `text` without its trailing gloss, or null when it has none (or is nothing but one). */
export function withoutGloss(text: string): string | null {
  const bare = text.replace(TRAILING_GLOSS, '');
  return bare !== text && bare.trim() !== '' ? bare : null;
}
