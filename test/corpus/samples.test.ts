import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateLetter } from '../../src/corpus/index.js';
import { factsJson } from '../../src/corpus/write-corpus.js';

const SYNTHETIC = path.resolve(import.meta.dirname, '../../samples/synthetic');
/** samples/synthetic holds letters 0–23 of the default corpus: `npm run corpus -- 24 --out samples/synthetic --facts`. */
const SAMPLE_COUNT = 24;
const expected = Array.from({ length: SAMPLE_COUNT }, (_, i) => generateLetter(i));

describe('the committed synthetic samples (samples/synthetic)', () => {
  it('are exactly the letters the generator writes today, no more, no fewer', () => {
    const letters = readdirSync(SYNTHETIC).filter((f) => f.endsWith('.txt')).sort();
    const facts = readdirSync(path.join(SYNTHETIC, 'facts')).sort();

    expect(letters).toEqual(expected.map((l) => l.fileName).sort());
    expect(facts).toEqual(expected.map((l) => l.fileName.replace(/\.txt$/, '.json')).sort());
  });

  it.each(expected.map((letter) => [letter.fileName, letter] as const))('%s and its facts file equal the generator output', (fileName, letter) => {
    expect(readFileSync(path.join(SYNTHETIC, fileName), 'utf8')).toBe(letter.text);
    expect(readFileSync(path.join(SYNTHETIC, 'facts', fileName.replace(/\.txt$/, '.json')), 'utf8')).toBe(factsJson(letter.facts));
  });

  it("serve the README's examples: case CM16-0230651, an overturned Norco item, an MTUS 'Opioids, criteria for use' citation", () => {
    const facts = expected.map((l) => l.facts);
    const items = facts.flatMap((f) => f.disputedItems);
    expect(facts.map((f) => f.caseNumber)).toContain('CM16-0230651');
    expect(items.some((i) => i.treatment.nameContains === 'Norco' && i.outcome === 'OVERTURNED')).toBe(true);
    expect(items.some((i) => i.citations.some((c) => c.source === 'MTUS' && c.sectionsInclude.includes('Opioids, criteria for use')))).toBe(true);
    // Every sample has a full cover: a newcomer's first query shows case numbers and dates.
    for (const f of facts) expect(f.caseNumber && f.decisionDate && f.dateAssigned && f.urDenialDate && f.applicationReceivedDate).toBeTruthy();
  });
});
