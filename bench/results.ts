/**
 * What every benchmark part shares: where the project and the real letters are, the machine it
 * ran on, and the JSON record each part leaves in bench/results/ (gitignored).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../cdk/project-root.js';

export { PROJECT_ROOT };
export const SAMPLES = path.join(PROJECT_ROOT, 'samples');
/** The real public letters live beside the project, never inside it. */
export const REAL_LETTERS = path.resolve(PROJECT_ROOT, '../shared/fixtures/real/letters');

export function machine(): { node: string; cpu: string; cores: number; loadAverage: number } {
  return { node: process.version, cpu: cpus()[0]?.model ?? 'unknown CPU', cores: cpus().length, loadAverage: loadavg()[0] ?? 0 };
}

/** Writes bench/results/<part>.json (with when and where it was measured) and returns its path relative to the project. */
export function writeResults(part: string, results: Record<string, unknown>): string {
  const file = path.join(PROJECT_ROOT, 'bench', 'results', `${part}.json`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ measuredAt: new Date().toISOString(), ...machine(), ...results }, null, 2)}\n`);
  return path.relative(PROJECT_ROOT, file);
}
