import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { isImrError } from '../errors.js';
import { isTokenLimitError, QUERY_LIMIT_EXTENSION, tokenLimitMessage } from './query-limits.js';

/** Where unexpected failures are reported (Powertools' Logger on Lambda, the console locally). */
export interface ErrorLog {
  error(message: string, attributes: Record<string, unknown>): void;
}

export const GENERIC_MESSAGE = 'Something went wrong on our side.';

/**
 * graphql 16 ships CommonJS and ESM copies, and a process can load both (Apollo and graphql-armor
 * reach one, code compiled by a bundler or vitest the other), so `instanceof GraphQLError` can miss.
 * Every copy tags its errors the same way.
 */
const isGraphQLError = (value: unknown): boolean => Object.prototype.toString.call(value) === '[object GraphQLError]';

/**
 * The one place an error becomes what a client sees. Our own errors (ImrError) keep their message
 * and give their code; GraphQL's and Apollo's (parse, validation, variable coercion) keep theirs;
 * anything else is a bug or an outage: the client gets a generic message and the log gets the cause.
 * Stack traces are in `formatted.extensions.stacktrace` only when the server was built for development.
 */
export function createFormatError(log: ErrorLog) {
  return function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
    const original = unwrapResolverError(error);
    const extensions = { ...formatted.extensions };

    if (isImrError(original)) {
      if (original.code === 'INTERNAL_SERVER_ERROR') {
        log.error('Request failed on our side', { error: original.cause ?? original, path: formatted.path });
        return { ...formatted, message: GENERIC_MESSAGE, extensions: { ...extensions, code: original.code } };
      }
      return { ...formatted, message: original.message, extensions: { ...extensions, code: original.code } };
    }

    if (isGraphQLError(original)) {
      // Apollo files every validation failure under GRAPHQL_VALIDATION_FAILED; a broken query limit deserves its own code.
      if (extensions[QUERY_LIMIT_EXTENSION] !== undefined) return { ...formatted, extensions: { ...extensions, code: 'QUERY_TOO_COMPLEX' } };
      if (extensions.code === 'GRAPHQL_PARSE_FAILED' && isTokenLimitError(formatted.message)) {
        return { ...formatted, message: tokenLimitMessage(), extensions: { ...extensions, code: 'QUERY_TOO_COMPLEX', [QUERY_LIMIT_EXTENSION]: 'MAX_TOKENS' } };
      }
      if (typeof extensions.code === 'string' && extensions.code !== 'INTERNAL_SERVER_ERROR') return formatted;
      // graphql-js's own execution errors (a null in a non-null field) mean a bug on our side.
      log.error('GraphQL execution failed', { error: original, path: formatted.path });
      return { ...formatted, message: GENERIC_MESSAGE, extensions: { ...extensions, code: 'INTERNAL_SERVER_ERROR' } };
    }

    log.error('Unexpected error while answering a GraphQL request', { error: original, path: formatted.path });
    return { ...formatted, message: GENERIC_MESSAGE, extensions: { ...extensions, code: 'INTERNAL_SERVER_ERROR' } };
  };
}
