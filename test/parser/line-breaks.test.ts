/**
 * Letters that lost their line breaks (copied as one line, or with paragraphs reflowed so headings
 * and labels share a line with the next sentence) read as the letters they are.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Determination } from '../../src/domain/determination.js';
import { parseDeterminationPdf, parseDeterminationText } from '../../src/parser/index.js';
import { checkRealFacts, type RealFacts } from './facts.js';
import { hasRealLetters, REAL_FACTS, REAL_LETTERS } from '../real-fixtures.js';

const SAMPLES = path.resolve(import.meta.dirname, '../../samples');
const sampleTexts = [
  ...readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).map((f) => path.join(SAMPLES, f)),
  ...readdirSync(path.join(SAMPLES, 'synthetic')).filter((f) => f.endsWith('.txt')).map((f) => path.join(SAMPLES, 'synthetic', f)),
];

/** Every line break replaced by a space. */
const oneLine = (text: string) => text.replace(/\r?\n/g, ' ');
/** Each paragraph (lines up to a blank one) on one line, and each heading joined to what follows it. */
const reflowed = (text: string) =>
  text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.replace(/\r?\n/g, ' '))
    .join('\n')
    .replace(/^(HOW THE IMR FINAL DETERMINATION WAS MADE|CLINICAL CASE SUMMARY|IMR ISSUES, DECISIONS AND RATIONALES)\n/gm, '$1 ');

function parsed(text: string): Determination {
  const result = parseDeterminationText(text);
  if (!result.success) throw result.error;
  return result.data;
}

/** What a reader asks of a letter: every fact but the free text, whose wrapped hyphens a lost line break cannot tell apart. */
function facts(d: Determination) {
  return {
    cover: [d.caseNumber, d.dateAssigned, d.decisionDate, d.urDenialDate, d.applicationReceivedDate, d.priority],
    reviewer: d.reviewer,
    worker: [d.injuredWorker.age, d.injuredWorker.sex, d.injuredWorker.dateOfInjury],
    urDate: d.utilizationReview.date,
    outcome: d.outcome,
    items: d.disputedItems.map((item) => ({
      description: item.description,
      outcome: item.decision.outcome,
      concept: item.treatment.conceptId,
      citations: item.citations.map((c) => [c.citedBy, c.source, c.title, c.sections, c.pages]),
    })),
  };
}

describe('a letter that lost its line breaks', () => {
  it.each(sampleTexts.map((file) => [path.relative(SAMPLES, file), file]))('%s on one line reads as the original', (_name, file) => {
    const original = readFileSync(file, 'utf8');
    const flat = parsed(oneLine(original));
    expect(facts(flat)).toEqual(facts(parsed(original)));
    expect(flat.warnings.map((w) => w.code)).toContain('LINE_BREAKS_RESTORED');
  });

  it.each(sampleTexts.map((file) => [path.relative(SAMPLES, file), file]))('%s reflowed reads as the original', (_name, file) => {
    const original = readFileSync(file, 'utf8');
    expect(facts(parsed(reflowed(original)))).toEqual(facts(parsed(original)));
  });

  it('keeps the warning off letters that kept their breaks', () => {
    for (const file of sampleTexts) expect(parsed(readFileSync(file, 'utf8')).warnings.map((w) => w.code)).not.toContain('LINE_BREAKS_RESTORED');
  });

  it('still refuses text that is no letter at all, and names IMR correspondence in an unknown layout', () => {
    const shopping = parseDeterminationText('Eggs, milk, bread. Call the plumber on Tuesday.');
    expect(shopping.success ? null : shopping.error.code).toBe('NOT_AN_IMR_LETTER');
    const unknown = parseDeterminationText(
      'MAXIMUS Federal Services\nIndependent Medical Review\nCase Number: CM16-0230651\nRE: your request\nThe reviewer found the requested MRI medically necessary.\n',
    );
    expect(unknown.success ? null : unknown.error.code).toBe('UNKNOWN_IMR_LAYOUT');
  });
});

describe.skipIf(!hasRealLetters)('real letters that lost their line breaks', () => {
  it('each of the 120 real letters, put on one line, still holds its facts', async () => {
    const failures: string[] = [];
    let held = 0;
    for (const letter of readdirSync(REAL_LETTERS).filter((f) => f.endsWith('.pdf')).sort()) {
      const fromPdf = await parseDeterminationPdf(new Uint8Array(readFileSync(path.join(REAL_LETTERS, letter))));
      if (!fromPdf.success) throw fromPdf.error;
      const flat = parseDeterminationText(oneLine(fromPdf.text));
      if (!flat.success) {
        failures.push(`${letter}: ${flat.error.code}`);
        continue;
      }
      const factsFile = JSON.parse(readFileSync(path.join(REAL_FACTS, letter.replace(/\.pdf$/, '.json')), 'utf8')) as RealFacts;
      const original = checkRealFacts(factsFile, fromPdf.data).filter((c) => c.holds).map((c) => c.fact);
      const after = new Set(checkRealFacts(factsFile, flat.data).filter((c) => c.holds).map((c) => c.fact));
      const lost = original.filter((fact) => !after.has(fact));
      if (lost.length > 0) failures.push(`${letter}: ${lost.join(', ')}`);
      held += after.size;
    }
    console.info(`[real letters on one line] facts held: ${held}; letters with a lost fact: ${failures.length}`);
    expect(failures).toEqual([]);
  }, 180_000);
});

if (!hasRealLetters) console.warn(`\n[real letters on one line] SKIPPED: ${REAL_LETTERS} is absent.\n`);
