/**
 * The real public letters live beside the project (../shared/fixtures/real), never inside it:
 * they are third-party documents. Suites over them skip, with a notice, where the folder is absent.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

export const REAL_FIXTURES = path.resolve(import.meta.dirname, '../../shared/fixtures/real');
export const REAL_LETTERS = path.join(REAL_FIXTURES, 'letters');
export const REAL_FACTS = path.join(REAL_FIXTURES, 'facts');
export const hasRealLetters = existsSync(REAL_LETTERS);
