/**
 * The explorer (src/explorer) on the local server: the built site at `/` (index.html), its hashed
 * files under `/assets/`, and `/config.json` telling the page to call this server's `/graphql` without
 * sign-in. The site is built with esbuild on the first start and kept under dist/explorer/<hash>, keyed
 * by a hash of its sources and the lockfile, so later starts only read it.
 *
 * index.html goes out with the Content-Security-Policy the page is built to meet (no inline script
 * or style, nothing from another origin), so the browser tests prove it does.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ASSETS_DIR, buildExplorer, EXPLORER_SOURCE_DIR } from '../explorer/build.js';
import type { RouteHandler } from './graphql-route.js';
import { sendJson, sendText } from './responses.js';
import { staticRoute } from './static-route.js';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_EXPLORER_CACHE_DIR = path.join(projectRoot, 'dist', 'explorer');
const MANIFEST = 'files.json';
export const EXPLORER_ASSETS_PATH = `/${ASSETS_DIR}/`;

export const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export interface ExplorerSite {
  /** Folder holding index.html and assets/. */
  dir: string;
  hash: string;
  files: string[];
  /** Whether this call ran esbuild (false when a kept build was reused). */
  built: boolean;
  buildMs: number;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

async function inputHash(): Promise<string> {
  const hash = createHash('sha256');
  for (const file of await filesUnder(EXPLORER_SOURCE_DIR)) hash.update(path.relative(EXPLORER_SOURCE_DIR, file)).update(await readFile(file));
  // Every package version that can land in the bundle, esbuild's included.
  hash.update(await readFile(path.join(projectRoot, 'package-lock.json')));
  return hash.digest('hex').slice(0, 16);
}

async function readManifest(dir: string): Promise<string[] | null> {
  try {
    return JSON.parse(await readFile(path.join(dir, MANIFEST), 'utf8')) as string[];
  } catch {
    return null;
  }
}

/** The built site under `cacheDir/<hash>`, built when missing (concurrent starts race to rename; the loser uses the winner's). */
export async function ensureExplorerSite(cacheDir: string = DEFAULT_EXPLORER_CACHE_DIR): Promise<ExplorerSite> {
  const started = performance.now();
  const hash = await inputHash();
  const dir = path.join(cacheDir, hash);
  const cached = await readManifest(dir);
  if (cached) return { dir, hash, files: cached, built: false, buildMs: performance.now() - started };

  await mkdir(cacheDir, { recursive: true });
  const staging = path.join(cacheDir, `.building-${hash}-${process.pid}-${Date.now()}`);
  try {
    const { files } = await buildExplorer({ outDir: staging });
    await writeFile(path.join(staging, MANIFEST), JSON.stringify(files));
    await rename(staging, dir).catch(async (error: unknown) => {
      if (!(await readManifest(dir))) throw error;
    });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  for (const entry of await readdir(cacheDir)) {
    if (entry === hash || entry.startsWith('.building-')) continue;
    const full = path.join(cacheDir, entry);
    if ((await stat(full)).isDirectory()) await rm(full, { recursive: true, force: true });
  }
  const files = await readManifest(dir);
  if (!files) throw new Error(`The explorer build at ${dir} has no ${MANIFEST}.`);
  return { dir, hash, files, built: true, buildMs: performance.now() - started };
}

/** The paths the explorer answers (GET and HEAD). Pages are routed in the fragment (`/#/cases/<id>`), so `/` is the only page. */
export function isExplorerPath(pathname: string): boolean {
  return pathname === '/' || pathname === '/index.html' || pathname === '/config.json' || pathname.startsWith(EXPLORER_ASSETS_PATH);
}

export async function explorerRoute(site: ExplorerSite, graphqlPath: string): Promise<RouteHandler> {
  const indexHtml = await readFile(path.join(site.dir, 'index.html'));
  const assets = staticRoute(EXPLORER_ASSETS_PATH, path.join(site.dir, ASSETS_DIR));
  const config = { graphqlUrl: graphqlPath, auth: null };
  return async (request, response, url) => {
    if (url.pathname === '/config.json') return sendJson(response, 200, config);
    if (url.pathname.startsWith(EXPLORER_ASSETS_PATH)) return assets(request, response, url);
    if (url.pathname === '/' || url.pathname === '/index.html') {
      response.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-length': String(indexHtml.length),
        'cache-control': 'no-cache',
        'content-security-policy': EXPLORER_CSP,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
      });
      response.end(request.method === 'HEAD' ? undefined : indexHtml);
      return;
    }
    sendText(response, 404, 'Not found.');
  };
}
