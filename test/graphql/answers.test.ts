/**
 * The questions the API is for, asked through GraphQL over the synthetic sample letters (full
 * covers, known facts): counts and overturn rates checked against the facts files, read here
 * independently of the parser and the store.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.js';

const SYNTHETIC = path.resolve(import.meta.dirname, '../../samples/synthetic');

interface Facts {
  decisionDate: string;
  priority: string;
  reviewer: { specialties: string[] };
  disputedItems: { description: string; outcome: 'UPHELD' | 'OVERTURNED'; citations: { source: string; sectionsInclude: string[] }[] }[];
}

const facts: Facts[] = readdirSync(path.join(SYNTHETIC, 'facts'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(path.join(SYNTHETIC, 'facts', f), 'utf8')) as Facts);
const items = facts.flatMap((f) => f.disputedItems.map((item) => ({ letter: f, item })));

interface Group {
  key: string;
  label: string;
  total: number;
  upheld: number;
  overturned: number;
  overturnRate: number;
  interval: { low: number; high: number };
}

let api: Harness;

beforeAll(async () => {
  api = await openHarness();
  for (const file of readdirSync(SYNTHETIC).filter((f) => f.endsWith('.txt'))) {
    const result = await api.services.ingestLetter({ bytes: new Uint8Array(readFileSync(path.join(SYNTHETIC, file))), fileName: file });
    expect(result.status, file).toBe('PARSED');
  }
});

afterAll(async () => {
  await api?.close();
});

async function stats(groupBy: string, filter: Record<string, unknown> | null = null): Promise<Group[]> {
  const answer = await api.post<{ outcomeStats: Group[] }>(
    'query ($g: OutcomeGrouping!, $f: DisputedItemFilter) { outcomeStats(groupBy: $g, filter: $f, first: 500) { key label total upheld overturned overturnRate interval { low high } } }',
    { g: groupBy, f: filter },
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!.outcomeStats;
}

function tally(rows: typeof items, keysOf: (row: (typeof items)[number]) => string[]) {
  const counts = new Map<string, { total: number; overturned: number }>();
  for (const row of rows) {
    for (const key of keysOf(row)) {
      const c = counts.get(key) ?? { total: 0, overturned: 0 };
      c.total++;
      if (row.item.outcome === 'OVERTURNED') c.overturned++;
      counts.set(key, c);
    }
  }
  return counts;
}

describe('outcome statistics', () => {
  it('count every item of the letters by decision year, month and priority, as their facts say', async () => {
    const cases: [string, (row: (typeof items)[number]) => string[]][] = [
      ['DECISION_YEAR', (r) => [r.letter.decisionDate.slice(0, 4)]],
      ['DECISION_MONTH', (r) => [r.letter.decisionDate.slice(0, 7)]],
      ['PRIORITY', (r) => [r.letter.priority]],
      ['SPECIALTY', (r) => r.letter.reviewer.specialties.map((s) => s.toLowerCase())],
    ];
    for (const [groupBy, keysOf] of cases) {
      const want = tally(items, keysOf);

      const groups = await stats(groupBy);

      expect(Object.fromEntries(groups.map((g) => [g.key, [g.total, g.overturned]])), groupBy).toEqual(
        Object.fromEntries([...want].map(([k, c]) => [k, [c.total, c.overturned]])),
      );
      for (const g of groups) {
        expect(g.upheld + g.overturned).toBe(g.total);
        expect(g.interval.low).toBeLessThanOrEqual(g.overturnRate);
        expect(g.interval.high).toBeGreaterThanOrEqual(g.overturnRate);
      }
    }
  });

  it('narrow to a treatment named by brand, generic or ingredient, and to a guideline section written either way', async () => {
    const hydrocodone = items.filter((r) => /norco|vicodin|hydrocodone|lortab|lorcet/i.test(r.item.description));
    const opioidCriteria = items.filter((r) =>
      r.item.citations.some((c) => c.sectionsInclude.some((s) => /^(opioids, criteria for use|criteria for use of opioids)$/i.test(s))),
    );

    const byIngredient = await stats('PRIORITY', { treatment: 'hydrocodone' });
    const bySection = await stats('PRIORITY', { guidelineSection: 'Criteria for use of opioids' });

    expect(hydrocodone.length).toBeGreaterThan(0);
    expect(byIngredient.reduce((n, g) => n + g.total, 0)).toBe(hydrocodone.length);
    expect(opioidCriteria.length).toBeGreaterThan(0);
    expect(bySection.reduce((n, g) => n + g.total, 0)).toBe(opioidCriteria.length);
  });

  it('label months and treatments for people, and give every group a key the filters take back', async () => {
    const months = await stats('DECISION_MONTH');
    const treatments = await stats('TREATMENT');

    expect(months[0]!.label).toMatch(/^[A-Z][a-z]{2} \d{4}$/);
    const first = treatments[0]!;
    const answer = await api.post<{ disputedItems: { totalCount: number } }>('query ($t: String) { disputedItems(filter: { treatment: $t }) { totalCount } }', {
      t: first.key,
    });
    expect(first.label).not.toBe(first.key);
    expect(answer.data!.disputedItems.totalCount).toBeGreaterThanOrEqual(first.total);
  });
});

describe('facets', () => {
  it('suggest treatments by prefix, each with how many items have it, most first', async () => {
    const answer = await api.post<{ facets: { value: string; label: string; count: number }[] }>('{ facets(facet: TREATMENT, prefix: "hydro") { value label count } }');

    const values = answer.data!.facets;
    expect(values.length).toBeGreaterThan(0);
    expect(values[0]!.value).toBe('ingredient/hydrocodone');
    expect(new Set(values.map((v) => v.label.toLowerCase())).size).toBe(values.length);
    expect(values.map((v) => v.count)).toEqual([...values.map((v) => v.count)].sort((a, b) => b - a));
    const hydrocodone = items.filter((r) => /norco|vicodin|hydrocodone|lortab|lorcet/i.test(r.item.description)).length;
    expect(values.find((v) => v.value === 'ingredient/hydrocodone')?.count).toBe(hydrocodone);
  });

  it('list specialties and sections with counts under a filter', async () => {
    const answer = await api.post<{ s: { value: string; count: number }[]; g: { value: string; label: string; count: number }[] }>(
      '{ s: facets(facet: SPECIALTY, filter: { outcome: OVERTURNED }, first: 100) { value count } g: facets(facet: GUIDELINE_SECTION, prefix: "opioids") { value label count } }',
    );
    const want = tally(
      items.filter((r) => r.item.outcome === 'OVERTURNED'),
      (r) => r.letter.reviewer.specialties.map((s) => s.toLowerCase()),
    );

    expect(Object.fromEntries(answer.data!.s.map((v) => [v.value, v.count]))).toEqual(Object.fromEntries([...want].map(([k, c]) => [k, c.total])));
    expect(answer.data!.g.some((v) => v.value === 'mtus/chronic-pain/opioids-criteria-for-use')).toBe(true);
  });
});

describe('what an item says about its treatment and guidelines', () => {
  it('names the treatment concept and the section concepts', async () => {
    const answer = await api.post<{
      disputedItems: { totalCount: number; edges: { node: { treatment: { name: string; concept: { id: string; name: string; kind: string } }; citations: { sectionConcepts: { id: string; name: string; source: string }[] }[] } }[] };
    }>('{ disputedItems(first: 100, filter: { treatment: "Norco" }) { totalCount edges { node { treatment { name concept { id name kind } } citations { sectionConcepts { id name source } } } } } }');

    const nodes = answer.data!.disputedItems.edges.map((e) => e.node);
    expect(nodes.length).toBe(answer.data!.disputedItems.totalCount);
    expect(nodes.some((n) => n.treatment.concept.id === 'drug/hydrocodone-acetaminophen' && n.treatment.concept.kind === 'DRUG')).toBe(true);
    expect(nodes.flatMap((n) => n.citations.flatMap((c) => c.sectionConcepts)).some((s) => s.id === 'mtus/chronic-pain/opioids-criteria-for-use')).toBe(true);
  });

  it('finds cases by a specialty and a treatment together', async () => {
    const want = facts.filter(
      (f) => f.reviewer.specialties.some((s) => /pain medicine/i.test(s)) && f.disputedItems.some((i) => /norco|vicodin|hydrocodone|lortab|lorcet/i.test(i.description)),
    );

    const answer = await api.post<{ cases: { totalCount: number } }>('{ cases(filter: { specialty: "Pain Medicine", treatment: "hydrocodone" }) { totalCount } }');

    expect(answer.data!.cases.totalCount).toBe(want.length);
  });
});
