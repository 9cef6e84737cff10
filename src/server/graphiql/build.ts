/**
 * Builds the offline GraphiQL page with esbuild: the page (ESM, split so Monaco's languages and
 * prettier load lazily), its CSS, and Monaco's three Web Workers as classic scripts, all in one
 * flat folder (the page finds the workers beside itself through import.meta.url).
 *
 * Output is cached by a hash of what goes into it (the page sources and the versions of the
 * packages bundled), so a start-up after the first pays nothing and two checkouts never mix.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const pageDir = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(pageDir, '../../..');
const require = createRequire(import.meta.url);

/** The packages whose code lands in the bundle: a new version of any of them means a new build. */
const BUNDLED_PACKAGES = ['graphiql', '@graphiql/react', '@graphiql/toolkit', 'monaco-editor', 'monaco-graphql', 'react', 'react-dom', 'graphql', 'esbuild'];

/** Classic (iife) worker scripts: Monaco starts them with `new Worker(url)`, which cannot load ESM chunks everywhere. */
const WORKERS = {
  'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
  'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
  'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
} as const;

const MANIFEST = 'manifest.json';

export interface GraphiQLBundle {
  /** Folder holding every file the page needs. */
  dir: string;
  /** Content hash: part of the URL the files are served under, so they can be cached forever. */
  hash: string;
  /** The entry script and stylesheet, relative to `dir`. */
  script: string;
  stylesheet: string;
  /** Whether this call ran esbuild (false when a cached build was reused). */
  built: boolean;
  buildMs: number;
}

interface Manifest {
  script: string;
  stylesheet: string;
}

function packageVersion(name: string): string {
  const manifestPath = require.resolve(`${name}/package.json`, { paths: [projectRoot] });
  return (JSON.parse(require('node:fs').readFileSync(manifestPath, 'utf8')) as { version: string }).version;
}

async function inputHash(): Promise<string> {
  const hash = createHash('sha256');
  const sources = (await readdir(pageDir)).filter((f) => /\.(tsx?|css)$/.test(f)).sort();
  for (const file of sources) hash.update(file).update(await readFile(path.join(pageDir, file)));
  for (const name of BUNDLED_PACKAGES) hash.update(`${name}@${packageVersion(name)}`);
  return hash.digest('hex').slice(0, 16);
}

async function readManifest(dir: string): Promise<Manifest | null> {
  try {
    return JSON.parse(await readFile(path.join(dir, MANIFEST), 'utf8')) as Manifest;
  } catch {
    return null;
  }
}

async function runEsbuild(outDir: string): Promise<Manifest> {
  // Loaded only here: esbuild is a build tool, never needed by a server that already has its bundle.
  const esbuild = await import('esbuild');
  const common = {
    absWorkingDir: projectRoot,
    bundle: true,
    minify: true,
    legalComments: 'none',
    target: 'es2022',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  } as const;
  const page = await esbuild.build({
    ...common,
    entryPoints: { page: path.join(pageDir, 'page.tsx') },
    outdir: outDir,
    format: 'esm',
    splitting: true,
    chunkNames: '[name]-[hash]',
    assetNames: '[name]-[hash]',
    jsx: 'automatic',
    // Monaco's codicon font; GraphiQL's own CSS inlines its fonts as data: URLs.
    loader: { '.ttf': 'file' },
    // Only loaded for subscriptions over WebSocket, which this API does not have.
    external: ['graphql-ws'],
    metafile: true,
  });
  await esbuild.build({
    ...common,
    entryPoints: WORKERS,
    outdir: outDir,
    format: 'iife',
  });
  const outputs = Object.keys(page.metafile.outputs).map((f) => path.basename(f));
  const stylesheet = outputs.find((f) => f.startsWith('page') && f.endsWith('.css'));
  if (!outputs.includes('page.js') || !stylesheet) throw new Error(`GraphiQL build produced no page.js/page.css (got ${outputs.join(', ')}).`);
  return { script: 'page.js', stylesheet };
}

/**
 * The GraphiQL bundle under `cacheDir/<hash>`, built when missing. Concurrent starts each build into
 * a private folder and rename it into place; the loser of that race simply uses the winner's copy.
 */
export async function ensureGraphiQLBundle(cacheDir: string): Promise<GraphiQLBundle> {
  const started = performance.now();
  const hash = await inputHash();
  const dir = path.join(cacheDir, hash);
  const cached = await readManifest(dir);
  if (cached) return { dir, hash, ...cached, built: false, buildMs: performance.now() - started };

  await mkdir(cacheDir, { recursive: true });
  const staging = path.join(cacheDir, `.building-${hash}-${process.pid}-${Date.now()}`);
  try {
    const manifest = await runEsbuild(staging);
    await writeFile(path.join(staging, MANIFEST), JSON.stringify(manifest));
    await rename(staging, dir).catch(async (error: unknown) => {
      if (!(await readManifest(dir))) throw error;
    });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  await removeStaleBuilds(cacheDir, hash);
  const manifest = await readManifest(dir);
  if (!manifest) throw new Error(`GraphiQL build at ${dir} has no manifest.`);
  return { dir, hash, ...manifest, built: true, buildMs: performance.now() - started };
}

/** Older builds are dead weight (≈8 MB each) once the inputs change. */
async function removeStaleBuilds(cacheDir: string, keep: string): Promise<void> {
  for (const entry of await readdir(cacheDir)) {
    if (entry === keep || entry.startsWith('.building-')) continue;
    const full = path.join(cacheDir, entry);
    if ((await stat(full)).isDirectory()) await rm(full, { recursive: true, force: true });
  }
}

/** Where builds are cached unless told otherwise: dist/graphiql in the project (gitignored, shared by every DATA_DIR). */
export const DEFAULT_GRAPHIQL_CACHE_DIR = path.join(projectRoot, 'dist', 'graphiql');
