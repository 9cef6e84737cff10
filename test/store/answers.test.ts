/**
 * Answers from the store: filters in any combination, exact counts, outcome statistics and facets,
 * each checked against what the test computes from the cases it wrote; and exactness across
 * repeated, replaced and concurrent writes and other processes. Runs on dynalite and DynamoDB Local.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DisputedItem, ItemOutcome, TreatmentCategory } from '../../src/domain/determination.js';
import type { CaseRecord } from '../../src/domain/records.js';
import type { DisputedItemFilter, Page, PageRequest } from '../../src/store/repository.js';
import { citation, makeCase, SPECS, type ItemSpec } from './case-fixtures.js';
import { ENGINES, type RunningEngine } from './engines.js';
import { openHarness, type StoreHarness } from './harness.js';

const PT: ItemSpec = {
  name: 'Physical therapy',
  conceptId: 'rehabilitation/physical-therapy',
  category: 'REHABILITATION',
  bodyRegion: 'knee',
  citations: [citation({ sections: ['Physical Medicine'], text: 'MTUS Chronic Pain, Physical Medicine' })],
};
const ESI: ItemSpec = {
  name: 'Lumbar epidural steroid injection',
  conceptId: 'injection/epidural-steroid-injection',
  category: 'INJECTION',
  bodyRegion: 'lumbar spine',
  citations: [citation({ sections: ['Epidural steroid injections (ESIs)'], citedBy: 'CLAIMS_ADMINISTRATOR' }), citation({ sections: ['Epidural steroid injections (ESIs)'] })],
};
const ITEM_SPECS = [SPECS.NORCO, SPECS.SOMA, SPECS.MRI, PT, ESI];
const SPECIALTIES = [['Orthopedic Surgery'], ['Pain Medicine'], ['Physical Medicine & Rehabilitation', 'Pain Medicine'], ['Anesthesiology']];

/** A small deterministic corpus: 48 letters whose facts vary independently. */
function corpus(): CaseRecord[] {
  return Array.from({ length: 48 }, (_, i) => {
    const items = Array.from({ length: 1 + (i % 3) }, (_, k) => ITEM_SPECS[(i * 7 + k * 3) % ITEM_SPECS.length]!);
    const outcomes = items.map((_, k): ItemOutcome => ((i * 5 + k * 11) % 7 < 3 ? 'OVERTURNED' : 'UPHELD'));
    return makeCase({
      seed: `a${i}`,
      items,
      outcomes,
      specialties: SPECIALTIES[i % SPECIALTIES.length]!,
      priority: i % 5 === 0 ? 'EXPEDITED' : 'STANDARD',
      decisionDate: i === 7 ? null : `${2015 + (i % 3)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      ingestedAt: `2024-05-${String((i % 28) + 1).padStart(2, '0')}T00:00:${String(i).padStart(2, '0')}.000Z`,
    });
  });
}

interface Row {
  record: CaseRecord;
  item: DisputedItem;
}

const rowsOf = (cases: readonly CaseRecord[]): Row[] => cases.flatMap((record) => record.disputedItems.map((item) => ({ record, item })));

/** The filter, as this test reads it: written out here, not taken from the store. */
function expected(rows: readonly Row[], f: DisputedItemFilter): Row[] {
  return rows.filter(({ record, item }) => {
    const t = item.treatment;
    const lower = (s: string | null | undefined) => (s ?? '').toLowerCase();
    return (
      (!f.treatment || lower(t.genericName).includes(lower(f.treatment)) || t.conceptId === f.treatment) &&
      (!f.drugClass || lower(t.drugClass) === lower(f.drugClass)) &&
      (!f.category || t.category === f.category) &&
      (!f.specialty || record.reviewer.specialties.some((s) => lower(s) === lower(f.specialty))) &&
      (!f.outcome || item.decision.outcome === f.outcome) &&
      (!f.decidedFrom || (record.decisionDate !== null && record.decisionDate >= f.decidedFrom)) &&
      (!f.decidedTo || (record.decisionDate !== null && record.decisionDate <= f.decidedTo)) &&
      (!f.priority || record.priority === f.priority) &&
      (!f.bodyRegion || lower(t.bodyRegion) === lower(f.bodyRegion)) &&
      (!(f.guidelineSource || f.guidelineSection || f.citedBy) ||
        item.citations.some(
          (c) =>
            (!f.guidelineSource || c.source === f.guidelineSource) &&
            (!f.guidelineSection || c.sections.some((s) => lower(s) === lower(f.guidelineSection))) &&
            (!f.citedBy || c.citedBy === f.citedBy),
        ))
    );
  });
}

/** Newest decision first (undated last), then case id descending, then the letter's order. */
const listOrder = (a: Row, b: Row) =>
  (b.record.decisionDate ?? '').localeCompare(a.record.decisionDate ?? '') || b.record.id.localeCompare(a.record.id) || a.item.ordinal - b.item.ordinal;

async function collect<T>(list: (page: PageRequest) => Promise<Page<T>>, first: number): Promise<{ nodes: T[]; totals: number[] }> {
  const nodes: T[] = [];
  const totals: number[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Page<T> = await list({ first, after });
    nodes.push(...page.nodes);
    totals.push(page.totalCount);
    if (!page.hasNextPage) return { nodes, totals };
    after = page.endCursor;
  }
}

/** Wilson score interval, 95%, written out independently of the store's. */
function wilson(k: number, n: number): { low: number; high: number } {
  const z = 1.96;
  const p = k / n;
  const centre = p + (z * z) / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p) + (z * z) / (4 * n)) / n);
  const d = 1 + (z * z) / n;
  return { low: Math.max(0, (centre - spread) / d), high: Math.min(1, (centre + spread) / d) };
}

const COMBINATIONS: DisputedItemFilter[] = [
  {},
  { outcome: 'OVERTURNED' },
  { treatment: 'hydrocodone' },
  { treatment: 'drug/hydrocodone-acetaminophen', specialty: 'pain medicine' },
  { treatment: 'hydrocodone', specialty: 'Pain Medicine', outcome: 'UPHELD' },
  { category: 'PHARMACEUTICALS', priority: 'EXPEDITED' },
  { drugClass: 'opioids', decidedFrom: '2016-01-01', decidedTo: '2016-12-31' },
  { category: 'INJECTION', guidelineSection: 'Epidural steroid injections (ESIs)', citedBy: 'CLAIMS_ADMINISTRATOR' },
  { guidelineSource: 'ODG', outcome: 'UPHELD' },
  { bodyRegion: 'lumbar spine', specialty: 'Anesthesiology' },
  { specialty: 'Orthopedic Surgery', decidedFrom: '2015-06-01', outcome: 'OVERTURNED', priority: 'STANDARD' },
  { treatment: 'no such treatment anywhere' },
  // One exact condition, or dates alone: pages cut from a list without testing its items.
  { category: 'INJECTION' },
  { specialty: 'Pain Medicine' },
  { guidelineSection: 'Epidural steroid injections (ESIs)' },
  { bodyRegion: 'knee', decidedTo: '2016-12-31' },
  { decidedFrom: '2015-06-01', decidedTo: '2016-06-30' },
];

for (const engine of ENGINES) {
  describe.skipIf(engine.unavailable !== null)(`answers from the store on ${engine.name}`, () => {
    let running: RunningEngine;
    let h: StoreHarness;
    const cases = corpus();
    const rows = rowsOf(cases);

    beforeAll(async () => {
      running = await engine.start();
      h = await openHarness(running);
      for (const kase of cases) await h.repository.putCase(kase);
    });
    afterAll(async () => {
      h?.close();
      await running?.close();
    });

    it.each(COMBINATIONS.map((f) => [JSON.stringify(f), f] as const))('lists exactly the items %s selects, in order, with an exact totalCount on every page', async (_, filter) => {
      const want = expected(rows, filter).sort(listOrder);

      const { nodes, totals } = await collect((p) => h.repository.listDisputedItems(filter, p), 4);

      expect(nodes.map((n) => `${n.caseId}#${n.item.ordinal}`)).toEqual(want.map((r) => `${r.record.id}#${r.item.ordinal}`));
      expect(new Set(totals)).toEqual(new Set([want.length]));
    });

    it.each(['Norco', 'hydrocodone', 'lumbar', 'MRI', 'drug/hydrocodone-acetaminophen', 'physical therapy'])(
      'lists the items of the treatment "%s" alone as its two priorities together list them',
      async (treatment) => {
        // A one-word term's page is cut from its list; with a second condition every item is tested.
        const ids = (page: { nodes: { caseId: string; item: { ordinal: number } }[] }) => page.nodes.map((n) => `${n.caseId}#${n.item.ordinal}`);
        const alone = await collect((p) => h.repository.listDisputedItems({ treatment }, p), 5);
        const standard = await collect((p) => h.repository.listDisputedItems({ treatment, priority: 'STANDARD' }, p), 50);
        const expedited = await collect((p) => h.repository.listDisputedItems({ treatment, priority: 'EXPEDITED' }, p), 50);
        const together = new Set([...ids(standard), ...ids(expedited)]);
        expect(ids(alone).length).toBeGreaterThan(0);
        expect(new Set(ids(alone))).toEqual(together);
        expect(new Set(alone.totals)).toEqual(new Set([together.size]));
      },
    );

    it('finds a case when one of its items meets every item condition, beside its own conditions', async () => {
      const want = cases.filter(
        (c) =>
          c.reviewer.specialties.includes('Pain Medicine') &&
          c.disputedItems.some((i) => i.treatment.genericName === 'hydrocodone/acetaminophen' && i.decision.outcome === 'OVERTURNED'),
      );

      const { nodes, totals } = await collect((p) => h.repository.listCases({ specialty: 'pain medicine', treatment: 'drug/hydrocodone-acetaminophen', itemOutcome: 'OVERTURNED' }, p), 3);

      expect(nodes.map((c) => c.id).sort()).toEqual(want.map((c) => c.id).sort());
      expect(totals.every((t) => t === want.length)).toBe(true);
      expect(want.length).toBeGreaterThan(1);
    });

    it('counts overturn rates per group with Wilson intervals, for every grouping', async () => {
      const groupings = {
        CATEGORY: (r: Row) => [r.item.treatment.category as string],
        SPECIALTY: (r: Row) => r.record.reviewer.specialties.map((s) => s.toLowerCase()),
        DECISION_YEAR: (r: Row) => (r.record.decisionDate ? [r.record.decisionDate.slice(0, 4)] : []),
        DECISION_MONTH: (r: Row) => (r.record.decisionDate ? [r.record.decisionDate.slice(0, 7)] : []),
        PRIORITY: (r: Row) => [r.record.priority ?? ''],
        DRUG_CLASS: (r: Row) => (r.item.treatment.drugClass ? [r.item.treatment.drugClass.toLowerCase()] : []),
        BODY_REGION: (r: Row) => (r.item.treatment.bodyRegion ? [r.item.treatment.bodyRegion] : []),
        TREATMENT: (r: Row) => [r.item.treatment.conceptId],
        GUIDELINE_SOURCE: (r: Row) => [...new Set(r.item.citations.map((c) => c.source as string))],
      } as const;
      const filter: DisputedItemFilter = { decidedFrom: '2015-03-01' };
      for (const [groupBy, keysOf] of Object.entries(groupings) as [keyof typeof groupings, (r: Row) => string[]][]) {
        const counts = new Map<string, { total: number; overturned: number }>();
        for (const row of expected(rows, filter)) {
          for (const key of keysOf(row)) {
            const c = counts.get(key) ?? { total: 0, overturned: 0 };
            c.total++;
            if (row.item.decision.outcome === 'OVERTURNED') c.overturned++;
            counts.set(key, c);
          }
        }

        const groups = await h.repository.outcomeStats(groupBy, filter, 500);

        expect(groups.map((g) => g.key).sort(), groupBy).toEqual([...counts.keys()].sort());
        for (const g of groups) {
          const c = counts.get(g.key)!;
          expect([g.total, g.overturned, g.upheld], `${groupBy} ${g.key}`).toEqual([c.total, c.overturned, c.total - c.overturned]);
          expect(g.overturnRate).toBeCloseTo(c.overturned / c.total, 12);
          const w = wilson(c.overturned, c.total);
          expect(g.interval.low).toBeCloseTo(w.low, 3);
          expect(g.interval.high).toBeCloseTo(w.high, 3);
          expect(g.interval.low).toBeLessThanOrEqual(g.overturnRate);
          expect(g.interval.high).toBeGreaterThanOrEqual(g.overturnRate);
        }
      }
    });

    it('orders groups largest first, months oldest first keeping the most recent, and labels them', async () => {
      const byCategory = await h.repository.outcomeStats('CATEGORY', {}, 2);
      const months = await h.repository.outcomeStats('DECISION_MONTH', {}, 3);
      const allMonths = await h.repository.outcomeStats('DECISION_MONTH', {}, 500);

      expect(byCategory).toHaveLength(2);
      expect(byCategory[0]!.total).toBeGreaterThanOrEqual(byCategory[1]!.total);
      expect(months.map((m) => m.key)).toEqual(allMonths.slice(-3).map((m) => m.key));
      expect(allMonths.map((m) => m.key)).toEqual([...allMonths.map((m) => m.key)].sort());
      expect(months[0]!.label).toMatch(/^[A-Z][a-z]{2} \d{4}$/);
    });

    it('lists facet values with their item counts, by prefix and under a filter', async () => {
      const specialties = await h.repository.facets('SPECIALTY', null, {}, 50);
      const pain = await h.repository.facets('SPECIALTY', 'pai', {}, 50);
      const categoriesOfOverturned = await h.repository.facets('CATEGORY', null, { outcome: 'OVERTURNED' }, 50);

      const painCount = rows.filter((r) => r.record.reviewer.specialties.includes('Pain Medicine')).length;
      expect(specialties.find((f) => f.value === 'pain medicine')).toEqual({ value: 'pain medicine', label: 'Pain Medicine', count: painCount });
      expect(pain.map((f) => f.value)).toEqual(['pain medicine']);
      const overturned = rows.filter((r) => r.item.decision.outcome === 'OVERTURNED');
      for (const facet of categoriesOfOverturned) {
        expect(facet.count).toBe(overturned.filter((r) => r.item.treatment.category === (facet.value as TreatmentCategory)).length);
      }
      expect(specialties.map((f) => f.count)).toEqual([...specialties.map((f) => f.count)].sort((a, b) => b - a));
    });
  });

  describe.skipIf(engine.unavailable !== null)(`counts that stay exact on ${engine.name}`, () => {
    let running: RunningEngine;

    beforeAll(async () => {
      running = await engine.start();
    });
    afterAll(async () => {
      await running?.close();
    });

    it('count a letter once however often it is written, and count its newest reading after a re-parse, in this process and in another', async () => {
      const writer = await openHarness(running);
      const reader = await openHarness(running, { tableName: writer.tableName, syncIntervalMs: 0 });
      try {
        const first = makeCase({ seed: 'x1', items: [SPECS.NORCO, SPECS.SOMA], outcomes: ['UPHELD', 'UPHELD'], parserVersion: '1.0.0' });
        const other = makeCase({ seed: 'x2', items: [SPECS.NORCO], outcomes: ['OVERTURNED'] });
        expect((await reader.repository.outcomeStats('CATEGORY', {}, 10))).toEqual([]);

        await writer.repository.putCase(first);
        await writer.repository.putCase(first);
        await Promise.all([writer.repository.putCase(other), reader.repository.putCase(other), writer.repository.putCase(other)]);
        const stats = async (repo: StoreHarness['repository']) => (await repo.outcomeStats('TREATMENT', {}, 10)).map((g) => [g.key, g.total, g.overturned]);

        for (const repo of [writer.repository, reader.repository]) {
          expect(await stats(repo)).toEqual([
            ['drug/hydrocodone-acetaminophen', 2, 1],
            ['drug/carisoprodol', 1, 0],
          ]);
        }

        // Re-read by a newer parser: the old reading's items no longer count anywhere.
        await writer.repository.putCase(makeCase({ seed: 'x1', items: [SPECS.MRI], outcomes: ['OVERTURNED'], parserVersion: '1.1.0' }));

        for (const repo of [writer.repository, reader.repository]) {
          expect(await stats(repo)).toEqual([
            ['drug/hydrocodone-acetaminophen', 1, 1],
            ['imaging/mri', 1, 1],
          ]);
          expect((await repo.listDisputedItems({}, { first: 10 })).totalCount).toBe(2);
        }
      } finally {
        writer.close();
        reader.close();
      }
    });

    it('follows another writer with one Query per feed shard, then reads only the page’s headers', async () => {
      const writer = await openHarness(running);
      const reader = await openHarness(running, { tableName: writer.tableName, syncIntervalMs: 0 });
      try {
        for (let i = 0; i < 30; i++) await writer.repository.putCase(makeCase({ seed: `y${i}` }));
        await reader.repository.listDisputedItems({}, { first: 1 });
        reader.requests.length = 0;

        await writer.repository.putCase(makeCase({ seed: 'y-late' }));
        const page = await reader.repository.listDisputedItems({}, { first: 1 });

        expect(page.totalCount).toBe(31);
        // One Query per feed shard (each returning only what was committed in the look-back) and the page's headers.
        expect(reader.requests.filter((op) => op === 'Query').length).toBeLessThanOrEqual(4);
        expect(reader.requests.filter((op) => op !== 'Query')).toEqual(['BatchGetItem']);
      } finally {
        writer.close();
        reader.close();
      }
    });
  });
}
