/**
 * The treatment vocabulary on the 120 real public letters beside the project
 * (../shared/fixtures/real): every disputed item, as the parser reads it from the PDF, gets a
 * concept; names are whole; and a search for an everyday term finds every item whose description
 * says it. The letters are third-party documents, never committed: without them this suite skips,
 * and says so. The vocabulary was written with these letters in view, so the same checks also run
 * on letters it was not: the synthetic corpus (src/corpus), whose requests another hand wrote.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DisputedItem } from '../../src/domain/determination.js';
import { generateLetter } from '../../src/corpus/index.js';
import { describeTreatment, parseDeterminationPdf } from '../../src/parser/index.js';
import { conceptLineage, resolveTreatmentTerm, treatmentConcept } from '../../src/vocabulary/treatments/index.js';
import { hasRealLetters as present, REAL_LETTERS } from '../real-fixtures.js';

/** Where a name was cut off mid-phrase: an open parenthesis, a trailing comma, a joining word. */
const FRAGMENT_END = /(?:[(,;:\/&-]|\b(?:to|of|for|with|and|or|at|in|on|per|x|times|the|a|an|by|vs|from|under|every))\s*$/i;
const isFragment = (name: string) => FRAGMENT_END.test(name) || name.split('(').length !== name.split(')').length;

/**
 * Everyday search terms and, written independently of the vocabulary, how a description says them.
 * The pattern is the term itself (plurals and spacing aside), not its synonyms: the test asks
 * whether every item that says the term is found through the concept the term resolves to.
 */
const TERMS: ReadonlyArray<{ term: string; says: RegExp }> = [
  { term: 'MRI', says: /\bMRI/i },
  { term: 'EMG', says: /\bEMG/i },
  { term: 'acupuncture', says: /acupuncture/i },
  { term: 'chiropractic', says: /chiropractic/i },
  { term: 'epidural steroid injection', says: /epidural\s+steroid\s+injections?/i },
  { term: 'physical therapy', says: /physical\s+therapy/i },
  { term: 'hydrocodone', says: /hydrocodone/i },
  { term: 'TENS', says: /\bTENS\b/i },
  { term: 'urine drug screen', says: /urine\s+drug\s+screens?/i },
];

if (!present) {
  console.warn(`\n[treatment vocabulary] SKIPPED: ${REAL_LETTERS} is absent, so the real letters' items are not checked.\n`);
}

describe.skipIf(!present)('the disputed items of the 120 real letters', () => {
  const items: DisputedItem[] = [];

  beforeAll(async () => {
    for (const letter of readdirSync(REAL_LETTERS).filter((f) => f.endsWith('.pdf')).sort()) {
      const result = await parseDeterminationPdf(new Uint8Array(readFileSync(path.join(REAL_LETTERS, letter))));
      if (!result.success) throw new Error(`${letter}: ${result.error.code}: ${result.error.message}`);
      items.push(...result.data.disputedItems);
    }
  }, 120_000);

  it('are all read', () => {
    expect(items.length).toBeGreaterThan(250);
  });

  it('each have a concept the vocabulary knows, and at least 90% one more specific than their category', () => {
    // Act
    const unknown = items.filter((i) => treatmentConcept(i.treatment.conceptId) === undefined);
    const kinds = new Map<string, number>();
    for (const item of items) {
      const kind = treatmentConcept(item.treatment.conceptId)?.kind ?? 'UNKNOWN';
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    const catchAll = items.filter((i) => i.treatment.conceptId.startsWith('category/'));
    const share = (items.length - catchAll.length) / items.length;
    console.info(
      `[treatment vocabulary] ${items.length - catchAll.length} / ${items.length} items (${(100 * share).toFixed(1)}%) have a concept below their category;` +
        ` by kind: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}` +
        (catchAll.length ? `; catch-all: ${catchAll.map((i) => `"${i.description}"`).join(', ')}` : ''),
    );
    // Assess
    expect(unknown.map((i) => i.treatment.conceptId)).toEqual([]);
    expect(share).toBeGreaterThanOrEqual(0.9);
  });

  it('each have a whole name, never a fragment cut mid-phrase', () => {
    const fragments = items.filter((i) => i.treatment.name.trim() === '' || isFragment(i.treatment.name)).map((i) => `${i.description} → ${i.treatment.name}`);
    expect(fragments).toEqual([]);
  });

  it.each(TERMS)('are found by "$term" wherever their description says it', ({ term, says }) => {
    // Prepare
    const resolved = new Set(resolveTreatmentTerm(term));
    const saying = items.filter((i) => says.test(i.description));
    // Act
    const found = items.filter((i) => conceptLineage(i.treatment.conceptId).some((id) => resolved.has(id)));
    const missed = saying.filter((i) => !found.includes(i));
    const beyondTheWords = found.filter((i) => !says.test(i.description));
    console.info(
      `[treatment vocabulary] "${term}": ${saying.length - missed.length} / ${saying.length} items that say it are found` +
        ` (and ${beyondTheWords.length} more that name it otherwise${beyondTheWords.length ? `, e.g. "${beyondTheWords[0]?.description}"` : ''})`,
    );
    // Assess
    expect(resolved.size).toBeGreaterThan(0);
    expect(missed.map((i) => `${i.description} → ${i.treatment.conceptId}`)).toEqual([]);
  });

  it('that name a hydrocodone brand (Norco, Vicodin, Lortab) are found by "hydrocodone" too', () => {
    const hydrocodone = new Set(resolveTreatmentTerm('hydrocodone'));
    const brands = items.filter((i) => /\b(?:norco|vicodin|lortab)\b/i.test(i.description));
    expect(brands.length).toBeGreaterThan(0);
    expect(brands.filter((i) => !conceptLineage(i.treatment.conceptId).some((id) => hydrocodone.has(id))).map((i) => i.description)).toEqual([]);
  });
});

describe('the disputed items of 2,000 synthetic letters', () => {
  const LETTERS = 2_000;
  const requests: string[] = [];
  for (let index = 0; index < LETTERS; index++) for (const item of generateLetter(index).facts.disputedItems) requests.push(item.description);
  const described = requests.map((request) => ({ description: request, treatment: describeTreatment(request) }));

  it('each have a concept below their category, and a whole name', () => {
    const catchAll = described.filter((i) => i.treatment.conceptId.startsWith('category/'));
    const fragments = described.filter((i) => isFragment(i.treatment.name)).map((i) => `${i.description} → ${i.treatment.name}`);
    console.info(`[treatment vocabulary] synthetic: ${described.length - catchAll.length} / ${described.length} items have a concept below their category`);
    expect(catchAll.length / described.length).toBeLessThanOrEqual(0.1);
    expect(fragments).toEqual([]);
  });

  /** "Round-trip transportation to physical therapy" names the therapy as where the ride goes: the request is the ride. */
  const RIDE_TO = /\btransportation\s+to\b/i;

  it.each(TERMS)('are found by "$term" wherever their description asks for it', ({ term, says }) => {
    const resolved = new Set(resolveTreatmentTerm(term));
    const saying = described.filter((i) => says.test(i.description));
    const rides = saying.filter((i) => RIDE_TO.test(i.description));
    const missed = saying.filter((i) => !RIDE_TO.test(i.description) && !conceptLineage(i.treatment.conceptId).some((id) => resolved.has(id)));
    console.info(
      `[treatment vocabulary] synthetic, "${term}": ${saying.length - rides.length - missed.length} / ${saying.length - rides.length} items that ask for it are found` +
        (rides.length ? ` (${rides.length} more say it as where a ride goes, and are the ride)` : ''),
    );
    expect(rides.every((i) => i.treatment.category === 'TRANSPORTATION')).toBe(true);
    expect(missed.map((i) => `${i.description} → ${i.treatment.conceptId}`)).toEqual([]);
  });
});

describe.skipIf(present)('the real letters (absent)', () => {
  it(`SKIPPED: ${REAL_LETTERS} is absent; the vocabulary's real-letter checks did not run`, () => {
    expect(present).toBe(false);
  });
});
