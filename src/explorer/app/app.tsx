/** @jsxImportSource preact */
/** The frame every page shares: a skip link, the site header with its navigation, and the page. */
import { useEffect, useRef } from 'preact/hooks';
import { ApiContext, type Api } from './api-context.js';
import { useRoute } from './navigation.js';
import { CasePage } from './pages/case-page.js';
import { SearchPage } from './pages/search-page.js';
import { UploadPage } from './pages/upload-page.js';
import { searchHref, UPLOAD_HREF, type Route } from './router.js';
import { lastSearchQuery } from './search-memory.js';

function Header({ api, route }: { api: Api; route: Route }) {
  const current = (page: Route['page']) => (route.page === page ? { 'aria-current': 'page' as const } : {});
  return (
    <header class="site-header">
      <a class="skip-link" href="#main" onClick={(event) => { event.preventDefault(); document.getElementById('main')?.focus(); }}>
        Skip to content
      </a>
      <div class="site-header-inner">
        <a class="site-title" href={searchHref(lastSearchQuery())}>
          IMR Explorer
        </a>
        <nav aria-label="Main">
          <ul>
            <li>
              <a href={searchHref(lastSearchQuery())} {...current('search')}>
                Search
              </a>
            </li>
            <li>
              <a href={UPLOAD_HREF} {...current('upload')}>
                Upload letters
              </a>
            </li>
            {!api.config.auth && (
              <li>
                <a href={api.config.graphqlUrl}>GraphiQL</a>
              </li>
            )}
            {api.session.signsIn && (
              <li>
                <button type="button" class="link-button" onClick={() => api.session.signOut()}>
                  Sign out
                </button>
              </li>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}

function NotFound({ path }: { path: string }) {
  return (
    <>
      <h1>Nothing here</h1>
      <p>
        The explorer has no page at <code>{path}</code>. <a href="#/">Start a search</a>.
      </p>
    </>
  );
}

export function App({ api }: { api: Api }) {
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  const pageKey = route.page === 'case' ? `case:${route.id}` : route.page;
  const firstPage = useRef(true);

  // A new page (not a new search on the same page) moves focus to it, so a screen reader announces it.
  useEffect(() => {
    if (firstPage.current) {
      firstPage.current = false;
      return;
    }
    main.current?.focus();
    window.scrollTo(0, 0);
  }, [pageKey]);

  return (
    <ApiContext.Provider value={api}>
      <Header api={api} route={route} />
      <main id="main" class="page" tabIndex={-1} ref={main}>
        {route.page === 'search' && <SearchPage query={route.query} />}
        {route.page === 'case' && <CasePage id={route.id} />}
        {route.page === 'upload' && <UploadPage />}
        {route.page === 'not-found' && <NotFound path={route.path} />}
      </main>
      <footer class="site-footer">
        <p>
          Public IMR Final Determination Letters (California DWC, MAXIMUS Federal Services). Rates are shares of disputed items; the bars' whiskers are Wilson 95% intervals.
        </p>
      </footer>
    </ApiContext.Provider>
  );
}
