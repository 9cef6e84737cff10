/** Starts the real local server on a free port with its own temp DATA_DIR, for one test file. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../src/config.js';
import { startLocalServer, type LocalServer, type LocalServerOptions } from '../../src/server/http-server.js';

export interface TestServer extends LocalServer {
  dataDir: string;
  /** Stops the server and removes its data folder. */
  stop(): Promise<void>;
}

export async function startTestServer(
  env: Record<string, string> = {},
  options: Omit<LocalServerOptions, 'config' | 'port'> = {},
): Promise<TestServer> {
  const dataDir = env.DATA_DIR ?? (await mkdtemp(path.join(tmpdir(), 'imr-server-')));
  const config = loadConfig({ ...env, DATA_DIR: dataDir, IMR_MODE: 'local' });
  const server = await startLocalServer({ seedSamples: false, ...options, config, port: 0 });
  return {
    ...server,
    dataDir,
    async stop() {
      await server.close();
      if (!env.DATA_DIR) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export interface GraphQLAnswer<T = Record<string, unknown>> {
  status: number;
  body: { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

export async function postGraphQL<T = Record<string, unknown>>(
  server: LocalServer,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLAnswer<T>> {
  const response = await fetch(server.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLAnswer<T>['body'] };
}

export const SAMPLES_DIR = fileURLToPath(new URL('../../samples', import.meta.url));
