// `npm run corpus -- COUNT [--out DIR] [--seed N] [--from I] [--facts]`: see src/corpus/cli.ts.
import { corpusCommand } from '../src/corpus/cli.js';

process.exitCode = await corpusCommand(process.argv.slice(2));
