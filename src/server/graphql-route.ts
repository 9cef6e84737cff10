/**
 * POST /graphql (and GET with query parameters) → Apollo Server over plain node:http. Apollo
 * Server 5 ships no Express integration; `executeHTTPGraphQLRequest` with a HeaderMap is the
 * whole contract, so this adapter is the one the bench's bare server uses too.
 */
import type { ApolloServer, BaseContext } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isImrError } from '../errors.js';
import { discardBody, readBody } from './request-body.js';
import { sendGraphQLError } from './responses.js';

export type RouteHandler = (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<void>;

/** Room for the query text and JSON around a base64 file (ingestDetermination's contentBase64). */
const GRAPHQL_ENVELOPE_BYTES = 64 * 1024;

/** The largest GraphQL POST worth reading: a file of `maxUploadBytes` sent as base64, plus its envelope. */
export function graphqlBodyLimitBytes(maxUploadBytes: number): number {
  return Math.ceil(maxUploadBytes / 3) * 4 + GRAPHQL_ENVELOPE_BYTES;
}

function headerMapOf(request: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

function isJson(request: IncomingMessage): boolean {
  const type = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || type.endsWith('+json');
}

type BodyResult = { ok: true; body: unknown } | { ok: false; code: string; message: string };

async function parseBody(request: IncomingMessage, limitBytes: number): Promise<BodyResult> {
  if (request.method === 'GET' || request.method === 'HEAD') return { ok: true, body: undefined };
  let raw: Uint8Array;
  try {
    raw = await readBody(request, limitBytes, 'The GraphQL request');
  } catch (error) {
    if (isImrError(error)) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
  const text = new TextDecoder().decode(raw);
  // Apollo refuses a non-JSON body with its own 400 (and CSRF rules); only JSON is ours to decode.
  if (!isJson(request) || text.trim() === '') return { ok: true, body: text === '' ? undefined : text };
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, code: 'BAD_REQUEST', message: 'The request body is not valid JSON.' };
  }
}

export interface GraphQLRouteOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  /** A fresh context per request (the project's DataLoaders live for one request). */
  contextFor: (request: IncomingMessage) => Promise<TContext>;
  bodyLimitBytes: number;
  /** Extra headers on every answer (CORS). */
  headers?: Record<string, string>;
}

export function graphqlRoute<TContext extends BaseContext>(options: GraphQLRouteOptions<TContext>): RouteHandler {
  const extraHeaders = options.headers ?? {};
  return async (request, response, url) => {
    const parsed = await parseBody(request, options.bodyLimitBytes);
    if (!parsed.ok) {
      discardBody(request);
      const close: Record<string, string> = parsed.code === 'PAYLOAD_TOO_LARGE' ? { connection: 'close' } : {};
      sendGraphQLError(response, parsed.code, parsed.message, { ...extraHeaders, ...close });
      return;
    }
    const result = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'GET', headers: headerMapOf(request), search: url.search, body: parsed.body },
      context: () => options.contextFor(request),
    });
    response.statusCode = result.status ?? 200;
    for (const [name, value] of Object.entries(extraHeaders)) response.setHeader(name, value);
    for (const [name, value] of result.headers) response.setHeader(name, value);
    if (result.body.kind === 'complete') {
      response.setHeader('content-length', Buffer.byteLength(result.body.string));
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  };
}
