// After esbuild (NodejsFunction commandHooks.afterBundling): checks what the bundle still loads at
// run time, and ships pdf.js beside it.
//
// Imports left in the bundle: Node built-ins must come through cdk/bundle-shims (as CommonJS; see
// cdk/constructs/imr-function.ts), except node:module, which the banner needs for require(). The
// one package left out on purpose is pdf.js; anything else would be missing on Lambda. A second,
// CommonJS copy of Apollo Server or graphql is refused too. Each mistake fails the build.
//
// pdf.js (an esbuild external) is shipped as its own module, under node_modules/ in the asset,
// where Node resolves the parser's `import('pdfjs-dist/legacy/build/pdf.mjs')`:
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
//
// Reads esbuild's metafile; removes it unless asked to keep it.
// Usage: node cdk/finish-bundle.mjs <outputDir> <keepMetafile: true|false>
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
const builtinsAsModules = [
  ...new Set(bundle.imports.filter((i) => i.external && i.kind !== 'require-call' && isBuiltin(i.path) && i.path !== 'node:module').map((i) => i.path)),
];
if (builtinsAsModules.length) {
  throw new Error(`The bundle imports ${builtinsAsModules.join(', ')} as ES modules; add a shim to cdk/bundle-shims (see cdk/constructs/imr-function.ts).`);
}
// Packages that ship an ES module and a CommonJS build must be in the bundle once, as ES module.
const inputs = Object.keys(bundle.inputs);
const duplicated = [
  inputs.some((i) => i.includes('node_modules/@apollo/server/dist/cjs/')) && '@apollo/server (its CommonJS build: an entry point without its folder in cdk/bundle-shims/apollo-server)',
  inputs.some((i) => /node_modules\/graphql\/.+\.js$/.test(i)) && 'graphql (its CommonJS .js modules)',
].filter(Boolean);
if (duplicated.length) throw new Error(`The bundle holds a second copy of ${duplicated.join(' and ')}.`);

const DOM_MATRIX_STAND_IN = `// Installed before pdf.js loads; see cdk/finish-bundle.mjs in the repository.
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
