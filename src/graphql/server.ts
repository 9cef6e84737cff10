import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { parse } from 'graphql';
import type { Services } from '../app/services.js';
import { cacheControlPlugin } from './cache-control.js';
import type { GraphQLContext } from './context.js';
import { createFormatError, type ErrorLog } from './format-error.js';
import { typeDefs } from './generated/type-defs.js';
import { queryLimitProtection } from './query-limits.js';
import { createResolvers } from './resolvers/index.js';
import { createResponseCache, type ResponseCache } from './response-cache.js';

export interface GraphQLServerOptions {
  /** Where unexpected failures are logged (default: the console, as one JSON line). */
  log?: ErrorLog;
  /**
   * Where whole answers are kept for reuse (default: a store of `config.responseCacheBytes`). Give
   * one to empty it from outside GraphQL, when something else in the process writes letters.
   */
  responseCache?: ResponseCache;
}

const consoleLog: ErrorLog = {
  error: (message, attributes) => {
    const error = attributes.error instanceof Error ? { name: attributes.error.name, message: attributes.error.message, stack: attributes.error.stack } : attributes.error;
    console.error(JSON.stringify({ level: 'ERROR', message, ...attributes, error }));
  },
};

/**
 * The one GraphQL server, for the local HTTP server and the Lambda alike. The caller starts it
 * (`start()`, or the Lambda integration's start in the background) and builds each request's
 * context with `createContext`.
 */
export function createGraphQLServer(services: Services, options: GraphQLServerOptions = {}): ApolloServer<GraphQLContext> {
  const document = parse(typeDefs);
  const limits = queryLimitProtection();
  const responseCache = options.responseCache ?? createResponseCache(services.config.responseCacheBytes);
  return new ApolloServer<GraphQLContext>({
    typeDefs: document,
    resolvers: createResolvers(document),
    // GraphiQL needs it, and the schema is public documentation anyway.
    introspection: true,
    includeStacktraceInErrorResponses: services.config.isDevelopment,
    formatError: createFormatError(options.log ?? consoleLog),
    // Each batched operation would get the full query budget: one request, one operation.
    allowBatchedHttpRequests: false,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    // The local server serves its own GraphiQL (Apollo's default page loads from a CDN). Cache
    // control (hints from the SDL, the Cache-Control header) is ours: Apollo's, at the fields that
    // can change an answer's policy only (cache-control.ts).
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), ...responseCache.plugins, cacheControlPlugin<GraphQLContext>()],
    // Whoever runs the server owns shutdown: the local server stops Apollo and then closes the store;
    // Apollo's own handler would re-raise SIGINT/SIGTERM before the store is closed.
    stopOnTerminationSignals: false,
  });
}
