/** The current route, following the address bar (links, back and forward, and the pages' own changes). */
import { useEffect, useState } from 'preact/hooks';
import { parseRoute, type Route } from './router.js';

const NAVIGATED = 'imr-explorer:navigated';

/** Changes the address without a page load; `replace` for changes that should not each be a step back (typing). */
export function navigate(href: string, { replace = false }: { replace?: boolean } = {}): void {
  if (href === location.hash || (href === '#/' && location.hash === '')) return;
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  window.dispatchEvent(new Event(NAVIGATED));
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', follow);
    window.addEventListener('popstate', follow);
    window.addEventListener(NAVIGATED, follow);
    return () => {
      window.removeEventListener('hashchange', follow);
      window.removeEventListener('popstate', follow);
      window.removeEventListener(NAVIGATED, follow);
    };
  }, []);
  return route;
}
