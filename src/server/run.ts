/**
 * What `npm start` and `imr serve` both do: read the configuration, start the local server, say
 * where it is, and shut down cleanly on Ctrl+C or SIGTERM.
 */
import type { Config } from '../config.js';
import { isImrError } from '../errors.js';
import { describeSeed } from './seed-samples.js';
import { startLocalServer } from './http-server.js';

export interface RunOptions {
  config: Config;
  seedSamples?: boolean;
  out?: NodeJS.WritableStream;
}

/** Resolves once the server has stopped after a signal. */
export async function serveUntilSignalled({ config, seedSamples = true, out = process.stdout }: RunOptions): Promise<void> {
  const started = performance.now();
  const server = await startLocalServer({ config, seedSamples });
  const lines = [
    `IMR Determinations API (local) on ${server.graphqlUrl}`,
    `  Explorer: open ${server.origin}/ in a browser (search, outcome rates, cases, uploads)`,
    `  GraphiQL: open ${server.graphqlUrl} in a browser`,
    `  data: ${config.dataDir}`,
    `  GraphiQL bundle: ${server.graphiql.built ? `built in ${Math.round(server.graphiql.buildMs)} ms` : 'cached'} (${server.graphiql.dir})`,
    `  Explorer site: ${server.explorer.built ? `built in ${Math.round(server.explorer.buildMs)} ms` : 'cached'} (${server.explorer.dir})`,
  ];
  if (server.seed) lines.push(`  ${describeSeed(server.seed)}`);
  lines.push(`Ready in ${Math.round(performance.now() - started)} ms. Ctrl+C stops.`);
  out.write(`${lines.join('\n')}\n`);

  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop).off('SIGTERM', stop);
      out.write(`\n${signal}: stopping…\n`);
      server.close().then(resolve, (error: unknown) => {
        console.error('Shutdown failed:', error);
        process.exitCode = 1;
        resolve();
      });
    };
    process.on('SIGINT', stop).on('SIGTERM', stop);
  });
}

/** Why the server could not start, in one line a user can act on (no stack for expected failures). */
export function startFailureMessage(error: unknown): string {
  if (isImrError(error)) return error.message;
  if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') return `${error.message}: another program uses that port. Set PORT (or --port) to another.`;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
