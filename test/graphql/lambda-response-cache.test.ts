/**
 * The response cache in the GraphQL Lambda (lambdas/graphql.ts in-process, aws mode against
 * loopback DynamoDB and S3, API Gateway proxy events): a warm function answers a repeated query
 * from memory, says so in Cache-Control and Age, and a writer's mutation through the same function
 * empties it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startLocalAws, type LocalAws } from '../support/local-aws.js';
import { PROJECT_ROOT } from '../../cdk/project-root.js';
import { apiGatewayGraphqlEvent, lambdaContext as lambdaContextFor, type Caller, type GraphqlRequest } from '../cdk/events.js';
import { captureJsonLogLines, setLambdaEnvironment } from '../lambdas/lambda-harness.js';

type Handler = (event: APIGatewayProxyEvent, context: Context) => Promise<APIGatewayProxyResult>;

const WRITER: Caller = { kind: 'cognito', sub: 'cache-writer', groups: ['imr-writers'], scope: 'openid imr/read' };
const PARTNER: Caller = { kind: 'partner', apiKeyId: 'cache-partner' };

const CASES = 'query Cases { cases(first: 20) { edges { node { id caseNumber } } } }';

let aws: LocalAws;
let handler: Handler;
const savedEnv = { ...process.env };

const lambdaContext = () => lambdaContextFor('imr-test-graphql-cache');

async function call<T>(request: GraphqlRequest, caller: Caller) {
  const result = await handler(apiGatewayGraphqlEvent(request, caller), lambdaContext());
  const body = JSON.parse(result.body) as { data?: T; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  const headers = Object.fromEntries(Object.entries(result.headers ?? {}).map(([name, value]) => [name.toLowerCase(), String(value)]));
  return { headers, data: body.data! };
}

beforeAll(async () => {
  aws = await startLocalAws({ bucket: 'imr-test-graphql-cache-uploads', tableName: 'imr-test-graphql-cache' });
  // Read once, at module scope, as on Lambda.
  setLambdaEnvironment(aws, 'imr-test-graphql-cache', 'imr-graphql', { POWERTOOLS_LOG_LEVEL: 'ERROR' });
  // The function's JSON log lines are CloudWatch's, not the test report's.
  captureJsonLogLines(() => undefined);
  ({ handler } = (await import('../../lambdas/graphql.js')) as { handler: Handler });
});

afterAll(async () => {
  vi.restoreAllMocks();
  await aws?.close();
  process.env = savedEnv;
});

describe('the GraphQL Lambda, warm', () => {
  it('answers a repeated query from memory, for any caller, and a writer’s ingest shows in the next list', async () => {
    const first = await call<{ cases: { edges: unknown[] } }>({ query: CASES }, PARTNER);
    const repeated = await call<{ cases: { edges: unknown[] } }>({ query: CASES }, WRITER);

    const text = readFileSync(path.join(PROJECT_ROOT, 'samples', '002_572d8b93f8cec80c.txt'), 'utf8');
    const ingested = await call<{ ingestDetermination: { case: { id: string } } }>(
      { query: 'mutation ($t: String!) { ingestDetermination(input: { fileName: "letter.txt", text: $t }) { case { id } } }', variables: { t: text } },
      WRITER,
    );
    const after = await call<{ cases: { edges: { node: { id: string } }[] } }>({ query: CASES }, PARTNER);

    expect(first.headers['cache-control']).toBe('max-age=10, private');
    expect(first.headers.age).toBeUndefined();
    // Age is sent only with a kept answer.
    expect(repeated.headers.age).toMatch(/^\d+$/);
    expect(repeated.data).toEqual(first.data);
    expect(ingested.headers['cache-control']).toBe('no-store');
    expect(after.headers.age).toBeUndefined();
    expect(after.data.cases.edges.map((edge) => edge.node.id)).toEqual([ingested.data.ingestDetermination.case.id]);
  });
});
