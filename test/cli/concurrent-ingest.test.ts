/**
 * Two `imr ingest` on one data folder at once: the second waits for the first (saying so) instead of
 * sharing an engine the first closes under it ("Database is closed"); every letter of both lands.
 * What they leave in the data folder is readable by its owner only.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openServices } from '../../src/app/open-services.js';
import { loadConfig } from '../../src/config.js';
import { ROOT, startImr, type Run } from './imr-process.js';

const SAMPLES = path.join(ROOT, 'samples');
const SYNTHETIC = path.join(SAMPLES, 'synthetic');

const imr = startImr;

function everything(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((entry) => path.join(folder, entry));
}

describe('two imr ingest on one data folder at once', () => {
  let work: string;
  let dataDir: string;
  let first: Run;
  let second: Run;
  const lettersA: string[] = [];
  const lettersB: string[] = [];

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'imr-cli-concurrent-'));
    dataDir = path.join(work, 'data');
    const letters = readdirSync(SYNTHETIC).filter((f) => f.endsWith('.txt')).sort();
    // The second has more to do (the PDFs too): the first is done before it, so a second that
    // borrowed the first's engine would lose it half-way.
    for (const [i, letter] of letters.entries()) {
      const isFirsts = i % 2 === 0;
      const folder = path.join(work, isFirsts ? 'a' : 'b');
      mkdirSync(folder, { recursive: true });
      copyFileSync(path.join(SYNTHETIC, letter), path.join(folder, letter));
      (isFirsts ? lettersA : lettersB).push(letter);
    }
    for (const pdf of readdirSync(SAMPLES).filter((f) => f.endsWith('.pdf'))) {
      copyFileSync(path.join(SAMPLES, pdf), path.join(work, 'b', pdf));
      lettersB.push(pdf);
    }

    const a = imr(['ingest', path.join(work, 'a')], { DATA_DIR: dataDir });
    // The second starts once the first holds the database (its lock, or the older endpoint file).
    const deadline = Date.now() + 60_000;
    while (!existsSync(path.join(dataDir, 'dynamodb.lock')) && !existsSync(path.join(dataDir, 'dynamodb-endpoint.json')) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const b = imr(['ingest', path.join(work, 'b')], { DATA_DIR: dataDir });
    [first, second] = await Promise.all([a.done, b.done]);
  }, 180_000);
  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it('both finish with every letter ingested and nothing failed', () => {
    expect(first.stdout).toBe(`${lettersA.length} files: ${lettersA.length} ingested, 0 duplicates, 0 failed\n`);
    expect(second.stdout).toBe(`${lettersB.length} files: ${lettersB.length} ingested, 0 duplicates, 0 failed\n`);
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(`${first.stderr}${second.stderr}`).not.toMatch(/Database is closed|INTERNAL_SERVER_ERROR/);
  });

  it('the one that waited said why', () => {
    // Which one waited depends on who took the lock first; the other printed nothing.
    const waited = [first.stderr, second.stderr].filter((text) => text.includes('Waiting: another process'));
    expect(waited.length).toBeLessThanOrEqual(1);
    for (const text of [first.stderr, second.stderr]) expect(text.replace(/Waiting: another process[^\n]*\n/, '')).toBe('');
  });

  it('leaves the data folder and every file in it readable by the owner only', () => {
    const entries = [dataDir, ...everything(dataDir)];
    const open = entries.filter((entry) => (statSync(entry).mode & 0o077) !== 0).map((entry) => `${path.relative(work, entry)} ${(statSync(entry).mode & 0o777).toString(8)}`);

    expect(entries.length).toBeGreaterThan(5);
    expect(open).toEqual([]);
  });

  // Last: opening the store from this test process (no umask of the CLI's) writes files of its own.
  it('every case is in the store afterwards', async () => {
    const services = await openServices(loadConfig({ DATA_DIR: dataDir, IMR_MODE: 'local' }));
    try {
      const page = await services.repository.listCases({}, { first: 100 });
      expect(page.totalCount).toBe(lettersA.length + lettersB.length);
    } finally {
      await services.close();
    }
  });
});
