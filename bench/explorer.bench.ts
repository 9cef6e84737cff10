/**
 * npm run bench -- explorer: what the explorer costs a person, measured in Debian's chromium.
 *
 * - First load: the JavaScript the browser fetches for `/` until the first results and the charts
 *   are on screen, gzip -9 (the local server sends it raw; CloudFront compresses). Target ≤ 250 KB.
 * - Keystroke to results: typing treatment terms into the search box of the local server over
 *   EXPLORER_BENCH_DATA_DIR (default .data/bench-answers-<BENCH_LETTERS>, the store `npm run bench --
 *   answers` loads; opened read-only in effect: nothing is seeded or uploaded), with the response
 *   cache off so every answer is computed. One keystroke at a time, each waited out: from the key's
 *   keydown (event.timeStamp) to the page's `imr-explorer:results` mark for the text it left (set
 *   after those results are rendered). Everything a keystroke causes runs as it does for a user: the
 *   results query after the typing pause, the box's suggestions (facets), the charts (outcomeStats).
 *   Target p95 ≤ 200 ms.
 * Results go to bench/results/explorer.json.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { loadConfig } from '../src/config.js';
import { startLocalServer } from '../src/server/http-server.js';
import { PAGE_SIZE } from '../src/explorer/app/search-params.js';
import { PROJECT_ROOT, writeResults } from './results.js';

const CHROMIUM = '/usr/bin/chromium';
const LETTERS = Number(process.env.BENCH_LETTERS ?? 100_000);
const DATA_DIR = process.env.EXPLORER_BENCH_DATA_DIR ?? path.join(PROJECT_ROOT, '.data', `bench-answers-${LETTERS}`);
const FIRST_LOAD_TARGET_BYTES = 250 * 1024;
const KEYSTROKE_TARGET_P95_MS = 200;
/** Terms people type, each typed letter by letter (every prefix is a keystroke measured). */
const TERMS = (process.env.EXPLORER_BENCH_TERMS ?? 'norco,mri,acupuncture,tramadol,physical therapy,gabapentin,lumbar,epidural').split(',');

const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))] ?? NaN;

/** What the page marks when the results of `text` are on screen: the variables of its results query. */
const resultsKey = (text: string) => JSON.stringify({ filter: text.trim() ? { treatment: text.trim() } : {}, first: PAGE_SIZE, after: null });

async function typeMeasured(page: Page, key: string, textAfter: string): Promise<number> {
  const expected = resultsKey(textAfter);
  await page.evaluate(() => {
    (window as unknown as { benchMarksBefore: number }).benchMarksBefore = performance.getEntriesByName('imr-explorer:results').length;
  });
  await page.keyboard.press(key);
  const handle = await page.waitForFunction(
    (detail) => {
      const marks = performance.getEntriesByName('imr-explorer:results') as PerformanceMark[];
      const before = (window as unknown as { benchMarksBefore: number }).benchMarksBefore;
      const mark = marks.slice(before).find((entry) => entry.detail === detail);
      const keyAt = (window as unknown as { benchKeydownAt: number }).benchKeydownAt;
      return mark ? mark.startTime - keyAt : null;
    },
    expected,
    { timeout: 60_000, polling: 50 },
  );
  return (await handle.jsonValue()) as number;
}

