/**
 * npm run bench -- answers: the questions people ask, over BENCH_LETTERS (default 100,000)
 * synthetic letters (src/corpus) in the local store (dynalite, persisted under
 * .data/bench-answers-<N> so later runs skip the load), through the GraphQL server with the
 * response cache off, as a client would ask them:
 *
 * - outcomeStats for every grouping under each single filter (and none): p50 / p95 latency and
 *   DynamoDB requests per call; targets p50 ≤ 50 ms and ≤ 25 requests;
 * - a page of 20 disputed items under combined filters, with and without `totalCount`
 *   (target p50 ≤ 50 ms; totalCount costing no more than the page);
 * - facets by prefix, for a search box;
 * - loading the search index from the case feed (what a new process pays once).
 *
 * The index follows other writers at most once a second: a measured call includes that sync when
 * it falls due (calls are spaced by the work itself, not by a clock), so the request counts are
 * what a busy server sees.
 */
import { HeaderMap } from '@apollo/server';
import { loadConfig } from '../src/config.js';
import { openServices } from '../src/app/open-services.js';
import { generateLetter } from '../src/corpus/index.js';
import type { CaseRecord } from '../src/domain/records.js';
import { createContext, createGraphQLServer, LOCAL_DEVELOPER } from '../src/graphql/index.js';
import { letterFingerprint, parseDeterminationText } from '../src/parser/index.js';
import { batchWrite, putRequest } from '../src/store/batch.js';
import { caseIdForContentHash } from '../src/store/case-id.js';
import { headerItem, pointerItem, type Item } from '../src/store/case-item.js';
import { pointerRows, versionToken } from '../src/store/case-rows.js';
import { ensureTable } from '../src/store/create-table.js';
import { createDynamoClient } from '../src/store/dynamo-client.js';
import { startLocalEngine } from '../src/store/local-engine.js';
import path from 'node:path';
import { PROJECT_ROOT, writeResults } from './results.js';

const LETTERS = Number(process.env.BENCH_LETTERS ?? 100_000);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 9);
const TARGET_P50_MS = 50;
const TARGET_REQUESTS = 25;

const dataDir = path.join(PROJECT_ROOT, '.data', `bench-answers-${LETTERS}`);
const config = loadConfig({ DATA_DIR: dataDir, RESPONSE_CACHE_MB: '0' });

function record(index: number, at: string): CaseRecord {
  const letter = generateLetter(index);
  const parsed = parseDeterminationText(letter.text);
  if (!parsed.success) throw new Error(`${letter.fileName}: ${parsed.error.message}`);
  const contentHash = letterFingerprint(letter.text);
  const id = caseIdForContentHash(contentHash);
  return {
    ...parsed.data,
    id,
    contentHash,
    ingestedAt: at,
    source: {
      fileName: letter.fileName,
      contentType: 'text/plain',
      sizeBytes: letter.text.length,
      sha256: contentHash,
      storageKey: `uploads/bench-${index}/${letter.fileName}`,
      uploadedAt: at,
      parserVersion: parsed.data.parserVersion,
      warnings: parsed.data.warnings,
    },
  };
}

/** What putCase writes for each letter (header with its digest, case-number row), written raw: a load of 100,000 through ingest would take most of an hour here. */
async function load(endpoint: string, have: number): Promise<number> {
  const client = createDynamoClient(config, { endpoint });
  await ensureTable(client, config.tableName);
  const started = performance.now();
  const batch = 500;
  for (let from = have; from < LETTERS; from += batch) {
    const requests: Item[] = [];
    for (let i = from; i < Math.min(LETTERS, from + batch); i++) {
      const at = new Date(Date.UTC(2024, 0, 1) + i * 1000).toISOString();
      const kase = record(i, at);
      const ver = versionToken(kase);
      requests.push(...pointerRows(kase, ver).map(pointerItem), headerItem({ record: kase, ver, stale: null, committedAt: at }));
    }
    const chunks = Array.from({ length: Math.ceil(requests.length / 100) }, (_, k) => requests.slice(k * 100, k * 100 + 100));
    await Promise.all(chunks.map((chunk) => batchWrite(client, config.tableName, chunk.map(putRequest))));
    if ((from / batch) % 20 === 0) process.stderr.write(`  loaded ${Math.min(LETTERS, from + batch).toLocaleString('en-US')} letters\n`);
  }
  client.destroy();
  return (performance.now() - started) / 1000;
}

const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))] ?? NaN;
const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));


