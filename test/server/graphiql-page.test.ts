import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './local-server.js';

/** The page's own files, as its HTML names them. */
function assetUrls(html: string, origin: string): string[] {
  return [...html.matchAll(/(?:src|href)="(\/graphiql\/[^"]+)"/g)].map((m) => `${origin}${m[1]}`);
}

describe('GraphiQL on the local server', () => {
  let server: TestServer;
  let html: string;

  beforeAll(async () => {
    server = await startTestServer({}, { inMemory: true });
    const response = await fetch(server.graphqlUrl, { headers: { accept: 'text/html,application/xhtml+xml' } });
    html = await response.text();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('shows a browser opening /graphql an HTML page that loads only files from this server', async () => {
    const response = await fetch(server.graphqlUrl, { headers: { accept: 'text/html' } });

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html).toContain('<div id="graphiql"');
    expect(html).not.toMatch(/https?:\/\//);
    expect(assetUrls(html, server.origin)).toHaveLength(2);
  });

  it('serves the script and stylesheet with their content types, cacheable for good under a content-hashed path', async () => {
    for (const url of assetUrls(html, server.origin)) {
      const response = await fetch(url);
      await response.arrayBuffer();

      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(url.endsWith('.js') ? /^text\/javascript/ : /^text\/css/);
      expect(response.headers.get('cache-control')).toContain('immutable');
      expect(url).toContain(`/graphiql/${server.graphiql.hash}/`);
    }
  });

  it('serves Monaco’s three Web Workers beside the page (completion needs them)', async () => {
    for (const worker of ['editor.worker.js', 'json.worker.js', 'graphql.worker.js']) {
      const response = await fetch(`${server.origin}/graphiql/${server.graphiql.hash}/${worker}`, { method: 'HEAD' });

      expect(response.status, worker).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    }
  });

  it('answers a revalidation with 304 Not Modified', async () => {
    const [script] = assetUrls(html, server.origin);
    const first = await fetch(script!);
    await first.arrayBuffer();

    const again = await fetch(script!, { headers: { 'if-none-match': first.headers.get('etag') ?? '' } });

    expect(again.status).toBe(304);
  });

  it('refuses paths outside the bundle folder and files it does not have', async () => {
    const base = `${server.origin}/graphiql/${server.graphiql.hash}/`;
    const attempts = ['..%2Fmanifest.json', '%2E%2E%2F%2E%2E%2Fpackage.json', 'manifest.json', 'no-such-file.js'];

    for (const attempt of attempts) {
      const response = await fetch(base + attempt);
      await response.arrayBuffer();
      expect(response.status, attempt).toBe(404);
    }
  });

  it('leaves / to the explorer', async () => {
    const response = await fetch(`${server.origin}/`, { redirect: 'manual' });
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html).toMatch(/<title>[^<]*Explorer/i);
  });

  it('reuses the built bundle on the next start instead of building again', async () => {
    const second = await startTestServer({}, { inMemory: true });
    try {
      expect(second.graphiql.hash).toBe(server.graphiql.hash);
      expect(second.graphiql.built).toBe(false);
    } finally {
      await second.stop();
    }
  });
});
