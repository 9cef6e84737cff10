/** `npm start`: the local GraphQL API and GraphiQL (PORT, DATA_DIR and the rest are read by loadConfig). */
import { loadConfig } from '../config.js';
import { serveUntilSignalled, startFailureMessage } from './run.js';

try {
  await serveUntilSignalled({ config: loadConfig() });
} catch (error) {
  console.error(`Cannot start: ${startFailureMessage(error)}`);
  process.exitCode = 1;
}
