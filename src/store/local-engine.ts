/**
 * The embedded DynamoDB engine for local runs and tests: dynalite in this process, on a random
 * loopback port, either in memory or persisted (LevelDB) under `${dataDir}/dynamodb`.
 *
 * A persisted engine holds letters' medical details, so it is this machine's owner's only:
 * - the data folder is 0700 and the files written here 0600;
 * - it answers only requests signed with its own random access key (DynamoDB engines otherwise take
 *   any signature; `requireOwnKey`, which the app's services always set), written only to the
 *   owner-only lock file, so neither another user of the machine nor a web page reaching its port
 *   can read or write the table.
 *
 * LevelDB lets one process open a folder. The process that opens it holds `${dataDir}/dynamodb.lock`
 * (created exclusively), which says where the engine listens, its key, and whether others may use
 * it: a long-running server shares its engine (`imr ingest` while `npm start` runs talks to it); a
 * short-lived owner (`imr ingest`) does not, since it would close the engine under the other's feet,
 * so a second process waits for it, saying so.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ImrError } from '../errors.js';

const require = createRequire(import.meta.url);

// dynalite ships no types; this is the part used here.
type Dynalite = (options: { path?: string; createTableMs: number; deleteTableMs: number; updateTableMs: number }) => Server;
interface LevelDatabase {
  open(): Promise<void>;
  close(): Promise<void>;
}
type LevelConstructor = new (location: string) => LevelDatabase;

export interface EngineCredentials {
  accessKeyId: string;
  secretAccessKey: string;
}

export interface LocalEngine {
  /** http://127.0.0.1:<port> */
  endpoint: string;
  /** What a client must sign with; null for an engine that takes any signature (in memory, or without `requireOwnKey`). */
  credentials: EngineCredentials | null;
  /** Where the table is persisted; null in memory. */
  directory: string | null;
  /** True when another process owns the engine and this one only talks to it. */
  isShared: boolean;
  close(): Promise<void>;
}

export interface LocalEngineOptions {
  /** Persist under `${dataDir}/dynamodb`; null keeps everything in memory. */
  dataDir: string | null;
  /**
   * Answer only requests signed with a random key of its own (`credentials`). The app's services
   * always ask for it; a bench that points a client of its own at the endpoint may leave it off.
   */
  requireOwnKey?: boolean;
  /** Let other processes on the same data folder use this engine while it runs (a long-running server). */
  shareable?: boolean;
  /** Told once when another process holds the folder and this one waits for it (default: a line on stderr). */
  onWait?: (message: string) => void;
  /** How often to look whether the folder is free while waiting. */
  pollMs?: number;
}

export function localEngineDirectory(dataDir: string): string {
  return path.join(dataDir, 'dynamodb');
}

const lockFile = (dataDir: string) => path.join(dataDir, 'dynamodb.lock');

/** What the lock file says; `endpoint` and `credentials` once the owner's engine listens. */
interface LockContent {
  pid: number;
  shareable: boolean;
  endpoint?: string;
  credentials?: EngineCredentials;
}

const OWNER_ONLY_FOLDER = 0o700;
const OWNER_ONLY_FILE = 0o600;
const DEFAULT_POLL_MS = 250;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

const hasCode = (error: unknown, code: string) => error instanceof Error && 'code' in error && error.code === code;

function readLock(dataDir: string): LockContent | null {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(lockFile(dataDir), 'utf8'));
  } catch {
    // Absent, or being written by its owner this instant.
    return null;
  }
  if (typeof value !== 'object' || value === null || !('pid' in value) || typeof value.pid !== 'number') return null;
  const lock = value as LockContent;
  return { pid: lock.pid, shareable: lock.shareable === true, ...(lock.endpoint ? { endpoint: lock.endpoint } : {}), ...(lock.credentials ? { credentials: lock.credentials } : {}) };
}

/** Written whole or not at all: readers never see half a file. */
function writeLock(dataDir: string, content: LockContent): void {
  const partial = `${lockFile(dataDir)}.${process.pid}.partial`;
  writeFileSync(partial, JSON.stringify(content), { mode: OWNER_ONLY_FILE });
  renameSync(partial, lockFile(dataDir));
}

/** Takes the lock (true), or finds it held (false). A lock of a process that is gone is removed first. */
function tryLock(dataDir: string, shareable: boolean): boolean {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile(dataDir), 'wx', OWNER_ONLY_FILE);
      writeFileSync(fd, JSON.stringify({ pid: process.pid, shareable } satisfies LockContent));
      closeSync(fd);
      return true;
    } catch (error) {
      if (!hasCode(error, 'EEXIST')) throw error;
    }
    const holder = readLock(dataDir);
    // A holder that is gone (killed) left its lock behind; one still writing its lock has a live pid.
    if (!holder || isAlive(holder.pid)) return false;
    rmSync(lockFile(dataDir), { force: true });
  }
  return false;
}