async function main(): Promise<void> {
  // The SDK's notice that its 2027 releases need Node 22 says nothing about this measurement.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install Debian's chromium.`);
  if (!existsSync(DATA_DIR)) throw new Error(`${DATA_DIR} not found: run \`npm run bench -- answers\` first (it loads ${LETTERS.toLocaleString('en-US')} letters), or set EXPLORER_BENCH_DATA_DIR.`);
  const server = await startLocalServer({ config: loadConfig({ DATA_DIR, RESPONSE_CACHE_MB: '0' }), port: 0, seedSamples: false });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    // The first list loads the search index from the case feed (tens of seconds at 100,000 letters): not what a keystroke costs.
    const warm = performance.now();
    const answer = await fetch(server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ disputedItems(first: 1) { totalCount } cases(first: 1) { totalCount } }' }) });
    const counts = ((await answer.json()) as { data: { disputedItems: { totalCount: number }; cases: { totalCount: number } } }).data;
    const indexLoadSeconds = (performance.now() - warm) / 1000;

    const page = await browser.newPage({ viewport: { width: 1300, height: 1000 } });
    const scripts = new Map<string, Buffer>();
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') scripts.set(response.url(), await response.body());
    });
    const loadStarted = performance.now();
    await page.goto(`${server.origin}/`);
    await page.waitForFunction((detail) => performance.getEntriesByName('imr-explorer:results').some((mark) => (mark as PerformanceMark).detail === detail), resultsKey(''), { timeout: 120_000 });
    const firstResultsMs = performance.now() - loadStarted;
    await page.waitForSelector('#chart-month svg', { timeout: 120_000 });
    let firstLoadGzip = 0;
    let firstLoadRaw = 0;
    for (const body of scripts.values()) {
      firstLoadRaw += body.length;
      firstLoadGzip += gzipSync(body, { level: 9 }).length;
    }

    await page.evaluate(() => {
      document.addEventListener('keydown', (event) => ((window as unknown as { benchKeydownAt: number }).benchKeydownAt = event.timeStamp), { capture: true });
    });
    await page.click('#search-box');
    const latencies: number[] = [];
    const perTerm: { term: string; ms: number[] }[] = [];
    for (const term of TERMS) {
      const ms: number[] = [];
      for (let i = 1; i <= term.length; i++) {
        const key = term[i - 1] === ' ' ? 'Space' : term[i - 1]!;
        // A key that leaves the same search (a trailing space is trimmed) asks nothing new: nothing to time.
        if (resultsKey(term.slice(0, i)) === resultsKey(term.slice(0, i - 1))) await page.keyboard.press(key);
        else ms.push(await typeMeasured(page, key, term.slice(0, i)));
      }
      // Clearing the box is a keystroke too (back to every item).
      await page.keyboard.press('Control+A');
      ms.push(await typeMeasured(page, 'Backspace', ''));
      perTerm.push({ term, ms });
      latencies.push(...ms);
      process.stderr.write(`  ${term}: ${ms.map((v) => v.toFixed(0)).join(' ')} ms\n`);
    }

    const p50 = quantile(latencies, 0.5);
    const p95 = quantile(latencies, 0.95);
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    console.log(`Explorer over ${counts.cases.totalCount.toLocaleString('en-US')} letters (${counts.disputedItems.totalCount.toLocaleString('en-US')} disputed items), ${DATA_DIR}`);
    console.log(`| measure | value | target |`);
    console.log(`| --- | --- | --- |`);
    console.log(`| first load, JavaScript (gzip -9) | ${kb(firstLoadGzip)} (${scripts.size} files, ${kb(firstLoadRaw)} raw) | ≤ 250 KB ${firstLoadGzip <= FIRST_LOAD_TARGET_BYTES ? 'met' : 'MISSED'} |`);
    console.log(`| page load to first results | ${firstResultsMs.toFixed(0)} ms | — |`);
    console.log(`| keystroke to results, p50 | ${p50.toFixed(0)} ms (${latencies.length} keystrokes) | — |`);
    console.log(`| keystroke to results, p95 | ${p95.toFixed(0)} ms | ≤ ${KEYSTROKE_TARGET_P95_MS} ms ${p95 <= KEYSTROKE_TARGET_P95_MS ? 'met' : 'MISSED'} |`);
    console.log(`| search index load (first list of a new server) | ${indexLoadSeconds.toFixed(1)} s | — |`);
    const file = writeResults('explorer', {
      letters: counts.cases.totalCount,
      items: counts.disputedItems.totalCount,
      dataDir: path.relative(PROJECT_ROOT, DATA_DIR),
      firstLoad: { gzipBytes: firstLoadGzip, rawBytes: firstLoadRaw, files: [...scripts.keys()].map((url) => new URL(url).pathname), targetBytes: FIRST_LOAD_TARGET_BYTES },
      firstResultsMs,
      keystroke: { p50, p95, max: Math.max(...latencies), count: latencies.length, targetP95Ms: KEYSTROKE_TARGET_P95_MS, perTerm },
      indexLoadSeconds,
    });
    console.log(`Written to ${file}.`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
