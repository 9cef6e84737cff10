/**
 * Lambda events as AWS delivers them, built from the recorded-shape fixtures in ./fixtures
 * with only the parts a test varies replaced (bucket, key, size; query, caller).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEvent, Context, SQSEvent, SQSRecord } from 'aws-lambda';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const load = <T>(name: string): T => JSON.parse(readFileSync(path.join(fixtures, name), 'utf8')) as T;

/** How S3 writes object keys into event notifications: form URL-encoding ("+" for a space, "(" as %28). */
export function encodeS3EventKey(key: string): string {
  return key
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment)
        .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
        .replace(/%20/g, '+'),
    )
    .join('/');
}

export interface UploadedObject {
  bucket: string;
  /** The real key; it is encoded the way S3 encodes it in the notification. */
  key: string;
  size: number;
  messageId?: string;
}

/** One SQS message per object, each carrying an S3 ObjectCreated:Put notification. */
export function sqsS3ObjectCreated(objects: UploadedObject[]): SQSEvent {
  const template = load<SQSEvent>('sqs-s3-object-created.json').Records[0]!;
  const notification = JSON.parse(template.body) as {
    Records: { s3: { bucket: { name: string; arn: string }; object: { key: string; size: number; sequencer: string } } }[];
  };
  return {
    Records: objects.map((object, i): SQSRecord => {
      const body = structuredClone(notification);
      const record = body.Records[0]!;
      record.s3.bucket.name = object.bucket;
      record.s3.bucket.arn = `arn:aws:s3:::${object.bucket}`;
      record.s3.object.key = encodeS3EventKey(object.key);
      record.s3.object.size = object.size;
      record.s3.object.sequencer = `0055AED6DCD9028${i.toString(16).padStart(3, '0')}`;
      return {
        ...structuredClone(template),
        messageId: object.messageId ?? `059f36b4-87a3-44ab-83d2-${String(i).padStart(12, '0')}`,
        body: JSON.stringify(body),
      };
    }),
  };
}

/** The message S3 sends once when a notification configuration is saved. */
export function sqsS3TestEvent(): SQSEvent {
  return load<SQSEvent>('sqs-s3-test-event.json');
}

export interface GraphqlRequest {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

export type Caller =
  | { kind: 'cognito'; sub?: string; groups?: string[]; scope?: string }
  | { kind: 'partner'; apiKeyId?: string }
  | { kind: 'anonymous' };

/** A REST API (payload 1.0) proxy event for POST /graphql or /partner/graphql, as API Gateway sends it after authorization. */
export function apiGatewayGraphqlEvent(request: GraphqlRequest, caller: Caller): APIGatewayProxyEvent {
  if (caller.kind === 'partner') {
    const event = load<APIGatewayProxyEvent>('apigw-rest-partner-key.json');
    if (caller.apiKeyId) event.requestContext.identity.apiKeyId = caller.apiKeyId;
    event.body = JSON.stringify(request);
    return event;
  }
  const event = load<APIGatewayProxyEvent>('apigw-rest-cognito.json');
  event.body = JSON.stringify(request);
  if (caller.kind === 'anonymous') {
    // What a handler would see if a method were ever left open: no claims, no key.
    const { authorizer: _authorizer, ...requestContext } = event.requestContext;
    event.requestContext = requestContext as APIGatewayProxyEvent['requestContext'];
    delete event.headers.Authorization;
    delete event.multiValueHeaders.Authorization;
    return event;
  }
  const claims = event.requestContext.authorizer!.claims as Record<string, string>;
  if (caller.sub) {
    claims.sub = caller.sub;
    claims.username = caller.sub;
  }
  if (caller.groups) {
    if (caller.groups.length) claims['cognito:groups'] = caller.groups.join(',');
    else delete claims['cognito:groups'];
  }
  if (caller.scope !== undefined) claims.scope = caller.scope;
  return event;
}

/** The context Lambda hands a handler: a fresh request id per call, the function's name and limits. */
export function lambdaContext(functionName: string, options: { memoryLimitInMB?: number; remainingMs?: number } = {}): Context {
  const awsRequestId = randomUUID();
  return {
    awsRequestId,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:us-west-2:123456789012:function:${functionName}`,
    memoryLimitInMB: String(options.memoryLimitInMB ?? 1769),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: `2025/01/01/[$LATEST]${awsRequestId.replaceAll('-', '')}`,
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => options.remainingMs ?? 10_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
