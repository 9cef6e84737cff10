/**
 * PLACEHOLDER signatures (the GraphQL issue replaces the bodies; names and types are the contract).
 * One Apollo server for the local HTTP server and the Lambda handler.
 */
import type { ApolloServer } from '@apollo/server';
import type { Services } from '../app/services.js';
import type { Principal } from './principal.js';

export type { Principal } from './principal.js';
export { LOCAL_DEVELOPER } from './principal.js';

export interface GraphQLContext {
  services: Services;
  principal: Principal;
}

export function createGraphQLServer(_services: Services): ApolloServer<GraphQLContext> {
  throw new Error('not implemented');
}

/** A fresh context per request (DataLoaders live for one request). */
export function createContext(_services: Services, _principal: Principal): GraphQLContext {
  throw new Error('not implemented');
}
