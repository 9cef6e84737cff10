/**
 * One invisible or look-alike character must not make a letter a different letter: what the
 * fingerprint and the parser read is the text after normalizeLetterText.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { letterFingerprint, parseLetter } from '../../src/parser/index.js';
import { normalizeLetterText } from '../../src/parser/normalize-text.js';

const SYNTHETIC = path.resolve(import.meta.dirname, '../../samples/synthetic');
const letter = readFileSync(path.join(SYNTHETIC, 'CM14-0246489.txt'), 'utf8');
/** The letter with `insert` placed inside the first occurrence of `word`, after its first character. */
const altered = (word: string, insert: string) => letter.replace(word, `${word[0]}${insert}${word.slice(1)}`);
/** The letter with the first `latin` character of `word` swapped for `lookalike`. */
const swapped = (word: string, latin: string, lookalike: string) => letter.replace(word, word.replace(latin, lookalike));

describe('a letter altered by invisible or look-alike characters', () => {
  it.each([
    ['a zero-width joiner', altered('Determination', '\u200d')],
    ['a zero-width space', altered('Determination', '\u200b')],
    ['a soft hyphen', altered('Determination', '\u00ad')],
    ['a byte-order mark', altered('Determination', '\ufeff')],
    ['a right-to-left override', altered('Determination', '\u202e')],
    ['a Cyrillic "е" inside a Latin word', swapped('Determination', 'e', '\u0435')],
    ['a Greek "ο" inside a Latin word', swapped('Determination', 'o', '\u03bf')],
    ['full-width letters (NFKC)', letter.replace('Determination', 'Ｄｅｔｅｒｍｉｎａｔｉｏｎ')],
  ])('has the fingerprint of the original with %s', (_name, text) => {
    expect(text).not.toBe(letter);
    expect(letterFingerprint(text)).toBe(letterFingerprint(letter));
  });

  it('parses to the same case number when the number itself carries a look-alike and an invisible character', async () => {
    const number = 'CM14-0246489';
    const disguised = letter.replaceAll(number, `C\u200d\u041c14-0246489`);
    expect(disguised).not.toBe(letter);

    const parsed = await parseLetter(new TextEncoder().encode(disguised), 'letter.txt');

    expect(parsed.success && parsed.data.caseNumber).toBe(number);
    expect(parsed.success && letterFingerprint(parsed.text)).toBe(letterFingerprint(letter));
  });
});

describe('normalizeLetterText', () => {
  it('keeps words that are wholly in another script, and line and page breaks', () => {
    const text = 'Patient said «Привет» and Ελλάδα.\n\fPage 2\r\nDone';
    expect(normalizeLetterText(text)).toBe(text);
  });

  it('folds a word made only of look-alikes (a Cyrillic "а" for the article "a") in a Latin text, not in a Cyrillic one', () => {
    const latin = `${letter.slice(0, 400)} This is \u0430 test of \u0421\u0410\u0422 scan`;
    expect(normalizeLetterText(latin)).toBe(`${letter.slice(0, 400)} This is a test of CAT scan`);
    expect(normalizeLetterText('Москва и Казань')).toBe('Москва и Казань');
  });

  it('is idempotent', () => {
    const once = normalizeLetterText(swapped('Determination', 'e', '\u0435'));
    expect(normalizeLetterText(once)).toBe(once);
  });
});
