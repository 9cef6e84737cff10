/**
 * Text that is long where letters are short: the parser's cost grows with the text, not with its
 * square, so a hostile summary cannot hold a process for minutes.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDeterminationText } from '../../src/parser/index.js';
import { joinLines } from '../../src/parser/lines.js';

/** Joining lines as the parser defines it, written the plain way. */
function joinLinesPlainly(lines: readonly string[]): string {
  let text = '';
  for (const line of lines) {
    if (text === '') text = line;
    else if (/[A-Za-z0-9]-$/.test(text)) text += line;
    else text += ` ${line}`;
  }
  return text;
}

const letter = readFileSync(new URL('../../samples/synthetic/CM14-0246489.txt', import.meta.url), 'utf8');
const ANCHOR = 'including all medical records:';

function withSummaryOf(filler: string): string {
  return letter.replace(ANCHOR, `${ANCHOR} ${filler}`);
}

describe('long text', () => {
  it('joins lines as the plain definition does (hyphen at a line end joins the next line without a space)', () => {
    const line = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('', '-', 'a-', 'drug-', '1-', ' -', 'x'));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        expect(joinLines(lines)).toBe(joinLinesPlainly(lines));
      }),
    );
  });

  it('reads a letter whose summary is 2 MB of short lines, and one of dated sentence fragments', () => {
    const words = Array.from({ length: 200_000 }, (_, i) => `w${i.toString(36)}x${i % 12 === 0 ? '\n' : ' '}`).join('');
    const dates = Array.from({ length: 60_000 }, (_, i) => `seen 01/0${(i % 9) + 1}/2016 ur `).join('');
    for (const filler of [words, dates]) {
      const result = parseDeterminationText(withSummaryOf(filler));
      expect(result.success).toBe(true);
      if (result.success) expect(result.data.disputedItems.length).toBeGreaterThan(0);
    }
  }, 60_000);
});
