/** `npm start`: the local GraphQL API and GraphiQL (PORT, DATA_DIR and the rest are read by loadConfig). */
import { loadConfig } from '../config.js';
import { serveUntilSignalled, startFailureMessage } from './run.js';

// The SDK warns on Node 20 that its releases after January 2027 will need Node 22; the lockfile pins
// ours, so the warning says nothing about this install and only clutters the output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
// Everything this process writes under DATA_DIR (the database's own files, kept letters) holds
// medical details: readable by the owner only, whatever the shell's umask.
process.umask(0o077);

try {
  await serveUntilSignalled({ config: loadConfig() });
} catch (error) {
  console.error(`Cannot start: ${startFailureMessage(error)}`);
  process.exitCode = 1;
}
