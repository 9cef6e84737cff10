/** `npm start`: the local GraphQL API and GraphiQL (PORT, DATA_DIR and the rest are read by loadConfig). */
import { loadConfig } from '../config.js';
import { serveUntilSignalled, startFailureMessage } from './run.js';

// The SDK warns on Node 20 that its releases after January 2027 will need Node 22; the lockfile pins
// ours, so the warning says nothing about this install and only clutters the output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

try {
  await serveUntilSignalled({ config: loadConfig() });
} catch (error) {
  console.error(`Cannot start: ${startFailureMessage(error)}`);
  process.exitCode = 1;
}
