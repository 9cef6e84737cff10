/**
 * Builds the explorer as a static site with esbuild: `index.html` at the root and content-hashed
 * assets under `assets/` (the entry script, the lazily loaded chart chunk and shared chunks, one
 * stylesheet). No inline script or style anywhere, so a `script-src 'self'; style-src 'self'` policy
 * holds. The same function feeds the local server (src/server/explorer-route.ts), `npm run
 * build:explorer` (.build/explorer) and the CDK stack, which uploads the folder to S3.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXPLORER_SOURCE_DIR = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(EXPLORER_SOURCE_DIR, '../..');
const ENTRY = path.join(EXPLORER_SOURCE_DIR, 'app', 'main.tsx');
export const ASSETS_DIR = 'assets';

export interface BuildExplorerOptions {
  outDir: string;
  /** Default true: what ships. */
  minify?: boolean;
}

export interface BuiltExplorer {
  /** Every file written, relative to outDir, `/`-separated (index.html first). */
  files: string[];
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The page shell. Paths are relative, so the site also works below a path prefix. */
export function renderIndexHtml(script: string, stylesheet: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>IMR Explorer · Independent Medical Review determinations</title>
<meta name="description" content="Search California workers' compensation IMR determinations and see how often treatments are overturned.">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${escapeAttribute(stylesheet)}">
<script type="module" src="${escapeAttribute(script)}"></script>
</head>
<body>
<div id="app"><p class="boot">Loading the explorer…</p></div>
<noscript><p class="boot">The explorer needs JavaScript. The API itself answers GraphQL without it.</p></noscript>
</body>
</html>
`;
}

export async function buildExplorer(options: BuildExplorerOptions): Promise<BuiltExplorer> {
  // Loaded only here: esbuild is a build tool, never needed by a server that already has its site.
  const esbuild = await import('esbuild');
  const outDir = path.resolve(options.outDir);
  const assetsDir = path.join(outDir, ASSETS_DIR);
  await rm(assetsDir, { recursive: true, force: true });
  await mkdir(assetsDir, { recursive: true });
  const result = await esbuild.build({
    absWorkingDir: projectRoot,
    entryPoints: { main: ENTRY },
    outdir: assetsDir,
    bundle: true,
    format: 'esm',
    // The charts (Observable Plot and its d3 parts) load after the first results, in their own chunk.
    splitting: true,
    entryNames: '[name]-[hash]',
    chunkNames: '[name]-[hash]',
    assetNames: '[name]-[hash]',
    minify: options.minify ?? true,
    sourcemap: false,
    legalComments: 'none',
    target: 'es2022',
    platform: 'browser',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
    metafile: true,
  });
  const written = Object.keys(result.metafile.outputs).map((file) => path.relative(outDir, path.resolve(projectRoot, file)).split(path.sep).join('/'));
  const script = written.find((file) => /^assets\/main-[^/]+\.js$/.test(file));
  const stylesheet = written.find((file) => /^assets\/main-[^/]+\.css$/.test(file));
  if (!script || !stylesheet) throw new Error(`The explorer build produced no main script and stylesheet (got ${written.join(', ')}).`);
  await writeFile(path.join(outDir, 'index.html'), renderIndexHtml(script, stylesheet));
  return { files: ['index.html', ...written.sort()] };
}
