/**
 * Removes case feed entries that no header stands behind, left by a local engine killed inside a
 * header write. dynalite writes a put's index entries before its item, so a kill between them
 * leaves a gsi2 entry (a digest) for a header that was never written, or for a version that never
 * replaced the header. The search index would count such a digest (listed, counted and grouped,
 * with the header showing another version or nothing). DynamoDB derives its indexes from committed
 * items and DynamoDB Local writes both in one transaction, so this only ever finds something on
 * dynalite; it runs where a local engine's table is opened (ensureTable), before anything reads.
 *
 * Only the newest entries of each feed shard are checked: the engine runs inside the process that
 * was killed, so nothing committed after the kill until this runs, and a process has at most a
 * few dozen header writes in flight.
 */
import {
  ConditionalCheckFailedException,
  DeleteItemCommand,
  PutItemCommand,
  QueryCommand,
  UpdateItemCommand,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { batchGet } from './batch.js';
import type { Item } from './case-item.js';
import { FEED_SHARDS, feedKeys } from './keys.js';

/** Entries checked per shard: far more than the header writes one process can have in flight. */
export const FEED_ENTRIES_CHECKED = 100;

/** The header item type; a repair's stand-in item (see below) has another. */
const HEADER_TYPE = 'CASE';
const STAND_IN_TYPE = 'FEED_REPAIR';

const keyOf = (item: Item): Item => ({ pk: item.pk!, sk: item.sk! });
const keyString = (item: Item) => `${item.pk?.S ?? ''}\u0000${item.sk?.S ?? ''}`;

/** Answers how many orphan entries were removed. */
export async function repairInterruptedCommits(client: DynamoDBClient, tableName: string): Promise<number> {
  const entries: Item[] = [];
  for (let shard = 0; shard < FEED_SHARDS; shard++) {
    const page = await client.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: 'gsi2',
        KeyConditionExpression: 'gsi2pk = :pk',
        ExpressionAttributeValues: { ':pk': { S: feedKeys.partition(shard) } },
        ScanIndexForward: false,
        Limit: FEED_ENTRIES_CHECKED,
      }),
    );
    entries.push(...(page.Items ?? []));
  }
  if (!entries.length) return 0;
  const items = await batchGet(client, tableName, [...new Map(entries.map((e) => [keyString(e), keyOf(e)])).values()], { consistentRead: true });
  const byKey = new Map(items.map((item) => [keyString(item), item]));
  let repaired = 0;
  for (const entry of entries) {
    const item = byKey.get(keyString(entry));
    if (item?.type?.S === HEADER_TYPE && (item.gsi2sk?.S ?? '') >= (entry.gsi2sk?.S ?? '')) continue; // its entry, or one it has since replaced
    if (await removeEntry(client, tableName, entry, item)) repaired++;
  }
  return repaired;
}

/**
 * dynalite deletes an index entry only when the item that made it changes its keys or goes, so
 * the entry is given an item again and that item is moved or removed. Every step is conditional
 * on the item being as read: a writer that commits meanwhile wins, and its entry is not touched.
 */
async function removeEntry(client: DynamoDBClient, tableName: string, entry: Item, item: Item | undefined): Promise<boolean> {
  const orphanSk = entry.gsi2sk!;
  try {
    if (item?.type?.S === HEADER_TYPE) {
      // The entry is newer than the header: a version that never replaced it, whose write deleted
      // the header's own entry before the kill. Moving the header onto the orphan's feed key
      // rewrites that entry with the header's own digest.
      await client.send(
        new UpdateItemCommand({
          TableName: tableName,
          Key: keyOf(entry),
          UpdateExpression: 'SET gsi2sk = :orphan',
          ConditionExpression: '#type = :header AND gsi2sk = :seen',
          ExpressionAttributeNames: { '#type': 'type' },
          ExpressionAttributeValues: { ':orphan': orphanSk, ':seen': item.gsi2sk ?? { S: '' }, ':header': { S: HEADER_TYPE } },
        }),
      );
      return true;
    }
    if (!item) {
      // No header was ever written: a stand-in item takes over the entry (without a digest), then goes with it.
      await client.send(
        new PutItemCommand({
          TableName: tableName,
          Item: { ...keyOf(entry), type: { S: STAND_IN_TYPE }, gsi2pk: entry.gsi2pk!, gsi2sk: orphanSk },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    }
    await client.send(
      new DeleteItemCommand({
        TableName: tableName,
        Key: keyOf(entry),
        ConditionExpression: '#type = :standIn',
        ExpressionAttributeNames: { '#type': 'type' },
        ExpressionAttributeValues: { ':standIn': { S: STAND_IN_TYPE } },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}
