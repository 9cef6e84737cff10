// After esbuild (NodejsFunction commandHooks.afterBundling): pdf.js parses PDFs on a "fake
// worker" in Node, which it loads with import("./pdf.worker.mjs") relative to the bundle. esbuild
// cannot follow that computed import, so the worker file is copied next to index.mjs here,
// matching the pdf.js build the bundle contains. It is loaded only when a PDF is parsed, so it
// costs nothing at cold start. Reads esbuild's metafile; removes it unless asked to keep it.
// Usage: node cdk/pdf-worker-hook.mjs <outputDir> <keepMetafile: true|false>
import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const [outputDir, keepMetafile] = process.argv.slice(2);
const metafilePath = path.join(outputDir, 'index.meta.json');
const metafile = JSON.parse(readFileSync(metafilePath, 'utf8'));
const inputs = Object.keys(metafile.inputs);
const build = inputs.find((input) => /node_modules\/pdfjs-dist\/(legacy\/)?build\/pdf(\.min)?\.mjs$/.test(input));
if (build) {
  const require = createRequire(import.meta.url);
  const root = path.dirname(require.resolve('pdfjs-dist/package.json'));
  const folder = build.includes('/legacy/') ? 'legacy/build' : 'build';
  const worker = path.join(root, folder, 'pdf.worker.min.mjs');
  if (!existsSync(worker)) throw new Error(`pdf.js worker not found at ${worker}`);
  copyFileSync(worker, path.join(outputDir, 'pdf.worker.mjs'));
}
if (keepMetafile !== 'true') rmSync(metafilePath);
