/**
 * `imr parse FILE...`: parses letters (.txt or .pdf, told apart by their bytes) and prints each as
 * JSON: one object for one file, NDJSON for several, in argument order. A file that fails costs one
 * line on stderr and does not stop the others; the exit code tells whether any failed.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Determination } from '../../domain/determination.js';
import { toImrError, type ErrorCode } from '../../errors.js';
import { MAX_LETTER_BYTES, parseLetter } from '../../parser/index.js';
import { sizeRefusal } from '../../ingest/acceptance.js';
import { readArguments } from '../arguments.js';

export const PARSE_USAGE = `Usage: imr parse [--pretty] FILE...

Parses IMR final determination letters (plain text or PDF; the kind is told from the bytes, not
the name) and prints each as JSON: one object for one file, one object per line (NDJSON) for
several, in the order given.

Options:
  --pretty     Indent the JSON (several files: indented objects one after another)
  -h, --help   Show this help

Files over ${MAX_LETTER_BYTES / 1024 / 1024} MiB are refused without being read.
Each file that fails prints one line on stderr: "imr parse: <file>: <CODE>: <message>".
Exit status: 0 when every file parsed, 1 when any failed, 2 for a usage error.`;

const EXIT_OK = 0;
const EXIT_SOME_FAILED = 1;
const EXIT_USAGE = 2;

interface ParseArguments {
  files: string[];
  isPretty: boolean;
  isHelp: boolean;
}

type Outcome = { ok: true; determination: Determination } | { ok: false; code: ErrorCode; message: string };

export async function parseCommand(argv: string[]): Promise<number> {
  const args = readParseArguments(argv);
  if (typeof args === 'string') {
    process.stderr.write(`imr parse: ${args}\n\n${PARSE_USAGE}\n`);
    return EXIT_USAGE;
  }
  if (args.isHelp) {
    process.stdout.write(`${PARSE_USAGE}\n`);
    return EXIT_OK;
  }

  let failures = 0;
  for (const file of args.files) {
    const outcome = await parseFile(file);
    if (outcome.ok) {
      await write(`${JSON.stringify(outcome.determination, null, args.isPretty ? 2 : undefined)}\n`);
    } else {
      failures++;
      process.stderr.write(`imr parse: ${file}: ${outcome.code}: ${oneLine(outcome.message)}\n`);
    }
  }
  return failures ? EXIT_SOME_FAILED : EXIT_OK;
}

/** The arguments, or what is wrong with them. "--" ends the options, so a file may start with "-". */
function readParseArguments(argv: string[]): ParseArguments | string {
  const read = readArguments(argv, { pretty: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } });
  if (!read.ok) return read.error;
  const args: ParseArguments = { files: read.positionals, isPretty: read.values.pretty === true, isHelp: read.values.help === true };
  if (!args.isHelp && args.files.length === 0) return 'no files given.';
  return args;
}

async function parseFile(file: string): Promise<Outcome> {
  try {
    // Size first: a file over the limit is refused before it is read into memory.
    const info = await stat(file);
    if (info.isDirectory()) return { ok: false, code: 'BAD_USER_INPUT', message: 'is a directory; give the letter files inside it.' };
    const refusal = sizeRefusal(info.size, MAX_LETTER_BYTES);
    if (refusal?.code === 'PAYLOAD_TOO_LARGE') return { ok: false, code: refusal.code, message: refusal.message };
    const bytes = new Uint8Array(await readFile(file));
    const result = await parseLetter(bytes, path.basename(file));
    return result.success ? { ok: true, determination: result.data } : { ok: false, code: result.error.code, message: result.error.message };
  } catch (cause) {
    return fileSystemFailure(cause);
  }
}

function fileSystemFailure(cause: unknown): Outcome {
  const code = typeof cause === 'object' && cause !== null ? (cause as { code?: unknown }).code : undefined;
  switch (code) {
    case 'ENOENT':
      return { ok: false, code: 'NOT_FOUND', message: 'No such file.' };
    case 'EACCES':
    case 'EPERM':
      return { ok: false, code: 'BAD_USER_INPUT', message: 'Permission denied: the file cannot be read.' };
    case 'ENOTDIR':
      return { ok: false, code: 'NOT_FOUND', message: 'No such file (a folder on its path is a file).' };
    default: {
      const error = toImrError(cause);
      const detail = cause instanceof Error ? ` (${cause.message})` : '';
      return { ok: false, code: error.code, message: `${error.message}${detail}` };
    }
  }
}

function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** Waits when stdout's buffer is full, so thousands of files do not pile up in memory. */
function write(chunk: string): Promise<void> {
  if (process.stdout.write(chunk)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const settle = (error?: Error) => {
      process.stdout.off('drain', settle).off('error', settle);
      if (error) reject(error);
      else resolve();
    };
    process.stdout.on('drain', settle).on('error', settle);
  });
}
