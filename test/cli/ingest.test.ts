/** `imr ingest` as a user runs it: a child process, DATA_DIR set to a temp folder. */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openServices } from '../../src/app/open-services.js';
import { loadConfig } from '../../src/config.js';
import { ROOT, startImr } from './imr-process.js';

const SAMPLES = path.join(ROOT, 'samples');

const imr = (args: string[], env: Record<string, string>) => startImr(args, env).done;

describe('imr ingest', () => {
  let work: string;
  let dataDir: string;
  let letters: string;

  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'imr-cli-ingest-'));
    dataDir = path.join(work, 'data');
    letters = path.join(work, 'letters');
    mkdirSync(path.join(letters, 'nested'), { recursive: true });
    copyFileSync(path.join(SAMPLES, '000_0134393615b26c1c.txt'), path.join(letters, 'a.txt'));
    copyFileSync(path.join(SAMPLES, '000_0134393615b26c1c.pdf'), path.join(letters, 'a.pdf'));
    copyFileSync(path.join(SAMPLES, '001_872fb3fc99c0572e.pdf'), path.join(letters, 'nested', 'b.pdf'));
    writeFileSync(path.join(letters, 'notes.md'), 'not a letter, and not .txt or .pdf: skipped in folders');
  });
  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it('ingests files and folders into DATA_DIR and prints a summary with duplicates; no progress bar when stderr is not a terminal', async () => {
    const run = await imr(['ingest', letters, path.join(SAMPLES, '002_572d8b93f8cec80c.txt')], { DATA_DIR: dataDir });

    expect(run.stdout).toBe('4 files: 3 ingested, 1 duplicate, 0 failed\n');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const services = await openServices(loadConfig({ DATA_DIR: dataDir }));
    try {
      expect((await services.repository.listCases({}, { first: 10 })).nodes).toHaveLength(3);
    } finally {
      await services.close();
    }
  });

  it('counts every letter as a duplicate the second time', async () => {
    const run = await imr(['ingest', '--json', letters], { DATA_DIR: dataDir });

    const summary = JSON.parse(run.stdout) as { files: number; ingested: number; duplicates: number; failed: number; letters: { status: string }[] };
    expect(summary).toMatchObject({ files: 3, ingested: 0, duplicates: 3, failed: 0 });
    expect(summary.letters.map((l) => l.status)).toEqual(['DUPLICATE', 'DUPLICATE', 'DUPLICATE']);
    expect(run.code).toBe(0);
  });

  it('lists each failed letter with its reason, names paths it could not find, and exits 1', async () => {
    const bad = path.join(work, 'budget.txt');
    writeFileSync(bad, 'Quarterly facilities budget\n\nLine items: chairs, desks, printer toner.\n');
    const empty = path.join(work, 'empty.pdf');
    writeFileSync(empty, '');

    const run = await imr(['ingest', bad, empty, path.join(work, 'nowhere')], { DATA_DIR: dataDir });

    expect(run.stdout).toContain('2 files: 0 ingested, 0 duplicates, 2 failed');
    expect(run.stdout).toContain(`${bad}: NOT_AN_IMR_LETTER`);
    expect(run.stdout).toContain(`${empty}: EMPTY_DOCUMENT`);
    expect(run.stdout).toMatch(/Not found:\n {2}.*nowhere/);
    expect(run.code).toBe(1);
  });

  it.skipIf(spawnSync('script', ['--version']).status !== 0)('draws a progress bar on stderr when it is a terminal', async () => {
    // `script` gives the child a pseudo-terminal (util-linux).
    const command = [process.execPath, path.join(ROOT, 'bin/imr.js'), 'ingest', letters].map((a) => `'${a}'`).join(' ');

    const run = await new Promise<string>((resolve) => {
      const child = spawn('script', ['-qec', command, '/dev/null'], {
        env: { ...process.env, DATA_DIR: dataDir, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      let out = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString()));
      child.on('close', () => resolve(out));
    });

    expect(run).toContain('Ingesting [');
    expect(run).toContain('3/3 letters');
    expect(run).toContain('3 files: 0 ingested, 3 duplicates, 0 failed');
  });

  it('explains a bad option or a folder without letters, and exits 2', async () => {
    const option = await imr(['ingest', '--concurrency', 'lots', letters], { DATA_DIR: dataDir });
    const emptyFolder = path.join(work, 'empty-folder');
    mkdirSync(emptyFolder);
    const nothing = await imr(['ingest', emptyFolder], { DATA_DIR: dataDir });

    expect(option.code).toBe(2);
    expect(option.stderr).toContain('--concurrency must be a whole number');
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('no .txt or .pdf letters found');
  });
});
