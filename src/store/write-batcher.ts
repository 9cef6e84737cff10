/**
 * Coalesces unconditional puts and deletes from concurrent callers into full BatchWriteItem
 * requests. A bulk ingest (CLI, redrive) then pays DynamoDB's per-request cost once per 25 items
 * instead of once per letter's leftovers; a lone write (one Lambda message) goes out at once.
 *
 * Each call resolves only when every one of its items is written (unprocessed items retried), so
 * callers may rely on order: rows first, then the conditional header write.
 */
import type { DynamoDBClient, WriteRequest } from '@aws-sdk/client-dynamodb';
import { batchWrite } from './batch.js';

const BATCH_ITEMS = 25;

interface Waiter {
  remaining: number;
  resolve(): void;
  reject(error: unknown): void;
  failed: boolean;
}

interface Queued {
  request: WriteRequest;
  waiter: Waiter;
}

export class WriteBatcher {
  private readonly queue: Queued[] = [];
  private inFlight = 0;
  private lingering = false;

  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
    /** Full batches sent at once (an engine with threads writes them in parallel). */
    private readonly maxInFlight = 8,
    /**
     * A partial batch goes out only while fewer than this many are in flight; otherwise it waits
     * to be filled by other callers, which is where the saving comes from under load.
     */
    private readonly partialBelow = 2,
  ) {}

  write(requests: readonly WriteRequest[]): Promise<void> {
    if (!requests.length) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { remaining: requests.length, resolve, reject, failed: false };
      for (const request of requests) this.queue.push({ request, waiter });
      this.pump();
    });
  }

  private pump(): void {
    this.send(false);
    // A partial batch lingers one turn of the event loop: answers to other callers' requests that
    // arrive together each add their items to it.
    if (this.queue.length > 0 && !this.lingering) {
      this.lingering = true;
      setImmediate(() => {
        this.lingering = false;
        this.send(true);
      });
    }
  }

  private send(partial: boolean): void {
    while (
      this.inFlight < this.maxInFlight &&
      (this.queue.length >= BATCH_ITEMS || (partial && this.queue.length > 0 && this.inFlight < this.partialBelow))
    ) {
      const batch = this.queue.splice(0, BATCH_ITEMS);
      this.inFlight++;
      batchWrite(this.client, this.tableName, this.dedupe(batch).map((q) => q.request))
        .then(
          () => {
            for (const { waiter } of batch) if (--waiter.remaining === 0 && !waiter.failed) waiter.resolve();
          },
          (error: unknown) => {
            for (const { waiter } of batch) {
              if (!waiter.failed) {
                waiter.failed = true;
                waiter.reject(error);
              }
            }
          },
        )
        .finally(() => {
          this.inFlight--;
          this.pump();
        });
    }
  }

  /** BatchWriteItem refuses two requests for one key; the later one wins, as it would sent alone afterwards. */
  private dedupe(batch: Queued[]): Queued[] {
    const byKey = new Map<string, Queued>();
    for (const q of batch) {
      const item = q.request.PutRequest?.Item ?? q.request.DeleteRequest?.Key ?? {};
      byKey.set(`${item.pk?.S ?? ''}\u0000${item.sk?.S ?? ''}`, q);
    }
    return byKey.size === batch.length ? batch : [...byKey.values()];
  }
}
