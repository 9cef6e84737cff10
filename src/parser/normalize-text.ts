/**
 * The one form of a letter's text that the parser reads and the fingerprint hashes, so that an
 * invisible or look-alike character cannot make one letter two (a second case, a case number
 * that no longer matches). Pure.
 *
 * 1. NFKC: full-width, ligature and compatibility forms become their plain letters.
 * 2. Characters that print as nothing are removed: zero-width spaces and joiners, soft hyphens,
 *    byte-order marks, bidirectional controls (Unicode's Default_Ignorable_Code_Point and
 *    Bidi_Control sets).
 * 3. Cyrillic and Greek letters that look like Latin ones are folded to Latin in a word that mixes
 *    them with Latin letters or digits ("Dеtermination", "СM14-0246489"), and in a word made of
 *    look-alikes only within a Latin text (a Cyrillic "а" for the article "a"). A word with a
 *    letter that has no Latin look-alike ("Привет") is a word of its own script and is kept.
 */

/** Prints as nothing. Tab, line and page breaks are not in these sets; they are kept. */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}]/gu;

/**
 * Cyrillic and Greek letters drawn like a Latin letter in common fonts (the unambiguous part of
 * Unicode's confusables.txt for these scripts).
 */
const LATIN_LOOKALIKES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    // Cyrillic
    а: 'a', в: 'B', е: 'e', ё: 'ë', к: 'k', м: 'M', н: 'H', о: 'o', р: 'p', с: 'c', т: 'T', у: 'y', х: 'x',
    і: 'i', ї: 'ï', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l',
    А: 'A', В: 'B', Е: 'E', Ё: 'Ë', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X',
    І: 'I', Ї: 'Ï', Ј: 'J', Ѕ: 'S', Ԁ: 'D', Ԛ: 'Q', Ԝ: 'W', Һ: 'H', Ӏ: 'I',
    // Greek
    α: 'a', ο: 'o', ι: 'i', κ: 'k', ν: 'v', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
    Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
  }),
);

/** A word: letters and the marks on them, with digits (case numbers mix them with letters). */
const WORD = /[\p{L}\p{M}\p{Nd}]+/gu;
const OTHER_SCRIPT = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;
const LATIN = /\p{Script=Latin}/u;

const DIGIT_OR_LATIN = /[\p{Script=Latin}\p{Nd}]/u;

/** Folds a word whose Cyrillic or Greek letters all have a Latin look-alike, when it mixes them with Latin or digits, or the text is Latin. */
function foldWord(word: string, isLatinText: boolean): string {
  if (!OTHER_SCRIPT.test(word)) return word;
  const characters = [...word];
  if (!characters.every((c) => !OTHER_SCRIPT.test(c) || LATIN_LOOKALIKES.has(c))) return word;
  if (!isLatinText && !characters.some((c) => DIGIT_OR_LATIN.test(c))) return word;
  return characters.map((c) => LATIN_LOOKALIKES.get(c) ?? c).join('');
}

/** Nearly every letter Latin: a word of look-alikes in it is a disguised Latin word, not a word of another language. */
function isMostlyLatin(text: string): boolean {
  let latin = 0;
  let other = 0;
  for (const match of text.matchAll(/[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/gu)) {
    if (LATIN.test(match[0])) latin++;
    else other++;
  }
  return other * 50 < latin;
}

/** Outside ASCII: only such text can hold a compatibility form, an invisible character or a look-alike. */
const NON_ASCII = /[^\x00-\x7f]/;

export function normalizeLetterText(text: string): string {
  // Most letters are plain ASCII, which every step leaves as it is: NFKC alone would cost a letter as much as parsing it.
  if (!NON_ASCII.test(text)) return text;
  const visible = text.normalize('NFKC').replace(INVISIBLE, '');
  // Most letters have no Cyrillic or Greek at all: skip the per-word pass.
  if (!OTHER_SCRIPT.test(visible)) return visible;
  const isLatinText = isMostlyLatin(visible);
  return visible.replace(WORD, (word) => foldWord(word, isLatinText));
}
