// After esbuild (NodejsFunction commandHooks.afterBundling). pdf.js is left out of the bundle
// (an esbuild external) and shipped beside it as its own module, under node_modules/ in the
// asset, where Node resolves the parser's `import('pdfjs-dist/legacy/build/pdf.mjs')`:
// - the parser imports pdf.js on the first PDF only, so a process that reads none (the GraphQL
//   function, an ingest run of .txt letters) never loads or even parses its ~470 KB;
// - pdf.js runs its "fake worker" with import("./pdf.worker.mjs") relative to its own file,
//   which esbuild could not follow anyway: the worker goes next to it;
// - pdf.js 5 builds a DOMMatrix while it loads. In Node it borrows one from @napi-rs/canvas, a
//   native rendering library (an optional dependency: installed on our machines, tens of MB,
//   never shipped). Text extraction draws nothing, so the package's entry first installs a
//   minimal DOMMatrix stand-in when there is none, then re-exports pdf.js. Without it pdf.js
//   fails to load on Lambda and every PDF is refused (test/cdk/bundles.test.ts runs a PDF
//   through the bundle outside the repository, where @napi-rs/canvas cannot be found).
// pdf.js is minified here by esbuild (its own pdf.min.mjs hoists `new DOMMatrix()` above any
// stand-in), from the version in package-lock.json; the worker is its published minified build.
// Any other bare import left in the bundle fails the build: Lambda would not find it.
// Reads esbuild's metafile; removes it unless asked to keep it.
// Usage: node cdk/ship-pdfjs.mjs <outputDir> <keepMetafile: true|false>
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import path from 'node:path';
import { buildSync } from 'esbuild';

const [outputDir, keepMetafile] = process.argv.slice(2);
const metafilePath = path.join(outputDir, 'index.meta.json');
const metafile = JSON.parse(readFileSync(metafilePath, 'utf8'));
const bundle = Object.entries(metafile.outputs).find(([file]) => file.endsWith('.mjs'))?.[1];
if (!bundle) throw new Error(`No .mjs output in ${metafilePath}`);

const PDFJS = /^pdfjs-dist\/((?:legacy\/)?build)\/pdf\.mjs$/;
const isBuiltin = (specifier) => specifier.startsWith('node:') || builtinModules.includes(specifier);
const externals = [...new Set(bundle.imports.filter((i) => i.external).map((i) => i.path))];
const unexpected = externals.filter((specifier) => !isBuiltin(specifier) && !PDFJS.test(specifier));
if (unexpected.length) {
  throw new Error(`The bundle imports ${unexpected.join(', ')} at run time, which the Lambda package would not contain.`);
}

const DOM_MATRIX_STAND_IN = `// Installed before pdf.js loads; see cdk/ship-pdfjs.mjs in the repository.
if (typeof globalThis.DOMMatrix !== 'function') {
  globalThis.DOMMatrix = class DOMMatrix {
    constructor() {
      Object.assign(this, { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0, is2D: true, isIdentity: true });
    }
  };
}
`;

const require = createRequire(import.meta.url);
const root = path.dirname(require.resolve('pdfjs-dist/package.json'));
const target = path.join(outputDir, 'node_modules', 'pdfjs-dist');
for (const specifier of externals.filter((s) => PDFJS.test(s))) {
  const folder = PDFJS.exec(specifier)[1];
  const into = path.join(target, folder);
  mkdirSync(into, { recursive: true });
  buildSync({
    entryPoints: [path.join(root, folder, 'pdf.mjs')],
    outfile: path.join(into, 'pdf.lib.mjs'),
    format: 'esm',
    platform: 'node',
    target: 'node22',
    minify: true,
    logLevel: 'warning',
  });
  writeFileSync(path.join(into, 'dom-matrix-stand-in.mjs'), DOM_MATRIX_STAND_IN);
  // Imports are evaluated in order: the stand-in exists before pdf.js looks for DOMMatrix.
  writeFileSync(path.join(into, 'pdf.mjs'), "import './dom-matrix-stand-in.mjs';\nexport * from './pdf.lib.mjs';\n");
  copyFileSync(path.join(root, folder, 'pdf.worker.min.mjs'), path.join(into, 'pdf.worker.mjs'));
}
if (existsSync(target)) {
  const { name, version, license } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  writeFileSync(path.join(target, 'package.json'), `${JSON.stringify({ name, version, license }, null, 2)}\n`);
  copyFileSync(path.join(root, 'LICENSE'), path.join(target, 'LICENSE'));
}
if (keepMetafile !== 'true') rmSync(metafilePath);
