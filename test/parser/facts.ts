/**
 * Compares a parsed Determination with a facts file, fact by fact, so tests can report agreement
 * ("facts held / facts checked") and name each disagreement.
 */
import type { Determination, DisputedItem, GuidelineCitation } from '../../src/domain/determination.js';

export interface FactCheck {
  fact: string;
  expected: unknown;
  actual: unknown;
  holds: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const containsText = (haystack: string | null | undefined, needle: string) =>
  (haystack ?? '').toLowerCase().includes(needle.toLowerCase());

class Checker {
  readonly checks: FactCheck[] = [];
  check(fact: string, expected: unknown, actual: unknown, holds = same(expected, actual)) {
    this.checks.push({ fact, expected, actual, holds });
  }
}

/** Facts of the sample letters (samples/facts/*.json): full items, treatments and citations. */
export interface SampleFacts {
  reviewer: { licensureStates: string[]; specialties: string[] };
  injuredWorker: { age: number | null; sex: string | null; dateOfInjury: string | null; diagnosesInclude: string[] };
  caseOutcome: string;
  disputedItems: Array<{
    description: string;
    outcome: string;
    medicallyNecessary: boolean;
    treatment: Record<string, unknown> & { nameContains: string };
    citations: Array<{ citedBy: string; basedOnMtus: boolean; source: string; sectionsInclude: string[]; pages: Array<[number, number]> }>;
  }>;
}

function checkCitation(c: Checker, at: string, expected: SampleFacts['disputedItems'][number]['citations'][number], actual: GuidelineCitation | undefined) {
  c.check(`${at}.citedBy`, expected.citedBy, actual?.citedBy);
  c.check(`${at}.basedOnMtus`, expected.basedOnMtus, actual?.basedOnMtus);
  c.check(`${at}.source`, expected.source, actual?.source);
  for (const section of expected.sectionsInclude) {
    c.check(`${at}.sections ∋ ${section}`, section, actual?.sections, (actual?.sections ?? []).some((s) => containsText(s, section)));
  }
  c.check(`${at}.pages`, expected.pages, actual?.pages.map((p) => [p.start, p.end]));
}

export function checkSampleFacts(facts: SampleFacts, d: Determination): FactCheck[] {
  const c = new Checker();
  c.check('reviewer', facts.reviewer, d.reviewer);
  c.check('injuredWorker.age', facts.injuredWorker.age, d.injuredWorker.age);
  c.check('injuredWorker.sex', facts.injuredWorker.sex, d.injuredWorker.sex);
  c.check('injuredWorker.dateOfInjury', facts.injuredWorker.dateOfInjury, d.injuredWorker.dateOfInjury);
  for (const diagnosis of facts.injuredWorker.diagnosesInclude) {
    c.check(`diagnoses ∋ ${diagnosis}`, diagnosis, d.injuredWorker.diagnoses, d.injuredWorker.diagnoses.some((x) => containsText(x, diagnosis)));
  }
  c.check('outcome', facts.caseOutcome, d.outcome);
  c.check('disputedItems.length', facts.disputedItems.length, d.disputedItems.length);
  facts.disputedItems.forEach((expected, i) => {
    const item: DisputedItem | undefined = d.disputedItems[i];
    const at = `item ${i + 1}`;
    c.check(`${at}.description`, expected.description, item?.description);
    c.check(`${at}.outcome`, expected.outcome, item?.decision.outcome);
    c.check(`${at}.medicallyNecessary`, expected.medicallyNecessary, item?.decision.medicallyNecessary);
    const { nameContains, ...treatment } = expected.treatment;
    c.check(`${at}.treatment.name ∋ ${nameContains}`, nameContains, item?.treatment.name, containsText(item?.treatment.name, nameContains));
    for (const [key, value] of Object.entries(treatment)) {
      c.check(`${at}.treatment.${key}`, value, item?.treatment[key as keyof DisputedItem['treatment']]);
    }
    c.check(`${at}.citations.length`, expected.citations.length, item?.citations.length);
    expected.citations.forEach((citation, j) => checkCitation(c, `${at}.citation ${j + 1}`, citation, item?.citations[j]));
  });
  return c.checks;
}

/** Facts of the real letters (../shared/fixtures/real/facts): a simpler, independent reading. */
export interface RealFacts {
  caseNumber: string;
  dateAssigned: string;
  decisionDate: string;
  urDenialDate: string;
  applicationReceivedDate: string;
  priority: string;
  dateOfInjury: string;
  reviewer: { licensureStates: string[]; specialtiesText: string };
  injuredWorker: { age: number | null; sex: string | null };
  outcome: string;
  disputedItems: Array<{
    description: string;
    outcome: string;
    citationCounts: Record<'CLAIMS_ADMINISTRATOR' | 'INDEPENDENT_REVIEWER', number>;
    mtusParts: Record<'CLAIMS_ADMINISTRATOR' | 'INDEPENDENT_REVIEWER', string[]>;
  }>;
}

const SIDES = ['CLAIMS_ADMINISTRATOR', 'INDEPENDENT_REVIEWER'] as const;

export function checkRealFacts(facts: RealFacts, d: Determination): FactCheck[] {
  const c = new Checker();
  for (const key of ['caseNumber', 'dateAssigned', 'decisionDate', 'urDenialDate', 'applicationReceivedDate', 'priority'] as const) {
    c.check(key, facts[key], d[key]);
  }
  c.check('dateOfInjury', facts.dateOfInjury, d.injuredWorker.dateOfInjury);
  c.check('reviewer.licensureStates', facts.reviewer.licensureStates, d.reviewer.licensureStates);
  c.check('reviewer.specialties', facts.reviewer.specialtiesText, d.reviewer.specialties.join(', '));
  c.check('injuredWorker.age', facts.injuredWorker.age, d.injuredWorker.age);
  c.check('injuredWorker.sex', facts.injuredWorker.sex, d.injuredWorker.sex);
  c.check('outcome', facts.outcome, d.outcome);
  c.check('disputedItems.length', facts.disputedItems.length, d.disputedItems.length);
  facts.disputedItems.forEach((expected, i) => {
    const item = d.disputedItems[i];
    const at = `item ${i + 1}`;
    // The facts keep the tail of a description (the disputed portion of a modified request).
    c.check(`${at}.description`, expected.description, item?.description, (item?.description ?? '').endsWith(expected.description));
    c.check(`${at}.outcome`, expected.outcome, item?.decision.outcome);
    for (const side of SIDES) {
      const citations = (item?.citations ?? []).filter((citation) => citation.citedBy === side);
      c.check(`${at}.citationCounts.${side}`, expected.citationCounts[side], citations.length);
      const parts = [...new Set(citations.filter((x) => x.source === 'MTUS').map((x) => `${x.title} ${x.edition ?? ''}`.trim()))].sort();
      c.check(`${at}.mtusParts.${side}`, [...new Set(expected.mtusParts[side])].sort(), parts);
    }
  });
  return c.checks;
}
