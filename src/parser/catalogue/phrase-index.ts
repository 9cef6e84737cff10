/**
 * Finding catalogue phrases (drug names, category keywords) in a short request by words rather
 * than by one giant regular expression: the request is split into words once, and each word is
 * one Map lookup. Built once at module load.
 *
 * A phrase ending in "*" matches any word starting with it ("arthroscop*"). At each word the
 * longest phrase wins, so "myofascial release" is found instead of "release".
 */

/** Words as requests write them: "x-ray", "EMG/NCV", "MRI's", "#3" stay one word. */
const WORD = /[a-z0-9]+(?:['’\/.\-][a-z0-9]+)*|#\d+/g;
const INNER_SEPARATOR = /[\/\-]/;
const PREFIX_START = 3;

function hasInnerSeparator(word: string): boolean {
  return word.includes('/') || word.includes('-');
}

export interface Word {
  text: string;
  start: number;
  end: number;
}

export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  const lower = text.toLowerCase();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) words.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return words;
}

export interface PhraseMatch<T> {
  value: T;
  /** Character offsets of the phrase in the request. */
  start: number;
  end: number;
}

interface Entry<T> {
  words: readonly string[];
  /** The last word is a prefix ("urine test*" matches "urine tests"). */
  lastIsPrefix: boolean;
  value: T;
}

export class PhraseIndex<T> {
  private readonly byFirstWord = new Map<string, Entry<T>[]>();
  /** Single-word prefixes by their first three letters (every prefix has at least three). */
  private readonly prefixesByStart = new Map<string, { prefix: string; value: T }[]>();

  add(phrase: string, value: T): void {
    const lastIsPrefix = phrase.endsWith('*');
    const words = wordsOf(lastIsPrefix ? phrase.slice(0, -1) : phrase).map((w) => w.text);
    const first = words[0];
    if (first === undefined) return;
    if (lastIsPrefix && words.length === 1) {
      if (first.length < PREFIX_START) throw new Error(`Catalogue prefix "${phrase}" is shorter than ${PREFIX_START} letters`);
      const start = first.slice(0, PREFIX_START);
      const list = this.prefixesByStart.get(start) ?? [];
      list.push({ prefix: first, value });
      this.prefixesByStart.set(start, list);
      return;
    }
    const entries = this.byFirstWord.get(first) ?? [];
    entries.push({ words, lastIsPrefix, value });
    entries.sort((a, b) => b.words.length - a.words.length);
    this.byFirstWord.set(first, entries);
  }

  /** Every phrase found in `words`, in order; a word is used by at most one phrase. */
  find(words: readonly Word[]): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    let i = 0;
    while (i < words.length) {
      const word = words[i];
      if (!word) break;
      const phrase = this.phraseAt(words, i);
      if (phrase) {
        const last = words[i + phrase.words.length - 1] ?? word;
        found.push({ value: phrase.value, start: word.start, end: last.end });
        i += phrase.words.length;
        continue;
      }
      const single = this.singleWord(word.text);
      if (single !== undefined) found.push({ value: single, start: word.start, end: word.end });
      else if (hasInnerSeparator(word.text)) this.findInParts(word, found);
      i++;
    }
    return found;
  }

  private phraseAt(words: readonly Word[], i: number): Entry<T> | undefined {
    const entries = this.byFirstWord.get(words[i]?.text ?? '');
    if (!entries) return undefined;
    return entries.find((e) =>
      e.words.every((w, k) => {
        const word = words[i + k]?.text;
        return k === e.words.length - 1 && e.lastIsPrefix ? word?.startsWith(w) === true : word === w;
      }),
    );
  }

  private singleWord(word: string): T | undefined {
    const candidates = this.prefixesByStart.get(word.slice(0, PREFIX_START));
    if (!candidates) return undefined;
    for (const { prefix, value } of candidates) if (word.startsWith(prefix)) return value;
    return undefined;
  }

  /** "Norco/Soma", "Hydrocodone-acetaminophen" when the joined word is not itself a phrase. */
  private findInParts(word: Word, found: PhraseMatch<T>[]): void {
    let offset = word.start;
    for (const part of word.text.split(INNER_SEPARATOR)) {
      const entry = this.byFirstWord.get(part)?.find((e) => e.words.length === 1 && !e.lastIsPrefix);
      const value = entry?.value ?? this.singleWord(part);
      if (value !== undefined) found.push({ value, start: offset, end: offset + part.length });
      offset += part.length + 1;
    }
  }
}
