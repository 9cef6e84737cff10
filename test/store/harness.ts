/** A repository on a fresh table of a running engine, with request counting and failure injection. */
import { QueryCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { loadConfig } from '../../src/config.js';
import { ensureTable } from '../../src/store/create-table.js';
import { createDynamoClient } from '../../src/store/dynamo-client.js';
import { DynamoRepository } from '../../src/store/dynamo-repository.js';
import { casePk } from '../../src/store/keys.js';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { EngineChoice, RunningEngine } from './engines.js';

export const TEST_CURSOR_SECRET = 'store-tests';

let tables = 0;

export interface StoreHarness {
  tableName: string;
  repository: DynamoRepository;
  /** Operation names of every request sent, in order. */
  requests: string[];
  /** Fail every request after the next `n` (null: stop failing). */
  failAfter(n: number | null): void;
  /** Sort keys stored in a case's partition. */
  partitionOf(caseId: string): Promise<{ sk: string; ver: string | null }[]>;
  close(): void;
}

export class InjectedFailure extends Error {
  override readonly name = 'InjectedFailure';
}

export interface HarnessOptions {
  /** A second harness on the same table (another process's view of the store). */
  tableName?: string;
  /**
   * How often the search index asks the feed for others' writes. Tests write through the same
   * repository they read (its writes are applied at once), so by default they never wait on the
   * clock; tests of other writers set 0.
   */
  syncIntervalMs?: number;
}

export async function openHarness(engine: RunningEngine, options: HarnessOptions = {}): Promise<StoreHarness> {
  const tableName = options.tableName ?? `imr-test-${process.pid}-${++tables}`;
  const requests: string[] = [];
  let budget: number | null = null;
  const client = createDynamoClient(loadConfig({}), {
    endpoint: engine.endpoint,
    onDynamoRequest: (operation) => {
      if (budget !== null && budget-- <= 0) throw new InjectedFailure(`injected failure before ${operation}`);
      requests.push(operation);
    },
  });
  await ensureTable(client, tableName);
  requests.length = 0;
  return {
    tableName,
    repository: new DynamoRepository({
      client,
      tableName,
      cursorSecret: TEST_CURSOR_SECRET,
      feed: { syncIntervalMs: options.syncIntervalMs ?? 3_600_000 },
    }),
    requests,
    failAfter: (n) => {
      budget = n;
    },
    async partitionOf(caseId) {
      const rows: { sk: string; ver: string | null }[] = [];
      let startKey: Record<string, AttributeValue> | undefined;
      do {
        const page = await client.send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': { S: casePk(caseId) } },
            ...(startKey ? { ExclusiveStartKey: startKey } : {}),
          }),
        );
        rows.push(...(page.Items ?? []).map((i) => ({ sk: i.sk?.S ?? '', ver: i.ver?.S ?? null })));
        startKey = page.LastEvaluatedKey;
      } while (startKey);
      return rows;
    },
    close: () => client.destroy(),
  };
}

/**
 * Inside a describe block: the engine started once for the block, a harness on a fresh table for
 * each test (the getter answers the current one); `onClose` sees each harness before it closes.
 */
export function harnessPerTest(engine: EngineChoice, onClose: (h: StoreHarness) => void = () => undefined): () => StoreHarness {
  let running: RunningEngine | undefined;
  let h: StoreHarness | undefined;
  beforeAll(async () => {
    running = await engine.start();
  });
  afterAll(async () => {
    await running?.close();
  });
  beforeEach(async () => {
    h = await openHarness(running!);
  });
  afterEach(() => {
    if (!h) return;
    onClose(h);
    h.close();
  });
  return () => h!;
}
