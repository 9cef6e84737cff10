import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: Lambda entries and the npm lock file are found from here, whatever the cwd. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
