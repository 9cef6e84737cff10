import { loadConfig } from '../../config.js';
import { serveUntilSignalled, startFailureMessage } from '../../server/run.js';
import { readArguments } from '../arguments.js';

const HELP = `Usage: imr serve [--port N] [--data-dir DIR] [--no-samples]

Starts the local GraphQL API and GraphiQL (the same as npm start) on http://localhost:4000/graphql.
On first start with an empty store, the sample letters in samples/ are loaded.

Options:
  --port N          Listen on port N (default: PORT or 4000)
  --data-dir DIR    Keep the store and uploads in DIR (default: DATA_DIR or .data)
  --no-samples      Do not load the sample letters into an empty store
  -h, --help        Show this help`;

type Parsed = { help: true } | { help: false; env: NodeJS.ProcessEnv; seedSamples: boolean } | { error: string };

export function parseServeArguments(argv: string[], baseEnv: NodeJS.ProcessEnv = process.env): Parsed {
  const read = readArguments(argv, {
    port: { type: 'string' },
    'data-dir': { type: 'string' },
    'no-samples': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (!read.ok) return { error: read.error.replace(/^unknown option "(.*)"\.$/, 'Unknown option "$1".') };
  const { values, positionals } = read;
  if (values.help) return { help: true };
  if (positionals.length) return { error: `Unexpected argument "${positionals[0]}": imr serve takes options only.` };
  // Flags become the environment variables loadConfig reads, so they are validated in the one place.
  const env: NodeJS.ProcessEnv = { ...baseEnv };
  if (values.port !== undefined) env.PORT = values.port;
  if (values['data-dir'] !== undefined) env.DATA_DIR = values['data-dir'];
  return { help: false, env, seedSamples: values['no-samples'] !== true };
}

export async function serveCommand(argv: string[]): Promise<number> {
  const parsed = parseServeArguments(argv);
  if ('error' in parsed) {
    process.stderr.write(`imr serve: ${parsed.error}\n\n${HELP}\n`);
    return 2;
  }
  if (parsed.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  try {
    await serveUntilSignalled({ config: loadConfig(parsed.env), seedSamples: parsed.seedSamples });
    return 0;
  } catch (error) {
    process.stderr.write(`imr serve: cannot start: ${startFailureMessage(error)}\n`);
    return 1;
  }
}
