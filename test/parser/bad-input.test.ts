import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeterminationText, parseLetter } from '../../src/parser/index.js';

const SAMPLES = path.resolve(import.meta.dirname, '../../samples');
const sampleText = readFileSync(path.join(SAMPLES, '000_0134393615b26c1c.txt'), 'utf8');
const encode = (text: string) => new TextEncoder().encode(text);

async function failure(bytes: Uint8Array, fileName = 'letter.txt') {
  const result = await parseLetter(bytes, fileName);
  if (result.success) throw new Error('expected a failure');
  return result.error;
}

describe('input that is not a letter we parse', () => {
  it('refuses empty input and whitespace as EMPTY_DOCUMENT', async () => {
    expect((await failure(new Uint8Array())).code).toBe('EMPTY_DOCUMENT');
    expect((await failure(encode(' \n\r\n\t '))).code).toBe('EMPTY_DOCUMENT');
  });

  it('says why ordinary text is not an IMR letter', async () => {
    const error = await failure(encode('Dear customer,\nyour invoice is attached.\nRegards'));
    expect(error.code).toBe('NOT_AN_IMR_LETTER');
    expect(error.message).toMatch(/IMR ISSUES, DECISIONS AND RATIONALES/);
  });

  it('refuses binary garbage', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect((await failure(bytes, 'image.png')).code).toBe('NOT_AN_IMR_LETTER');
  });

  it('refuses a file named .pdf that is not a PDF', async () => {
    const error = await failure(encode(sampleText), 'letter.pdf');
    expect(error.code).toBe('CORRUPT_PDF');
  });

  it('refuses input over the size limit before reading it', async () => {
    const result = await parseLetter(new Uint8Array(2048), 'big.txt', { maxBytes: 1024 });
    expect(result.success ? null : result.error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('names the older layouts it recognises but does not parse', () => {
    const older = [
      ['Notice of Independent Medical Review Determination\nIMR Case Number: IMR 13-000004\n1) MAXIMUS Federal Services, Inc. has determined the request for Norco is not medically necessary and appropriate.', 'NOTICE_2013'],
      ['MAXIMUS FEDERAL SERVICES, INC.\nIndependent Medical Review\nUR Denial Date: 10/01/2013\nDOCUMENTS REVIEWED\nIMR DECISION(S) AND RATIONALE(S)\n1. Norco', 'MAXIMUS_IMR_EARLY'],
      ['MEDICAL PROFESSIONAL REVIEW\nISSUE AT DISPUTE:\nNorco\nCASE SUMMARY:\n...', 'MEDICAL_PROFESSIONAL_REVIEW'],
    ] as const;
    for (const [text, format] of older) {
      const result = parseDeterminationText(text);
      expect(result.success).toBe(false);
      if (result.success) continue;
      expect(result.error.code).toBe('UNSUPPORTED_DOCUMENT');
      expect(result.error.message).toContain(format);
    }
  });

  it('refuses a current-layout letter whose items were cut off', () => {
    const cut = sampleText.slice(0, sampleText.indexOf('Hydrocodone 10/325 mg #110'));
    const result = parseDeterminationText(cut);
    expect(result.success ? null : result.error.code).toBe('UNSUPPORTED_DOCUMENT');
  });
});

describe('cross-checks that become warnings', () => {
  it('warns when the decision word disagrees with the rationale', () => {
    const flipped = sampleText.replace('Hydrocodone 10/325 mg #110: Upheld', 'Hydrocodone 10/325 mg #110: Overturned');
    const result = parseDeterminationText(flipped);
    if (!result.success) throw result.error;
    expect(result.data.disputedItems[0]?.decision.outcome).toBe('OVERTURNED');
    expect(result.data.outcome).toBe('PARTIALLY_OVERTURNED');
    expect(result.data.warnings).toContainEqual(expect.objectContaining({ code: 'DECISION_CONTRADICTS_RATIONALE', itemOrdinal: 1 }));
  });

  it('warns when an item has no guideline paragraph', () => {
    const missing = sampleText.replace(/MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Criteria \s*for use of opioids Page\(s\): 76-79\.\s*/, '');
    expect(missing).not.toBe(sampleText);
    const result = parseDeterminationText(missing);
    if (!result.success) throw result.error;
    expect(result.data.disputedItems).toHaveLength(2);
    expect(result.data.warnings).toContainEqual(expect.objectContaining({ code: 'NO_GUIDELINE_PARAGRAPH', itemOrdinal: 1 }));
  });

  it('reads the outcome from the rationale, with a warning, when the decision word is lost', () => {
    const lost = sampleText.replace('Hydrocodone 10/325 mg #110: Upheld', 'Hydrocodone 10/325 mg #110:');
    const result = parseDeterminationText(lost);
    if (!result.success) throw result.error;
    expect(result.data.disputedItems[0]?.decision.outcome).toBe('UPHELD');
    expect(result.data.warnings).toContainEqual(expect.objectContaining({ code: 'DECISION_FROM_RATIONALE', itemOrdinal: 1 }));
  });
});
