/** The rationale's conclusion shown on a case page, on the letters the project ships. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rationaleConclusion } from '../../src/explorer/app/conclusion.js';
import { parseDeterminationText } from '../../src/parser/index.js';
import { SAMPLES_DIR } from '../server/local-server.js';

describe("a rationale's conclusion", () => {
  it('is the closing sentence that states the finding', () => {
    const rationale = 'The guidelines allow continued opioid therapy when function improves. The worker walks 30 minutes. Therefore, the request for Norco 10/325mg #120 is medically necessary.';

    expect(rationaleConclusion(rationale)).toBe('Therefore, the request for Norco 10/325mg #120 is medically necessary.');
  });

  it('prefers the finding over a sentence that follows it', () => {
    const rationale = 'Imaging shows no lesion. As such, the request is not medically necessary. See the guideline cited above.';

    expect(rationaleConclusion(rationale)).toBe('As such, the request is not medically necessary.');
  });

  it('falls back to the last sentence, and to nothing for nothing', () => {
    expect(rationaleConclusion('First point. Second point.')).toBe('Second point.');
    expect(rationaleConclusion('   ')).toBe('');
  });

  it('states a finding for every decided item of the sample letters', async () => {
    const folders = [SAMPLES_DIR, path.join(SAMPLES_DIR, 'synthetic')];
    let items = 0;
    for (const folder of folders) {
      for (const name of (await readdir(folder)).filter((file) => file.endsWith('.txt'))) {
        const parsed = parseDeterminationText(await readFile(path.join(folder, name), 'utf8'));
        if (!parsed.success) continue;
        for (const item of parsed.data.disputedItems) {
          items++;
          expect(rationaleConclusion(item.decision.rationale), `${name} item ${item.ordinal}`).toMatch(/necessary|appropriate|recommended/i);
        }
      }
    }
    expect(items).toBeGreaterThan(20);
  });
});
