/**
 * The repository contract, run against dynalite (in-process) and DynamoDB Local (Java), so what
 * passes on the laptop engine also holds on Amazon's own emulator.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../src/domain/records.js';
import type { UploadRecord } from '../../src/domain/records.js';
import { ImrError } from '../../src/errors.js';
import type { DeterminationRepository, Page, PageRequest } from '../../src/store/repository.js';
import { citation, makeCase, SPECS } from './case-fixtures.js';
import { ENGINES, type RunningEngine } from './engines.js';
import { InjectedFailure, openHarness, type StoreHarness } from './harness.js';

/** Every page of a listing, following endCursor. */
async function collect<T>(list: (page: PageRequest) => Promise<Page<T>>, first: number): Promise<{ nodes: T[]; pages: number }> {
  const nodes: T[] = [];
  let after: string | null = null;
  for (let pages = 1; ; pages++) {
    const page: Page<T> = await list({ first, after });
    nodes.push(...page.nodes);
    expect(page.cursors).toHaveLength(page.nodes.length);
    if (!page.hasNextPage) return { nodes, pages };
    after = page.endCursor;
    expect(after).not.toBeNull();
    if (pages > 1000) throw new Error('paging does not end');
  }
}

async function expectCode(promise: Promise<unknown>, code: string): Promise<ImrError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImrError);
  expect((error as ImrError).code).toBe(code);
  return error as ImrError;
}

function upload(id: string, overrides: Partial<UploadRecord> = {}): UploadRecord {
  return {
    id,
    fileName: 'letter.pdf',
    contentType: 'application/pdf',
    status: 'PENDING',
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    sizeBytes: null,
    sha256: null,
    storageKey: `uploads/${id}/letter.pdf`,
    caseId: null,
    error: null,
    ...overrides,
  };
}

const allRequests: string[] = [];

