import { describe, expect, it } from 'vitest';
import { caseSerial, DEFAULT_SEED, generateLetter, MAX_LETTERS, type GeneratedLetter } from '../../src/corpus/index.js';
import { letterFingerprint, parseDeterminationText } from '../../src/parser/index.js';
import { checkCorpusFacts } from './corpus-facts.js';

const LETTERS = 300;
const letters: GeneratedLetter[] = Array.from({ length: LETTERS }, (_, i) => generateLetter(i));

describe('the synthetic letter generator', () => {
  it(`writes letters the parser reads to exactly their facts (the first ${LETTERS})`, () => {
    // Prepare
    const failures: string[] = [];
    let checked = 0;

    // Act
    letters.forEach((letter, index) => {
      const result = parseDeterminationText(letter.text);
      if (!result.success) {
        failures.push(`letter ${index} (${letter.fileName}): ${result.error.code} ${result.error.message}`);
        return;
      }
      const checks = checkCorpusFacts(letter.facts, result.data);
      checked += checks.length;
      for (const check of checks.filter((c) => !c.holds)) {
        failures.push(`letter ${index} (${letter.fileName}) ${check.fact}: expected ${JSON.stringify(check.expected)}, got ${JSON.stringify(check.actual)}`);
      }
      if (result.data.warnings.length > 0) failures.push(`letter ${index}: warnings ${result.data.warnings.map((w) => w.code).join(', ')}`);
    });

    // Assess
    expect(failures.slice(0, 20)).toEqual([]);
    expect(checked).toBeGreaterThan(LETTERS * 40);
  });

  it('writes distinct letters: different fingerprints, case numbers and file names', () => {
    expect(new Set(letters.map((l) => letterFingerprint(l.text))).size).toBe(LETTERS);
    expect(new Set(letters.map((l) => l.facts.caseNumber)).size).toBe(LETTERS);
    expect(new Set(letters.map((l) => l.fileName)).size).toBe(LETTERS);
    for (const letter of letters) expect(letter.fileName).toBe(`${letter.facts.caseNumber}.txt`);
  });

  it('gives every index up to 1,000,000 (and beyond, to 10,000,000) its own case serial, so no two letters are the same text', () => {
    // The serial is the case number's seven digits; the letter's text holds its case number.
    const serials = new Set<string>();
    for (let index = 0; index < 1_000_000; index++) serials.add(caseSerial(index));
    expect(serials.size).toBe(1_000_000);
    expect(caseSerial(MAX_LETTERS - 1)).toMatch(/^\d{7}$/);
    expect(generateLetter(999_999).facts.caseNumber).toMatch(/^CM1[3-7]-\d{7}$/);
    expect(() => generateLetter(MAX_LETTERS)).toThrow(RangeError);
    expect(() => generateLetter(-1)).toThrow(RangeError);
    expect(() => generateLetter(1.5)).toThrow(RangeError);
  });

  it('is deterministic: the same index and seed give the same letter, another seed another letter', () => {
    for (const index of [0, 1, 17, 123_456, 9_999_999]) {
      expect(generateLetter(index)).toEqual(generateLetter(index, DEFAULT_SEED));
      expect(generateLetter(index, 42)).toEqual(generateLetter(index, 42));
      expect(generateLetter(index, 42).text).not.toBe(generateLetter(index).text);
    }
    expect(generateLetter(5).text).toBe(letters[5]!.text);
  });

  it('dates each letter consistently: UR denial ≤ application received ≤ assigned ≤ decision, injury before UR, decisions 2014-01 … 2017-02', () => {
    const months = new Set<string>();
    for (const { facts } of letters) {
      expect(facts.urDenialDate <= facts.applicationReceivedDate).toBe(true);
      expect(facts.applicationReceivedDate <= facts.dateAssigned).toBe(true);
      expect(facts.dateAssigned <= facts.decisionDate).toBe(true);
      expect(facts.injuredWorker.dateOfInjury < facts.urDenialDate).toBe(true);
      expect(facts.decisionDate >= '2014-01-01' && facts.decisionDate <= '2017-02-28').toBe(true);
      expect(facts.caseNumber.slice(2, 4)).toBe(facts.dateAssigned.slice(2, 4));
      months.add(facts.decisionDate.slice(0, 7));
    }
    // 38 months from January 2014 to February 2017; 300 letters fall in nearly all of them.
    expect(months.size).toBeGreaterThanOrEqual(34);
  });

  it('overturns denials at rates that differ by treatment kind and by reviewer specialty', () => {
    // Prepare: enough items for rates to settle (generation is fast: a few thousand letters take well under a second).
    const byKind = new Map<string, { items: number; overturned: number }>();
    const bySpecialty = new Map<string, { items: number; overturned: number }>();
    const count = (map: typeof byKind, key: string, isOverturned: boolean) => {
      const entry = map.get(key) ?? { items: 0, overturned: 0 };
      entry.items++;
      if (isOverturned) entry.overturned++;
      map.set(key, entry);
    };

    // Act
    for (let index = 0; index < 4000; index++) {
      const { facts } = generateLetter(index);
      for (const item of facts.disputedItems) {
        count(byKind, item.kind, item.outcome === 'OVERTURNED');
        count(bySpecialty, facts.reviewer.specialties[0]!, item.outcome === 'OVERTURNED');
      }
    }
    const rate = (map: typeof byKind, key: string) => {
      const entry = map.get(key)!;
      return entry.overturned / entry.items;
    };

    // Assess
    expect(byKind.size).toBeGreaterThanOrEqual(30);
    expect(rate(byKind, 'followUpVisit')).toBeGreaterThan(2 * rate(byKind, 'opioid'));
    expect(rate(byKind, 'physicalTherapy')).toBeGreaterThan(2 * rate(byKind, 'topical'));
    expect(rate(bySpecialty, 'Chiropractor')).toBeGreaterThan(1.5 * rate(bySpecialty, 'Emergency Medicine'));
    const all = [...byKind.values()].reduce((sum, e) => ({ items: sum.items + e.items, overturned: sum.overturned + e.overturned }));
    expect(all.overturned / all.items).toBeGreaterThan(0.08);
    expect(all.overturned / all.items).toBeLessThan(0.2);
  });

  it("holds the README's examples in letter 0: case CM16-0230651, an overturned Norco request, an MTUS 'Opioids, criteria for use' citation", () => {
    const { facts } = generateLetter(0);
    expect(facts.caseNumber).toBe('CM16-0230651');
    const norco = facts.disputedItems.find((item) => item.treatment.nameContains === 'Norco');
    expect(norco?.outcome).toBe('OVERTURNED');
    expect(norco?.citations).toContainEqual(expect.objectContaining({ source: 'MTUS', sectionsInclude: ['Opioids, criteria for use'] }));
  });
});
