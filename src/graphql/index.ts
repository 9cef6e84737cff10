/**
 * The GraphQL edge's public surface: one Apollo server for the local HTTP server and the Lambda
 * handler, and a fresh context per request.
 */
import type { Services } from '../app/services.js';
import type { GraphQLContext } from './context.js';
import { createLoaders } from './loaders.js';
import { MAX_LIST_ROWS_PER_REQUEST } from './query-limits.js';
import type { Principal } from './principal.js';

export type { GraphQLContext, Loaders } from './context.js';
export type { Principal, PrincipalKind } from './principal.js';
export { LOCAL_DEVELOPER } from './principal.js';
export { principalFromApiGatewayEvent } from './api-gateway-principal.js';
export { createGraphQLServer, type GraphQLServerOptions } from './server.js';
export type { ErrorLog } from './format-error.js';
export { createResponseCache, type ResponseCache } from './response-cache.js';
export { typeDefs } from './generated/type-defs.js';
export { MAX_LIST_ROWS_PER_REQUEST, QUERY_LIMITS } from './query-limits.js';

/** A fresh context per request (DataLoaders live for one request). */
export function createContext(services: Services, principal: Principal): GraphQLContext {
  return { services, principal, loaders: createLoaders(services.repository), rowBudget: { remaining: MAX_LIST_ROWS_PER_REQUEST } };
}
