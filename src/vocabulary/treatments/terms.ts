/**
 * How search terms are compared with the vocabulary's names: without regard to case, spacing,
 * punctuation or Unicode form. "Epidural Steroid Injection", "epidural-steroid injection" and
 * "E.S.I." all compare by their letters and digits alone; "Tylenol #3" is "tylenol3".
 */

const COMBINING_MARKS = /\p{M}+/gu;
const NOT_LETTER_OR_DIGIT = /[^a-z0-9]+/g;

/** The comparison key of a name or term: NFKD, marks dropped, lower case, letters and digits only. */
export function termKey(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase().replace(NOT_LETTER_OR_DIGIT, '');
}

/**
 * Keys to try for a term, best first: as written, then without a plural ending ("MRIs",
 * "X-rays", "braces"). A key that is itself a name ("TENS") is always tried first.
 */
export function termKeyCandidates(text: string): string[] {
  const key = termKey(text);
  if (key === '') return [];
  const keys = [key];
  if (key.length > 3 && key.endsWith('s') && !key.endsWith('ss')) {
    keys.push(key.slice(0, -1));
    if (key.endsWith('es')) keys.push(key.slice(0, -2));
  }
  return keys;
}

/** A slug for an id: "hydrocodone/acetaminophen" → "hydrocodone-acetaminophen", "Anti-epilepsy drugs" → "anti-epilepsy-drugs". */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
