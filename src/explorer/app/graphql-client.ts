/**
 * The explorer's only way to the data: GraphQL POSTs to config.graphqlUrl, typed by the generated
 * documents, with the user's token when the deployment signs in. A call can be cancelled (a newer
 * keystroke makes an older search moot).
 */
import type { TypedDocumentString } from '../generated/graphql.js';
import type { Session } from './auth.js';

export class GraphQLRequestError extends Error {
  override readonly name = 'GraphQLRequestError';
  constructor(
    message: string,
    /** The API's error code (`extensions.code`), or HTTP_<status> when no GraphQL answer came back. */
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface GraphQLClient {
  request<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables, options?: { signal?: AbortSignal }): Promise<TResult>;
}

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export const isAbort = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';

export function createGraphQLClient(graphqlUrl: string, session: Session): GraphQLClient {
  return {
    async request(document, variables, options = {}) {
      const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
      const authorization = session.authorization();
      if (authorization) headers.authorization = authorization;
      const operationName = /(?:query|mutation)\s+(\w+)/.exec(document.toString())?.[1];
      const response = await fetch(graphqlUrl, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: document.toString(), variables, operationName }),
        ...(options.signal ? { signal: options.signal } : {}),
      });
      // API Gateway refuses a missing or expired token before the API sees it.
      if (response.status === 401 && session.signsIn) {
        session.renew();
        throw new GraphQLRequestError('Your sign-in has expired; signing in again…', 'UNAUTHENTICATED');
      }
      const answer = (await response.json().catch(() => null)) as GraphQLAnswer<unknown> | null;
      const first = answer?.errors?.[0];
      if (first) throw new GraphQLRequestError(first.message, first.extensions?.code ?? 'GRAPHQL_ERROR');
      if (!response.ok || !answer?.data) throw new GraphQLRequestError(`The API answered HTTP ${response.status}.`, `HTTP_${response.status}`);
      return answer.data as never;
    },
  };
}
