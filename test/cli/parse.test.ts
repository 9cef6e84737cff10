import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Determination } from '../../src/domain/determination.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const sample = (name: string) => path.join(ROOT, 'samples', name);
const TXT = sample('001_872fb3fc99c0572e.txt');
const PDF = sample('001_872fb3fc99c0572e.pdf');
const OTHER_TXT = sample('003_07cc7a3491400021.txt');
const facts = (name: string) => JSON.parse(readFileSync(sample(`facts/${name}.json`), 'utf8')) as { caseOutcome: string; disputedItems: { outcome: string }[] };

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI as a user would: `node bin/imr.js parse ...` in a child process. */
function imr(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(ROOT, 'bin/imr.js'), ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error && typeof error.code === 'number' ? error.code : error ? -1 : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const errorLines = (run: Run) => run.stderr.split('\n').filter((line) => line !== '');

let scratch = '';
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'imr-parse-cli-'));
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('imr parse prints letters as JSON', () => {
  it('prints one letter as one JSON object and exits 0', async () => {
    const run = await imr('parse', TXT);

    expect(run).toMatchObject({ code: 0, stderr: '' });
    const determination = JSON.parse(run.stdout) as Determination;
    const expected = facts('001_872fb3fc99c0572e');
    expect(determination.outcome).toBe(expected.caseOutcome);
    expect(determination.disputedItems.map((item) => item.decision.outcome)).toEqual(expected.disputedItems.map((item) => item.outcome));
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
  });

  it('reads a PDF by its bytes, whatever its name, and finds the same letter as in the .txt', async () => {
    const disguised = path.join(scratch, 'letter-001.txt');
    writeFileSync(disguised, readFileSync(PDF));

    const [fromText, fromPdf] = await Promise.all([imr('parse', TXT), imr('parse', disguised)]);

    expect(fromPdf).toMatchObject({ code: 0, stderr: '' });
    const text = JSON.parse(fromText.stdout) as Determination;
    const pdf = JSON.parse(fromPdf.stdout) as Determination;
    expect(pdf.caseNumber).toBe(text.caseNumber);
    expect(pdf.clinicalSummary).toBe(text.clinicalSummary);
    expect(pdf.disputedItems).toEqual(text.disputedItems);
  });

  it('prints several letters as NDJSON, one line each, in the order given', async () => {
    const files = [OTHER_TXT, TXT, PDF];

    const [run, ...singles] = await Promise.all([imr('parse', ...files), ...files.map((file) => imr('parse', file))]);

    expect(run).toMatchObject({ code: 0, stderr: '' });
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual(singles.map((single) => JSON.parse(single.stdout) as unknown));
    expect((JSON.parse(lines[0] ?? '') as Determination).disputedItems).toHaveLength(facts('003_07cc7a3491400021').disputedItems.length);
  });

  it('--pretty indents the JSON, one object after another for several files', async () => {
    const [one, several] = await Promise.all([imr('parse', '--pretty', TXT), imr('parse', TXT, OTHER_TXT, '--pretty')]);

    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/^\{\n {2}"/);
    expect(JSON.parse(one.stdout)).toEqual(JSON.parse((await imr('parse', TXT)).stdout));
    const objects = several.stdout.trimEnd().split(/\n(?=\{)/);
    expect(objects).toHaveLength(2);
    for (const object of objects) expect(() => JSON.parse(object) as unknown).not.toThrow();
  });

  it('--help explains the command and exits 0', async () => {
    const run = await imr('parse', '--help');

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: imr parse [--pretty] FILE...');
  });
});

describe('imr parse reports each file it cannot parse on one line, and still prints the others', () => {
  it('a missing file: NOT_FOUND, exit 1, the good file still printed', async () => {
    const missing = path.join(scratch, 'no-such-letter.pdf');

    const run = await imr('parse', TXT, missing);

    expect(run.code).toBe(1);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(errorLines(run)).toEqual([`imr parse: ${missing}: NOT_FOUND: No such file.`]);
  });

  it('a file that is not an IMR letter: NOT_AN_IMR_LETTER', async () => {
    const recipe = path.join(scratch, 'recipe.txt');
    writeFileSync(recipe, 'Pancakes\n\n2 eggs, 1 cup of flour, 1 cup of milk.\nWhisk and fry.\n');

    const run = await imr('parse', recipe);

    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(errorLines(run)).toEqual([expect.stringMatching(new RegExp(`^imr parse: ${escape(recipe)}: NOT_AN_IMR_LETTER: \\S.*$`))]);
  });

  it('a truncated PDF: CORRUPT_PDF, saying it is truncated', async () => {
    const truncated = path.join(scratch, 'truncated.pdf');
    const bytes = readFileSync(PDF);
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)));

    const run = await imr('parse', truncated, OTHER_TXT);

    expect(run.code).toBe(1);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(errorLines(run)).toEqual([expect.stringMatching(new RegExp(`^imr parse: ${escape(truncated)}: CORRUPT_PDF: .*truncated`))]);
  });

  it('a file over 10 MiB: PAYLOAD_TOO_LARGE', async () => {
    // A sparse file: 11 MiB long without writing 11 MiB.
    const huge = path.join(scratch, 'huge.pdf');
    writeFileSync(huge, '%PDF-1.4\n');
    truncateSync(huge, 11 * 1024 * 1024);

    const run = await imr('parse', huge);

    expect(run.code).toBe(1);
    expect(errorLines(run)).toEqual([expect.stringMatching(new RegExp(`^imr parse: ${escape(huge)}: PAYLOAD_TOO_LARGE: The letter is 11,534,336 bytes`))]);
  });

  it('no files, or an unknown option, is a usage error: exit 2', async () => {
    const [none, unknown] = await Promise.all([imr('parse'), imr('parse', '--fast', TXT)]);

    expect(none).toMatchObject({ code: 2, stdout: '' });
    expect(none.stderr).toContain('no files given');
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toContain('unknown option "--fast"');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