for (const engine of ENGINES) {
  if (engine.unavailable) {
    console.warn(`\n[store tests] SKIPPING the ${engine.name} half: ${engine.unavailable}\n`);
  }

  describe.skipIf(engine.unavailable !== null)(`the store on ${engine.name}`, () => {
    let running: RunningEngine;
    let h: StoreHarness;
    let repo: DeterminationRepository;

    beforeAll(async () => {
      running = await engine.start();
    });
    afterAll(async () => {
      await running?.close();
    });
    beforeEach(async () => {
      h = await openHarness(running);
      repo = h.repository;
    });
    afterEach(() => {
      allRequests.push(...h.requests);
      h.close();
    });

    describe('cases by id, number and content', () => {
      it('stores a case and returns it whole by id, by IMR case number (any case) and by content hash', async () => {
        const kase = makeCase({ seed: '1001', caseNumber: 'CM16-0213037', items: [SPECS.NORCO, SPECS.SOMA, SPECS.MRI] });

        const result = await repo.putCase(kase);

        expect(result.status).toBe('CREATED');
        expect(await repo.getCase(kase.id)).toEqual(kase);
        expect(await repo.getCaseByNumber('cm16-0213037')).toEqual(kase);
        expect(await repo.getCaseByContentHash(kase.contentHash)).toEqual(kase);
        expect(await repo.getCase('0000000000000000')).toBeNull();
        expect(await repo.getCaseByNumber('CM99-0000000')).toBeNull();
      });

      it('reads a batch of cases in the order asked, with null for unknown ids', async () => {
        const a = makeCase({ seed: '2001' });
        const b = makeCase({ seed: '2002' });
        await repo.putCase(a);
        await repo.putCase(b);

        const found = await repo.getCases([b.id, 'ffffffffffffffff', a.id, b.id]);

        expect(found.map((c) => c?.id ?? null)).toEqual([b.id, null, a.id, b.id]);
      });

      it('keeps a case of 6 items with long rationales in one header (well under the 400 KB item limit)', async () => {
        const long = 'The guideline criteria were not met. '.repeat(2000);
        const base = makeCase({ seed: '3001', items: [SPECS.NORCO, SPECS.SOMA, SPECS.MRI, SPECS.NORCO, SPECS.SOMA, SPECS.MRI] });
        const kase: CaseRecord = {
          ...base,
          clinicalSummary: long,
          disputedItems: base.disputedItems.map((i) => ({ ...i, decision: { ...i.decision, rationale: long } })),
        };

        await repo.putCase(kase);

        expect((await repo.getCase(kase.id))?.disputedItems[5]?.decision.rationale).toBe(long);
      });
    });

    describe('idempotent writes', () => {
      it('stores the same letter once: the second write finds the existing case', async () => {
        const kase = makeCase({ seed: '4001' });
        await repo.putCase(kase);

        const again = await repo.putCase({ ...kase, ingestedAt: '2030-01-01T00:00:00.000Z' });

        expect(again.status).toBe('EXISTS');
        expect(again.case.ingestedAt).toBe(kase.ingestedAt);
      });

      it('replaces a case parsed by an older parser version, keeping when it was first ingested', async () => {
        const old = makeCase({ seed: '4002', parserVersion: '1.2.0', items: [SPECS.NORCO, SPECS.SOMA] });
        await repo.putCase(old);
        const newer = makeCase({ seed: '4002', parserVersion: '1.10.0', items: [SPECS.MRI], ingestedAt: '2025-06-01T00:00:00.000Z' });

        const result = await repo.putCase(newer);

        expect(result.status).toBe('REPLACED');
        const stored = await repo.getCase(old.id);
        expect(stored?.parserVersion).toBe('1.10.0');
        expect(stored?.disputedItems.map((i) => i.treatment.name)).toEqual(['MRI lumbar spine']);
        expect(stored?.ingestedAt).toBe(old.ingestedAt);
        // The old version's index entries are gone: Norco is no longer found for this case.
        const norco = await repo.listDisputedItems({ treatment: 'hydrocodone/acetaminophen' }, { first: 10 });
        expect(norco.nodes).toEqual([]);
        const rows = await h.partitionOf(old.id);
        expect(new Set(rows.map((r) => r.ver).filter(Boolean)).size).toBe(1);
      });

      it('never lets an older parser version overwrite a newer one', async () => {
        const newer = makeCase({ seed: '4003', parserVersion: '2.0.0' });
        await repo.putCase(newer);

        const result = await repo.putCase(makeCase({ seed: '4003', parserVersion: '1.9.9', items: [SPECS.SOMA] }));

        expect(result.status).toBe('EXISTS');
        expect((await repo.getCase(newer.id))?.parserVersion).toBe('2.0.0');
      });

      it('makes one case of concurrent writes of one letter, even when they parsed differently, and leaves no loser rows', async () => {
        const variants = [SPECS.NORCO, SPECS.SOMA, SPECS.MRI, SPECS.NORCO].map((spec, i) =>
          makeCase({ seed: '4004', items: [spec], clinicalSummary: `variant ${i}` }),
        );

        const results = await Promise.all(variants.map((v) => repo.putCase(v)));

        expect(results.filter((r) => r.status === 'CREATED')).toHaveLength(1);
        expect(results.filter((r) => r.status === 'EXISTS')).toHaveLength(3);
        const winner = results.find((r) => r.status === 'CREATED')!.case;
        expect(results.every((r) => r.case.clinicalSummary === winner.clinicalSummary)).toBe(true);
        const rows = await h.partitionOf(winner.id);
        expect(new Set(rows.map((r) => r.ver).filter(Boolean)).size).toBe(1);
        const items = await repo.listDisputedItems({}, { first: 10 });
        expect(items.nodes.map((n) => n.item.treatment.name)).toEqual([winner.disputedItems[0]!.treatment.name]);
      });

      it('refuses a different letter that would land on an existing case id', async () => {
        const kase = makeCase({ seed: '4005' });
        await repo.putCase(kase);

        await expectCode(repo.putCase({ ...kase, contentHash: `${kase.id}${'0'.repeat(48)}` }), 'CONFLICT');
      });
    });

    describe('a replacement killed part-way', () => {
      it('shows readers the old or the new case, never a mix, after a failure at any request; running it again completes it', async () => {
        const old = makeCase({ seed: '5001', parserVersion: '1.0.0', items: [SPECS.NORCO, SPECS.SOMA], outcomes: ['UPHELD', 'UPHELD'] });
        const newer = makeCase({
          seed: '5001',
          parserVersion: '1.1.0',
          items: [SPECS.MRI, SPECS.SOMA, SPECS.NORCO],
          outcomes: ['OVERTURNED', 'UPHELD', 'OVERTURNED'],
          clinicalSummary: 'parsed again by a newer parser',
        });
        // How many requests an uninterrupted replacement takes.
        await repo.putCase(old);
        const before = h.requests.length;
        await repo.putCase(newer);
        const total = h.requests.length - before;
        expect(total).toBeGreaterThan(3);

        for (let failAt = 0; failAt < total; failAt++) {
          const fresh = await openHarness(running);
          try {
            await fresh.repository.putCase(old);
            fresh.failAfter(failAt);
            await expect(fresh.repository.putCase(newer)).rejects.toBeInstanceOf(InjectedFailure);
            fresh.failAfter(null);

            const seen = await fresh.repository.getCase(old.id);
            expect([old.clinicalSummary, newer.clinicalSummary]).toContain(seen?.clinicalSummary);
            const version = seen?.clinicalSummary === old.clinicalSummary ? old : newer;
            expect(seen?.disputedItems).toEqual(version.disputedItems);
            // Every index answers from that same version.
            const items = await fresh.repository.listDisputedItems({}, { first: 50 });
            expect(items.nodes.map((n) => n.item)).toEqual(version.disputedItems);
            expect(items.totalCount).toBe(version.disputedItems.length);
            const overturned = await fresh.repository.listDisputedItems({ outcome: 'OVERTURNED' }, { first: 50 });
            expect(overturned.nodes.map((n) => n.item.ordinal).sort()).toEqual(
              version.disputedItems.filter((i) => i.decision.outcome === 'OVERTURNED').map((i) => i.ordinal),
            );
            const cases = await fresh.repository.listCases({ outcome: version.outcome }, { first: 5 });
            expect(cases.nodes.map((c) => c.clinicalSummary)).toEqual([version.clinicalSummary]);
            const cites = await fresh.repository.listCitations({}, { first: 50 });
            expect(cites.nodes).toHaveLength(version.disputedItems.flatMap((i) => i.citations).length);

            // Running it again finishes the job and leaves only the new version's rows.
            const rerun = await fresh.repository.putCase(newer);
            expect(['REPLACED', 'EXISTS']).toContain(rerun.status);
            expect((await fresh.repository.getCase(old.id))?.clinicalSummary).toBe(newer.clinicalSummary);
            const rows = await fresh.partitionOf(old.id);
            expect(new Set(rows.map((r) => r.ver).filter(Boolean)).size, `after a failure at request ${failAt}`).toBe(1);
            const after = await fresh.repository.listDisputedItems({}, { first: 50 });
            expect(after.nodes.map((n) => n.item)).toEqual(newer.disputedItems);
          } finally {
            allRequests.push(...fresh.requests);
            fresh.close();
          }
        }
      });
    });

    describe('case lists, newest first', () => {
      const day = (n: number) => `2024-02-${String(n).padStart(2, '0')}T10:00:00.000Z`;
      const decided = (n: number) => `2016-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 27) + 1).padStart(2, '0')}`;

      async function seedCases(count: number): Promise<CaseRecord[]> {
        const cases = Array.from({ length: count }, (_, i) =>
          makeCase({
            seed: `60${String(i).padStart(2, '0')}`,
            ingestedAt: day(i + 1),
            decisionDate: i === 3 ? null : decided(i),
            outcomes: [i % 3 === 0 ? 'OVERTURNED' : 'UPHELD'],
          }),
        );
        for (const c of cases) await repo.putCase(c);
        return cases;
      }

      it('pages through every case by ingest time, each once, newest first', async () => {
        const cases = await seedCases(25);

        const { nodes, pages } = await collect((p) => repo.listCases({}, p), 7);

        expect(nodes.map((c) => c.id)).toEqual([...cases].reverse().map((c) => c.id));
        expect(pages).toBe(4);
      });

      it('orders by decision date, undated cases last, and narrows to a date range', async () => {
        const cases = await seedCases(20);
        const dated = cases.filter((c) => c.decisionDate !== null);
        const byDate = [...dated].sort((a, b) => (b.decisionDate! + b.id).localeCompare(a.decisionDate! + a.id));

        const all = await collect((p) => repo.listCases({ orderBy: 'DECISION_DATE' }, p), 6);
        const ranged = await collect((p) => repo.listCases({ orderBy: 'DECISION_DATE', decidedFrom: '2016-03-01', decidedTo: '2016-06-30' }, p), 3);

        const undated = cases.filter((c) => c.decisionDate === null).sort((a, b) => b.id.localeCompare(a.id));
        expect(all.nodes.map((c) => c.id)).toEqual([...byDate, ...undated].map((c) => c.id));
        expect(ranged.nodes.map((c) => c.id)).toEqual(byDate.filter((c) => c.decisionDate! >= '2016-03-01' && c.decisionDate! <= '2016-06-30').map((c) => c.id));
        expect(ranged.nodes.length).toBeGreaterThan(0);
      });

      it('filters by outcome, and by decision date while ordered by ingest time', async () => {
        const cases = await seedCases(20);

        const overturned = await collect((p) => repo.listCases({ outcome: 'OVERTURNED' }, p), 3);
        const ranged = await collect((p) => repo.listCases({ decidedFrom: '2016-03-01', decidedTo: '2016-06-30' }, p), 4);

        expect(overturned.nodes.map((c) => c.id)).toEqual([...cases].reverse().filter((c) => c.outcome === 'OVERTURNED').map((c) => c.id));
        expect(ranged.nodes.map((c) => c.id)).toEqual(
          [...cases].reverse().filter((c) => c.decisionDate !== null && c.decisionDate >= '2016-03-01' && c.decisionDate <= '2016-06-30').map((c) => c.id),
        );
      });

      it('serves a page of 20 cases with all their items and citations in at most 3 requests', async () => {
        await seedCases(25);
        // The search index is current: this process wrote every case (see the feed tests for others' writes).
        await repo.listCases({}, { first: 1 });
        h.requests.length = 0;

        const page = await repo.listCases({}, { first: 20 });
        await repo.getCases(page.nodes.map((c) => c.id));

        expect(page.nodes).toHaveLength(20);
        expect(page.totalCount).toBe(25);
        expect(page.nodes.every((c) => c.disputedItems.length === 1 && c.disputedItems[0]!.citations.length === 1)).toBe(true);
        expect(h.requests.length).toBeLessThanOrEqual(3);
      });

      it('answers an empty page for first: 0 and clamps large pages to 100', async () => {
        await seedCases(3);

        expect((await repo.listCases({}, { first: 0 })).nodes).toEqual([]);
        expect((await repo.listCases({}, { first: 5000 })).nodes).toHaveLength(3);
        await expectCode(repo.listCases({}, { first: -1 }), 'BAD_USER_INPUT');
      });
    });

    describe('disputed items by any combination of filters', () => {
      beforeEach(async () => {
        await repo.putCase(makeCase({ seed: '7001', decisionDate: '2016-01-10', items: [SPECS.NORCO, SPECS.SOMA], outcomes: ['UPHELD', 'OVERTURNED'], specialties: ['Orthopedic Surgery'] }));
        await repo.putCase(makeCase({ seed: '7002', decisionDate: '2016-05-10', items: [SPECS.NORCO, SPECS.MRI], outcomes: ['OVERTURNED', 'UPHELD'], specialties: ['Physical Medicine & Rehabilitation', 'Pain Medicine'] }));
        await repo.putCase(makeCase({ seed: '7003', decisionDate: '2016-09-10', items: [SPECS.NORCO], outcomes: ['UPHELD'], specialties: ['Pain Medicine'] }));
      });

      const names = (page: Page<{ caseId: string; item: { treatment: { name: string }; decision: { outcome: string } } }>) =>
        page.nodes.map((n) => `${n.item.treatment.name}:${n.item.decision.outcome}`);

      it('finds items by generic name (any case and spacing), newest decision first, and narrows by outcome', async () => {
        const all = await repo.listDisputedItems({ treatment: '  Hydrocodone/ACETAMINOPHEN ' }, { first: 10 });
        const overturned = await repo.listDisputedItems({ treatment: 'hydrocodone/acetaminophen', outcome: 'OVERTURNED' }, { first: 10 });

        expect(all.nodes.map((n) => n.caseId)).toEqual([makeCase({ seed: '7003' }).id, makeCase({ seed: '7002' }).id, makeCase({ seed: '7001' }).id]);
        expect(names(overturned)).toEqual(['Norco 10/325mg #120:OVERTURNED']);
      });

      it('finds items by drug class, DWC category, reviewer specialty and outcome alone', async () => {
        expect(names(await repo.listDisputedItems({ drugClass: 'muscle relaxant' }, { first: 10 }))).toEqual(['Soma 350mg #60:OVERTURNED']);
        expect(names(await repo.listDisputedItems({ category: 'DIAGNOSTIC_TESTING' }, { first: 10 }))).toEqual(['MRI lumbar spine:UPHELD']);
        expect(names(await repo.listDisputedItems({ specialty: 'pain medicine', outcome: 'UPHELD' }, { first: 10 }))).toEqual([
          'Norco 10/325mg #120:UPHELD',
          'MRI lumbar spine:UPHELD',
        ]);
        expect(names(await repo.listDisputedItems({ outcome: 'OVERTURNED' }, { first: 10 }))).toEqual([
          'Norco 10/325mg #120:OVERTURNED',
          'Soma 350mg #60:OVERTURNED',
        ]);
      });

      it('narrows by decision date and pages item by item', async () => {
        const ranged = await repo.listDisputedItems({ treatment: 'hydrocodone/acetaminophen', decidedFrom: '2016-02-01', decidedTo: '2016-09-10' }, { first: 10 });
        const paged = await collect((p) => repo.listDisputedItems({ category: 'PHARMACEUTICALS' }, p), 1);

        expect(ranged.nodes.map((n) => n.caseId)).toEqual([makeCase({ seed: '7003' }).id, makeCase({ seed: '7002' }).id]);
        expect(paged.nodes).toHaveLength(4);
        expect(paged.pages).toBe(4);
      });
    });

    describe('citations by guideline source and section', () => {
      beforeEach(async () => {
        await repo.putCase(makeCase({ seed: '8001', decisionDate: '2016-01-01', items: [SPECS.NORCO, SPECS.MRI] }));
        await repo.putCase(
          makeCase({
            seed: '8002',
            decisionDate: '2016-02-01',
            items: [
              {
                ...SPECS.NORCO,
                citations: [
                  citation({ citedBy: 'CLAIMS_ADMINISTRATOR' }),
                  citation({ sections: ['Weaning of Medications'], inferredSections: ['Opioids, criteria for use'] }),
                ],
              },
            ],
          }),
        );
      });

      it('finds every item decided under a section, as written or inferred from pages', async () => {
        const page = await repo.listCitations({ section: 'opioids, criteria for use' }, { first: 10 });

        expect(page.nodes.map((n) => [n.caseId, n.itemOrdinal, n.index])).toEqual([
          [makeCase({ seed: '8002' }).id, 1, 0],
          [makeCase({ seed: '8002' }).id, 1, 1],
          [makeCase({ seed: '8001' }).id, 1, 0],
        ]);
        expect(page.totalCount).toBe(3);
      });

      it('narrows by source and by who cited it', async () => {
        const odg = await repo.listCitations({ source: 'ODG' }, { first: 10 });
        const mtusOpioids = await repo.listCitations({ source: 'MTUS', section: 'Opioids, criteria for use', citedBy: 'CLAIMS_ADMINISTRATOR' }, { first: 10 });
        const wrongSource = await repo.listCitations({ source: 'ODG', section: 'Opioids, criteria for use' }, { first: 10 });

        expect(odg.nodes.map((n) => n.citation.source)).toEqual(['ODG']);
        expect(mtusOpioids.nodes.map((n) => [n.itemOrdinal, n.index, n.citation.citedBy])).toEqual([[1, 0, 'CLAIMS_ADMINISTRATOR']]);
        expect(wrongSource.nodes).toEqual([]);
      });

      it('pages through all citations', async () => {
        const { nodes } = await collect((p) => repo.listCitations({}, p), 2);
        expect(nodes).toHaveLength(4);
      });
    });

    describe('cursors', () => {
      beforeEach(async () => {
        for (let i = 0; i < 5; i++) await repo.putCase(makeCase({ seed: `90${i}`, ingestedAt: `2024-03-0${i + 1}T00:00:00.000Z` }));
      });

      it('refuses an altered cursor, one from another query, and one that is not ours', async () => {
        const page = await repo.listCases({}, { first: 2 });
        const cursor = page.endCursor!;
        const [payload, mac] = cursor.split('.');
        const forged = Buffer.from(JSON.stringify({ p: JSON.stringify(['9999', 'ffffffffffffffff']) })).toString('base64url');
        expect(forged).not.toBe(payload);

        const altered = await expectCode(repo.listCases({}, { first: 2, after: `${forged}.${mac}` }), 'BAD_CURSOR');
        await expectCode(repo.listCases({ outcome: 'UPHELD' }, { first: 2, after: cursor }), 'BAD_CURSOR');
        await expectCode(repo.listDisputedItems({}, { first: 2, after: cursor }), 'BAD_CURSOR');
        await expectCode(repo.listCases({}, { first: 2, after: 'hello' }), 'BAD_CURSOR');
        await expectCode(repo.listCases({}, { first: 2, after: '' }), 'BAD_CURSOR');

        expect(altered.message).toMatch(/cursor/);
      });

      it('resumes after any node’s own cursor', async () => {
        const page = await repo.listCases({}, { first: 5 });

        const rest = await repo.listCases({}, { first: 5, after: page.cursors[1]! });

        expect(rest.nodes.map((c) => c.id)).toEqual(page.nodes.slice(2).map((c) => c.id));
        expect(rest.hasNextPage).toBe(false);
      });
    });

    describe('uploads', () => {
      it('creates a pending upload once, then records its outcome', async () => {
        await repo.createUpload(upload('u-1'));
        await expectCode(repo.createUpload(upload('u-1')), 'CONFLICT');

        await repo.saveUpload(upload('u-1', { status: 'FAILED', error: { code: 'NOT_AN_IMR_LETTER', message: 'Not an IMR letter.' } }));

        expect(await repo.getUpload('u-1')).toMatchObject({ status: 'FAILED', error: { code: 'NOT_AN_IMR_LETTER' } });
        expect(await repo.getUpload('u-404')).toBeNull();
      });
    });
  });
}

describe('access patterns', () => {
  it('never scanned the table (every read was GetItem, Query or BatchGetItem)', () => {
    expect(allRequests.length).toBeGreaterThan(0);
    expect(allRequests.filter((op) => op === 'Scan')).toEqual([]);
  });
});
