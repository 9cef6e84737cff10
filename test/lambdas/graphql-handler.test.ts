/**
 * lambdas/graphql.ts in-process, called with API Gateway REST (payload 1.0) proxy events shaped as
 * API Gateway sends them after its authorizer (test/cdk/fixtures), in aws mode against loopback
 * stand-ins: DynamoDB (dynalite) and S3 (s3rver). What is asserted is what a caller receives:
 * status, headers, body; and what the function logs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startLocalAws, type LocalAws } from '../support/local-aws.js';
import { PROJECT_ROOT } from '../../cdk/project-root.js';
import { apiGatewayGraphqlEvent, lambdaContext as lambdaContextFor, type Caller, type GraphqlRequest } from '../cdk/events.js';
import { captureJsonLogLines, setLambdaEnvironment } from './lambda-harness.js';

type Handler = (event: APIGatewayProxyEvent, context: Context) => Promise<APIGatewayProxyResult>;

const WRITER: Caller = { kind: 'cognito', sub: 'a1b2c3d4-writer', groups: ['imr-writers'], scope: 'openid email imr/read' };
const READER: Caller = { kind: 'cognito', sub: 'e5f6a7b8-reader', groups: [], scope: 'openid email imr/read' };
const PARTNER: Caller = { kind: 'partner', apiKeyId: 'q2w3e4r5t6' };

const sampleText = (name: string) => readFileSync(path.join(PROJECT_ROOT, 'samples', name), 'utf8');

let aws: LocalAws;
let handler: Handler;
let logLines: string[] = [];
const savedEnv = { ...process.env };

const lambdaContext = () => lambdaContextFor('imr-test-graphql', { memoryLimitInMB: 1024 });

interface Answer {
  statusCode: number;
  headers: Record<string, unknown>;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string; stacktrace?: unknown } }[] };
  logs: Record<string, unknown>[];
  event: APIGatewayProxyEvent;
}

async function send(event: APIGatewayProxyEvent): Promise<Answer> {
  logLines = [];
  const result = await handler(event, lambdaContext());
  return {
    statusCode: result.statusCode,
    headers: result.headers ?? {},
    body: JSON.parse(result.body) as Answer['body'],
    logs: logLines.map((line) => JSON.parse(line) as Record<string, unknown>),
    event,
  };
}

const call = (request: GraphqlRequest, caller: Caller) => send(apiGatewayGraphqlEvent(request, caller));

beforeAll(async () => {
  aws = await startLocalAws({ bucket: 'imr-test-graphql-uploads', tableName: 'imr-test-graphql' });
  // Set before the handler module loads: it reads its configuration once, at module scope, as on Lambda.
  setLambdaEnvironment(aws, 'imr-test-graphql', 'imr-graphql', { ALLOWED_ORIGINS: 'https://imr.example.org, http://localhost:4000' });
  captureJsonLogLines((line) => logLines.push(line));
  ({ handler } = (await import('../../lambdas/graphql.js')) as { handler: Handler });
});

afterAll(async () => {
  vi.restoreAllMocks();
  await aws?.close();
  process.env = savedEnv;
});

describe('GraphQL Lambda handler', () => {
  it("lets an allowed origin's page read the answer, and no other origin's", async () => {
    const withOrigin = (origin: string) => {
      const event = apiGatewayGraphqlEvent({ query: '{ viewer { canWrite } }' }, READER);
      return { ...event, headers: { ...event.headers, Origin: origin } };
    };

    const allowed = await send(withOrigin('https://imr.example.org'));
    const other = await send(withOrigin('https://evil.example.com'));

    expect(allowed.headers['access-control-allow-origin']).toBe('https://imr.example.org');
    expect(allowed.headers.vary).toBe('Origin');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    expect(other.statusCode).toBe(200);
  });

  it('answers the query in the recorded API Gateway event (a signed-in user listing cases)', async () => {
    const event = apiGatewayGraphqlEvent(
      { query: 'query Cases($first: Int) { cases(first: $first) { edges { node { id caseNumber } } } viewer { kind canWrite } }', variables: { first: 20 }, operationName: 'Cases' },
      READER,
    );

    const answer = await send(event);

    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^application\/(graphql-response\+)?json/);
    expect(answer.body).toEqual({ data: { cases: { edges: [] }, viewer: { kind: 'USER', canWrite: false } } });
  });

  it('lets a writer ingest a sample letter, which any reader (a partner too) can then read', async () => {
    const ingest = await call(
      {
        query: 'mutation ($input: IngestDeterminationInput!) { ingestDetermination(input: $input) { upload { status } case { id outcome } errors { code } } }',
        variables: { input: { fileName: '000_0134393615b26c1c.txt', text: sampleText('000_0134393615b26c1c.txt') } },
      },
      WRITER,
    );

    expect(ingest.statusCode).toBe(200);
    expect(ingest.body.errors).toBeUndefined();
    const payload = ingest.body.data!.ingestDetermination as { upload: { status: string }; case: { id: string; outcome: string }; errors: unknown[] };
    expect(payload).toMatchObject({ upload: { status: 'PARSED' }, case: { outcome: 'UPHELD' }, errors: [] });

    const read = await call({ query: 'query ($id: ID!) { node(id: $id) { ... on Case { outcome disputedItems { ordinal } } } }', variables: { id: payload.case.id } }, PARTNER);
    expect(read.body).toEqual({ data: { node: { outcome: 'UPHELD', disputedItems: [{ ordinal: 1 }, { ordinal: 2 }] } } });
  });

  it('gives a back-office service a presigned S3 URL for createUpload', async () => {
    const answer = await call(
      { query: 'mutation { createUpload(input: { fileName: "CM16-0213037.pdf", contentType: "application/pdf" }) { upload { status } uploadUrl uploadMethod } }' },
      { kind: 'cognito', sub: '5q9m2k7c1v3b8n4x6z0a2s4d6f', groups: [], scope: 'imr/read imr/write' },
    );

    const payload = answer.body.data!.createUpload as { upload: { status: string }; uploadUrl: string; uploadMethod: string };
    expect(payload).toMatchObject({ upload: { status: 'PENDING' }, uploadMethod: 'PUT' });
    expect(new URL(payload.uploadUrl).pathname).toMatch(/\/imr-test-graphql-uploads\/uploads\/[^/]+\/CM16-0213037\.pdf$/);
    expect(new URL(payload.uploadUrl).searchParams.get('X-Amz-Signature')).toBeTruthy();
  });

  it('refuses a mutation from a partner key with FORBIDDEN, and stores nothing', async () => {
    const answer = await call(
      {
        query: 'mutation ($input: IngestDeterminationInput!) { ingestDetermination(input: $input) { upload { status } } }',
        variables: { input: { fileName: 'x.txt', text: sampleText('001_872fb3fc99c0572e.txt') } },
      },
      PARTNER,
    );
    const after = await call({ query: '{ cases(first: 100) { edges { node { id } } } }' }, PARTNER);

    expect(answer.statusCode).toBe(200);
    expect(answer.body.data).toBeNull();
    expect(answer.body.errors).toEqual([expect.objectContaining({ message: expect.stringContaining('read-only'), extensions: { code: 'FORBIDDEN' } })]);
    expect((after.body.data!.cases as { edges: unknown[] }).edges).toHaveLength(1);
  });

  it('answers a malformed query with 400 and GRAPHQL_PARSE_FAILED, without a stack trace', async () => {
    const answer = await call({ query: '{ cases(first: 20) { edges { node { id }' }, READER);

    expect(answer.statusCode).toBe(400);
    expect(answer.body.errors?.[0]?.extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
  });

  it('answers a body that is not JSON with 400 and BAD_REQUEST in the GraphQL error shape', async () => {
    const event = apiGatewayGraphqlEvent({ query: '{ viewer { kind } }' }, READER);
    event.body = '{"query": "{ viewer { kind } }"';

    const answer = await send(event);

    expect(answer.statusCode).toBe(400);
    expect(answer.body).toEqual({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('reads a base64-encoded body as API Gateway sends binary-flagged requests', async () => {
    const event = apiGatewayGraphqlEvent({ query: '{ viewer { kind } }' }, PARTNER);
    event.body = Buffer.from(event.body!).toString('base64');
    event.isBase64Encoded = true;

    const answer = await send(event);

    expect(answer.body).toEqual({ data: { viewer: { kind: 'PARTNER' } } });
  });

  it('refuses a request with neither Cognito claims nor an API key with 401 UNAUTHENTICATED (a method left open fails closed)', async () => {
    const answer = await call({ query: '{ cases { edges { node { id } } } }' }, { kind: 'anonymous' });

    expect(answer.statusCode).toBe(401);
    expect(answer.body).toEqual({ errors: [{ message: expect.stringContaining('Sign in'), extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(answer.logs).toContainEqual(expect.objectContaining({ level: 'WARN', message: expect.stringContaining('refused') }));
  });

  it('logs one JSON line per request with the API Gateway request id and the caller, never the query or the letter', async () => {
    const secret = 'Sensitive diagnosis: lumbar radiculopathy';
    const answer = await call(
      {
        query: 'mutation Ingest($input: IngestDeterminationInput!) { ingestDetermination(input: $input) { errors { code } } }',
        variables: { input: { fileName: 'note.txt', text: secret } },
        operationName: 'Ingest',
      },
      WRITER,
    );

    const line = answer.logs.find((log) => log.message === 'GraphQL request answered');
    expect(line).toMatchObject({
      level: 'INFO',
      service: 'imr-graphql',
      correlation_id: answer.event.requestContext.requestId,
      principalKind: 'user',
      principalId: 'a1b2c3d4-writer',
      operationName: 'Ingest',
      statusCode: 200,
    });
    expect(JSON.stringify(answer.logs)).not.toContain(secret);
    expect(JSON.stringify(answer.logs)).not.toContain('ingestDetermination(');
  });
});
