import { loadConfig } from '../../config.js';
import { serveUntilSignalled, startFailureMessage } from '../../server/run.js';

const HELP = `Usage: imr serve [--port N] [--data-dir DIR] [--no-samples]

Starts the local GraphQL API and GraphiQL (the same as npm start) on http://localhost:4000/graphql.
On first start with an empty store, the sample letters in samples/ are loaded.

Options:
  --port N          Listen on port N (default: PORT or 4000)
  --data-dir DIR    Keep the store and uploads in DIR (default: DATA_DIR or .data)
  --no-samples      Do not load the sample letters into an empty store
  -h, --help        Show this help`;

type Parsed = { help: true } | { help: false; env: NodeJS.ProcessEnv; seedSamples: boolean } | { error: string };

function parseArguments(argv: string[]): Parsed {
  // Flags become the environment variables loadConfig reads, so they are validated in the one place.
  const env: NodeJS.ProcessEnv = { ...process.env };
  let seedSamples = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help') return { help: true };
    if (arg === '--no-samples') {
      seedSamples = false;
      continue;
    }
    const [flag, inline] = arg?.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const variable = flag === '--port' ? 'PORT' : flag === '--data-dir' ? 'DATA_DIR' : null;
    if (!variable) return { error: `Unknown option "${arg}".` };
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') return { error: `${flag} needs a value.` };
    env[variable] = value;
  }
  return { help: false, env, seedSamples };
}

export async function serveCommand(argv: string[]): Promise<number> {
  const parsed = parseArguments(argv);
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
