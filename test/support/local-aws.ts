/**
 * Loopback stand-ins for the AWS services the bundles talk to, for tests and benchmarks that run
 * the synthesized bundles without an AWS account: an S3-compatible server (s3rver, in-process,
 * files in a temp folder) and DynamoDB (dynalite, in-process, in memory) with the table created
 * from the one table definition. DynamoDB is reached through a small metering proxy that counts
 * each request and what DynamoDB would bill for it (test/support/dynamo-capacity.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ensureTable } from '../../src/store/create-table.js';
import { tableDefinition } from '../../src/store/table-definition.js';
import { requestCapacity } from './dynamo-capacity.js';

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

/** What the stand-ins served since they started (or since `resetUsage`). */
export interface LocalAwsUsage {
  /** DynamoDB requests by operation (`PutItem`, `Query`, ...), retries included. */
  dynamo: Record<string, number>;
  /** S3 requests by HTTP method. */
  s3: Record<string, number>;
  /** On-demand capacity units those DynamoDB requests would be billed (conditional failures included). */
  writeUnits: number;
  readUnits: number;
  /** Size of every item written (put), in bytes. */
  writtenItemBytes: number[];
}

export interface LocalAws {
  bucket: string;
  tableName: string;
  s3Endpoint: string;
  dynamoEndpoint: string;
  /** Environment for a process that should use these stand-ins in aws mode. */
  environment: Record<string, string>;
  usage(): LocalAwsUsage;
  resetUsage(): void;
  close(): Promise<void>;
}

function emptyUsage(): LocalAwsUsage {
  return { dynamo: {}, s3: {}, writeUnits: 0, readUnits: 0, writtenItemBytes: [] };
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const readBody = (stream: IncomingMessage) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return null;
  }
}

/** Forwards every request to `target` unchanged and meters it on the way back. */
function meteringProxy(target: string, usage: () => LocalAwsUsage): Server {
  return createServer((incoming, outgoing) => {
    void (async () => {
      const body = await readBody(incoming);
      const upstream = httpRequest(`${target}${incoming.url ?? '/'}`, { method: incoming.method, headers: incoming.headers });
      upstream.on('response', (answer) => {
        void readBody(answer).then((answerBody) => {
          // The operation is named in the X-Amz-Target header: DynamoDB_20120810.PutItem.
          const operation = incoming.headers['x-amz-target']?.toString().split('.').pop() ?? 'Unknown';
          const current = usage();
          current.dynamo[operation] = (current.dynamo[operation] ?? 0) + 1;
          const response = parseJson(answerBody);
          const failedCondition = answer.statusCode === 400 && JSON.stringify(response).includes('ConditionalCheckFailed');
          if (answer.statusCode === 200 || failedCondition) {
            const capacity = requestCapacity(operation, parseJson(body), failedCondition ? {} : response, tableDefinition.globalSecondaryIndexes);
            current.writeUnits += capacity.writeUnits;
            current.readUnits += capacity.readUnits;
            if (!failedCondition) current.writtenItemBytes.push(...capacity.writtenItemBytes);
          }
          outgoing.writeHead(answer.statusCode ?? 500, answer.headers);
          outgoing.end(answerBody);
        });
      });
      upstream.on('error', (error) => {
        outgoing.writeHead(502);
        outgoing.end(String(error));
      });
      upstream.end(body);
    })();
  });
}

export async function startLocalAws(names: { bucket?: string; tableName?: string } = {}): Promise<LocalAws> {
  const bucket = names.bucket ?? 'imr-local-uploads';
  const tableName = names.tableName ?? 'imr-local-determinations';
  const directory = mkdtempSync(path.join(tmpdir(), 'imr-s3rver-'));
  let usage = emptyUsage();

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
  s3.httpServer?.on('request', (request: IncomingMessage) => {
    const method = request.method ?? 'UNKNOWN';
    usage.s3[method] = (usage.s3[method] ?? 0) + 1;
  });

  const dynalite = require('dynalite') as Dynalite;
  const dynamoServer = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  const proxy = meteringProxy(await listen(dynamoServer), () => usage);
  const dynamoEndpoint = await listen(proxy);
  const client = new DynamoDBClient({ endpoint: dynamoEndpoint, region: LOCAL_REGION, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  await ensureTable(client, tableName);
  client.destroy();
  usage = emptyUsage();

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
    usage: () => structuredClone(usage),
    resetUsage() {
      usage = emptyUsage();
    },
    async close() {
      await s3.close();
      proxy.closeAllConnections();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
      dynamoServer.closeAllConnections();
      await new Promise<void>((resolve) => dynamoServer.close(() => resolve()));
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
