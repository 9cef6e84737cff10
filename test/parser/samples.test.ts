import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeterminationPdf, parseDeterminationText, parseLetter } from '../../src/parser/index.js';
import { checkSampleFacts, type SampleFacts } from './facts.js';

const SAMPLES = path.resolve(import.meta.dirname, '../../samples');
const names = readdirSync(SAMPLES)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => file.slice(0, -'.txt'.length));

const facts = (name: string) => JSON.parse(readFileSync(path.join(SAMPLES, 'facts', `${name}.json`), 'utf8')) as SampleFacts;
const text = (name: string) => readFileSync(path.join(SAMPLES, `${name}.txt`), 'utf8');
const pdf = (name: string) => new Uint8Array(readFileSync(path.join(SAMPLES, `${name}.pdf`)));

describe('the sample letters', () => {
  it('are all here, each as .txt, .pdf and facts', () => {
    expect(names.length).toBeGreaterThanOrEqual(4);
  });

  describe.each(names)('%s', (name) => {
    it('yields exactly the facts in its facts file, from its text', () => {
      const result = parseDeterminationText(text(name));
      if (!result.success) throw result.error;
      const failed = checkSampleFacts(facts(name), result.data).filter((check) => !check.holds);
      expect(failed).toEqual([]);
      expect(result.data.format).toBe('FINAL_DETERMINATION');
    });

    it('yields the same Determination from its PDF as from its text', async () => {
      const fromText = parseDeterminationText(text(name));
      const fromPdf = await parseDeterminationPdf(pdf(name));
      if (!fromText.success) throw fromText.error;
      if (!fromPdf.success) throw fromPdf.error;
      expect(fromPdf.data).toEqual(fromText.data);
    });

    it('is recognised as a PDF by its bytes, whatever its name', async () => {
      const result = await parseLetter(pdf(name), 'upload.bin');
      expect(result.success).toBe(true);
    });
  });
});
