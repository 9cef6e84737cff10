/**
 * npm run bench -- parse: letters per second for the parser, each rate beside a ceiling measured in
 * the same process on the same letters, so the ratio survives a busy or slow machine.
 *
 * - text: parseDeterminationText, against a plain pass that splits each text into lines and tests
 *   30 regular expressions on every line (about the least a line-oriented parser can do);
 * - PDF: parseDeterminationPdf (PDFium, our line rebuilding, then the text parser), against PDFium
 *   alone extracting the same PDFs' text (FPDFText_GetText on every page: the least any caller who
 *   wants the text does), goal ≥ 90% of it; and against pdf.js alone (getTextContent on every page,
 *   the options the parser used with it), goal ≥ 2.5× it: the engine the parser had before PDFium.
 *
 * Letters are the samples and, when the folder exists, the real letters (PDFs only: their text rate
 * uses the text our extractor produced, extracted once before timing). Ours and the ceiling take
 * turns letter by letter, so drift in machine load falls on both; each figure is the median of the runs.
 * The PDF ratio is also predicted from its parts (PDFium time + line rebuilding + text parsing), a
 * cross-check that load on a shared machine barely moves.
 * The parser under test is an esbuild bundle of src/parser, as the Lambda functions ship it.
 * Results also go to bench/results/parse.json.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type * as Parser from '../src/parser/index.js';
import { pageRuns } from '../src/parser/pdf/page-runs.js';
import { withPdfium, type Pdfium } from '../src/parser/pdf/pdfium.js';
import { extractPdfText, pageLines, type TextRun } from '../src/parser/pdf-text.js';
import { PROJECT_ROOT, REAL_LETTERS, SAMPLES, writeResults } from './results.js';

/**
 * The parser is timed as esbuild compiles it for the Lambda bundles (one ESM module, packages left
 * to node_modules), not through the TypeScript loader the benchmark itself runs under.
 */
