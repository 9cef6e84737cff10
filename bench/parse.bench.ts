/**
 * npm run bench -- parse: letters per second for the parser, each rate beside a ceiling measured in
 * the same process on the same letters, so the ratio survives a busy or slow machine.
 *
 * - text: parseDeterminationText, against a plain pass that splits each text into lines and tests
 *   30 regular expressions on every line (about the least a line-oriented parser can do);
 * - PDF: parseDeterminationPdf (pdf.js, our line rebuilding, then the text parser), against pdf.js
 *   alone extracting the same PDFs' text (getTextContent on every page, same document options).
 *
 * Letters are the samples and, when the folder exists, the real letters (PDFs only: their text rate
 * uses the text our extractor produced, extracted once before timing). Ours and the ceiling take
 * turns, run after run, so drift in machine load falls on both; each figure is the median of the runs.
 * Results also go to bench/results/parse.json.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDeterminationPdf, parseDeterminationText } from '../src/parser/index.js';
import { extractPdfText, loadPdfJs, pageLines, PDF_DOCUMENT_OPTIONS } from '../src/parser/pdf-text.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLES = path.join(ROOT, 'samples');
const REAL_LETTERS = '/work/shared/fixtures/real/letters';
const RESULTS = path.join(ROOT, 'bench', 'results', 'parse.json');

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** Each run repeats the whole set until at least this long has passed, so timer resolution does not count. */
const MIN_RUN_MS = Number(process.env.BENCH_MIN_RUN_MS ?? 400);
const TEXT_TARGET_PER_S = 5_000;
const PDF_TARGET_RATIO = 0.9;

/**
 * The ceiling's 30 expressions: the kinds of test a letter parser makes on a line (headings,
 * labels, dates, decisions, citation openers). They are not the parser's; they are the floor of
 * the work any line-by-line reading of a letter does.
 */
const CEILING_PATTERNS: RegExp[] = [
  /^Case Number:\s*(CM\d{2}-\d{7})/,
  /Date Assigned:\s*(\d{2}\/\d{2}\/\d{4})/,
  /Date of Injury:\s*(\d{2}\/\d{2}\/\d{4})/,
  /Decision Date:\s*(\d{2}\/\d{2}\/\d{4})/,
  /UR Denial Date:\s*(\d{2}\/\d{2}\/\d{4})/,
  /Priority:\s*(Standard|Expedited)/,
  /Application\s+Received:/,
  /^HOW THE IMR FINAL DETERMINATION WAS MADE$/,
  /^CLINICAL CASE SUMMARY$/,
  /^IMR ISSUES, DECISIONS AND RATIONALES$/,
  /^State\(s\) of Licensure:\s*(.+)$/,
  /^Certification\(s\)\/Specialty:\s*(.+)$/,
  /:\s*(Upheld|Overturned)\s*$/,
  /^(Upheld|Overturned)$/,
  /^Claims Administrator guideline:/,
  /^MAXIMUS guideline:/,
  /^Decision rationale:/,
  /Decision based on MTUS ([A-Z][A-Za-z ,&-]+?) (\d{4})/,
  /Decision based on Non-?MTUS Citation/,
  /Section\(s\):\s*(.+)/,
  /Page\(s\):\s*([\d,\s-]+)/,
  /\b(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})\b/,
  /\b(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}\b/,
  /\b(\d{1,3})[- ]year[- ]old (male|female)\b/,
  /\b(diagnosed with|diagnoses included|being treated for|current diagnoses are)\b/,
  /\bis (not )?medically necessary\b/,
  /\bwas the original request\b/,
  /\b(Retro|Retrospective)\b|\(DOS [\d/]+\)/,
  /#\s?(\d+)|QTY:?\s*([\d.]+)|quantity\s+(\d+)/i,
  /^Page \d+ of \d+$/,
];

interface Letter {
  name: string;
  text: string;
  pdf?: Uint8Array;
}

interface Measurement {
  set: string;
  kind: 'text' | 'pdf';
  letters: number;
  oursPerSecond: number;
  ceilingPerSecond: number;
  ratio: number;
  target: string;
  isMet: boolean;
  extractOnlyPerSecond?: number;
  /** Line rebuilding alone, timed on text items collected beforehand: microseconds per letter. */
  lineRebuildingMicrosPerLetter?: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** One run: the whole set, again and again until MIN_RUN_MS has passed; letters per second. */
async function timeRun(letters: number, pass: () => unknown): Promise<number> {
  let done = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    await pass();
    done += letters;
    elapsed = performance.now() - start;
  } while (elapsed < MIN_RUN_MS);
  return (done / elapsed) * 1000;
}

