/**
 * The embedded DynamoDB engine for local runs and tests: dynalite in this process, on a random
 * loopback port, either in memory or persisted (LevelDB) under `${dataDir}/dynamodb`.
 *
 * LevelDB lets one process open a folder. The process that opens it publishes its endpoint in
 * `${dataDir}/dynamodb-endpoint.json`, so a second process on the same DATA_DIR (`imr ingest`
 * while `npm start` runs) talks to that engine instead of failing.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  /** True when another process owns the engine and this one only talks to it. */
  isShared: boolean;
  close(): Promise<void>;
}

export interface LocalEngineOptions {
  /** Persist under `${dataDir}/dynamodb`; null keeps everything in memory. */
  dataDir: string | null;
}

export function localEngineDirectory(dataDir: string): string {
  return path.join(dataDir, 'dynamodb');
}

const endpointFile = (dataDir: string) => path.join(dataDir, 'dynamodb-endpoint.json');

interface PublishedEndpoint {
  endpoint: string;
  pid: number;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

function readPublished(dataDir: string): PublishedEndpoint | null {
  try {
    const value: unknown = JSON.parse(readFileSync(endpointFile(dataDir), 'utf8'));
    if (typeof value !== 'object' || value === null || !('endpoint' in value) || !('pid' in value)) return null;
    const { endpoint, pid } = value;
    return typeof endpoint === 'string' && typeof pid === 'number' && isAlive(pid) ? { endpoint, pid } : null;
  } catch {
    return null;
  }
}

export async function startLocalEngine(options: LocalEngineOptions): Promise<LocalEngine> {
  const dataDir = options.dataDir;
  const directory = dataDir === null ? null : localEngineDirectory(dataDir);
  if (dataDir !== null && directory !== null) {
    mkdirSync(directory, { recursive: true });
    if (!(await isDirectoryFree(directory))) {
      const owner = readPublished(dataDir);
      if (!owner) throw inUse(directory);
      return { endpoint: owner.endpoint, directory, isShared: true, close: async () => undefined };
    }
  }
  const dynalite = require('dynalite') as Dynalite;
  // Tables become ACTIVE at once: a local start should not wait half a second per table.
  const server = dynalite({ ...(directory ? { path: directory } : {}), createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  if (dataDir !== null) writeFileSync(endpointFile(dataDir), JSON.stringify({ endpoint, pid: process.pid } satisfies PublishedEndpoint));
  return {
    endpoint,
    directory,
    isShared: false,
    close: async () => {
      if (dataDir !== null && readPublished(dataDir)?.endpoint === endpoint) rmSync(endpointFile(dataDir), { force: true });
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
      });
    },
  };
}

/**
 * dynalite opens its folder lazily and, when the folder is locked, throws from inside its HTTP
 * handler (an uncaught exception), so take the lock for a moment first to see whether it is free.
 */
async function isDirectoryFree(directory: string): Promise<boolean> {
  // The `level` dynalite itself uses, so both agree on the on-disk format.
  const { Level } = createRequire(require.resolve('dynalite'))('level') as { Level: LevelConstructor };
  const probe = new Level(directory);
  try {
    await probe.open();
  } catch {
    return false;
  }
  await probe.close();
  return true;
}

function inUse(directory: string): ImrError {
  return new ImrError(
    'CONFIGURATION',
    `The local database in ${directory} is locked by another process that does not say where it listens. ` +
      'Stop that process, or set DATA_DIR to another folder.',
  );
}
