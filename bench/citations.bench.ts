/**
 * npm run bench -- citations: the cost of the parser's two per-item helpers, parseGuidelineParagraph
 * and describeTreatment, per call and as a share of a letter's budget (the parser must read ≥ 5,000
 * letters/s, so 200 µs per letter for everything). Times are CPU time.
 *
 * Inputs are exactly what the parser hands them: the guideline paragraphs and item requests of the
 * sample letters and, when the folder exists, the real letters (their text extracted once, before
 * timing). Each figure is the median of the runs; each run repeats the whole set until at least
 * MIN_RUN_MS has passed. Results also go to bench/results/citations.json.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';

import type { CitedBy } from '../src/domain/determination.js';
import { parseGuidelineParagraph } from '../src/parser/citations/index.js';
import { parseDeterminationText } from '../src/parser/index.js';
import { extractPdfText } from '../src/parser/pdf-text.js';
import { describeTreatment } from '../src/parser/treatment.js';
import { REAL_LETTERS, SAMPLES, writeResults } from './results.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const MIN_RUN_MS = Number(process.env.BENCH_MIN_RUN_MS ?? 300);
const LETTER_BUDGET_MICROS = 1_000_000 / 5_000;

interface Inputs {
  paragraphs: Array<{ text: string; citedBy: CitedBy }>;
  requests: string[];
  letters: number;
}

async function letterTexts(): Promise<string[]> {
  const texts = readdirSync(SAMPLES)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(path.join(SAMPLES, f), 'utf8'));
  if (!existsSync(REAL_LETTERS)) {
    console.log(`(Real letters not found at ${REAL_LETTERS}: samples only.)\n`);
    return texts;
  }
  for (const file of readdirSync(REAL_LETTERS).filter((f) => f.endsWith('.pdf'))) {
    const extracted = await extractPdfText(new Uint8Array(readFileSync(path.join(REAL_LETTERS, file))));
    if (extracted.success) texts.push(extracted.text);
  }
  return texts;
}

async function loadInputs(): Promise<Inputs> {
  const inputs: Inputs = { paragraphs: [], requests: [], letters: 0 };
  for (const text of await letterTexts()) {
    const parsed = parseDeterminationText(text);
    if (!parsed.success) continue;
    inputs.letters++;
    for (const item of parsed.data.disputedItems) {
      inputs.requests.push(item.description);
      if (item.claimsAdministratorBasis) inputs.paragraphs.push({ text: item.claimsAdministratorBasis, citedBy: 'CLAIMS_ADMINISTRATOR' });
      if (item.independentReviewerBasis) inputs.paragraphs.push({ text: item.independentReviewerBasis, citedBy: 'INDEPENDENT_REVIEWER' });
    }
  }
  return inputs;
}

function cpuMicros(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

/**
 * Median CPU microseconds per call of `each` over `items`. CPU time, not wall time: on a shared
 * machine the wall clock also counts the time other processes held the core.
 */
function microsPerCall<T>(items: readonly T[], each: (item: T) => unknown): number {
  const perCall: number[] = [];
  let sink = 0;
  for (let run = 0; run < RUNS; run++) {
    let calls = 0;
    const start = cpuMicros();
    let elapsed = 0;
    do {
      for (const item of items) if (each(item)) sink++;
      calls += items.length;
      elapsed = cpuMicros() - start;
    } while (elapsed < MIN_RUN_MS * 1000);
    perCall.push(elapsed / calls);
  }
  if (sink < 0) console.log(sink); // keeps the calls from being optimised away
  perCall.sort((a, b) => a - b);
  return perCall[Math.floor(perCall.length / 2)] ?? Number.NaN;
}

async function main(): Promise<void> {
  const inputs = await loadInputs();
  // Warm up the JIT on both before timing either.
  microsPerCall(inputs.paragraphs.slice(0, 50), (p) => parseGuidelineParagraph(p.text, p.citedBy));
  microsPerCall(inputs.requests.slice(0, 50), (r) => describeTreatment(r));

  const paragraphMicros = microsPerCall(inputs.paragraphs, (p) => parseGuidelineParagraph(p.text, p.citedBy).citations.length);
  const requestMicros = microsPerCall(inputs.requests, (r) => describeTreatment(r).name.length);
  const perLetter = (paragraphMicros * inputs.paragraphs.length + requestMicros * inputs.requests.length) / Math.max(1, inputs.letters);

  console.log(`CPU time, median of ${RUNS} runs over ${inputs.letters} letters (${inputs.paragraphs.length} guideline paragraphs, ${inputs.requests.length} requests).\n`);
  console.log('| function | inputs | µs per call | calls per second | µs per letter | share of the 200 µs letter budget |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  const row = (name: string, count: number, micros: number) => {
    const letterMicros = (micros * count) / Math.max(1, inputs.letters);
    console.log(`| ${name} | ${count} | ${micros.toFixed(2)} | ${Math.round(1e6 / micros).toLocaleString('en-US')} | ${letterMicros.toFixed(1)} | ${((100 * letterMicros) / LETTER_BUDGET_MICROS).toFixed(1)}% |`);
  };
  row('parseGuidelineParagraph', inputs.paragraphs.length, paragraphMicros);
  row('describeTreatment', inputs.requests.length, requestMicros);
  console.log(`\nBoth together: ${perLetter.toFixed(1)} µs per letter (${((100 * perLetter) / LETTER_BUDGET_MICROS).toFixed(1)}% of the budget).`);
  console.log(`${process.version}; ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(1)} (shared machine: figures vary with load).`);

  writeResults('citations', {
    clock: 'cpu',
    letters: inputs.letters,
    paragraphs: inputs.paragraphs.length,
    requests: inputs.requests.length,
    microsPerParagraph: paragraphMicros,
    microsPerRequest: requestMicros,
    microsPerLetter: perLetter,
    shareOfLetterBudget: perLetter / LETTER_BUDGET_MICROS,
  });
}

await main();
