/**
 * A process killed inside a header write on dynalite. dynalite writes a put's index entries
 * first and its item second, so a kill between them leaves a case feed (gsi2) entry with no item
 * behind it: for a new case, an entry whose header does not exist; for a replacement, the new
 * version's entry while the header is still the old version (whose own entry is already gone).
 * The test leaves exactly those states in a persisted data folder, as the kill does (the item
 * write undone in LevelDB while the engine is down), then starts again on the folder as `npm
 * start` would. DynamoDB Local writes an item and its indexes in one transaction, and DynamoDB
 * derives indexes from committed items, so neither can be left this way.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import { openServices } from '../../src/app/open-services.js';
import { loadConfig, type Config } from '../../src/config.js';
import type { CaseRecord } from '../../src/domain/records.js';
import { createDynamoClient } from '../../src/store/dynamo-client.js';
import { repairInterruptedCommits } from '../../src/store/feed-repair.js';
import { casePk, feedKeys, HEADER_SK } from '../../src/store/keys.js';
import { localEngineDirectory } from '../../src/store/local-engine.js';
import { makeCase, SPECS } from './case-fixtures.js';
import { ENGINES } from './engines.js';
import { openHarness } from './harness.js';

interface LevelDatabase {
  open(): Promise<void>;
  close(): Promise<void>;
  get(key: string): Promise<unknown>;
  put(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  keys(options: { gte: string; lt: string }): AsyncIterable<string>;
}
type LevelConstructor = new (location: string, options: { valueEncoding: 'json' }) => LevelDatabase;

const require = createRequire(import.meta.url);
// The `level` dynalite itself stores with.
const { Level } = createRequire(require.resolve('dynalite'))('level') as { Level: LevelConstructor };

const dataDirs: string[] = [];
afterAll(() => {
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

/** The LevelDB key of a case header in dynalite's item store (found by its value, not by dynalite's key encoding). */
async function headerKey(db: LevelDatabase, config: Config, caseId: string): Promise<string> {
  const prefix = `item-${config.tableName}~`;
  for await (const key of db.keys({ gte: prefix, lt: `${prefix}\uffff` })) {
    const item = (await db.get(key)) as Record<string, { S?: string }>;
    if (item.pk?.S === `CASE#${caseId}` && item.sk?.S === 'CASE') return key;
  }
  throw new Error(`No header item for case ${caseId}.`);
}

/** Runs `act` against the engine's LevelDB folder while no engine holds it. */
async function onDisk<T>(config: Config, act: (db: LevelDatabase) => Promise<T>): Promise<T> {
  const db = new Level(localEngineDirectory(config.dataDir), { valueEncoding: 'json' });
  await db.open();
  try {
    return await act(db);
  } finally {
    await db.close();
  }
}

async function withServices<T>(config: Config, act: (services: Awaited<ReturnType<typeof openServices>>) => Promise<T>): Promise<T> {
  const services = await openServices(config);
  try {
    return await act(services);
  } finally {
    await services.close();
  }
}

