/**
 * npm run bench [part...]: runs each bench/<part>.bench.ts in its own process (so one part's
 * warm caches do not flatter another) and prints their tables. Parts: parse, ingest, api, bundle.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const available = readdirSync(benchDir)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''));
const order = ['parse', 'ingest', 'api', 'bundle'];
const wanted = process.argv.slice(2);
const parts = (wanted.length ? wanted : order.filter((p) => available.includes(p)).concat(available.filter((p) => !order.includes(p))));

let failed = 0;
for (const part of parts) {
  const file = path.join(benchDir, `${part}.bench.ts`);
  if (!existsSync(file)) {
    console.error(`No benchmark "${part}" (have: ${available.join(', ')})`);
    failed++;
    continue;
  }
  console.log(`\n## ${part}\n`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
