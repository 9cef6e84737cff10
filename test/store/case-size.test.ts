/**
 * A case too big for one DynamoDB item (a "letter" of megabytes of distinct words) is refused by the
 * store with a typed PAYLOAD_TOO_LARGE before anything of it is written, on both engines; before, it
 * failed as DynamoDB's untyped ValidationException (INTERNAL_SERVER_ERROR, retried by the ingest
 * Lambda as if transient) after its pointer rows were written.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../src/domain/records.js';
import { ImrError } from '../../src/errors.js';
import { itemSizeBytes, MAX_ITEM_BYTES } from '../../src/store/item-size.js';
import { makeCase, SPECS } from './case-fixtures.js';
import { ENGINES } from './engines.js';
import { harnessPerTest } from './harness.js';

/** Text gzip cannot shrink much: random bytes as base64, in words. */
const incompressibleText = (bytes: number) => randomBytes(Math.ceil((bytes * 3) / 4)).toString('base64').replace(/(.{12})/g, '$1 ');

for (const engine of ENGINES) {
  if (engine.unavailable) console.warn(`\n[case size tests] SKIPPING the ${engine.name} half: ${engine.unavailable}\n`);

  describe.skipIf(engine.unavailable !== null)(`a case too big to store, on ${engine.name}`, () => {
    const harness = harnessPerTest(engine);

    it('is refused with PAYLOAD_TOO_LARGE naming the limit, and nothing of it is written', async () => {
      const base = makeCase({ seed: '9001', caseNumber: 'CM16-0999001', items: [SPECS.NORCO] });
      const kase: CaseRecord = { ...base, clinicalSummary: incompressibleText(1024 * 1024) };

      const write = harness().repository.putCase(kase);

      await expect(write).rejects.toBeInstanceOf(ImrError);
      await expect(write).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: expect.stringContaining(`limit of ${MAX_ITEM_BYTES.toLocaleString('en-US')} bytes`) });
      expect(harness().requests.filter((operation) => operation !== 'GetItem' && operation !== 'Query')).toEqual([]);
      expect(await harness().repository.getCase(kase.id)).toBeNull();
      expect(await harness().repository.getCaseByNumber('CM16-0999001')).toBeNull();
      expect(await harness().partitionOf(kase.id)).toEqual([]);
    });

    it('a case just under the limit is stored', async () => {
      const base = makeCase({ seed: '9002', items: [SPECS.NORCO] });
      const kase: CaseRecord = { ...base, clinicalSummary: incompressibleText(250 * 1024) };

      const result = await harness().repository.putCase(kase);

      expect(result.status).toBe('CREATED');
      expect((await harness().repository.getCase(kase.id))?.clinicalSummary).toBe(kase.clinicalSummary);
    });
  });
}

describe('item size', () => {
  it('counts attribute names and values as DynamoDB does', () => {
    expect(itemSizeBytes({ pk: { S: 'CASE#1' }, n: { N: '12345' }, b: { B: new Uint8Array(10) }, t: { BOOL: true } })).toBe(2 + 6 + 1 + 4 + 1 + 10 + 1 + 1);
  });
});
