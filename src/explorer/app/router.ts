/**
 * Pages live in the URL's fragment (`#/`, `#/cases/<id>`, `#/upload`), so the static host serves one
 * index.html for everything and a bookmarked search or case needs no server-side routing.
 */
export type Route = { page: 'search'; query: string } | { page: 'case'; id: string } | { page: 'upload' } | { page: 'not-found'; path: string };

export function parseRoute(hash: string): Route {
  const fragment = hash.replace(/^#/, '');
  const queryAt = fragment.indexOf('?');
  const path = queryAt < 0 ? fragment : fragment.slice(0, queryAt);
  const query = queryAt < 0 ? '' : fragment.slice(queryAt + 1);
  if (path === '' || path === '/') return { page: 'search', query };
  if (path === '/upload') return { page: 'upload' };
  const caseMatch = /^\/cases\/([^/]+)$/.exec(path);
  if (caseMatch) {
    try {
      return { page: 'case', id: decodeURIComponent(caseMatch[1]!) };
    } catch {
      return { page: 'not-found', path };
    }
  }
  return { page: 'not-found', path };
}

export const searchHref = (query: string): string => (query ? `#/?${query}` : '#/');
export const caseHref = (id: string): string => `#/cases/${encodeURIComponent(id)}`;
export const UPLOAD_HREF = '#/upload';