/** The owner-only data folder: created so, and tightened if an older version made it readable. */
function secureFolder(folder: string): void {
  mkdirSync(folder, { recursive: true, mode: OWNER_ONLY_FOLDER });
  try {
    chmodSync(folder, OWNER_ONLY_FOLDER);
  } catch (error) {
    // Someone else's folder (EPERM): it is theirs to protect; LevelDB will say if it cannot write.
    if (!hasCode(error, 'EPERM')) throw error;
  }
}

const newCredentials = (): EngineCredentials => ({ accessKeyId: `IMRLOCAL${randomBytes(8).toString('hex').toUpperCase()}`, secretAccessKey: randomBytes(24).toString('base64url') });

/** SigV4's `Credential=<access key id>/<date>/...` in the Authorization header. */
function accessKeyIdOf(request: IncomingMessage): string | null {
  const match = /Credential=([^/,\s]+)\//.exec(request.headers.authorization ?? '');
  return match ? match[1]! : null;
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Lets through only requests signed with the engine's access key. dynalite checks that a request is
 * signed, not by whom; the key is a secret known only to the lock file's reader, so naming it is
 * enough on loopback (the secret key itself is not checked: nothing here can see it in transit).
 */
function requireAccessKey(server: Server, accessKeyId: string): void {
  const handlers = server.listeners('request') as ((request: IncomingMessage, response: ServerResponse) => void)[];
  server.removeAllListeners('request');
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const given = accessKeyIdOf(request);
    if (given !== null && sameText(given, accessKeyId)) {
      for (const handle of handlers) handle.call(server, request, response);
      return;
    }
    const body = JSON.stringify({ __type: 'com.amazon.coral.service#UnrecognizedClientException', message: 'The security token included in the request is invalid.' });
    response.writeHead(400, { 'content-type': 'application/x-amz-json-1.0', 'content-length': String(Buffer.byteLength(body)), connection: 'close' });
    response.end(body);
  });
}

async function listenOnLoopback(server: Server): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

function closeServer(server: Server): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}

export async function startLocalEngine(options: LocalEngineOptions): Promise<LocalEngine> {
  const dynalite = require('dynalite') as Dynalite;
  // Tables become ACTIVE at once: a local start should not wait half a second per table.
  const timings = { createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 };
  const dataDir = options.dataDir;
  if (dataDir === null) {
    // Nothing persisted, nothing published: it lives and dies with this process, for tests and benches.
    const server = dynalite(timings);
    const endpoint = await listenOnLoopback(server);
    return { endpoint, credentials: null, directory: null, isShared: false, close: () => closeServer(server) };
  }

  const directory = localEngineDirectory(dataDir);
  secureFolder(dataDir);
  secureFolder(directory);
  const shareable = options.shareable ?? false;
  const onWait = options.onWait ?? ((message: string) => process.stderr.write(`${message}\n`));
  let hasWaited = false;
  while (!tryLock(dataDir, shareable)) {
    const holder = readLock(dataDir);
    if (holder?.shareable && holder.endpoint) {
      return { endpoint: holder.endpoint, credentials: holder.credentials ?? null, directory, isShared: true, close: async () => undefined };
    }
    if (!hasWaited && holder) {
      hasWaited = true;
      onWait(
        `Waiting: another process (pid ${holder.pid}) is using the local database in ${dataDir}; ` +
          'this one goes on when it finishes. (A running `imr serve` or `npm start` is shared instead of waited for.)',
      );
    }
    await sleep(options.pollMs ?? DEFAULT_POLL_MS);
  }

  try {
    if (!(await isDirectoryFree(directory))) throw inUse(directory);
    const credentials = options.requireOwnKey ? newCredentials() : null;
    const server = dynalite({ path: directory, ...timings });
    if (credentials) requireAccessKey(server, credentials.accessKeyId);
    const endpoint = await listenOnLoopback(server);
    writeLock(dataDir, { pid: process.pid, shareable, endpoint, ...(credentials ? { credentials } : {}) });
    return {
      endpoint,
      credentials,
      directory,
      isShared: false,
      close: async () => {
        try {
          await closeServer(server);
        } finally {
          if (readLock(dataDir)?.pid === process.pid) rmSync(lockFile(dataDir), { force: true });
        }
      },
    };
  } catch (error) {
    if (readLock(dataDir)?.pid === process.pid) rmSync(lockFile(dataDir), { force: true });
    throw error;
  }
}

/**
 * dynalite opens its folder lazily and, when the folder is locked, throws from inside its HTTP
 * handler (an uncaught exception), so take the lock for a moment first to see whether it is free
 * (a process of an older version, which held no lock file, may have it open).
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
    `The local database in ${directory} is locked by another program that holds no dynamodb.lock (an older version of this one?). ` +
      'Stop that process, or set DATA_DIR to another folder.',
  );
}
