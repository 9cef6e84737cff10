/**
 * The embedded DynamoDB engine for local runs and tests: dynalite in this process, on a random
 * loopback port, either in memory or persisted (LevelDB) under `${dataDir}/dynamodb`.
 */
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ImrError } from '../errors.js';

const require = createRequire(import.meta.url);

// dynalite ships no types; this is the part used here.
type Dynalite = (options: { path?: string; createTableMs: number; deleteTableMs: number; updateTableMs: number }) => Server;
interface LevelDatabase {
  open(): Promise<void>;
  close(): Promise<void>;
}
type LevelConstructor = new (location: string) => LevelDatabase;

export interface LocalEngine {
  /** http://127.0.0.1:<port> */
  endpoint: string;
  /** Where the table is persisted; null in memory. */
  directory: string | null;
  close(): Promise<void>;
}

export interface LocalEngineOptions {
  /** Persist under `${dataDir}/dynamodb`; null keeps everything in memory. */
  dataDir: string | null;
}

export function localEngineDirectory(dataDir: string): string {
  return path.join(dataDir, 'dynamodb');
}

export async function startLocalEngine(options: LocalEngineOptions): Promise<LocalEngine> {
  const directory = options.dataDir === null ? null : localEngineDirectory(options.dataDir);
  if (directory) {
    mkdirSync(directory, { recursive: true });
    await assertDirectoryFree(directory);
  }
  const dynalite = require('dynalite') as Dynalite;
  // Tables become ACTIVE at once: a local start should not wait half a second per table.
  const server = dynalite({ ...(directory ? { path: directory } : {}), createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    directory,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * LevelDB allows one process per folder. dynalite opens it lazily and, when the folder is locked,
 * throws from inside its HTTP handler (an uncaught exception), so try the lock first and name the
 * likely cause instead.
 */
async function assertDirectoryFree(directory: string): Promise<void> {
  // The `level` dynalite itself uses, so both agree on the on-disk format.
  const { Level } = createRequire(require.resolve('dynalite'))('level') as { Level: LevelConstructor };
  const probe = new Level(directory);
  try {
    await probe.open();
  } catch (error) {
    throw new ImrError(
      'CONFIGURATION',
      `The local database in ${directory} is in use by another process (is "npm start" running?). ` +
        'Stop it, or set DATA_DIR to another folder.',
      { cause: error },
    );
  }
  await probe.close();
}
