/**
 * The same letter as other copies print it: the parser must read every variant to the same
 * Determination (or, where the wording itself changes, to the same facts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Determination } from '../../src/domain/determination.js';
import { letterFingerprint, parseDeterminationText } from '../../src/parser/index.js';
import { checkSampleFacts, type SampleFacts } from './facts.js';

const SAMPLES = path.resolve(import.meta.dirname, '../../samples');
const NAME = '000_0134393615b26c1c';
const original = readFileSync(path.join(SAMPLES, `${NAME}.txt`), 'utf8');
const facts = JSON.parse(readFileSync(path.join(SAMPLES, 'facts', `${NAME}.json`), 'utf8')) as SampleFacts;

function parse(text: string): Determination {
  const result = parseDeterminationText(text);
  if (!result.success) throw result.error;
  return result.data;
}

/** Inserts a page break (footer, form feed, header) after every `every` non-blank lines. */
function withPageBreaks(text: string, every: number): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let printed = 0;
  let page = 1;
  for (const line of lines) {
    out.push(line);
    if (line.trim() !== '' && ++printed % every === 0) out.push('', `Page ${page} of 9`, '\f', `Page ${++page}`, '');
  }
  return out.join('\n');
}

const expected = parse(original);

describe('a letter printed differently', () => {
  it('reads the same with CRLF line endings', () => {
    expect(parse(original.replace(/\n/g, '\r\n'))).toEqual(expected);
  });

  it('reads the same without the blank lines between printed lines', () => {
    expect(parse(original.replace(/\n\s*\n/g, '\n'))).toEqual(expected);
  });

  it('reads the same with page headers and footers every few lines', () => {
    for (const every of [3, 7, 11]) expect(parse(withPageBreaks(original, every))).toEqual(expected);
  });

  it('reads the same when a page break falls inside an item line, between request and decision', () => {
    const split = original.replace('Hydrocodone 10/325 mg #110: Upheld', 'Hydrocodone 10/325\n\nPage 2 of 4\n\nmg #110:\n\nPage 3\n\nUpheld');
    expect(split).not.toBe(original);
    expect(parse(split)).toEqual(expected);
  });

  it('reads the same when a citation is broken across a page break', () => {
    const split = original.replace('Guidelines Criteria \n\nfor use of opioids', 'Guidelines Criteria\n\nPage 2 of 4\n\nfor use of opioids');
    expect(split).not.toBe(original);
    expect(parse(split)).toEqual(expected);
  });

  it('keeps its facts with typographic quotes, non-breaking spaces and tabs', () => {
    const typographic = original.replace(/'/g, '\u2019').replace(/ of /g, ' of\u00a0').replace(/: /g, ':\t');
    const failed = checkSampleFacts(facts, parse(typographic)).filter((check) => !check.holds);
    expect(failed).toEqual([]);
  });

  it('has one fingerprint whatever the line endings, blank lines, page markers and quotes', () => {
    const fingerprint = letterFingerprint(original);
    expect(letterFingerprint(original.replace(/\n/g, '\r\n'))).toBe(fingerprint);
    expect(letterFingerprint(withPageBreaks(original, 5))).toBe(fingerprint);
    expect(letterFingerprint(original.replace(/'/g, '\u2019'))).toBe(fingerprint);
    expect(letterFingerprint(original.replace('Upheld', 'Overturned'))).not.toBe(fingerprint);
  });
});