interface Opened {
  ask(query: string, variables?: Record<string, unknown>): Promise<Record<string, unknown> | undefined>;
  /** DynamoDB requests sent since the last reset. */
  requests: { count: number };
  endpoint: string;
  close(): Promise<void>;
}

/** The store as a new server process sees it: the engine on the data folder, the services, the GraphQL server. */
async function open(): Promise<Opened> {
  const engine = await startLocalEngine({ dataDir });
  const requests = { count: 0 };
  const services = await openServices(loadConfig({ DATA_DIR: dataDir, RESPONSE_CACHE_MB: '0', DYNAMODB_ENDPOINT: engine.endpoint }), {
    onDynamoRequest: () => {
      requests.count++;
    },
  });
  const server = createGraphQLServer(services);
  await server.start();
  return {
    requests,
    endpoint: engine.endpoint,
    async ask(query, variables = {}) {
      const response = await server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: 'POST', headers: new HeaderMap([['content-type', 'application/json']]), search: '', body: { query, variables } },
        context: async () => createContext(services, LOCAL_DEVELOPER),
      });
      if (response.body.kind !== 'complete') throw new Error('incremental answer');
      const body = JSON.parse(response.body.string) as { data?: Record<string, unknown>; errors?: { message: string }[] };
      if (body.errors) throw new Error(body.errors.map((e) => e.message).join('; '));
      return body.data;
    },
    async close() {
      await server.stop();
      await services.close();
      await engine.close();
    },
  };
}

interface Counts {
  cases: number;
  items: number;
}

async function counts(store: Opened): Promise<Counts> {
  const data = (await store.ask('{ cases(first: 1) { totalCount } disputedItems(first: 1) { totalCount } }')) as {
    cases: { totalCount: number };
    disputedItems: { totalCount: number };
  };
  return { cases: data.cases.totalCount, items: data.disputedItems.totalCount };
}

interface Measured {
  p50: number;
  p95: number;
  requests: number;
}