async function loadBundledParser(): Promise<typeof Parser> {
  const outfile = path.join(PROJECT_ROOT, 'bench', 'results', 'parser.bundle.mjs');
  await build({
    entryPoints: [path.join(PROJECT_ROOT, 'src', 'parser', 'index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return (await import(pathToFileURL(outfile).href)) as typeof Parser;
}
const { parseDeterminationPdf, parseDeterminationText } = await loadBundledParser();

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** Each run repeats the whole set until at least this long has passed, so timer resolution does not count. */
const MIN_RUN_MS = Number(process.env.BENCH_MIN_RUN_MS ?? 400);
const TEXT_TARGET_PER_S = 5_000;
/** Of PDFium alone. */
const PDF_TARGET_RATIO = 0.9;
/** Times pdf.js alone. */
const PDF_TARGET_SPEEDUP = 2.5;

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
  /** Letters per second of CPU time. */
  oursPerSecond: number;
  ceilingPerSecond: number;
  ratio: number;
  /** The same by wall-clock time, which on a shared machine includes other jobs' turns. */
  wall: { oursPerSecond: number; ceilingPerSecond: number; ratio: number };
  target: string;
  isMet: boolean;
  extractOnlyPerSecond?: number;
  /** pdf.js alone (getTextContent, all pages) on the same letters, in the same race. */
  pdfJsPerSecond?: number;
  /** Ours ÷ pdf.js alone. */
  speedupOverPdfJs?: number;
  /** Line rebuilding alone, timed on text runs collected beforehand: microseconds per letter. */
  lineRebuildingMicrosPerLetter?: number;
  /** PDFium time ÷ (PDFium + line rebuilding + text parsing), each timed on its own. */
  predictedRatio?: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

type PerLetter = (index: number) => unknown;

/** Letters per second of CPU time (what the work costs) and of wall time (what a busy machine lets it have). */
interface Rate {
  cpu: number;
  wall: number;
}

/**
 * Times contenders letter by letter, taking turns on each letter (and changing who goes first from
 * round to round), so a burst of load from other processes lands on all of them alike. One run
 * goes through the set as often as needed to last MIN_RUN_MS per contender; the result is each
 * contender's median rate over RUNS runs, after one warm-up pass. CPU time is the headline: on a
 * machine shared with other jobs, wall time also counts the moments the scheduler gave to them.
 */
async function race(letters: number, contenders: Record<string, PerLetter>): Promise<Record<string, Rate>> {
  const entries = Object.entries(contenders);
  for (let index = 0; index < letters; index++) for (const [, run] of entries) await run(index);
  const rates = new Map<string, { cpu: number[]; wall: number[] }>(entries.map(([name]) => [name, { cpu: [], wall: [] }]));
  for (let round = 0; round < RUNS; round++) {
    const spent = new Map<string, { cpuMs: number; wallMs: number }>(entries.map(([name]) => [name, { cpuMs: 0, wallMs: 0 }]));
    let done = 0;
    const started = performance.now();
    do {
      for (let index = 0; index < letters; index++) {
        for (let turn = 0; turn < entries.length; turn++) {
          const [name, run] = entries[(turn + round + index) % entries.length] ?? ['', () => undefined];
          const wallBefore = performance.now();
          const cpuBefore = process.cpuUsage();
          const result = run(index);
          if (result instanceof Promise) await result;
          const cpu = process.cpuUsage(cpuBefore);
          const total = spent.get(name);
          if (total) {
            total.wallMs += performance.now() - wallBefore;
            total.cpuMs += (cpu.user + cpu.system) / 1000;
          }
        }
      }
      done += letters;
    } while (performance.now() - started < MIN_RUN_MS * entries.length);
    for (const [name, total] of spent) {
      rates.get(name)?.cpu.push((done / total.cpuMs) * 1000);
      rates.get(name)?.wall.push((done / total.wallMs) * 1000);
    }
  }
  return Object.fromEntries([...rates].map(([name, values]) => [name, { cpu: median(values.cpu), wall: median(values.wall) }]));
}

/** Machine load barely moves a measurement this small, so it cross-checks the PDF ratio. */
async function lineRebuildingMicros(pdfs: Uint8Array[]): Promise<number> {
  const pages = await collectPageRuns(pdfs);
  const rates = await race(1, {
    rebuild: () => {
      for (const runs of pages) pageLines(runs);
    },
  });
  return 1e6 / ((rates.rebuild?.cpu ?? 1) * pdfs.length);
}

/** The ceiling for text: split into lines, test every expression on every line. */
function ceilingText(text: string): number {
  let hits = 0;
  for (const line of text.split(/\r?\n/)) {
    for (const pattern of CEILING_PATTERNS) if (pattern.test(line)) hits++;
  }
  return hits;
}

function ourText(text: string): void {
  const result = parseDeterminationText(text);
  if (!result.success) throw new Error(`the parser refused a benchmark letter: ${result.error.code} ${result.error.message}`);
}

async function ourPdf(pdf: Uint8Array): Promise<void> {
  const result = await parseDeterminationPdf(pdf);
  if (!result.success) throw new Error(`the parser refused a benchmark PDF: ${result.error.code} ${result.error.message}`);
}

async function extractOnly(pdf: Uint8Array): Promise<void> {
  const result = await extractPdfText(pdf);
  if (!result.success) throw new Error(`extraction failed on a benchmark PDF: ${result.error.code}`);
}

/**
 * pdf.js's legacy build carries core-js polyfills that, on Node 20, replace JSON.parse and
 * JSON.stringify (about 4x slower), Array.prototype.push and Function.prototype.toString for the
 * whole process. The parser no longer loads pdf.js, so the benchmark puts the originals back after
 * pdf.js's turns: the other contenders must not pay for the comparison row.
 */
const NATIVE_BUILTINS: ReadonlyArray<readonly [object, string, unknown]> = [
  [JSON, 'parse', JSON.parse],
  [JSON, 'stringify', JSON.stringify],
  [Array.prototype, 'push', Array.prototype.push],
  [Function.prototype, 'toString', Function.prototype.toString],
];
function restoreNativeBuiltins(): void {
  for (const [owner, key, native] of NATIVE_BUILTINS) {
    if (Reflect.get(owner, key) !== native) Reflect.defineProperty(owner, key, { value: native, writable: true, configurable: true, enumerable: false });
  }
}

/** The options the parser gave pdf.js: quiet, offline, no fonts, no eval. */
const PDF_JS_OPTIONS = {
  verbosity: 0,
  disableFontFace: true,
  isEvalSupported: false,
  useSystemFonts: false,
  useWorkerFetch: false,
  isOffscreenCanvasSupported: false,
  isImageDecoderSupported: false,
  enableXfa: false,
  stopAtErrors: false,
} as const;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfJs: Promise<PdfJs> | undefined;
function loadPdfJs(): Promise<PdfJs> {
  // Its canvas polyfills warn, before any verbosity applies, that @napi-rs/canvas is absent; text needs no canvas.
  pdfJs ??= (async () => {
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      console.warn = warn;
      restoreNativeBuiltins();
    }
  })();
  return pdfJs;
}

/** pdf.js alone, as a caller who wants every page's text would use it: no line rebuilding, no parsing. */
async function pdfJsAlone(pdf: Uint8Array): Promise<void> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({ ...PDF_JS_OPTIONS, data: pdf.slice() });
  try {
    const document = await task.promise;
    for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber++) {
      await (await document.getPage(pageNumber)).getTextContent();
    }
  } finally {
    await task.destroy();
    restoreNativeBuiltins();
  }
}

/** Opens a PDF in PDFium and hands each page's text page to `readPage`. */
function eachTextPage(pdfium: Pdfium, pdf: Uint8Array, readPage: (textPage: number) => void): void {
  const api = pdfium.exports;
  const data = pdfium.copyIn(pdf);
  const document = api.FPDF_LoadMemDocument(data, pdf.length, 0);
  try {
    if (document === 0) throw new Error(`PDFium refused a benchmark PDF (error ${api.FPDF_GetLastError()})`);
    const pageCount = api.FPDF_GetPageCount(document);
    for (let index = 0; index < pageCount; index++) {
      const page = api.FPDF_LoadPage(document, index);
      const textPage = api.FPDFText_LoadPage(page);
      readPage(textPage);
      api.FPDFText_ClosePage(textPage);
      api.FPDF_ClosePage(page);
    }
  } finally {
    if (document !== 0) api.FPDF_CloseDocument(document);
    api.free(data);
  }
}

const utf16 = new TextDecoder('utf-16le');

/** PDFium alone: every page's text in one call, decoded; no positions, no line rebuilding, no parsing. */
function pdfiumAlone(pdf: Uint8Array): Promise<number> {
  return withPdfium((pdfium) => {
    let characters = 0;
    eachTextPage(pdfium, pdf, (textPage) => {
      const count = pdfium.exports.FPDFText_CountChars(textPage);
      const buffer = pdfium.exports.malloc((count + 1) * 2);
      const written = pdfium.exports.FPDFText_GetText(textPage, 0, count, buffer);
      characters += utf16.decode(new Uint8Array(pdfium.exports.memory.buffer, buffer, Math.max(0, written - 1) * 2)).length;
      pdfium.exports.free(buffer);
    });
    return characters;
  });
}

/** Every page's text runs, collected once, so line rebuilding can be timed on its own. */
async function collectPageRuns(pdfs: Uint8Array[]): Promise<TextRun[][]> {
  const pages: TextRun[][] = [];
  for (const pdf of pdfs) await withPdfium((pdfium) => eachTextPage(pdfium, pdf, (textPage) => pages.push(pageRuns(pdfium, textPage))));
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

function wallRates(rates: Record<string, Rate>): Measurement['wall'] {
  const ours = rates.ours?.wall ?? 0;
  const ceiling = rates.ceiling?.wall ?? 0;
  return { oursPerSecond: ours, ceilingPerSecond: ceiling, ratio: ours / ceiling };
}

async function main(): Promise<void> {
  const sets = await loadSets();
  const measurements: Measurement[] = [];

  for (const set of sets) {
    const texts = set.letters.map((letter) => letter.text);
    const at = (index: number) => texts[index] ?? '';
    const rates = await race(texts.length, { ours: (i) => ourText(at(i)), ceiling: (i) => ceilingText(at(i)) });
    const ours = rates.ours?.cpu ?? 0;
    const ceiling = rates.ceiling?.cpu ?? 0;
    measurements.push({
      set: set.name,
      kind: 'text',
      letters: texts.length,
      oursPerSecond: ours,
      ceilingPerSecond: ceiling,
      ratio: ours / ceiling,
      wall: wallRates(rates),
      target: `≥ ${TEXT_TARGET_PER_S.toLocaleString('en-US')}/s`,
      isMet: ours >= TEXT_TARGET_PER_S,
    });
  }

  for (const set of sets) {
    const pdfs = set.letters.flatMap((letter) => (letter.pdf ? [letter.pdf] : []));
    const at = (index: number) => pdfs[index] ?? new Uint8Array();
    const rates = await race(pdfs.length, {
      ours: (i) => ourPdf(at(i)),
      ceiling: (i) => pdfiumAlone(at(i)),
      pdfJs: (i) => pdfJsAlone(at(i)),
      extractOnly: (i) => extractOnly(at(i)),
    });
    const ours = rates.ours?.cpu ?? 0;
    const ceiling = rates.ceiling?.cpu ?? 0;
    const pdfJs = rates.pdfJs?.cpu ?? 0;
    measurements.push({
      set: set.name,
      kind: 'pdf',
      letters: pdfs.length,
      oursPerSecond: ours,
      ceilingPerSecond: ceiling,
      ratio: ours / ceiling,
      wall: wallRates(rates),
      target: `≥ ${PDF_TARGET_RATIO * 100}% of PDFium, ≥ ${PDF_TARGET_SPEEDUP}× pdf.js`,
      isMet: ours / ceiling >= PDF_TARGET_RATIO && ours / pdfJs >= PDF_TARGET_SPEEDUP,
      extractOnlyPerSecond: rates.extractOnly?.cpu ?? 0,
      pdfJsPerSecond: pdfJs,
      speedupOverPdfJs: ours / pdfJs,
      lineRebuildingMicrosPerLetter: await lineRebuildingMicros(pdfs),
    });
  }

  const rate = (n: number) => Math.round(n).toLocaleString('en-US');
  console.log(`Letters per second of CPU time, median of ${RUNS} runs; ours and the ceiling take turns letter by letter.\n`);
  console.log('| input | letters | ours (letters/s) | ceiling | ceiling (letters/s) | ours ÷ ceiling | by wall clock | target | |');
  console.log('| --- | ---: | ---: | --- | ---: | ---: | ---: | --- | --- |');
  for (const m of measurements) {
    const ceilingName = m.kind === 'text' ? 'split lines + 30 regexes' : 'PDFium FPDFText_GetText, all pages';
    const what = m.kind === 'text' ? `text, ${m.set}` : `PDF, ${m.set}`;
    console.log(
      `| ${what} | ${m.letters} | ${rate(m.oursPerSecond)} | ${ceilingName} | ${rate(m.ceilingPerSecond)} | ${(m.ratio * 100).toFixed(1)}% | ${(m.wall.ratio * 100).toFixed(1)}% (${rate(m.wall.oursPerSecond)} vs ${rate(m.wall.ceilingPerSecond)}/s) | ${m.target} | ${m.isMet ? 'met' : '**missed**'} |`,
    );
  }
  const pdfRows = measurements.filter((m) => m.kind === 'pdf');
  if (pdfRows.length) {
    console.log('\nPDF letters per second, the three measured in the same race (goals: ≥ 90% of PDFium alone, ≥ 2.5× pdf.js alone):\n');
    console.log('| input | parseDeterminationPdf (product path) | PDFium alone | pdf.js alone | ours ÷ PDFium alone | ours ÷ pdf.js alone | |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- |');
    for (const m of pdfRows) {
      console.log(
        `| ${m.set} | ${rate(m.oursPerSecond)} | ${rate(m.ceilingPerSecond)} | ${rate(m.pdfJsPerSecond ?? 0)} | ${(m.ratio * 100).toFixed(1)}% | ${(m.speedupOverPdfJs ?? 0).toFixed(2)}× | ${m.isMet ? 'met' : '**missed**'} |`,
      );
    }
    console.log('\nWhere PDF time goes (extractPdfText alone = PDFium + reading glyph positions + line rebuilding, no parsing):\n');
    console.log('| input | PDFium alone | extractPdfText | parseDeterminationPdf | line rebuilding, per letter | text parsing, per letter | ratio predicted from the parts |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const m of pdfRows) {
      const pdfiumMs = 1000 / m.ceilingPerSecond;
      const rebuildMs = (m.lineRebuildingMicrosPerLetter ?? 0) / 1000;
      const textRow = measurements.find((t) => t.kind === 'text' && t.set === m.set);
      const parseMs = textRow ? 1000 / textRow.oursPerSecond : 0;
      m.predictedRatio = pdfiumMs / (pdfiumMs + rebuildMs + parseMs);
      console.log(
        `| ${m.set} | ${rate(m.ceilingPerSecond)}/s (${pdfiumMs.toFixed(1)} ms) | ${rate(m.extractOnlyPerSecond ?? 0)}/s | ${rate(m.oursPerSecond)}/s | ${(rebuildMs * 1000).toFixed(0)} µs (${((rebuildMs / pdfiumMs) * 100).toFixed(2)}%) | ${parseMs.toFixed(2)} ms (${((parseMs / pdfiumMs) * 100).toFixed(1)}%) | ${(m.predictedRatio * 100).toFixed(1)}% |`,
      );
    }
  }
  console.log(`\n${process.version}; ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores (shared: figures are relative to the ceilings beside them).`);

  writeResults('parse', { runs: RUNS, minRunMs: MIN_RUN_MS, measurements });
}

await main();
