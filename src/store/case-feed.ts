/**
 * Keeps a process's SearchIndex current from the case feed (gsi2: every committed header's
 * digest, in commit order). The first read loads the whole feed; later reads ask only for what
 * was committed since the newest commit seen, less a look-back that covers writers whose clocks
 * or index propagation lag. The same code runs locally and on AWS; a write made by this process
 * is applied at once (`apply`), others' within `syncIntervalMs`.
 */
import { QueryCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SearchIndex } from '../search/search-index.js';
import { decodeDigest, type CaseDigest } from './case-digest.js';
import type { Item } from './case-item.js';
import { FEED_SHARDS, feedKeys } from './keys.js';

export interface CaseFeedOptions {
  /** Reads within this long of the last sync use the index as it is (answers are that much behind other writers). */
  syncIntervalMs?: number;
  /** How far before the newest commit seen a sync reads again. */
  lookbackMs?: number;
}

const DEFAULT_SYNC_INTERVAL_MS = 1_000; // config.searchSyncMs
const DEFAULT_LOOKBACK_MS = 10_000;

export class CaseFeed {
  private readonly index = new SearchIndex();
  private readonly syncIntervalMs: number;
  private readonly lookbackMs: number;
  private newestCommit = '';
  private syncedAt = Number.NEGATIVE_INFINITY;
  private loading: Promise<void> | null = null;
  private syncing: Promise<void> | null = null;

  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
    options: CaseFeedOptions = {},
  ) {
    this.syncIntervalMs = options.syncIntervalMs ?? DEFAULT_SYNC_INTERVAL_MS;
    this.lookbackMs = options.lookbackMs ?? DEFAULT_LOOKBACK_MS;
  }

  /** The index, loaded on first use and brought up to date when the last sync is older than the interval. */
  async current(): Promise<SearchIndex> {
    if (!this.loading) {
      this.loading = this.read(null).catch((error: unknown) => {
        this.loading = null;
        throw error;
      });
    }
    await this.loading;
    if (Date.now() - this.syncedAt >= this.syncIntervalMs) {
      this.syncing ??= this.read(this.since()).finally(() => {
        this.syncing = null;
      });
      await this.syncing;
    }
    return this.index;
  }

  /** A case this process just committed: counted at once, not at the next sync. */
  apply(digest: CaseDigest): void {
    if (!this.loading) return; // not loaded yet: the load will read it
    this.note(digest);
  }

  private note(digest: CaseDigest): void {
    this.index.apply(digest);
    if (digest.committedAt > this.newestCommit) this.newestCommit = digest.committedAt;
  }

  private since(): string | null {
    if (!this.newestCommit) return null;
    return new Date(Date.parse(this.newestCommit) - this.lookbackMs).toISOString();
  }

  private async read(since: string | null): Promise<void> {
    const started = Date.now();
    const shards = Array.from({ length: FEED_SHARDS }, (_, shard) => this.readShard(shard, since));
    for (const digests of await Promise.all(shards)) for (const digest of digests) this.note(digest);
    this.syncedAt = started;
  }

  private async readShard(shard: number, since: string | null): Promise<CaseDigest[]> {
    const digests: CaseDigest[] = [];
    let startKey: Item | undefined;
    const values: Record<string, AttributeValue> = { ':pk': { S: feedKeys.partition(shard) } };
    if (since) values[':since'] = { S: since };
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: 'gsi2',
          KeyConditionExpression: since ? 'gsi2pk = :pk AND gsi2sk > :since' : 'gsi2pk = :pk',
          ExpressionAttributeValues: values,
          ...(startKey ? { ExclusiveStartKey: startKey } : {}),
        }),
      );
      for (const item of page.Items ?? []) {
        const bytes = item.dg?.B;
        if (bytes) digests.push(decodeDigest(bytes));
      }
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return digests;
  }
}