/** Runs each contender once per round, in turn, for RUNS rounds (after one warm-up round); medians. */
async function race(letters: number, contenders: Record<string, () => unknown>): Promise<Record<string, number>> {
  for (const pass of Object.values(contenders)) await pass();
  const rates: Record<string, number[]> = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
  for (let run = 0; run < RUNS; run++) {
    for (const [name, pass] of Object.entries(contenders)) rates[name]?.push(await timeRun(letters, pass));
  }
  return Object.fromEntries(Object.entries(rates).map(([name, values]) => [name, median(values)]));
}

/** Machine load barely moves a measurement this small, so it cross-checks the PDF ratio. */
async function lineRebuildingMicros(pdfs: Uint8Array[]): Promise<number> {
  const pages = await collectPageItems(pdfs);
  const rebuildAll = () => {
    for (const items of pages) pageLines(items);
  };
  const rates = await race(pdfs.length, { rebuild: rebuildAll });
  return 1e6 / (rates.rebuild ?? 1);
}

function ceilingTextPass(texts: string[]): number {
  let hits = 0;
  for (const text of texts) {
    for (const line of text.split(/\r?\n/)) {
      for (const pattern of CEILING_PATTERNS) if (pattern.test(line)) hits++;
    }
  }
  return hits;
}

function ourTextPass(texts: string[]): void {
  for (const text of texts) {
    const result = parseDeterminationText(text);
    if (!result.success) throw new Error(`the parser refused a benchmark letter: ${result.error.code} ${result.error.message}`);
  }
}

async function ourPdfPass(pdfs: Uint8Array[]): Promise<void> {
  for (const pdf of pdfs) {
    const result = await parseDeterminationPdf(pdf);
    if (!result.success) throw new Error(`the parser refused a benchmark PDF: ${result.error.code} ${result.error.message}`);
  }
}

async function extractOnlyPass(pdfs: Uint8Array[]): Promise<void> {
  for (const pdf of pdfs) {
    const result = await extractPdfText(pdf);
    if (!result.success) throw new Error(`extraction failed on a benchmark PDF: ${result.error.code}`);
  }
}

/** pdf.js alone, as a caller who wants every page's text would use it: no line rebuilding, no parsing. */
async function pdfJsPass(pdfs: Uint8Array[]): Promise<void> {
  const pdfjs = await loadPdfJs();
  for (const pdf of pdfs) {
    const task = pdfjs.getDocument({ ...PDF_DOCUMENT_OPTIONS, data: pdf.slice() });
    const document = await task.promise;
    for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber++) {
      await (await document.getPage(pageNumber)).getTextContent();
    }
    await task.destroy();
  }
}

/** Every page's pdf.js text items, collected once, so line rebuilding can be timed on its own. */
async function collectPageItems(pdfs: Uint8Array[]): Promise<unknown[][]> {
  const pdfjs = await loadPdfJs();
  const pages: unknown[][] = [];
  for (const pdf of pdfs) {
    const task = pdfjs.getDocument({ ...PDF_DOCUMENT_OPTIONS, data: pdf.slice() });
    const document = await task.promise;
    for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber++) {
      pages.push((await (await document.getPage(pageNumber)).getTextContent()).items);
    }
    await task.destroy();
  }
  return pages;
}

async function loadSets(): Promise<{ name: string; letters: Letter[] }[]> {
  const samples = readdirSync(SAMPLES)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name): Letter => ({
      name,
      text: readFileSync(path.join(SAMPLES, name), 'utf8'),
      pdf: new Uint8Array(readFileSync(path.join(SAMPLES, name.replace(/\.txt$/, '.pdf')))),
    }));
  const sets: { name: string; letters: Letter[] }[] = [{ name: 'samples', letters: samples }];
  if (existsSync(REAL_LETTERS)) {
    const real: Letter[] = [];
    for (const name of readdirSync(REAL_LETTERS).filter((n) => n.endsWith('.pdf')).sort()) {
      const pdf = new Uint8Array(readFileSync(path.join(REAL_LETTERS, name)));
      const extracted = await extractPdfText(pdf);
      if (!extracted.success) throw new Error(`${name}: ${extracted.error.code} ${extracted.error.message}`);
      real.push({ name, text: extracted.text, pdf });
    }
    sets.push({ name: 'real letters', letters: real });
  } else {
    console.log(`(Real letters not found at ${REAL_LETTERS}: samples only.)\n`);
  }
  return sets;
}

