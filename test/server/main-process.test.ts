import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function run(args: string[], env: Record<string, string>): Running {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: projectRoot,
    env: { ...process.env, NODE_ENV: 'development', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitFor(running: Running, text: string, timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  while (!running.output().includes(text)) {
    if (running.child.exitCode !== null) throw new Error(`exited early:\n${running.output()}`);
    if (Date.now() - started > timeoutMs) throw new Error(`no "${text}" after ${timeoutMs} ms:\n${running.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('npm start and imr serve', () => {
  const cleanUps: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanUp of cleanUps.splice(0)) await cleanUp();
  });

  async function tempDataDir(): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), 'imr-main-'));
    cleanUps.push(() => rm(dir, { recursive: true, force: true }));
    return dir;
  }

  it('npm start serves on PORT with DATA_DIR, prints the URL and the samples it loaded, and stops cleanly on SIGINT', async () => {
    const [port, dataDir] = [await freePort(), await tempDataDir()];
    const server = run(['src/server/main.ts'], { PORT: String(port), DATA_DIR: dataDir });
    cleanUps.push(async () => void server.child.kill('SIGKILL'));

    await waitFor(server, 'Ready in');
    const response = await fetch(`http://localhost:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ cases(first: 1) { edges { node { caseNumber } } } }' }),
    });
    server.child.kill('SIGINT');
    const code = await server.exited;

    expect(server.output()).toContain(`http://localhost:${port}/graphql`);
    expect(server.output()).toMatch(/Loaded \d+ sample letters → \d+ cases/);
    expect(response.status).toBe(200);
    expect(code).toBe(0);
    expect(server.output()).toContain('SIGINT: stopping');
  });

  it('imr serve does the same, and a taken port is a one-line error', async () => {
    const [port, dataDir] = [await freePort(), await tempDataDir()];
    const first = run(['src/cli/main.ts', 'serve', '--port', String(port), '--data-dir', dataDir, '--no-samples'], {});
    cleanUps.push(async () => void first.child.kill('SIGKILL'));
    await waitFor(first, 'Ready in');

    const second = run(['src/cli/main.ts', 'serve', '--port', String(port), '--data-dir', await tempDataDir(), '--no-samples'], {});
    const secondCode = await second.exited;
    first.child.kill('SIGTERM');
    const firstCode = await first.exited;

    expect(first.output()).toContain(`http://localhost:${port}/graphql`);
    expect(first.output()).not.toContain('sample letters');
    expect(firstCode).toBe(0);
    expect(secondCode).toBe(1);
    expect(second.output()).toMatch(/cannot start: .*another program uses that port/);
    expect(second.output()).not.toMatch(/\n\s+at /);
  });
});
