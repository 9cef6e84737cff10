/**
 * Checks a parsed Determination against a synthetic letter's facts: the sample facts' checks
 * (test/parser/facts.ts) plus what only the synthetic facts state — the cover block, the UR date,
 * each citation's title, edition and number of sections, and what UR authorized of a modified request.
 */
import type { Determination } from '../../src/domain/determination.js';
import type { LetterFacts } from '../../src/corpus/index.js';
import { checkSampleFacts, type FactCheck } from '../parser/facts.js';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function checkCorpusFacts(facts: LetterFacts, d: Determination): FactCheck[] {
  const checks = checkSampleFacts(facts, d);
  const check = (fact: string, expected: unknown, actual: unknown) => checks.push({ fact, expected, actual, holds: same(expected, actual) });
  for (const key of ['caseNumber', 'dateAssigned', 'decisionDate', 'urDenialDate', 'applicationReceivedDate', 'priority'] as const) {
    check(key, facts[key], d[key]);
  }
  check('utilizationReview.date', facts.utilizationReview.date, d.utilizationReview.date);
  check('format', 'FINAL_DETERMINATION', d.format);
  facts.disputedItems.forEach((expected, i) => {
    const item = d.disputedItems[i];
    check(`item ${i + 1}.originalRequest`, expected.originalRequest ?? null, item?.originalRequest);
    check(`item ${i + 1}.authorizedRequest`, expected.authorizedRequest ?? null, item?.authorizedRequest);
    expected.citations.forEach((citation, j) => {
      const actual = item?.citations[j];
      const at = `item ${i + 1}.citation ${j + 1}`;
      check(`${at}.title`, citation.title, actual?.title);
      check(`${at}.edition`, citation.edition, actual?.edition);
      check(`${at}.sections.length`, citation.sectionsInclude.length, actual?.sections.length);
    });
  });
  return checks;
}
