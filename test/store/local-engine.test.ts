/**
 * The embedded engine of a persisted store is its owner's only: its folder 0700, its lock file (where
 * it listens, its key) 0600, and it answers only requests signed with its own random key. A second
 * process on the same folder shares a server's engine, and waits for a short-lived owner's.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openServices } from '../../src/app/open-services.js';
import { loadConfig } from '../../src/config.js';
import { createDynamoClient } from '../../src/store/dynamo-client.js';
import { startLocalEngine, type LocalEngine } from '../../src/store/local-engine.js';

const modeOf = (file: string) => statSync(file).mode & 0o777;
const SYNTHETIC = path.resolve(import.meta.dirname, '../../samples/synthetic');
const letter = (name: string) => new Uint8Array(readFileSync(path.join(SYNTHETIC, name)));

async function listTables(engine: LocalEngine, credentials: { accessKeyId: string; secretAccessKey: string } | null) {
  const client = createDynamoClient(loadConfig({ IMR_MODE: 'local' }), { endpoint: engine.endpoint, credentials });
  try {
    return await client.send(new ListTablesCommand({}));
  } finally {
    client.destroy();
  }
}

describe('a persisted local engine', () => {
  let dataDir: string;
  const engines: LocalEngine[] = [];
  beforeEach(() => {
    dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'imr-engine-')), 'data');
  });
  afterEach(async () => {
    for (const engine of engines.splice(0).reverse()) await engine.close();
    rmSync(path.dirname(dataDir), { recursive: true, force: true });
  });
  const start = async (options: Parameters<typeof startLocalEngine>[0]) => {
    const engine = await startLocalEngine({ requireOwnKey: true, ...options });
    engines.push(engine);
    return engine;
  };

  it('keeps its folder and lock file for the owner only', async () => {
    const engine = await start({ dataDir });

    expect(modeOf(dataDir)).toBe(0o700);
    expect(modeOf(engine.directory!)).toBe(0o700);
    expect(modeOf(path.join(dataDir, 'dynamodb.lock'))).toBe(0o600);
  });

  it('tightens a data folder an older version left readable by others', async () => {
    const first = await start({ dataDir });
    await first.close();
    engines.length = 0;
    spawnSync('chmod', ['755', dataDir]);

    await start({ dataDir });

    expect(modeOf(dataDir)).toBe(0o700);
  });

  it('answers only requests signed with its own key', async () => {
    const engine = await start({ dataDir });

    await expect(listTables(engine, engine.credentials)).resolves.toMatchObject({ TableNames: [] });
    await expect(listTables(engine, { accessKeyId: 'local', secretAccessKey: 'local' })).rejects.toMatchObject({ name: 'UnrecognizedClientException' });
    const unsigned = await fetch(engine.endpoint, { method: 'POST', headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'DynamoDB_20120810.ListTables' }, body: '{}' });
    expect(unsigned.status).toBe(400);
    expect(engine.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('gives every engine a key of its own', async () => {
    const a = await start({ dataDir });
    await a.close();
    engines.length = 0;
    const b = await start({ dataDir });

    expect(b.credentials?.accessKeyId).not.toBe(a.credentials?.accessKeyId);
    await expect(listTables(b, a.credentials)).rejects.toMatchObject({ name: 'UnrecognizedClientException' });
  });

  it("lets a second process use a server's engine while it runs", async () => {
    const server = await start({ dataDir, shareable: true });

    const second = await start({ dataDir });

    expect(second.isShared).toBe(true);
    expect(second.endpoint).toBe(server.endpoint);
    await expect(listTables(second, second.credentials)).resolves.toBeDefined();
  });

  it('makes a second process wait, saying so, for an owner that does not share; then it goes on', async () => {
    const first = await start({ dataDir });
    const messages: string[] = [];

    const second = startLocalEngine({ dataDir, requireOwnKey: true, pollMs: 20, onWait: (message) => messages.push(message) });
    await expect.poll(() => messages.length, { timeout: 10_000 }).toBe(1);
    await first.close();
    engines.length = 0;
    const started = await second;
    engines.push(started);

    expect(messages[0]).toMatch(/^Waiting: another process \(pid \d+\) is using the local database in /);
    expect(started.isShared).toBe(false);
    await expect(listTables(started, started.credentials)).resolves.toBeDefined();
  });

  it('takes over the lock of a process that was killed', async () => {
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const first = await start({ dataDir });
    await first.close();
    engines.length = 0;
    writeFileSync(path.join(dataDir, 'dynamodb.lock'), JSON.stringify({ pid: Number(gone.stdout), shareable: false }));

    const engine = await start({ dataDir });

    expect(engine.isShared).toBe(false);
    expect(JSON.parse(readFileSync(path.join(dataDir, 'dynamodb.lock'), 'utf8'))).toMatchObject({ pid: process.pid });
  });

  it('a second `imr ingest` does not borrow an engine the first closes half-way: it waits, then ingests', async () => {
    const config = loadConfig({ IMR_MODE: 'local', DATA_DIR: dataDir });
    const first = await openServices(config);
    await first.ingestLetter({ bytes: letter('CM16-0230651.txt'), fileName: 'a.txt' });

    const opening = openServices(config);
    // Time for the second to decide (borrow, or wait); then the first is done and closes.
    await Promise.race([opening, new Promise((resolve) => setTimeout(resolve, 2_000))]);
    await first.close();
    const second = await opening;
    const result = await second.ingestLetter({ bytes: letter('CM14-0246489.txt'), fileName: 'b.txt' }).finally(() => second.close());

    expect(result.error).toBeNull();
    expect(result.status).toBe('PARSED');
  });

  it("the app's services start it with a key of its own", async () => {
    const services = await openServices(loadConfig({ IMR_MODE: 'local', DATA_DIR: dataDir }));
    try {
      const lock = JSON.parse(readFileSync(path.join(dataDir, 'dynamodb.lock'), 'utf8')) as { endpoint: string; credentials?: { accessKeyId: string } };
      const engine = { endpoint: lock.endpoint } as LocalEngine;

      expect(lock.credentials?.accessKeyId).toMatch(/^IMRLOCAL[0-9A-F]{16}$/);
      await expect(listTables(engine, { accessKeyId: 'local', secretAccessKey: 'local' })).rejects.toMatchObject({ name: 'UnrecognizedClientException' });
    } finally {
      await services.close();
    }
  });
});
