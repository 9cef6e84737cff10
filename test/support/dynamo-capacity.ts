/**
 * What a DynamoDB request would be billed on-demand, worked out from the request and response
 * bodies as they cross the wire (DynamoDB JSON), by DynamoDB's published rules:
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/CapacityUnitCalculations.html
 * - item size: attribute names + values (strings and binaries by length, numbers ~ 1 byte per 2
 *   digits + 1, 3 bytes per map or list plus 1 per element);
 * - a write: 1 unit per started KiB of the item, again for each global secondary index holding
 *   it (all of ours project ALL, so an index copy is the same size);
 * - a read: 1 unit per started 4 KiB (a Query sums its items first), halved when eventually consistent.
 * Pure: the loopback stand-in (test/support/local-aws.ts) feeds it; benches add the results up.
 */
import type { GlobalSecondaryIndex } from '../../src/store/table-definition.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type WireItem = Record<string, Json>;

const isObject = (value: unknown): value is Record<string, Json> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Size in bytes of one attribute value in DynamoDB JSON ({ S }, { N }, { B: base64 }, { M }, { L }, ...). */
export function attributeValueSize(value: Json): number {
  if (!isObject(value)) return 0;
  const [type, content] = Object.entries(value)[0] ?? [];
  switch (type) {
    case 'S':
      return typeof content === 'string' ? Buffer.byteLength(content) : 0;
    case 'N':
      return typeof content === 'string' ? Math.ceil(content.replace(/^-|\.|^0+/g, '').length / 2) + 1 : 0;
    case 'B':
      return typeof content === 'string' ? Buffer.from(content, 'base64').byteLength : 0;
    case 'BOOL':
    case 'NULL':
      return 1;
    case 'SS':
      return Array.isArray(content) ? content.reduce<number>((sum, s) => sum + (typeof s === 'string' ? Buffer.byteLength(s) : 0), 0) : 0;
    case 'NS':
      return Array.isArray(content) ? content.reduce<number>((sum, n) => sum + (typeof n === 'string' ? Math.ceil(n.length / 2) + 1 : 0), 0) : 0;
    case 'BS':
      return Array.isArray(content) ? content.reduce<number>((sum, b) => sum + (typeof b === 'string' ? Buffer.from(b, 'base64').byteLength : 0), 0) : 0;
    case 'L':
      return Array.isArray(content) ? 3 + content.reduce<number>((sum, v) => sum + 1 + attributeValueSize(v), 0) : 3;
    case 'M':
      return isObject(content) ? 3 + Object.entries(content).reduce((sum, [k, v]) => sum + 1 + Buffer.byteLength(k) + attributeValueSize(v), 0) : 3;
    default:
      return 0;
  }
}

export function itemSize(item: WireItem): number {
  return Object.entries(item).reduce((sum, [name, value]) => sum + Buffer.byteLength(name) + attributeValueSize(value), 0);
}

export interface Capacity {
  writeUnits: number;
  readUnits: number;
  /** Items written (puts and deletes), with their sizes: what the table ends up holding. */
  writtenItemBytes: number[];
}

const NONE: Capacity = { writeUnits: 0, readUnits: 0, writtenItemBytes: [] };

function writeUnitsOf(item: WireItem, indexes: readonly GlobalSecondaryIndex[]): number {
  const copies = 1 + indexes.filter((g) => g.partitionKey.name in item && g.sortKey.name in item).length;
  return Math.ceil(itemSize(item) / 1024) * copies;
}

const readUnitsOf = (bytes: number, consistent: boolean) => Math.max(1, Math.ceil(bytes / 4096)) * (consistent ? 1 : 0.5);

const itemsOf = (value: Json | undefined): WireItem[] => (Array.isArray(value) ? value.filter(isObject) : []);

/**
 * Capacity of one successful request. UpdateItem is counted as 1 unit per copy of the keys it
 * names (the stored item's size is not in the request): a floor, fine for small status updates.
 */
export function requestCapacity(operation: string, request: unknown, response: unknown, indexes: readonly GlobalSecondaryIndex[]): Capacity {
  if (!isObject(request) || !isObject(response)) return NONE;
  const consistent = request.ConsistentRead === true;
  switch (operation) {
    case 'PutItem': {
      const item = isObject(request.Item) ? request.Item : {};
      return { writeUnits: writeUnitsOf(item, indexes), readUnits: 0, writtenItemBytes: [itemSize(item)] };
    }
    case 'UpdateItem':
    case 'DeleteItem':
      return { writeUnits: writeUnitsOf(isObject(request.Key) ? request.Key : {}, indexes), readUnits: 0, writtenItemBytes: [] };
    case 'BatchWriteItem': {
      const requests = isObject(request.RequestItems) ? Object.values(request.RequestItems).flatMap(itemsOf) : [];
      // Whatever DynamoDB handed back unprocessed was not written (and is sent again, and counted then).
      const unprocessed = isObject(response.UnprocessedItems) ? Object.values(response.UnprocessedItems).flatMap(itemsOf).length : 0;
      const done = requests.slice(0, requests.length - unprocessed);
      const puts = done.map((r) => (isObject(r.PutRequest) && isObject(r.PutRequest.Item) ? r.PutRequest.Item : null)).filter((i): i is WireItem => i !== null);
      const deletes = done.length - puts.length;
      return { writeUnits: puts.reduce((sum, i) => sum + writeUnitsOf(i, indexes), 0) + deletes, readUnits: 0, writtenItemBytes: puts.map(itemSize) };
    }
    case 'GetItem':
      return { ...NONE, readUnits: readUnitsOf(isObject(response.Item) ? itemSize(response.Item) : 0, consistent) };
    case 'Query':
    case 'Scan':
      return { ...NONE, readUnits: readUnitsOf(itemsOf(response.Items).reduce((sum, i) => sum + itemSize(i), 0), consistent) };
    case 'BatchGetItem': {
      const tables = isObject(request.RequestItems) ? Object.values(request.RequestItems) : [];
      const isConsistent = tables.some((t) => isObject(t) && t.ConsistentRead === true);
      const items = isObject(response.Responses) ? Object.values(response.Responses).flatMap(itemsOf) : [];
      return { ...NONE, readUnits: items.reduce((sum, i) => sum + readUnitsOf(itemSize(i), isConsistent), 0) };
    }
    default:
      return NONE;
  }
}
