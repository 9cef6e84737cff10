/**
 * `npm run corpus -- COUNT [--out DIR] [--seed N] [--from I] [--facts]`: writes COUNT synthetic
 * letters (and their facts) for benchmarks and tests; `npx imr ingest DIR` loads them. A progress
 * line on stderr, a summary on stdout. Exit 0 when written, 2 on a usage error.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, MAX_LETTERS } from './letter.js';
import { writeCorpus } from './write-corpus.js';

const HELP = `Usage: npm run corpus -- COUNT [options]

Writes COUNT synthetic IMR final determination letters (current layout, full cover block, invented
facts) as <case number>.txt files. Letter N is the same on every run with the same seed; letter 0
is case CM16-0230651, the README's example.

Options:
  --out DIR     Folder to write into (default .data/corpus)
  --seed N      Corpus seed (default ${DEFAULT_SEED}; samples/synthetic holds letters 0-23 of seed ${DEFAULT_SEED})
  --from I      Index of the first letter (default 0), to extend a corpus
  --facts       Also write each letter's facts as facts/<case number>.json
  -h, --help    Show this help

Then: npx imr ingest DIR`;

export type CorpusArguments =
  | { help: true }
  | { help: false; count: number; out: string; seed: number; from: number; withFacts: boolean }
  | { error: string };

class UsageError extends Error {}

/** "100000", "100_000" and "100,000" are all a hundred thousand. */
function wholeNumber(value: string, name: string, max: number): number {
  const n = Number(value.replace(/[_,]/g, ''));
  if (value.trim() === '' || !Number.isInteger(n) || n < 0 || n > max) {
    throw new UsageError(`${name} must be a whole number from 0 to ${max.toLocaleString('en-US')}, got "${value}".`);
  }
  return n;
}

export function parseCorpusArguments(argv: string[]): CorpusArguments {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', default: '.data/corpus' },
        seed: { type: 'string', default: String(DEFAULT_SEED) },
        from: { type: 'string', default: '0' },
        facts: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  if (positionals.length !== 1) return { error: 'Give one COUNT: how many letters to write.' };
  let count: number, seed: number, from: number;
  try {
    count = wholeNumber(positionals[0]!, 'COUNT', MAX_LETTERS);
    seed = wholeNumber(values.seed, '--seed', 0xffff_ffff);
    from = wholeNumber(values.from, '--from', MAX_LETTERS);
  } catch (error) {
    if (error instanceof UsageError) return { error: error.message };
    throw error;
  }
  if (from + count > MAX_LETTERS) return { error: `--from + COUNT must stay within ${MAX_LETTERS.toLocaleString('en-US')} letters (case numbers have seven digits).` };
  if (values.out.trim() === '') return { error: '--out needs a folder.' };
  return { help: false, count, out: values.out, seed, from, withFacts: values.facts };
}

const number = (n: number) => n.toLocaleString('en-US');

export async function corpusCommand(argv: string[], out: NodeJS.WriteStream = process.stdout, err: NodeJS.WriteStream = process.stderr): Promise<number> {
  const args = parseCorpusArguments(argv);
  if ('error' in args) {
    err.write(`${args.error}\n\n${HELP}\n`);
    return 2;
  }
  if (args.help) {
    out.write(`${HELP}\n`);
    return 0;
  }
  const started = performance.now();
  let lastShownAt = 0;
  let lastTenth = 0;
  const progress = (written: number) => {
    const now = performance.now();
    const isDone = written === args.count;
    // A terminal gets one line rewritten in place four times a second; a log gets a line every tenth of the way.
    const tenth = Math.floor((written / args.count) * 10);
    if (err.isTTY ? !isDone && now - lastShownAt < 250 : tenth === lastTenth && !isDone) return;
    lastShownAt = now;
    lastTenth = tenth;
    const rate = written / Math.max((now - started) / 1000, 0.001);
    const line = `${number(written)} / ${number(args.count)} letters (${number(Math.round(rate))}/s)`;
    err.write(err.isTTY ? `\r${line}${isDone ? '\n' : ''}` : `${line}\n`);
  };
  const report = await writeCorpus({ dir: args.out, count: args.count, seed: args.seed, from: args.from, withFacts: args.withFacts, onProgress: progress });
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  out.write(
    `Wrote ${number(report.written)} letters${args.withFacts ? ' and their facts' : ''} (seed ${args.seed}, letters ${number(args.from)}-${number(args.from + args.count - 1)}) to ${args.out} ` +
      `in ${seconds(report.totalMs)} s; generating took ${seconds(report.generationMs)} s (${number(Math.round(report.written / (report.generationMs / 1000 || 1)))} letters/s).\n` +
      `Load them with: npx imr ingest ${args.out}\n`,
  );
  return 0;
}
