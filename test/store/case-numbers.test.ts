/**
 * One case per IMR case number, on dynalite and DynamoDB Local: a second letter with a number
 * already held replaces the case by the documented rule (a later decision: a corrected letter;
 * the same decision read by a newer parser) or is refused with CaseNumberTakenError; it is never
 * stored beside it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../src/domain/records.js';
import { CaseNumberTakenError, ImrError } from '../../src/errors.js';
import type { DeterminationRepository } from '../../src/store/repository.js';
import { makeCase, SPECS } from './case-fixtures.js';
import { ENGINES } from './engines.js';
import { harnessPerTest } from './harness.js';

const NUMBER = 'CM16-0400001';

async function refusal(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (e: unknown) => e,
  );
}

for (const engine of ENGINES) {
  describe.skipIf(engine.unavailable !== null)(`case numbers on ${engine.name}`, () => {
    const harness = harnessPerTest(engine);
    let repo: DeterminationRepository;
    beforeEach(() => {
      repo = harness().repository;
    });

    /** What a reader finds for the number: by number, in the case list, and among the items. */
    async function seen(): Promise<{ byNumber: CaseRecord | null; listed: string[]; total: number }> {
      const cases = await repo.listCases({}, { first: 50 });
      return { byNumber: await repo.getCaseByNumber(NUMBER), listed: cases.nodes.map((c) => c.clinicalSummary), total: cases.totalCount };
    }

    it('refuses a different letter with a number already held (CaseNumberTakenError), and keeps the first', async () => {
      const first = makeCase({ seed: '400001', caseNumber: NUMBER, clinicalSummary: 'the letter as sent' });
      const altered = makeCase({ seed: '400002', caseNumber: NUMBER, clinicalSummary: 'an altered copy' });
      await repo.putCase(first);

      const error = await refusal(repo.putCase(altered));

      expect(error).toBeInstanceOf(CaseNumberTakenError);
      expect((error as ImrError).code).toBe('CONFLICT');
      expect((error as ImrError).message).toContain(NUMBER);
      expect(await seen()).toEqual({ byNumber: first, listed: ['the letter as sent'], total: 1 });
      expect(await repo.getCase(altered.id)).toBeNull();
    });

    it('treats the number without regard to case and surrounding space', async () => {
      await repo.putCase(makeCase({ seed: '400011', caseNumber: NUMBER }));

      const error = await refusal(repo.putCase(makeCase({ seed: '400012', caseNumber: ` ${NUMBER.toLowerCase()} ` })));

      expect(error).toBeInstanceOf(CaseNumberTakenError);
    });

    it('lets a corrected letter (a later decision) replace the case under its id; the earlier letter is then refused', async () => {
      const first = makeCase({ seed: '400021', caseNumber: NUMBER, decisionDate: '2016-12-09', items: [SPECS.NORCO], clinicalSummary: 'first decision' });
      const corrected = makeCase({ seed: '400022', caseNumber: NUMBER, decisionDate: '2016-12-20', items: [SPECS.MRI], clinicalSummary: 'corrected decision' });
      await repo.putCase(first);

      const result = await repo.putCase(corrected);

      expect(result.status).toBe('REPLACED');
      expect(result.case.id).toBe(first.id);
      expect(result.case.contentHash).toBe(corrected.contentHash);
      const found = await seen();
      expect(found.byNumber?.clinicalSummary).toBe('corrected decision');
      expect(found.byNumber?.ingestedAt).toBe(first.ingestedAt);
      expect(found.listed).toEqual(['corrected decision']);
      expect(found.total).toBe(1);
      const items = await repo.listDisputedItems({}, { first: 10 });
      expect(items.nodes.map((n) => n.item.treatment.name)).toEqual([corrected.disputedItems[0]!.treatment.name]);
      // The first letter again (a replay, or uploaded anew) does not bring the old decision back.
      expect(await refusal(repo.putCase(first))).toBeInstanceOf(CaseNumberTakenError);
      // The corrected letter again is the case it already is.
      expect((await repo.putCase(corrected)).status).toBe('EXISTS');
    });

    it('lets the same decision read by a newer parser (whose text form changed) replace the case', async () => {
      const old = makeCase({ seed: '400031', caseNumber: NUMBER, parserVersion: '1.2.0', clinicalSummary: 'read by 1.2.0' });
      const reread = makeCase({ seed: '400032', caseNumber: NUMBER, parserVersion: '1.3.0', clinicalSummary: 'read by 1.3.0' });
      await repo.putCase(old);

      const result = await repo.putCase(reread);

      expect(result.status).toBe('REPLACED');
      expect(await seen()).toMatchObject({ listed: ['read by 1.3.0'], total: 1 });
      expect((await seen()).byNumber?.id).toBe(old.id);
    });

    it('stores one case when different letters with one number arrive at once; the others are refused', async () => {
      const letters = ['a', 'b', 'c', 'd'].map((v, i) => makeCase({ seed: `40004${i}`, caseNumber: NUMBER, clinicalSummary: `letter ${v}` }));

      const results = await Promise.allSettled(letters.map((l) => repo.putCase(l)));

      const stored = results.filter((r) => r.status === 'fulfilled');
      expect(stored).toHaveLength(1);
      for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(CaseNumberTakenError);
      const found = await seen();
      expect(found.total).toBe(1);
      expect(found.byNumber?.clinicalSummary).toBe(found.listed[0]);
    });

    it('keeps letters without a case number apart, as before', async () => {
      await repo.putCase(makeCase({ seed: '400051', caseNumber: null }));
      await repo.putCase(makeCase({ seed: '400052', caseNumber: null }));

      expect((await repo.listCases({}, { first: 10 })).totalCount).toBe(2);
    });
  });
}