describe('a header write killed between its index entry and its item (dynalite)', () => {
  it('lists, counts and finds every case once, at its committed version, after the restart; ingesting again completes both', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'imr-interrupted-'));
    dataDirs.push(dataDir);
    const config = loadConfig({ DATA_DIR: dataDir });
    const created = makeCase({ seed: '610001', items: [SPECS.SOMA], clinicalSummary: 'a new case whose header write was killed' });
    const old = makeCase({ seed: '610002', parserVersion: '1.0.0', items: [SPECS.NORCO], outcomes: ['UPHELD'], clinicalSummary: 'old version' });
    const newer = makeCase({
      seed: '610002',
      parserVersion: '1.1.0',
      items: [SPECS.MRI, SPECS.SOMA],
      outcomes: ['OVERTURNED', 'OVERTURNED'],
      clinicalSummary: 'a replacement whose header write was killed',
    });

    // Prepare: both writes complete, then the kill is reproduced by undoing their item writes alone.
    await withServices(config, async ({ repository }) => {
      await repository.putCase(created);
      await repository.putCase(old);
    });
    const oldHeader = await onDisk(config, async (db) => db.get(await headerKey(db, config, old.id)));
    await withServices(config, async ({ repository }) => {
      expect((await repository.putCase(newer)).status).toBe('REPLACED');
    });
    await onDisk(config, async (db) => {
      await db.del(await headerKey(db, config, created.id));
      await db.put(await headerKey(db, config, old.id), oldHeader);
    });

    // Act: start again on the folder.
    await withServices(config, async ({ repository }) => {
      const cases = await repository.listCases({}, { first: 10 });
      const items = await repository.listDisputedItems({}, { first: 10 });
      const overturned = await repository.listDisputedItems({ outcome: 'OVERTURNED' }, { first: 10 });
      const byCategory = await repository.outcomeStats('CATEGORY', {}, 10);

      // Assess: the killed create is not there; the killed replacement shows its old version, whole.
      expect(await repository.getCase(created.id)).toBeNull();
      expect(cases.nodes.map((c) => c.clinicalSummary)).toEqual(['old version']);
      expect(cases.totalCount).toBe(1);
      expect(items.nodes.map((n) => n.item)).toEqual(old.disputedItems);
      expect(items.totalCount).toBe(1);
      expect(overturned.totalCount).toBe(0);
      expect(byCategory.reduce((n, g) => n + g.total, 0)).toBe(1);

      // Ingesting both letters again finishes what the kill interrupted.
      expect((await repository.putCase(created)).status).toBe('CREATED');
      expect((await repository.putCase(newer)).status).toBe('REPLACED');
      const after = await repository.listCases({}, { first: 10 });
      expect(after.nodes.map((c: CaseRecord) => c.clinicalSummary).sort()).toEqual([created.clinicalSummary, newer.clinicalSummary].sort());
      expect(after.totalCount).toBe(2);
    });

    // And a later start agrees.
    await withServices(config, async ({ repository }) => {
      const cases = await repository.listCases({}, { first: 10 });
      expect(cases.totalCount).toBe(2);
      expect((await repository.listDisputedItems({}, { first: 10 })).totalCount).toBe(3);
    });
  });
});

for (const engine of ENGINES) {
  describe.skipIf(engine.unavailable !== null)(`a feed repair killed part-way (${engine.name})`, () => {
    it('reads a stand-in a killed repair left as no case, writes a new header over it, and the next repair keeps that case', async () => {
      const running = await engine.start();
      const h = await openHarness(running);
      const client = createDynamoClient(loadConfig({}), { endpoint: running.endpoint });
      try {
        const kase = makeCase({ seed: '620001', clinicalSummary: 'written over a stand-in' });
        await client.send(
          new PutItemCommand({
            TableName: h.tableName,
            Item: {
              pk: { S: casePk(kase.id) },
              sk: { S: HEADER_SK },
              type: { S: 'FEED_REPAIR' },
              gsi2pk: { S: feedKeys.partition(feedKeys.shardOf(kase.id)) },
              gsi2sk: { S: feedKeys.sortKey('2020-01-01T00:00:00.000Z', kase.id) },
            },
          }),
        );

        expect(await h.repository.getCase(kase.id)).toBeNull();
        expect((await h.repository.listCases({}, { first: 10 })).totalCount).toBe(0);
        expect((await h.repository.putCase(kase)).status).toBe('CREATED');
        expect(await repairInterruptedCommits(client, h.tableName)).toBe(0);

        expect(await h.repository.getCase(kase.id)).toEqual(kase);
        const fresh = await openHarness(running, { tableName: h.tableName });
        try {
          const cases = await fresh.repository.listCases({}, { first: 10 });
          expect(cases.nodes.map((c) => c.clinicalSummary)).toEqual(['written over a stand-in']);
          expect(cases.totalCount).toBe(1);
        } finally {
          fresh.close();
        }
      } finally {
        client.destroy();
        h.close();
        await running.close();
      }
    });
  });
}
