/**
 * The one declaration of the DynamoDB table. The repository, the local engine bootstrap
 * (dynalite / DynamoDB Local) and the CDK stack all derive from this object: change keys
 * or indexes here and nowhere else.
 */
export type KeyType = 'S' | 'N';

export interface KeyAttribute {
  name: string;
  type: KeyType;
}

export interface GlobalSecondaryIndex {
  indexName: string;
  partitionKey: KeyAttribute;
  sortKey: KeyAttribute;
  projection: { type: 'ALL' } | { type: 'KEYS_ONLY' } | { type: 'INCLUDE'; nonKeyAttributes: string[] };
  /** What the index serves, for docs/data-model.md and readers of the stack. */
  purpose: string;
}

export interface TableDefinition {
  /** Default name; the deployed name comes from configuration (TABLE_NAME). */
  defaultTableName: string;
  partitionKey: KeyAttribute;
  sortKey: KeyAttribute;
  globalSecondaryIndexes: GlobalSecondaryIndex[];
  /** Attribute holding an epoch-seconds expiry, if any. */
  timeToLiveAttribute: string | null;
}

export const tableDefinition: TableDefinition = {
  defaultTableName: 'imr-determinations',
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  globalSecondaryIndexes: [
    {
      indexName: 'gsi1',
      partitionKey: { name: 'gsi1pk', type: 'S' },
      sortKey: { name: 'gsi1sk', type: 'S' },
      projection: { type: 'ALL' },
      purpose: 'A case by its IMR case number.',
    },
    {
      indexName: 'gsi2',
      partitionKey: { name: 'gsi2pk', type: 'S' },
      sortKey: { name: 'gsi2sk', type: 'S' },
      // Only case headers carry these keys, and only their small digest is copied: the feed the
      // search index is loaded and kept current from, in commit order.
      projection: { type: 'INCLUDE', nonKeyAttributes: ['dg'] },
      purpose: 'The case feed: every committed case header, newest commit last, with its search digest.',
    },
  ],
  timeToLiveAttribute: null,
};
