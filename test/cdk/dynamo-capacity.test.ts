import { describe, expect, it } from 'vitest';
import { attributeValueSize, itemSize, requestCapacity } from '../support/dynamo-capacity.js';
import { tableDefinition } from '../../src/store/table-definition.js';

const indexes = tableDefinition.globalSecondaryIndexes;
const [gsi1, gsi2] = indexes;
const text = (bytes: number) => ({ S: 'x'.repeat(bytes) });

describe('DynamoDB capacity the bench bills from wire requests', () => {
  it('sizes values as DynamoDB documents: strings and binaries by bytes, numbers by digits, maps and lists with overhead', () => {
    expect(attributeValueSize({ S: 'héllo' })).toBe(6);
    expect(attributeValueSize({ B: Buffer.from('abc').toString('base64') })).toBe(3);
    expect(attributeValueSize({ N: '12345' })).toBe(4);
    expect(attributeValueSize({ BOOL: true })).toBe(1);
    expect(attributeValueSize({ L: [{ S: 'ab' }, { N: '1' }] })).toBe(3 + (1 + 2) + (1 + 2));
    expect(attributeValueSize({ M: { k: { S: 'v' } } })).toBe(3 + 1 + 1 + 1);
    expect(itemSize({ pk: { S: 'CASE#1' }, n: { N: '7' } })).toBe(2 + 6 + 1 + 2);
  });

  it('bills a put by started KiB, once more for each index that holds the item', () => {
    const plain = { pk: { S: 'a' }, sk: { S: 'b' }, body: text(1500) };
    expect(requestCapacity('PutItem', { Item: plain }, {}, indexes)).toMatchObject({ writeUnits: 2, readUnits: 0 });
    const indexed = { ...plain, [gsi1!.partitionKey.name]: { S: 'p' }, [gsi1!.sortKey.name]: { S: 's' }, [gsi2!.partitionKey.name]: { S: 'p' }, [gsi2!.sortKey.name]: { S: 's' } };
    const capacity = requestCapacity('PutItem', { Item: indexed }, {}, indexes);
    expect(capacity.writeUnits).toBe(2 * 3);
    expect(capacity.writtenItemBytes).toEqual([itemSize(indexed)]);
  });

  it('bills the processed part of a batch write only', () => {
    const put = (n: number) => ({ PutRequest: { Item: { pk: { S: `p${n}` }, sk: { S: 's' }, body: text(100) } } });
    const request = { RequestItems: { t: [put(1), put(2), put(3)] } };
    expect(requestCapacity('BatchWriteItem', request, { UnprocessedItems: {} }, indexes).writeUnits).toBe(3);
    expect(requestCapacity('BatchWriteItem', request, { UnprocessedItems: { t: [put(3)] } }, indexes).writeUnits).toBe(2);
  });

  it('bills reads by started 4 KiB of what came back, half for eventually consistent reads', () => {
    const item = { pk: { S: 'a' }, body: text(5000) };
    expect(requestCapacity('GetItem', { ConsistentRead: true }, { Item: item }, indexes).readUnits).toBe(2);
    expect(requestCapacity('GetItem', {}, { Item: item }, indexes).readUnits).toBe(1);
    expect(requestCapacity('GetItem', {}, {}, indexes).readUnits).toBe(0.5);
    // A Query adds its items up before rounding.
    const small = { pk: { S: 'a' }, body: text(1000) };
    expect(requestCapacity('Query', {}, { Items: [small, small, small] }, indexes).readUnits).toBe(0.5);
    expect(requestCapacity('BatchGetItem', { RequestItems: { t: { ConsistentRead: false } } }, { Responses: { t: [small, small] } }, indexes).readUnits).toBe(1);
  });
});
