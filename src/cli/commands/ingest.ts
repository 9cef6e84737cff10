/**
 * imr ingest PATH...: letters (files, or folders searched for .txt and .pdf) into the configured
 * store, through the same ingest use case as the API. A progress bar on stderr when it is a
 * terminal; a summary on stdout (text, or JSON with --json). Exit 0 when every file was ingested
 * or a duplicate, 1 when some failed, 2 when nothing could start.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import cliProgress from 'cli-progress';
import { openServices } from '../../app/open-services.js';
import type { Services } from '../../app/services.js';
import { loadConfig } from '../../config.js';
import { isImrError, toImrError, type ErrorCode } from '../../errors.js';
import { readArguments } from '../arguments.js';

const HELP = `Usage: imr ingest [options] PATH...

Ingests IMR letters (.txt and .pdf files, or folders searched recursively) into the configured
store: locally the embedded database under DATA_DIR (default .data); with IMR_MODE=aws, DynamoDB.
The same letter ingested twice (even once as .txt and once as .pdf) is one case: the second is
counted as a duplicate.

Options:
  --data-dir DIR      Use the store in DIR (default: DATA_DIR or .data)
  --concurrency N     Letters in flight at once (default 4)
  --json              Print the summary as JSON
  -h, --help          Show this help`;

const LETTER_FILE = /\.(txt|pdf)$/i;

type Arguments = { help: true } | { help: false; paths: string[]; env: NodeJS.ProcessEnv; concurrency: number; json: boolean } | { error: string };

export function parseIngestArguments(argv: string[], baseEnv: NodeJS.ProcessEnv = process.env): Arguments {
  const read = readArguments(argv, {
    'data-dir': { type: 'string' },
    concurrency: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (!read.ok) return { error: read.error.replace(/^unknown option "(.*)"\.$/, 'Unknown option "$1".') };
  const { values, positionals } = read;
  if (values.help) return { help: true };
  // Flags become the environment variables loadConfig reads, so they are validated in the one place.
  const env: NodeJS.ProcessEnv = { ...baseEnv, ...(values['data-dir'] === undefined ? {} : { DATA_DIR: values['data-dir'] }) };
  let concurrency = 4;
  if (values.concurrency !== undefined) {
    concurrency = Number(values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) return { error: `--concurrency must be a whole number from 1 to 64, got "${values.concurrency}".` };
  }
  if (!positionals.length) return { error: 'Name at least one file or folder to ingest.' };
  return { help: false, paths: positionals, env, concurrency, json: values.json === true };
}

/** Files named on the command line are taken whatever their extension; folders give their .txt and .pdf files. */
async function letterFiles(paths: string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  async function walk(dir: string): Promise<void> {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && LETTER_FILE.test(entry.name)) files.push(full);
    }
  }
  for (const p of paths) {
    const info = await stat(p).catch(() => null);
    if (!info) missing.push(p);
    else if (info.isDirectory()) await walk(p);
    else files.push(p);
  }
  return { files: [...new Set(files)], missing };
}

interface Outcome {
  file: string;
  status: 'PARSED' | 'DUPLICATE' | 'FAILED';
  caseId: string | null;
  caseNumber: string | null;
  error: { code: ErrorCode; message: string } | null;
}

async function ingestFiles(services: Services, files: string[], concurrency: number, onDone: () => void): Promise<Outcome[]> {
  const outcomes: Outcome[] = new Array<Outcome>(files.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < files.length) {
      const index = next++;
      const file = files[index]!;
      try {
        const bytes = new Uint8Array(await readFile(file));
        const result = await services.ingestLetter({ bytes, fileName: path.basename(file) });
        outcomes[index] = {
          file,
          status: result.status,
          caseId: result.case?.id ?? null,
          caseNumber: result.case?.caseNumber ?? null,
          error: result.error ? { code: result.error.code, message: result.error.message } : null,
        };
      } catch (thrown) {
        const error = toImrError(thrown);
        outcomes[index] = { file, status: 'FAILED', caseId: null, caseNumber: null, error: { code: error.code, message: error.message } };
      }
      onDone();
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  return outcomes;
}

function textSummary(outcomes: Outcome[], missing: string[]): string {
  const count = (status: Outcome['status']) => outcomes.filter((o) => o.status === status).length;
  const lines = [
    `${outcomes.length} file${outcomes.length === 1 ? '' : 's'}: ${count('PARSED')} ingested, ${count('DUPLICATE')} duplicate${count('DUPLICATE') === 1 ? '' : 's'}, ${count('FAILED')} failed`,
  ];
  const failed = outcomes.filter((o) => o.status === 'FAILED');
  if (failed.length) {
    lines.push('', 'Failed:');
    for (const o of failed) lines.push(`  ${o.file}: ${o.error?.code ?? 'FAILED'} ${o.error?.message ?? ''}`.trimEnd());
  }
  if (missing.length) {
    lines.push('', 'Not found:');
    for (const m of missing) lines.push(`  ${m}`);
  }
  return `${lines.join('\n')}\n`;
}

export async function ingestCommand(argv: string[]): Promise<number> {
  const parsed = parseIngestArguments(argv);
  if ('error' in parsed) {
    process.stderr.write(`imr ingest: ${parsed.error}\n\n${HELP}\n`);
    return 2;
  }
  if (parsed.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }

  const { files, missing } = await letterFiles(parsed.paths);
  if (!files.length) {
    process.stderr.write(`imr ingest: no .txt or .pdf letters found in ${parsed.paths.join(', ')}.\n`);
    return 2;
  }

  let services: Services;
  try {
    services = await openServices(loadConfig(parsed.env));
  } catch (error) {
    process.stderr.write(`imr ingest: ${isImrError(error) ? error.message : toImrError(error).message}\n`);
    return 2;
  }

  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar(
        { stream: process.stderr, format: 'Ingesting [{bar}] {value}/{total} letters | {eta_formatted} left', hideCursor: true, clearOnComplete: true },
        cliProgress.Presets.shades_classic,
      )
    : null;
  bar?.start(files.length, 0);
  let outcomes: Outcome[];
  try {
    outcomes = await ingestFiles(services, files, parsed.concurrency, () => bar?.increment());
  } finally {
    bar?.stop();
    await services.close();
  }

  if (parsed.json) {
    const count = (status: Outcome['status']) => outcomes.filter((o) => o.status === status).length;
    const summary = { files: outcomes.length, ingested: count('PARSED'), duplicates: count('DUPLICATE'), failed: count('FAILED'), missing, letters: outcomes };
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  } else {
    process.stdout.write(textSummary(outcomes, missing));
  }
  return outcomes.some((o) => o.status === 'FAILED') || missing.length ? 1 : 0;
}
