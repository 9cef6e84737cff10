import { ApolloServer, type ApolloServerOptions, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { parse } from 'graphql';
import type { Services } from '../app/services.js';
import { guardAnswerSize } from './answer-size-guard.js';
import { cacheControlPlugin } from './cache-control.js';
import type { GraphQLContext } from './context.js';
import { createFormatError, type ErrorLog } from './format-error.js';
import { typeDefs } from './generated/type-defs.js';
import { queryCostPlugin, queryLimitProtection } from './query-limits.js';
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

/** Apollo with the answer-size backstop on the entry point both transports (local HTTP, Lambda) call. */
class SizeGuardedApolloServer extends ApolloServer<GraphQLContext> {
  constructor(
    options: ApolloServerOptions<GraphQLContext>,
    private readonly maxAnswerBytes: number,
    private readonly log: ErrorLog,
  ) {
    super(options);
  }

  override async executeHTTPGraphQLRequest(request: { httpGraphQLRequest: HTTPGraphQLRequest; context: () => Promise<GraphQLContext> }): Promise<HTTPGraphQLResponse> {
    const guarded = guardAnswerSize(await super.executeHTTPGraphQLRequest(request), this.maxAnswerBytes);
    // The estimate let this one through: worth knowing, to tune it (no query text: it may name a case).
    if (guarded.refusedBytes !== null) this.log.error('Answer over MAX_ANSWER_BYTES refused after it was built', { answerBytes: guarded.refusedBytes, maxAnswerBytes: this.maxAnswerBytes });
    return guarded.response;
  }
}

/**
 * The one GraphQL server, for the local HTTP server and the Lambda alike. The caller starts it
 * (`start()`, or the Lambda integration's start in the background) and builds each request's
 * context with `createContext`.
 */
export function createGraphQLServer(services: Services, options: GraphQLServerOptions = {}): ApolloServer<GraphQLContext> {
  const document = parse(typeDefs);
  const limits = queryLimitProtection();
  const responseCache = options.responseCache ?? createResponseCache(services.config.responseCacheBytes);
  const log = options.log ?? consoleLog;
  return new SizeGuardedApolloServer({
    typeDefs: document,
    resolvers: createResolvers(document),
    // GraphiQL needs it, and the schema is public documentation anyway.
    introspection: true,
    includeStacktraceInErrorResponses: services.config.isDevelopment,
    formatError: createFormatError(log),
    // Each batched operation would get the full query budget: one request, one operation.
    allowBatchedHttpRequests: false,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    // The local server serves its own GraphiQL (Apollo's default page loads from a CDN). Cache
    // control (hints from the SDL, the Cache-Control header) is ours: Apollo's, at the fields that
    // can change an answer's policy only (cache-control.ts).
    // The cost estimate comes first: a refused query never reaches the response cache.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      queryCostPlugin<GraphQLContext>(services.config.maxAnswerBytes),
      ...responseCache.plugins,
      cacheControlPlugin<GraphQLContext>(),
    ],
    // Whoever runs the server owns shutdown: the local server stops Apollo and then closes the store;
    // Apollo's own handler would re-raise SIGINT/SIGTERM before the store is closed.
    stopOnTerminationSignals: false,
  }, services.config.maxAnswerBytes, log);
}
