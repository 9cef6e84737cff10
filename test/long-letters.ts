/** Letters with a clinical summary grown far past any real one, for the size limits' tests. */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SYNTHETIC_LETTER = fileURLToPath(new URL('../samples/synthetic/CM16-0230651.txt', import.meta.url));
export const LONG_LETTER_CASE_NUMBER = 'CM16-0230651';

/** Distinct made-up words of random letters (so gzip gains little on them), in lines of letter width; the same on every run. */
function uniqueWords(bytes: number): string {
  const lines: string[] = [];
  let line: string[] = [];
  let size = 0;
  let state = 0x2545f491;
  const nextLetter = () => {
    // xorshift32: random enough that gzip cannot shrink the text much.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return String.fromCharCode(97 + ((state >>> 0) % 26));
  };
  for (let i = 0; size < bytes; i++) {
    const word = Array.from({ length: 4 + (i % 7) }, nextLetter).join('');
    line.push(word);
    size += word.length + 1;
    if (line.length === 12) {
      lines.push(line.join(' '));
      line = [];
    }
  }
  if (line.length) lines.push(line.join(' '));
  return lines.join('\n');
}

const repeatedSentence = (bytes: number) =>
  Array.from({ length: Math.ceil(bytes / 96) }, () => 'The worker reported ongoing low back pain at each visit and the examination findings were unchanged.').join('\n');

/**
 * The synthetic letter CM16-0230651 with `extraBytes` more of clinical summary: a repeated sentence
 * (compresses well) or unique words (does not).
 */
export function letterWithLongSummary(extraBytes: number, words: 'repeated' | 'unique' = 'repeated'): Uint8Array {
  const letter = readFileSync(SYNTHETIC_LETTER, 'utf8');
  const anchor = 'requests, and the worker applied for independent medical review.\n';
  if (!letter.includes(anchor)) throw new Error('The synthetic letter changed: its clinical summary no longer ends as expected.');
  const filler = words === 'unique' ? uniqueWords(extraBytes) : repeatedSentence(extraBytes);
  return new TextEncoder().encode(letter.replace(anchor, `${anchor.trimEnd()}\n${filler}\n`));
}

/** Random letters and digits in words (as base64 is), which gzip cannot shrink much. */
function incompressibleWords(bytes: number): string {
  return randomBytes(Math.ceil((bytes * 3) / 4))
    .toString('base64')
    .replace(/[+/=]/g, 'x')
    .replace(/(.{9})/g, '$1 ')
    .replace(/((?:\S+ ){9})/g, '$1\n');
}

/**
 * The synthetic letter CM16-0230651 with 60 disputed items, each with a rationale of 10 KB of random
 * words: quick to parse, but its case is about 500 KB compressed, over DynamoDB's 400 KB per item.
 */
export function letterTooBigToStore(): Uint8Array {
  const letter = readFileSync(SYNTHETIC_LETTER, 'utf8');
  const start = letter.indexOf('Norco 10/325mg #120: Overturned');
  const end = letter.indexOf('Ranitidine 150mg #60: Overturned');
  if (start < 0 || end < start) throw new Error('The synthetic letter changed: its first disputed item is not where expected.');
  const item = letter.slice(start, end);
  const items = Array.from({ length: 60 }, (_, i) =>
    item.replace('Norco 10/325mg #120', `Norco ${i + 1} mg #${i + 1}`).replace('Decision rationale: ', `Decision rationale: ${incompressibleWords(10_000)} `),
  );
  return new TextEncoder().encode(letter.slice(0, start) + items.join('') + letter.slice(end));
}