async function main(): Promise<void> {
  let loadSeconds: number | null = null;
  const before = await open();
  try {
    const { cases } = await counts(before);
    if (cases < LETTERS) {
      console.log(`Loading ${(LETTERS - cases).toLocaleString('en-US')} synthetic letters into ${path.relative(PROJECT_ROOT, dataDir)} (once; later runs reuse it)…`);
      loadSeconds = await load(before.endpoint, cases);
      console.log(`  ${fmt(loadSeconds)} s`);
    }
  } finally {
    await before.close();
  }

  // A new process: its first answer loads the search index from the feed.
  const store = await open();
  try {
    const started = performance.now();
    const { cases, items } = await counts(store);
    const indexLoad = { seconds: (performance.now() - started) / 1000, requests: store.requests.count };
    console.log(
      `${cases.toLocaleString('en-US')} letters, ${items.toLocaleString('en-US')} disputed items; a new process loaded the search index from the feed in ` +
        `${fmt(indexLoad.seconds)} s with ${indexLoad.requests} DynamoDB requests\n`,
    );

    async function measure(query: string, variables: Record<string, unknown> = {}): Promise<Measured> {
      await store.ask(query, variables); // warm: parse and validation caches
      const times: number[] = [];
      const sent: number[] = [];
      for (let i = 0; i < REPEATS; i++) {
        store.requests.count = 0;
        const t = performance.now();
        await store.ask(query, variables);
        times.push(performance.now() - t);
        sent.push(store.requests.count);
      }
      return { p50: quantile(times, 0.5), p95: quantile(times, 0.95), requests: Math.max(...sent) };
    }
    const filters: Record<string, Record<string, unknown> | null> = {
      none: null,
      treatment: { treatment: 'hydrocodone' },
      specialty: { specialty: 'Pain Medicine' },
      category: { category: 'REHABILITATION' },
      outcome: { outcome: 'OVERTURNED' },
      dates: { decidedFrom: '2016-01-01', decidedTo: '2016-06-30' },
      section: { guidelineSection: 'Opioids, criteria for use' },
      priority: { priority: 'EXPEDITED' },
    };
    const groupings = ['TREATMENT', 'DRUG_CLASS', 'CATEGORY', 'SPECIALTY', 'GUIDELINE_SECTION', 'DECISION_MONTH', 'DECISION_YEAR', 'PRIORITY'];
    const stats: ({ groupBy: string; filter: string } & Measured)[] = [];
    console.log('outcomeStats (p50 / p95 ms, DynamoDB requests at most):');
    console.log(`| groupBy | ${Object.keys(filters).join(' | ')} |`);
    console.log(`| --- |${Object.keys(filters).map(() => ' --- |').join('')}`);
    for (const groupBy of groupings) {
      const cells: string[] = [];
      for (const [name, filter] of Object.entries(filters)) {
        const m = await measure('query ($g: OutcomeGrouping!, $f: DisputedItemFilter) { outcomeStats(groupBy: $g, filter: $f, first: 50) { key total overturned interval { low high } } }', {
          g: groupBy,
          f: filter,
        });
        stats.push({ groupBy, filter: name, ...m });
        cells.push(`${fmt(m.p50)} / ${fmt(m.p95)}, ${m.requests}`);
      }
      console.log(`| ${groupBy} | ${cells.join(' | ')} |`);
    }

    const PAGE = 'query ($f: DisputedItemFilter) { disputedItems(first: 20, filter: $f) { COUNT edges { node { description decision { outcome } treatment { name concept { id } } case { caseNumber decisionDate } } } } }';
    const combined: Record<string, Record<string, unknown>> = {
      'treatment + specialty + outcome': { treatment: 'hydrocodone', specialty: 'Pain Medicine', outcome: 'OVERTURNED' },
      'category + dates + priority': { category: 'REHABILITATION', decidedFrom: '2015-01-01', decidedTo: '2016-12-31', priority: 'STANDARD' },
      'section + source + outcome': { guidelineSection: 'Opioids, criteria for use', guidelineSource: 'MTUS', outcome: 'UPHELD' },
      'body region + category': { bodyRegion: 'lumbar spine', category: 'DIAGNOSTIC_TESTING' },
    };
    const pages: { filter: string; withCount: Measured; withoutCount: Measured }[] = [];
    console.log('\nA page of 20 disputed items under combined filters (p50 / p95 ms, requests):');
    console.log('| filters | with totalCount | without | totalCount\'s cost / page\'s |');
    console.log('| --- | --- | --- | --- |');
    for (const [name, filter] of Object.entries(combined)) {
      const withCount = await measure(PAGE.replace('COUNT', 'totalCount'), { f: filter });
      const withoutCount = await measure(PAGE.replace('COUNT', ''), { f: filter });
      pages.push({ filter: name, withCount, withoutCount });
      console.log(
        `| ${name} | ${fmt(withCount.p50)} / ${fmt(withCount.p95)}, ${withCount.requests} | ${fmt(withoutCount.p50)} / ${fmt(withoutCount.p95)}, ${withoutCount.requests} | ${(Math.max(0, withCount.p50 - withoutCount.p50) / withoutCount.p50).toFixed(2)} |`,
      );
    }

    const facets: ({ prefix: string } & Measured)[] = [];
    console.log('\nfacets(TREATMENT) by prefix, as typed in a search box (p50 / p95 ms, requests):');
    for (const prefix of ['h', 'hy', 'hydro', 'mri', 'acu']) {
      const m = await measure('query ($p: String) { facets(facet: TREATMENT, prefix: $p, first: 10) { value label count } }', { p: prefix });
      facets.push({ prefix, ...m });
      console.log(`  "${prefix}": ${fmt(m.p50)} / ${fmt(m.p95)} ms, ${m.requests} requests`);
    }

    const worstStats = stats.reduce((a, b) => (b.p50 > a.p50 ? b : a));
    const worstPage = pages.reduce((a, b) => (b.withCount.p50 > a.withCount.p50 ? b : a));
    const maxRequests = Math.max(...stats.map((s) => s.requests));
    console.log(
      `\noutcomeStats: worst p50 ${fmt(worstStats.p50)} ms (${worstStats.groupBy} under ${worstStats.filter}) = ${((worstStats.p50 / TARGET_P50_MS) * 100).toFixed(0)}% of the ${TARGET_P50_MS} ms ceiling; ` +
        `at most ${maxRequests} DynamoDB requests (ceiling ${TARGET_REQUESTS}).\n` +
        `combined-filter page: worst p50 ${fmt(worstPage.withCount.p50)} ms (${worstPage.filter}) = ${((worstPage.withCount.p50 / TARGET_P50_MS) * 100).toFixed(0)}% of the ceiling.`,
    );
    const file = writeResults('answers', { letters: cases, items, indexLoad, loadSeconds, stats, pages, facets });
    console.log(`Results: ${file}`);
  } finally {
    await store.close();
  }
}

await main();
