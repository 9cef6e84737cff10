// After esbuild (NodejsFunction commandHooks.afterBundling): checks what the bundle still loads at
// run time, and ships PDFium beside it.
//
// Imports left in the bundle: Node built-ins must come through cdk/bundle-shims (as CommonJS; see
// cdk/constructs/imr-function.ts), except node:module, which the banner needs for require(). The
// one package left out on purpose is PDFium (@embedpdf/pdfium); anything else would be missing on
// Lambda. A second, CommonJS copy of Apollo Server or graphql is refused too. Each mistake fails
// the build.
//
// PDFium (an esbuild external) is shipped as its own package, under node_modules/ in the asset,
// where Node resolves the parser's `import('@embedpdf/pdfium')` and its
// `require.resolve('@embedpdf/pdfium/pdfium.wasm')`:
// - the parser loads PDFium on the first PDF only, so a process that reads none (most GraphQL
//   calls, an ingest run of .txt letters) never parses its JavaScript or compiles its 4.5 MB of wasm;
// - the wasm is a file the parser reads and compiles itself (src/parser/pdf/pdfium.ts), so it
//   stays a file: inlined into the bundle it would cost every cold start a 6 MB base64 string.
// Its JavaScript is minified here by esbuild, from the version in package-lock.json; the wasm and
// the licences (MIT for the wrapper, PDFium's own) are copied as published.
//
// Reads esbuild's metafile; removes it unless asked to keep it.
// Usage: node cdk/finish-bundle.mjs <outputDir> <keepMetafile: true|false>
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import path from 'node:path';
import { buildSync } from 'esbuild';

const [outputDir, keepMetafile] = process.argv.slice(2);
const metafilePath = path.join(outputDir, 'index.meta.json');
const metafile = JSON.parse(readFileSync(metafilePath, 'utf8'));
const bundle = Object.entries(metafile.outputs).find(([file]) => file.endsWith('.mjs'))?.[1];
if (!bundle) throw new Error(`No .mjs output in ${metafilePath}`);

const PDFIUM = '@embedpdf/pdfium';
const isBuiltin = (specifier) => specifier.startsWith('node:') || builtinModules.includes(specifier);
const externals = [...new Set(bundle.imports.filter((i) => i.external).map((i) => i.path))];
const unexpected = externals.filter((specifier) => !isBuiltin(specifier) && specifier !== PDFIUM);
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

if (externals.includes(PDFIUM)) {
  const require = createRequire(import.meta.url);
  // The package exports no ./package.json: its root is two folders above the wasm it does export.
  const root = path.dirname(path.dirname(require.resolve(`${PDFIUM}/pdfium.wasm`)));
  const target = path.join(outputDir, 'node_modules', ...PDFIUM.split('/'));
  mkdirSync(path.join(target, 'dist'), { recursive: true });
  buildSync({
    entryPoints: [path.join(root, 'dist', 'index.js')],
    outfile: path.join(target, 'dist', 'index.js'),
    format: 'esm',
    platform: 'node',
    target: 'node22',
    minify: true,
    logLevel: 'warning',
  });
  copyFileSync(path.join(root, 'dist', 'pdfium.wasm'), path.join(target, 'dist', 'pdfium.wasm'));
  const { name, version, license } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const manifest = { name, version, license, type: 'module', exports: { '.': './dist/index.js', './pdfium.wasm': './dist/pdfium.wasm' } };
  writeFileSync(path.join(target, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  for (const licence of ['LICENSE', 'LICENSE.pdfium']) copyFileSync(path.join(root, licence), path.join(target, licence));
}
if (keepMetafile !== 'true') rmSync(metafilePath);
