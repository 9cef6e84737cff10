/**
 * Who the local server answers: this machine only. It has no sign-in (everyone who reaches it is the
 * developer, who may write), so a web page must not be able to use it from the browser it runs in:
 *
 * - the Host header must name this machine (localhost, 127.0.0.1, [::1], or ALLOWED_HOSTS): a page
 *   on a DNS name rebound to 127.0.0.1 sends its own name and is refused;
 * - a request that carries an Origin must come from a page served by this machine (any port: a dev
 *   server on another port is the developer's own) or from ALLOWED_ORIGINS; browsers send Origin on
 *   every cross-origin request and every POST or PUT, so another site's page is refused before it
 *   can write, and CORS names only those origins, so it cannot read either. Tools that send no
 *   Origin (curl, the CLI, GraphQL clients) are this machine's own callers. Pure.
 */
import type { Config } from '../config.js';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** `localhost:4000` → `localhost`; `[::1]:4000` → `[::1]`; lower case. Null when it is no host[:port]. */
export function hostNameOf(hostHeader: string): string | null {
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/i.exec(hostHeader.trim());
  return match ? match[1]!.toLowerCase() : null;
}

const isLoopbackName = (name: string) => LOOPBACK_HOSTS.has(name) || name.endsWith('.localhost');

export interface LocalCallers {
  /** The host names this server answers to. */
  isAllowedHost(hostHeader: string | undefined): boolean;
  /** Pages whose origin may call the API and read its answers. */
  isAllowedOrigin(origin: string): boolean;
}

export function localCallers(config: Pick<Config, 'allowedHosts' | 'allowedOrigins' | 'publicUrl'>): LocalCallers {
  const hosts = new Set(config.allowedHosts.map((host) => hostNameOf(host) ?? host.toLowerCase()));
  const origins = new Set(config.allowedOrigins);
  if (config.publicUrl) {
    try {
      const url = new URL(config.publicUrl);
      hosts.add(url.hostname.toLowerCase());
      origins.add(url.origin);
    } catch {
      // Not a URL: it names no extra host.
    }
  }
  return {
    isAllowedHost(hostHeader) {
      // HTTP/1.1 requires Host; a request without one is no browser's.
      if (!hostHeader) return false;
      const name = hostNameOf(hostHeader);
      return name !== null && (isLoopbackName(name) || hosts.has(name));
    },
    isAllowedOrigin(origin) {
      if (origins.has(origin)) return true;
      let url: URL;
      try {
        url = new URL(origin);
      } catch {
        return false;
      }
      return (url.protocol === 'http:' || url.protocol === 'https:') && isLoopbackName(url.hostname.toLowerCase()) && url.origin === origin;
    },
  };
}
