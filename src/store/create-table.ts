import {
  CreateTableCommand,
  DescribeTableCommand,
  ResourceInUseException,
  ResourceNotFoundException,
  type CreateTableCommandInput,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { ConfigurationError } from '../errors.js';
import { repairInterruptedCommits } from './feed-repair.js';
import { tableDefinition, type TableDefinition } from './table-definition.js';

/** CreateTable input derived from the one table definition (what the CDK stack deploys). Pure. */
export function createTableInput(tableName: string, definition: TableDefinition = tableDefinition): CreateTableCommandInput {
  const keys = [definition.partitionKey, definition.sortKey, ...definition.globalSecondaryIndexes.flatMap((g) => [g.partitionKey, g.sortKey])];
  const attributes = [...new Map(keys.map((k) => [k.name, k])).values()];
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: attributes.map((a) => ({ AttributeName: a.name, AttributeType: a.type })),
    KeySchema: [
      { AttributeName: definition.partitionKey.name, KeyType: 'HASH' },
      { AttributeName: definition.sortKey.name, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: definition.globalSecondaryIndexes.map((g) => ({
      IndexName: g.indexName,
      KeySchema: [
        { AttributeName: g.partitionKey.name, KeyType: 'HASH' },
        { AttributeName: g.sortKey.name, KeyType: 'RANGE' },
      ],
      Projection:
        g.projection.type === 'INCLUDE'
          ? { ProjectionType: 'INCLUDE', NonKeyAttributes: g.projection.nonKeyAttributes }
          : { ProjectionType: g.projection.type },
    })),
  };
}

/** The indexes a table has, as "name:projection" (what must match the definition). */
const indexShape = (indexes: readonly { IndexName?: string; Projection?: { ProjectionType?: string } }[]) =>
  indexes.map((g) => `${g.IndexName}:${g.Projection?.ProjectionType}`).sort().join(', ');

/**
 * Creates the table on a local engine when it is missing (first start); waits until it is ACTIVE.
 * A table made by an older version with other indexes is refused with what to do: the local
 * engines cannot add an index to a table that has data. An existing table is first cleared of
 * case feed entries a killed engine left (repairInterruptedCommits).
 */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<'created' | 'existed'> {
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const found = indexShape(Table?.GlobalSecondaryIndexes ?? []);
    const wanted = indexShape(createTableInput(tableName).GlobalSecondaryIndexes ?? []);
    if (found !== wanted) {
      throw new ConfigurationError(
        `Table ${tableName} was made by an older version of this API (indexes ${found}; this version needs ${wanted}). ` +
          'Move the data folder aside (e.g. `mv .data .data.old`), start again, and load your letters anew with `npx imr ingest .data.old/uploads`.',
      );
    }
    // A local engine may have been killed inside a write: readers must not see what it left half-done.
    await repairInterruptedCommits(client, tableName);
    return 'existed';
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  try {
    await client.send(new CreateTableCommand(createTableInput(tableName)));
  } catch (error) {
    // Another process sharing the engine created it first.
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  for (let attempt = 0; attempt < 100; attempt++) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (Table?.TableStatus === 'ACTIVE') return 'created';
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Table ${tableName} did not become ACTIVE.`);
}
