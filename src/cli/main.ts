import { parseCommand } from './commands/parse.js';
import { ingestCommand } from './commands/ingest.js';
import { serveCommand } from './commands/serve.js';

// The SDK warns on Node 20 that its releases after January 2027 will need Node 22; the lockfile pins
// ours, so the warning says nothing about this install and only clutters the output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
// Everything this process writes under DATA_DIR (the database's own files, kept letters) holds
// medical details: readable by the owner only, whatever the shell's umask.
process.umask(0o077);

const USAGE = `Usage: imr <command> [options]

Commands:
  parse FILE...     Parse IMR letters (.txt or .pdf) and print JSON (NDJSON for several files)
  ingest PATH...    Ingest letters (files or folders) into the configured store
  serve             Start the local GraphQL API and GraphiQL (same as npm start)

Run "imr <command> --help" for a command's options.`;

const commands: Record<string, (argv: string[]) => Promise<number>> = {
  parse: parseCommand,
  ingest: ingestCommand,
  serve: serveCommand,
};

const [name, ...rest] = process.argv.slice(2);
const command = name ? commands[name] : undefined;
if (!command) {
  const isHelp = name === undefined || name === '--help' || name === '-h';
  (isHelp ? process.stdout : process.stderr).write(`${isHelp ? '' : `Unknown command "${name}".\n\n`}${USAGE}\n`);
  process.exitCode = isHelp ? 0 : 2;
} else {
  process.exitCode = await command(rest);
}
