import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCorpusArguments } from '../../src/corpus/cli.js';
import { generateLetter } from '../../src/corpus/index.js';
import { factsJson, writeCorpus } from '../../src/corpus/write-corpus.js';

describe('npm run corpus', () => {
  it('reads COUNT and its options, with .data/corpus and seed 1 by default', () => {
    expect(parseCorpusArguments(['100000'])).toEqual({ help: false, count: 100_000, out: '.data/corpus', seed: 1, from: 0, withFacts: false });
    expect(parseCorpusArguments(['100_000', '--out', 'x', '--seed', '7', '--from', '10', '--facts'])).toEqual({
      help: false,
      count: 100_000,
      out: 'x',
      seed: 7,
      from: 10,
      withFacts: true,
    });
    expect(parseCorpusArguments(['--help'])).toEqual({ help: true });
  });

  it('refuses a missing or malformed COUNT, an unknown option, and a range past the last case number', () => {
    expect(parseCorpusArguments([])).toHaveProperty('error');
    expect(parseCorpusArguments(['ten'])).toHaveProperty('error');
    expect(parseCorpusArguments(['10', '--colour'])).toHaveProperty('error');
    expect(parseCorpusArguments(['10', '--seed', '-3'])).toHaveProperty('error');
    expect(parseCorpusArguments(['10', '--from', '9999995'])).toHaveProperty('error');
  });

  describe('writing a corpus', () => {
    let dir: string | undefined;
    afterEach(async () => {
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it('writes each letter as <case number>.txt and, with --facts, its facts as facts/<case number>.json', async () => {
      // Prepare
      dir = await mkdtemp(path.join(tmpdir(), 'imr-corpus-'));
      const progress: number[] = [];

      // Act
      const report = await writeCorpus({ dir, count: 70, seed: 3, from: 5, withFacts: true, onProgress: (n) => progress.push(n) });

      // Assess
      const letters = (await readdir(dir)).filter((f) => f.endsWith('.txt'));
      expect(report.written).toBe(70);
      expect(letters).toHaveLength(70);
      expect(await readdir(path.join(dir, 'facts'))).toHaveLength(70);
      expect(progress.at(-1)).toBe(70);
      const fifth = generateLetter(5, 3);
      expect(await readFile(path.join(dir, fifth.fileName), 'utf8')).toBe(fifth.text);
      expect(await readFile(path.join(dir, 'facts', fifth.fileName.replace('.txt', '.json')), 'utf8')).toBe(factsJson(fifth.facts));
    });
  });
});
