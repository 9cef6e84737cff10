/**
 * Loopback stand-ins for the AWS services the bundles talk to, for tests and benchmarks that run
 * the synthesized bundles without an AWS account: an S3-compatible server (s3rver, in-process,
 * files in a temp folder) and DynamoDB (dynalite, in-process, in memory) with the table created
 * from the one table definition.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { IncomingMessage, Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CreateTableCommand, DynamoDBClient, type GlobalSecondaryIndex as DynamoGsi } from '@aws-sdk/client-dynamodb';
import { tableDefinition } from '../src/store/table-definition.js';

const require = createRequire(import.meta.url);

// Neither package ships types; these are the parts used here.
interface S3rverInstance {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
  httpServer?: Server;
}
type S3rverConstructor = new (options: {
  address: string;
  port: number;
  directory: string;
  silent: boolean;
  vhostBuckets: boolean;
  configureBuckets: { name: string; configs: string[] }[];
}) => S3rverInstance;
type Dynalite = (options: { createTableMs: number; deleteTableMs: number; updateTableMs: number }) => Server;

/** s3rver checks SigV4 signatures against these (its defaults). */
export const LOCAL_CREDENTIALS = { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER' } as const;
export const LOCAL_REGION = 'us-west-2';

export interface LocalAws {
  bucket: string;
  tableName: string;
  s3Endpoint: string;
  dynamoEndpoint: string;
  /** Environment for a process that should use these stand-ins in aws mode. */
  environment: Record<string, string>;
  /**
   * Requests served since the start (or the last `resetRequestCounts`): DynamoDB by operation
   * (`PutItem`, `Query`, ...) and S3 by HTTP method. Benches turn these into per-letter costs.
   */
  requestCounts(): { dynamo: Record<string, number>; s3: Record<string, number> };
  resetRequestCounts(): void;
  close(): Promise<void>;
}

function countRequests(server: Server, counts: Map<string, number>, nameOf: (request: IncomingMessage) => string | undefined): void {
  server.on('request', (request: IncomingMessage) => {
    const name = nameOf(request);
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  });
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** CreateTable input derived from the table definition (what the stack deploys). */
export function createTableInput(tableName: string) {
  const keys = [tableDefinition.partitionKey, tableDefinition.sortKey, ...tableDefinition.globalSecondaryIndexes.flatMap((g) => [g.partitionKey, g.sortKey])];
  const attributes = [...new Map(keys.map((k) => [k.name, k])).values()];
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST' as const,
    AttributeDefinitions: attributes.map((a) => ({ AttributeName: a.name, AttributeType: a.type })),
    KeySchema: [
      { AttributeName: tableDefinition.partitionKey.name, KeyType: 'HASH' as const },
      { AttributeName: tableDefinition.sortKey.name, KeyType: 'RANGE' as const },
    ],
    GlobalSecondaryIndexes: tableDefinition.globalSecondaryIndexes.map(
      (g): DynamoGsi => ({
        IndexName: g.indexName,
        KeySchema: [
          { AttributeName: g.partitionKey.name, KeyType: 'HASH' },
          { AttributeName: g.sortKey.name, KeyType: 'RANGE' },
        ],
        Projection:
          g.projection.type === 'INCLUDE'
            ? { ProjectionType: 'INCLUDE', NonKeyAttributes: g.projection.nonKeyAttributes }
            : { ProjectionType: g.projection.type },
      }),
    ),
  };
}

export async function startLocalAws(names: { bucket?: string; tableName?: string } = {}): Promise<LocalAws> {
  const bucket = names.bucket ?? 'imr-local-uploads';
  const tableName = names.tableName ?? 'imr-local-determinations';
  const directory = mkdtempSync(path.join(tmpdir(), 'imr-s3rver-'));

  const S3rver = require('s3rver') as S3rverConstructor;
  const s3 = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory,
    silent: true,
    vhostBuckets: false,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const s3Address = await s3.run();
  const s3Endpoint = `http://127.0.0.1:${s3Address.port}`;
  const s3Counts = new Map<string, number>();
  if (s3.httpServer) countRequests(s3.httpServer, s3Counts, (request) => request.method);

  const dynalite = require('dynalite') as Dynalite;
  const dynamoServer = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  const dynamoEndpoint = await listen(dynamoServer);
  const dynamoCounts = new Map<string, number>();
  // The operation is named in the X-Amz-Target header: DynamoDB_20120810.PutItem.
  countRequests(dynamoServer, dynamoCounts, (request) => request.headers['x-amz-target']?.toString().split('.').pop());
  const client = new DynamoDBClient({ endpoint: dynamoEndpoint, region: LOCAL_REGION, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  await client.send(new CreateTableCommand(createTableInput(tableName)));
  client.destroy();
  dynamoCounts.clear();

  return {
    bucket,
    tableName,
    s3Endpoint,
    dynamoEndpoint,
    environment: {
      ...LOCAL_CREDENTIALS,
      AWS_REGION: LOCAL_REGION,
      TABLE_NAME: tableName,
      UPLOAD_BUCKET: bucket,
      DYNAMODB_ENDPOINT: dynamoEndpoint,
      S3_ENDPOINT: s3Endpoint,
    },
    requestCounts: () => ({ dynamo: Object.fromEntries(dynamoCounts), s3: Object.fromEntries(s3Counts) }),
    resetRequestCounts() {
      dynamoCounts.clear();
      s3Counts.clear();
    },
    async close() {
      await s3.close();
      await new Promise<void>((resolve) => dynamoServer.close(() => resolve()));
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
