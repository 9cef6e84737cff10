/**
 * The local server: the same GraphQL API as the Lambda, plus what a laptop needs to stand in for
 * AWS (the upload and download endpoints S3 would be) and an offline GraphiQL. One function starts it for
 * `npm start`, `imr serve`, the tests and the bench.
 */
import type { ApolloServer } from '@apollo/server';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openServices } from '../app/open-services.js';
import type { Services } from '../app/services.js';
import type { Config } from '../config.js';
import { toImrError } from '../errors.js';
import { createContext, createGraphQLServer, createResponseCache, LOCAL_DEVELOPER, type GraphQLContext, type ResponseCache } from '../graphql/index.js';
import { DEFAULT_GRAPHIQL_CACHE_DIR, ensureGraphiQLBundle, type GraphiQLBundle } from './graphiql/build.js';
import { assetBasePath, renderGraphiQLHtml } from './graphiql/html.js';
import { documentRoute, DOWNLOAD_PATH_PREFIX } from './document-route.js';
import { DEFAULT_EXPLORER_CACHE_DIR, ensureExplorerSite, explorerRoute, isExplorerPath, type ExplorerSite } from './explorer-route.js';
import { graphqlBodyLimitBytes, graphqlRoute, type RouteHandler } from './graphql-route.js';
import { localCallers } from './local-callers.js';
import { consoleServerLog, type ServerLog } from './server-log.js';
import { sendGraphQLError, sendJson } from './responses.js';
import { seedSamplesIfEmpty, type SeedReport } from './seed-samples.js';
import { staticRoute } from './static-route.js';
import { UPLOAD_CORS_HEADERS, UPLOAD_PATH_PREFIX, uploadRoute } from './upload-route.js';

export const GRAPHQL_PATH = '/graphql';

/**
 * Only this machine: the local server has no sign-in and everyone who reaches it is the developer,
 * who may write (local-callers.ts keeps web pages out too).
 */
const LISTEN_HOST = '127.0.0.1';

/**
 * A front end on another local port (a Vite dev server, say) may call the API, as it may on AWS from
 * allowed origins; which origin may read an answer is named per request (local-callers.ts).
 */
const GRAPHQL_CORS_HEADERS: Record<string, string> = {
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'content-type, authorization, apollo-require-preflight, x-apollo-operation-name',
  'access-control-max-age': '600',
};

export interface LocalServerOptions {
  config: Config;
  /** Listen here instead of config.port (0: any free port, for tests and benches). */
  port?: number;
  /** Keep the store in memory (tests) instead of under config.dataDir. */
  inMemory?: boolean;
  /** Ingest the sample letters when the store is empty (default true). */
  seedSamples?: boolean;
  samplesDir?: string;
  /** Where the GraphiQL build is cached (default dist/graphiql). */
  graphiqlCacheDir?: string;
  /** Where the explorer's build is kept (default dist/explorer). */
  explorerCacheDir?: string;
  onDynamoRequest?: (operation: string) => void;
  /** Where failures and refused letters are logged (default: stderr, one JSON line each). */
  log?: ServerLog;
}

export interface LocalServer {
  /** e.g. http://localhost:4000 */
  origin: string;
  /** e.g. http://localhost:4000/graphql */
  graphqlUrl: string;
  port: number;
  services: Services;
  graphiql: GraphiQLBundle;
  /** The explorer, served at `${origin}/`. */
  explorer: ExplorerSite;
  seed: SeedReport | null;
  close(): Promise<void>;
}

/** A browser navigating to the endpoint (not a GraphQL client doing a GET): it asks for HTML. */
function isPageLoad(request: IncomingMessage): boolean {
  return request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
}

function preflight(response: ServerResponse, headers: Record<string, string>): void {
  response.writeHead(204, headers);
  response.end();
}

interface Routes {
  graphql: RouteHandler;
  upload: RouteHandler;
  document: RouteHandler;
  assets: RouteHandler;
  assetPrefix: string;
  page: string;
  explorer: RouteHandler;
}

function route(routes: Routes): RouteHandler {
  return async (request, response, url) => {
    const { pathname } = url;
    if (pathname === GRAPHQL_PATH) {
      if (request.method === 'OPTIONS') return preflight(response, GRAPHQL_CORS_HEADERS);
      if (isPageLoad(request)) {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
        response.end(routes.page);
        return;
      }
      return routes.graphql(request, response, url);
    }
    if (pathname.startsWith(UPLOAD_PATH_PREFIX)) {
      if (request.method === 'OPTIONS') return preflight(response, UPLOAD_CORS_HEADERS);
      if (request.method === 'PUT') return routes.upload(request, response, url);
      response.setHeader('allow', 'PUT, OPTIONS');
      return sendGraphQLError(response, 'METHOD_NOT_ALLOWED', 'Send the file with PUT to the URL createUpload returned.', UPLOAD_CORS_HEADERS);
    }
    if (pathname.startsWith(DOWNLOAD_PATH_PREFIX)) {
      if (request.method === 'GET' || request.method === 'HEAD') return routes.document(request, response, url);
      response.setHeader('allow', 'GET, HEAD');
      return sendGraphQLError(response, 'METHOD_NOT_ALLOWED', 'Download the letter with GET from the URL the API gave (source.downloadUrl).');
    }
    if (pathname.startsWith(routes.assetPrefix) && (request.method === 'GET' || request.method === 'HEAD')) {
      return routes.assets(request, response, url);
    }
    if (isExplorerPath(pathname) && (request.method === 'GET' || request.method === 'HEAD')) return routes.explorer(request, response, url);
    sendJson(response, 404, { errors: [{ message: `Nothing at ${pathname}. The API is at ${GRAPHQL_PATH}.`, extensions: { code: 'NOT_FOUND' } }] });
  };
}

