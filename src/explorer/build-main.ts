/** `npm run build:explorer [outDir]`: the static site into .build/explorer (or outDir), with each file's size. */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { buildExplorer } from './build.js';

const outDir = path.resolve(process.argv[2] ?? '.build/explorer');
const started = performance.now();
const { files } = await buildExplorer({ outDir });
const lines = [`Explorer built into ${path.relative(process.cwd(), outDir) || '.'} in ${Math.round(performance.now() - started)} ms:`];
for (const file of files) {
  const bytes = await readFile(path.join(outDir, file));
  const { size } = await stat(path.join(outDir, file));
  lines.push(`  ${file.padEnd(40)} ${(size / 1024).toFixed(1).padStart(7)} KB  (${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1)} KB gzip)`);
}
console.log(lines.join('\n'));
