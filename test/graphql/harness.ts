/**
 * The real GraphQL server over the real services (dynalite in memory), driven through Apollo's
 * HTTP entry point so tests see what a client sees: status, headers and the JSON body.
 */
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { openServices } from '../../src/app/open-services.js';
import type { OpenServicesOptions, Services } from '../../src/app/services.js';
import { loadConfig } from '../../src/config.js';
import { createContext, createGraphQLServer, type ErrorLog, type GraphQLContext, type Principal, type ResponseCache } from '../../src/graphql/index.js';

export const WRITER: Principal = { kind: 'user', id: 'writer-sub', canWrite: true };
export const READER: Principal = { kind: 'user', id: 'reader-sub', canWrite: false };
export const PARTNER: Principal = { kind: 'partner', id: 'q2w3e4r5t6', canWrite: false };

export interface GraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; limit?: string; stacktrace?: unknown };
}

export interface GraphQLAnswer<T = Record<string, unknown>> {
  status: number;
  /** Response headers, names in lower case. */
  headers: Record<string, string>;
  data?: T | null;
  errors?: GraphQLError[];
}

export interface Harness {
  services: Services;
  server: ApolloServer<GraphQLContext>;
  /** Errors the server logged, for tests that check what reaches the log rather than the client. */
  logged: { message: string; attributes: Record<string, unknown> }[];
  post<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, principal?: Principal): Promise<GraphQLAnswer<T>>;
  close(): Promise<void>;
}

export async function openHarness(
  options: { env?: NodeJS.ProcessEnv; services?: OpenServicesOptions; responseCache?: ResponseCache } = {},
): Promise<Harness> {
  // As deployed (no stack traces) unless a test asks for development.
  const config = loadConfig({ IMR_MODE: 'local', NODE_ENV: 'production', ...options.env });
  const services = await openServices(config, { inMemory: true, ...options.services });
  const logged: Harness['logged'] = [];
  const log: ErrorLog = { error: (message, attributes) => logged.push({ message, attributes }) };
  const server = createGraphQLServer(services, { log, ...(options.responseCache ? { responseCache: options.responseCache } : {}) });
  await server.start();
  return {
    services,
    server,
    logged,
    async post<T>(query: string, variables?: Record<string, unknown>, principal: Principal = READER) {
      const headers = new HeaderMap([['content-type', 'application/json']]);
      const response = await server.executeHTTPGraphQLRequest({
        // Through JSON, as a client's body arrives.
        httpGraphQLRequest: { method: 'POST', headers, search: '', body: JSON.parse(JSON.stringify({ query, variables })) },
        context: async () => createContext(services, principal),
      });
      if (response.body.kind !== 'complete') throw new Error('Expected a complete (non-incremental) response.');
      const body = JSON.parse(response.body.string) as { data?: T | null; errors?: GraphQLError[] };
      return { status: response.status ?? 200, headers: Object.fromEntries(response.headers), ...body };
    },
    async close() {
      await server.stop();
      await services.close();
    },
  };
}