/**
 * The PUT ingests the letter here rather than through a mutation: kept GraphQL answers are forgotten
 * once it is done, so the next list shows the new case.
 */
function forgettingAnswersAfter(upload: RouteHandler, responseCache: ResponseCache): RouteHandler {
  return async (request, response, url) => {
    try {
      await upload(request, response, url);
    } finally {
      responseCache.clear();
    }
  };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, LISTEN_HOST, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

export async function startLocalServer(options: LocalServerOptions): Promise<LocalServer> {
  let handle: RouteHandler | null = null;
  let failedToStart = false;
  const log = options.log ?? consoleServerLog;
  const callers = localCallers(options.config);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    // Answers differ by Origin (CORS), so a browser must not reuse one for another page.
    response.setHeader('vary', 'Origin');
    if (!callers.isAllowedHost(request.headers.host)) {
      sendGraphQLError(response, 'FORBIDDEN', 'This server answers only to this machine (localhost, 127.0.0.1 or [::1]); set ALLOWED_HOSTS to add a name.', { connection: 'close' });
      return;
    }
    const origin = request.headers.origin;
    if (origin !== undefined) {
      if (!callers.isAllowedOrigin(origin)) {
        sendGraphQLError(response, 'FORBIDDEN', `Pages from ${origin} may not use this server: only pages served from this machine (or ALLOWED_ORIGINS) may.`);
        return;
      }
      response.setHeader('access-control-allow-origin', origin);
    }
    if (!handle) {
      sendGraphQLError(response, failedToStart ? 'INTERNAL_SERVER_ERROR' : 'SERVICE_UNAVAILABLE', 'The server is starting; try again in a moment.', { 'retry-after': '1' });
      return;
    }
    handle(request, response, url).catch((error: unknown) => {
      const failure = toImrError(error);
      if (failure.code === 'INTERNAL_SERVER_ERROR') log.error('Request failed on our side', { method: request.method, path: url.pathname, error });
      if (response.headersSent) response.destroy();
      else sendGraphQLError(response, failure.code, failure.code === 'INTERNAL_SERVER_ERROR' ? 'Something went wrong on our side.' : failure.message);
    });
  });
  // Requests arriving before the services are open are turned away rather than queued.
  const port = await listen(server, options.port ?? options.config.port);
  const origin = `http://localhost:${port}`;
  const config: Config = { ...options.config, port, publicUrl: options.config.publicUrl ?? origin };

  let services: Services | null = null;
  let apollo: ApolloServer<GraphQLContext> | null = null;
  try {
    const [openedResult, graphiqlResult, explorerResult] = await Promise.allSettled([
      openServices(config, {
        shareEngine: true,
        ...(options.inMemory ? { inMemory: true } : {}),
        ...(options.onDynamoRequest ? { onDynamoRequest: options.onDynamoRequest } : {}),
      }),
      ensureGraphiQLBundle(options.graphiqlCacheDir ?? DEFAULT_GRAPHIQL_CACHE_DIR),
      ensureExplorerSite(options.explorerCacheDir ?? DEFAULT_EXPLORER_CACHE_DIR),
    ]);
    if (openedResult.status === 'fulfilled') services = openedResult.value;
    if (openedResult.status === 'rejected') throw openedResult.reason;
    if (graphiqlResult.status === 'rejected') throw graphiqlResult.reason;
    if (explorerResult.status === 'rejected') throw explorerResult.reason;
    const opened = openedResult.value;
    const graphiql = graphiqlResult.value;
    const explorer = explorerResult.value;
    const responseCache = createResponseCache(config.responseCacheBytes);
    apollo = createGraphQLServer(opened, { responseCache, log });
    await apollo.start();
    const seed = options.seedSamples === false ? null : await seedSamplesIfEmpty(opened, options.samplesDir);
    const liveServices = opened;
    const liveApollo = apollo;

    handle = route({
      graphql: graphqlRoute({
        apollo: liveApollo,
        contextFor: async () => createContext(liveServices, LOCAL_DEVELOPER),
        bodyLimitBytes: graphqlBodyLimitBytes(config.maxUploadBytes),
        headers: GRAPHQL_CORS_HEADERS,
      }),
      upload: forgettingAnswersAfter(uploadRoute(liveServices, log), responseCache),
      document: documentRoute(liveServices),
      assets: staticRoute(assetBasePath(graphiql), graphiql.dir),
      assetPrefix: assetBasePath(graphiql),
      page: renderGraphiQLHtml(graphiql, GRAPHQL_PATH),
      explorer: await explorerRoute(explorer, GRAPHQL_PATH),
    });

    let closing: Promise<void> | null = null;
    return {
      origin,
      graphqlUrl: `${origin}${GRAPHQL_PATH}`,
      port,
      services: liveServices,
      graphiql,
      explorer,
      seed,
      close: () => (closing ??= shutDown(server, liveApollo, liveServices)),
    };
  } catch (error) {
    failedToStart = true;
    await shutDown(server, apollo, services).catch(() => undefined);
    throw error;
  }
}

/** Stop taking requests, let the ones in flight finish, then release the store. */
async function shutDown(server: Server, apollo: ApolloServer<GraphQLContext> | null, services: Services | null): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  // Keep-alive sockets of a browser tab would hold the port for minutes.
  const forceTimer = setTimeout(() => server.closeAllConnections(), 2_000);
  forceTimer.unref();
  await closed;
  clearTimeout(forceTimer);
  await apollo?.stop();
  await services?.close();
}
