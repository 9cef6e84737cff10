/** BatchWriteItem / BatchGetItem in chunks DynamoDB accepts, retrying what it leaves unprocessed. */
import { BatchGetItemCommand, BatchWriteItemCommand, type DynamoDBClient, type WriteRequest } from '@aws-sdk/client-dynamodb';
import type { Item } from './case-item.js';

const WRITE_CHUNK = 25;
const GET_CHUNK = 100;
const MAX_ROUNDS = 8;

const backoff = (round: number) => new Promise((resolve) => setTimeout(resolve, Math.min(1000, 25 * 2 ** round)));

function chunks<T>(values: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}

export async function batchWrite(client: DynamoDBClient, tableName: string, requests: readonly WriteRequest[]): Promise<void> {
  for (const chunk of chunks(requests, WRITE_CHUNK)) {
    let pending: WriteRequest[] = chunk;
    for (let round = 0; pending.length; round++) {
      if (round === MAX_ROUNDS) throw new Error(`DynamoDB left ${pending.length} writes unprocessed after ${MAX_ROUNDS} tries.`);
      if (round) await backoff(round);
      const result = await client.send(new BatchWriteItemCommand({ RequestItems: { [tableName]: pending } }));
      pending = result.UnprocessedItems?.[tableName] ?? [];
    }
  }
}

export const putRequest = (item: Item): WriteRequest => ({ PutRequest: { Item: item } });
export const deleteRequest = (key: Item): WriteRequest => ({ DeleteRequest: { Key: key } });

/** Items for the keys, in no particular order; missing keys are simply absent. */
export async function batchGet(
  client: DynamoDBClient,
  tableName: string,
  keys: readonly Item[],
  options: { consistentRead?: boolean } = {},
): Promise<Item[]> {
  const found: Item[] = [];
  for (const chunk of chunks(keys, GET_CHUNK)) {
    let pending: Item[] = chunk;
    for (let round = 0; pending.length; round++) {
      if (round === MAX_ROUNDS) throw new Error(`DynamoDB left ${pending.length} reads unprocessed after ${MAX_ROUNDS} tries.`);
      if (round) await backoff(round);
      const result = await client.send(
        new BatchGetItemCommand({ RequestItems: { [tableName]: { Keys: pending, ConsistentRead: options.consistentRead ?? false } } }),
      );
      found.push(...(result.Responses?.[tableName] ?? []));
      pending = result.UnprocessedKeys?.[tableName]?.Keys ?? [];
    }
  }
  return found;
}
