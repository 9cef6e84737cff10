/**
 * Whole answers kept in memory and served again while the schema's `@cacheControl` hints allow
 * (Apollo's response cache plugin): a case for 300 s, a page of a list for 10 s, nothing about the
 * caller or an upload. One store per process: the local server's, or a warm Lambda's.
 *
 * What keeps answers true:
 * - a mutation by a caller who may write, and anything else that writes in this process (the local
 *   server's upload PUT), empties the store (`clear`), so the next list shows the new case;
 * - an answer whose computation overlapped a `clear` is not kept: it may have read the store before
 *   the write landed;
 * - writes made by other processes (the ingest Lambda, another warm GraphQL Lambda) show once the
 *   answers they outdate expire: within 10 s for lists, 5 minutes for a case read again by a newer
 *   parser.
 *
 * Answers are kept for every caller alike (scope PUBLIC): the key is the query text, operation name
 * and variables, never who asked. An answer that depends on the caller (`viewer`, scope PRIVATE,
 * maxAge 0) is never kept, and neither is an answer with errors.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import responseCachePlugin, { type ApolloServerPluginResponseCacheOptions } from '@apollo/server-plugin-response-cache';
import { LRUCache } from 'lru-cache';
import type { GraphQLContext } from './context.js';

export interface ResponseCache {
  /** False when RESPONSE_CACHE_MB is 0: every answer is computed afresh. */
  readonly isEnabled: boolean;
  /** The most memory kept answers may take (their JSON text and keys). */
  readonly maxBytes: number;
  /** Memory the kept answers take now. */
  sizeBytes(): number;
  /** Forgets every kept answer, and keeps none of the answers being computed as it runs. */
  clear(): void;
  /** The Apollo plugins that serve, keep and forget answers (none when the cache is off). */
  readonly plugins: ApolloServerPlugin<GraphQLContext>[];
}

type AnswerStore = NonNullable<ApolloServerPluginResponseCacheOptions<GraphQLContext>['cache']>;

export function createResponseCache(maxBytes: number): ResponseCache {
  if (maxBytes <= 0) {
    return { isEnabled: false, maxBytes: 0, sizeBytes: () => 0, clear: () => undefined, plugins: [] };
  }

  const answers = new LRUCache<string, string>({
    maxSize: maxBytes,
    // Kept answers are JSON text; the bound is on bytes, as RESPONSE_CACHE_MB promises.
    sizeCalculation: (value, key) => Buffer.byteLength(value) + Buffer.byteLength(key),
  });
  const store: AnswerStore = {
    get: async (key) => answers.get(key),
    set: async (key, value, options) => {
      // The plugin passes the answer's maxAge in seconds; the plugin never asks to keep a maxAge of 0.
      answers.set(key, value, options?.ttl ? { ttl: options.ttl * 1000 } : {});
    },
    delete: async (key) => answers.delete(key),
  };

  /** Bumped by every clear: an answer is kept only if no clear happened while it was computed. */
  let generation = 0;
  const generationAtStart = new WeakMap<GraphQLContext, number>();
  const clear = () => {
    generation++;
    answers.clear();
  };

  const serveAndKeep = responseCachePlugin<GraphQLContext>({
    cache: store,
    // Called once per query, before it runs (and before the store is read); the answer itself
    // depends on nothing but the query, so nothing is added to the key.
    extraCacheKeyData: async ({ contextValue }) => {
      generationAtStart.set(contextValue, generation);
      return null;
    },
    shouldWriteToCache: async ({ contextValue, overallCachePolicy }) =>
      generationAtStart.get(contextValue) === generation &&
      // The schema marks nothing that is kept for a while as PRIVATE; should it ever, such an answer
      // is not kept rather than shared (the plugin would only warn).
      overallCachePolicy.scope !== 'PRIVATE',
  });

  const forgetAfterWrites: ApolloServerPlugin<GraphQLContext> = {
    async requestDidStart() {
      let wasExecuted = false;
      return {
        async executionDidStart() {
          wasExecuted = true;
        },
        async willSendResponse({ operation, contextValue }) {
          // A read-only caller's mutation is refused before it writes anything: it must not be a
          // way to empty everyone's cache.
          if (wasExecuted && operation?.operation === 'mutation' && contextValue.principal.canWrite) clear();
        },
      };
    },
  };

  return {
    isEnabled: true,
    maxBytes,
    sizeBytes: () => answers.calculatedSize,
    clear,
    plugins: [serveAndKeep, forgetAfterWrites],
  };
}
