/**
 * Writes a corpus to a folder: `<case number>.txt` per letter and, when asked, its facts as
 * `facts/<case number>.json` (the layout of samples/). The folder is what `imr ingest DIR` reads.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateLetter } from './letter.js';

export interface WriteCorpusOptions {
  dir: string;
  count: number;
  seed: number;
  /** The first letter's index (default 0): a second run can extend a corpus. */
  from?: number;
  withFacts: boolean;
  /** Called after each batch with how many letters are written so far. */
  onProgress?: (written: number) => void;
}

export interface WriteCorpusReport {
  written: number;
  generationMs: number;
  totalMs: number;
}

/** Letters written concurrently: enough to keep the disk busy, few enough to bound open files. */
const BATCH = 64;

/** The facts file of a letter, as committed beside the samples (stable key order, trailing newline). */
export function factsJson(facts: unknown): string {
  return `${JSON.stringify(facts, null, 2)}\n`;
}

export async function writeCorpus(options: WriteCorpusOptions): Promise<WriteCorpusReport> {
  const from = options.from ?? 0;
  const factsDir = path.join(options.dir, 'facts');
  await mkdir(options.withFacts ? factsDir : options.dir, { recursive: true });
  const started = performance.now();
  let generationMs = 0;
  for (let index = from; index < from + options.count; index += BATCH) {
    const end = Math.min(index + BATCH, from + options.count);
    const writes: Promise<void>[] = [];
    for (let i = index; i < end; i++) {
      const before = performance.now();
      const letter = generateLetter(i, options.seed);
      generationMs += performance.now() - before;
      writes.push(writeFile(path.join(options.dir, letter.fileName), letter.text));
      if (options.withFacts) writes.push(writeFile(path.join(factsDir, letter.fileName.replace(/\.txt$/, '.json')), factsJson(letter.facts)));
    }
    await Promise.all(writes);
    options.onProgress?.(end - from);
  }
  return { written: options.count, generationMs, totalMs: performance.now() - started };
}