async function main(): Promise<void> {
  const sets = await loadSets();
  const measurements: Measurement[] = [];

  for (const set of sets) {
    const texts = set.letters.map((letter) => letter.text);
    const rates = await race(texts.length, { ours: () => ourTextPass(texts), ceiling: () => ceilingTextPass(texts) });
    const ours = rates.ours ?? 0;
    const ceiling = rates.ceiling ?? 0;
    measurements.push({
      set: set.name,
      kind: 'text',
      letters: texts.length,
      oursPerSecond: ours,
      ceilingPerSecond: ceiling,
      ratio: ours / ceiling,
      target: `≥ ${TEXT_TARGET_PER_S.toLocaleString('en-US')}/s`,
      isMet: ours >= TEXT_TARGET_PER_S,
    });
  }

  for (const set of sets) {
    const pdfs = set.letters.flatMap((letter) => (letter.pdf ? [letter.pdf] : []));
    const rates = await race(pdfs.length, {
      ours: () => ourPdfPass(pdfs),
      ceiling: () => pdfJsPass(pdfs),
      extractOnly: () => extractOnlyPass(pdfs),
    });
    const ours = rates.ours ?? 0;
    const ceiling = rates.ceiling ?? 0;
    measurements.push({
      set: set.name,
      kind: 'pdf',
      letters: pdfs.length,
      oursPerSecond: ours,
      ceilingPerSecond: ceiling,
      ratio: ours / ceiling,
      target: `≥ ${PDF_TARGET_RATIO * 100}% of pdf.js`,
      isMet: ours / ceiling >= PDF_TARGET_RATIO,
      extractOnlyPerSecond: rates.extractOnly ?? 0,
      lineRebuildingMicrosPerLetter: await lineRebuildingMicros(pdfs),
    });
  }

  const rate = (n: number) => Math.round(n).toLocaleString('en-US');
  console.log(`Letters per second, median of ${RUNS} runs (each run ≥ ${MIN_RUN_MS} ms), ours and the ceiling taking turns.\n`);
  console.log('| input | letters | ours (letters/s) | ceiling | ceiling (letters/s) | ours ÷ ceiling | target | |');
  console.log('| --- | ---: | ---: | --- | ---: | ---: | --- | --- |');
  for (const m of measurements) {
    const ceilingName = m.kind === 'text' ? 'split lines + 30 regexes' : 'pdf.js getTextContent, all pages';
    const what = m.kind === 'text' ? `text, ${m.set}` : `PDF, ${m.set}`;
    console.log(
      `| ${what} | ${m.letters} | ${rate(m.oursPerSecond)} | ${ceilingName} | ${rate(m.ceilingPerSecond)} | ${(m.ratio * 100).toFixed(1)}% | ${m.target} | ${m.isMet ? 'met' : '**missed**'} |`,
    );
  }
  const pdfRows = measurements.filter((m) => m.kind === 'pdf');
  if (pdfRows.length) {
    console.log('\nWhere PDF time goes (extractPdfText alone = pdf.js + line rebuilding, no parsing):\n');
    console.log('| input | pdf.js alone | extractPdfText | parseDeterminationPdf | line rebuilding alone, per letter | its share of pdf.js time |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const m of pdfRows) {
      const micros = m.lineRebuildingMicrosPerLetter ?? 0;
      const share = (micros / (1e6 / m.ceilingPerSecond)) * 100;
      console.log(
        `| ${m.set} | ${rate(m.ceilingPerSecond)}/s | ${rate(m.extractOnlyPerSecond ?? 0)}/s | ${rate(m.oursPerSecond)}/s | ${micros.toFixed(1)} µs | ${share.toFixed(2)}% |`,
      );
    }
  }
  console.log(`\n${process.version}; ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores (shared: figures are relative to the ceilings beside them).`);

  mkdirSync(path.dirname(RESULTS), { recursive: true });
  writeFileSync(
    RESULTS,
    `${JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, cpu: cpus()[0]?.model ?? null, cores: cpus().length, runs: RUNS, minRunMs: MIN_RUN_MS, measurements }, null, 2)}\n`,
  );
}

await main();
