import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDeterminationText } from '../../src/parser/index.js';

const letter = readFileSync(new URL('../../samples/synthetic/CM14-0246489.txt', import.meta.url), 'utf8');

function parse(text: string) {
  const result = parseDeterminationText(text);
  if (!result.success) throw result.error;
  return result.data;
}

describe('dates a letter could not mean', () => {
  it('reads the cover dates of the unaltered letter without a date warning', () => {
    const data = parse(letter);
    expect([data.dateAssigned, data.decisionDate, data.urDenialDate, data.injuredWorker.dateOfInjury]).toEqual(['2014-08-28', '2014-08-29', '2014-08-24', '2011-07-31']);
    expect(data.warnings.filter((w) => w.code === 'IMPOSSIBLE_DATE')).toEqual([]);
  });

  it('drops a year no letter speaks of, with a warning, never storing it', () => {
    const data = parse(letter.replace('Date of Injury: 07/31/2011', 'Date of Injury: 07/31/3026'));
    expect(data.injuredWorker.dateOfInjury).not.toBe('3026-07-31');
    expect(data.warnings).toContainEqual(expect.objectContaining({ code: 'IMPOSSIBLE_DATE', message: expect.stringContaining('3026-07-31') }));
  });

  it('drops a date that must come before the decision but falls after it', () => {
    const data = parse(letter.replace('UR Denial Date: 08/24/2014', 'UR Denial Date: 08/24/2015'));
    expect(data.urDenialDate).toBeNull();
    expect(data.warnings).toContainEqual(expect.objectContaining({ code: 'IMPOSSIBLE_DATE', message: expect.stringContaining('after the decision date 2014-08-29') }));
  });
});
