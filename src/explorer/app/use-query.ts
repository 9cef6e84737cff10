/**
 * A GraphQL query that follows its variables: asked again, after a short pause, whenever they change
 * (compared by value), the older call cancelled so a slow answer to a stale search never overwrites a
 * newer one.
 */
import { useEffect, useState } from 'preact/hooks';
import type { TypedDocumentString } from '../generated/graphql.js';
import { useApi } from './api-context.js';
import { isAbort } from './graphql-client.js';

export interface QueryState<T> {
  data: T | null;
  /** The variables `data` answers (JSON), so a page can tell a fresh answer from a stale one. */
  dataKey: string | null;
  loading: boolean;
  error: string | null;
}

export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables | null,
  { debounceMs = 0 }: { debounceMs?: number } = {},
): QueryState<TResult> {
  const { client } = useApi();
  const key = variables === null ? null : JSON.stringify(variables);
  const [state, setState] = useState<QueryState<TResult>>({ data: null, dataKey: null, loading: variables !== null, error: null });

  useEffect(() => {
    if (key === null) return undefined;
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true }));
    const timer = setTimeout(() => {
      client.request(document, JSON.parse(key) as TVariables, { signal: controller.signal }).then(
        (data) => setState({ data, dataKey: key, loading: false, error: null }),
        (error: unknown) => {
          if (isAbort(error)) return;
          setState((previous) => ({ ...previous, loading: false, error: error instanceof Error ? error.message : String(error) }));
        },
      );
    }, debounceMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [client, document, key, debounceMs]);

  return state;
}
