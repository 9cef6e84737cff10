/**
 * One page of pointer rows from an index: newest first, at most `first` (+1 peeked to know
 * whether there is a next page), resuming after a verified cursor.
 */
import { QueryCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { InputError } from '../errors.js';
import { decodeCursor, encodeCursor, type CursorKey } from './cursor.js';
import { readPointer, type Item, type PointerHit } from './case-item.js';
import { MAX_PAGE_SIZE, type PageRequest } from './repository.js';

export type IndexName = 'gsi1' | 'gsi2';

export interface IndexQuery {
  indexName: IndexName;
  partition: string;
  /** Inclusive sort-key range. */
  range: { low: string; high: string } | null;
  /** Narrows rows after the key condition (pages may then need more than one Query). */
  decisionDateRange?: { from?: string; to?: string } | null;
}

export interface PointerPage {
  rows: { hit: PointerHit; cursor: string }[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/** A filtered query keeps reading until the page is full, but not forever on a sparse filter. */
const MAX_QUERIES_PER_PAGE = 4;

export function pageSize(page: PageRequest): number {
  const { first } = page;
  if (!Number.isInteger(first) || first < 0) throw new InputError(`"first" must be a whole number from 0 to ${MAX_PAGE_SIZE}, got ${first}.`);
  return Math.min(first, MAX_PAGE_SIZE);
}

const str = (value: string): AttributeValue => ({ S: value });

function cursorKey(item: Item, indexName: IndexName): CursorKey {
  const key: CursorKey = {};
  for (const name of ['pk', 'sk', `${indexName}pk`, `${indexName}sk`]) {
    const value = item[name]?.S;
    if (value === undefined) throw new Error(`Index row lacks key attribute ${name}.`);
    key[name] = value;
  }
  return key;
}

export async function queryPointers(
  client: DynamoDBClient,
  tableName: string,
  secret: string,
  query: IndexQuery,
  page: PageRequest,
): Promise<PointerPage> {
  const first = pageSize(page);
  const shape = JSON.stringify(query);
  if (first === 0) return { rows: [], hasNextPage: false, endCursor: page.after ?? null };
  // An empty string is a cursor too (a bad one), not "from the start".
  const hasCursor = page.after !== undefined && page.after !== null;
  let startKey: Item | undefined = hasCursor
    ? Object.fromEntries(Object.entries(decodeCursor(secret, shape, page.after ?? '')).map(([k, v]) => [k, str(v)]))
    : undefined;

  const names: Record<string, string> = { '#pk': `${query.indexName}pk` };
  const values: Record<string, AttributeValue> = { ':pk': str(query.partition) };
  let keyCondition = '#pk = :pk';
  if (query.range) {
    keyCondition += ' AND #sk BETWEEN :low AND :high';
    names['#sk'] = `${query.indexName}sk`;
    values[':low'] = str(query.range.low);
    values[':high'] = str(query.range.high);
  }
  const filters: string[] = [];
  const dates = query.decisionDateRange;
  if (dates?.from || dates?.to) {
    names['#date'] = 'decisionDate';
    if (dates.from) {
      filters.push('#date >= :from');
      values[':from'] = str(dates.from);
    }
    if (dates.to) {
      filters.push('#date <= :to');
      values[':to'] = str(dates.to);
    }
  }

  const items: Item[] = [];
  let lastEvaluated: Item | undefined;
  for (let round = 0; round < MAX_QUERIES_PER_PAGE; round++) {
    const result = await client.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: query.indexName,
        KeyConditionExpression: keyCondition,
        ...(filters.length ? { FilterExpression: filters.join(' AND ') } : {}),
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ScanIndexForward: false,
        Limit: first + 1 - items.length,
        ...(startKey ? { ExclusiveStartKey: startKey } : {}),
      }),
    );
    items.push(...(result.Items ?? []));
    lastEvaluated = result.LastEvaluatedKey;
    if (items.length > first || !lastEvaluated) break;
    startKey = lastEvaluated;
  }

  const kept = items.slice(0, first);
  const rows = kept.map((item) => ({ hit: readPointer(item), cursor: encodeCursor(secret, shape, cursorKey(item, query.indexName)) }));
  const peeked = items.length > first;
  const more = peeked || lastEvaluated !== undefined;
  let endCursor = rows.at(-1)?.cursor ?? null;
  if (!peeked && lastEvaluated) {
    // Stopped on the query budget (or DynamoDB's 1 MB page): resume where reading stopped.
    endCursor = encodeCursor(
      secret,
      shape,
      Object.fromEntries(Object.entries(lastEvaluated).map(([k, v]) => [k, v.S ?? ''])),
    );
  }
  return { rows, hasNextPage: more, endCursor: more ? endCursor : (endCursor ?? page.after ?? null) };
}
