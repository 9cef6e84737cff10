import { InputError } from '../errors.js';
import { MAX_PAGE_SIZE, type Page, type PageRequest } from '../store/repository.js';
import type { RowBudget } from './context.js';
import { listRowsRefusal } from './query-limits.js';

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
}

/** The schema's default for `first`. */
export const DEFAULT_PAGE_SIZE = 20;

/**
 * `first` and `after` as a client sent them → a repository page request. An out-of-range `first`
 * is refused rather than clamped, so a client never silently gets fewer rows than it asked for.
 */
export function pageRequest(first: number | null | undefined, after: string | null | undefined, budget: RowBudget): PageRequest {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new InputError(`"first" must be between 1 and ${MAX_PAGE_SIZE}, got ${size}.`);
  }
  if (size > budget.remaining) throw listRowsRefusal(size);
  budget.remaining -= size;
  return { first: size, after: after ?? null };
}

/** A repository page as a Relay connection; lists are read forwards only, so a previous page exists exactly when `after` was given. */
export function toConnection<T, N>(page: Page<T>, request: PageRequest, toNode: (record: T) => N): Connection<N> {
  const edges = page.nodes.map((record, i) => {
    const cursor = page.cursors[i];
    if (cursor === undefined) throw new Error(`The repository returned ${page.nodes.length} nodes but ${page.cursors.length} cursors.`);
    return { cursor, node: toNode(record) };
  });
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: Boolean(request.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: page.endCursor ?? edges.at(-1)?.cursor ?? null,
    },
    totalCount: page.totalCount,
  };
}
