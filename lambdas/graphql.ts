/**
 * GraphQL Lambda: the one Apollo server (src/graphql) behind API Gateway's REST API (Lambda proxy,
 * payload 1.0) on POST /graphql (Cognito user-pool authorizer) and POST /partner/graphql (API key).
 *
 * API Gateway has already decided whether the call may reach us; this function decides what the
 * caller may do (principalFromApiGatewayEvent) and refuses a call that carries neither claims nor a
 * key with 401: should a method ever be left open, it fails closed.
 */
import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import type { ApolloServer as CommonJsApolloServer } from '@apollo/server' with { 'resolution-mode': 'require' };
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { openServices } from '../src/app/open-services.js';
import { loadConfig } from '../src/config.js';
import { createContext, createGraphQLServer, principalFromApiGatewayEvent, type GraphQLContext } from '../src/graphql/index.js';
import { apiGatewayRequestId, beginInvocation, createLogger } from '../src/observability/logger.js';

const logger = createLogger('imr-graphql');
// Once per container: clients, the schema and the server are reused by every warm invocation.
const services = await openServices(loadConfig());
const server = createGraphQLServer(services, {
  log: { error: (message, attributes) => logger.error(message, attributes) },
});

/** A GraphQL-shaped error answer for refusals made before Apollo runs. */
function refusal(statusCode: number, code: string, message: string): APIGatewayProxyResult {
  return {
    statusCode,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify({ errors: [{ message, extensions: { code } }] }),
  };
}

/**
 * API Gateway answers the CORS preflight; the answer itself must name the page's origin too, or the
 * browser withholds it from the page. Only the stage's allowed origins are named.
 */
function withCors(event: APIGatewayProxyEvent, result: APIGatewayProxyResult): APIGatewayProxyResult {
  const origin = Object.entries(event.headers ?? {}).find(([name]) => name.toLowerCase() === 'origin')?.[1];
  const headers = { ...result.headers, vary: 'Origin' };
  if (origin && services.config.allowedOrigins.includes(origin)) Object.assign(headers, { 'access-control-allow-origin': origin });
  return { ...result, headers };
}

type RequestBody = { readable: true; operationName: string | null } | { readable: false };

/**
 * The integration answers a JSON body it cannot parse with a bare text 400; such a body is refused
 * here in the GraphQL error shape instead. The operation name is kept for the log line (never the
 * query or variables: letters hold medical details).
 */
function readBody(event: APIGatewayProxyEvent): RequestBody {
  const contentType = Object.entries(event.headers ?? {}).find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? '';
  if (!event.body || !contentType.toLowerCase().startsWith('application/json')) return { readable: true, operationName: null };
  let body: unknown;
  try {
    body = JSON.parse(event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body);
  } catch {
    return { readable: false };
  }
  const operationName = typeof body === 'object' && body !== null && 'operationName' in body && typeof body.operationName === 'string' ? body.operationName : null;
  return { readable: true, operationName };
}

// The integration is CommonJS, so its typings name @apollo/server's CommonJS declarations while ours
// name the ESM ones: one class, declared twice. Only the types differ.
const integrationServer = server as unknown as CommonJsApolloServer<GraphQLContext>;

const apolloHandler = startServerAndCreateLambdaHandler(integrationServer, handlers.createAPIGatewayProxyEventRequestHandler(), {
  context: async ({ event }) => {
    const principal = principalFromApiGatewayEvent(event);
    // Checked in `handler` before Apollo runs; a missing principal here means that check was bypassed.
    if (!principal) throw new Error('No principal on an event that passed the credential check.');
    return createContext(services, principal);
  },
});

export async function handler(event: APIGatewayProxyEvent, context: Context): Promise<APIGatewayProxyResult> {
  return withCors(event, await answer(event, context));
}

async function answer(event: APIGatewayProxyEvent, context: Context): Promise<APIGatewayProxyResult> {
  beginInvocation(logger, context, apiGatewayRequestId(event));
  const principal = principalFromApiGatewayEvent(event);
  if (!principal) {
    logger.warn('Request without Cognito claims or an API key refused', { resourcePath: event.requestContext.resourcePath });
    return refusal(401, 'UNAUTHENTICATED', 'Sign in (a Cognito access token) or send a partner API key.');
  }
  logger.appendKeys({ principalKind: principal.kind, principalId: principal.id });
  const body = readBody(event);
  if (!body.readable) {
    logger.warn('Request body is not JSON; refused');
    return refusal(400, 'BAD_REQUEST', 'The request body is not valid JSON.');
  }
  const started = performance.now();
  const result = await apolloHandler(event, context, () => undefined);
  logger.info('GraphQL request answered', {
    statusCode: result?.statusCode,
    operationName: body.operationName,
    durationMs: Math.round(performance.now() - started),
  });
  if (!result) return refusal(500, 'INTERNAL_SERVER_ERROR', 'Something went wrong on our side.');
  return result;
}
