/**
 * npm run bench -- api: the local GraphQL API under load (autocannon), each figure beside the
 * framework's ceiling measured in the same run.
 *
 * - ours: the local server (`startLocalServer`: Apollo Server 5 over node:http, our resolvers and
 *   DataLoaders, the embedded DynamoDB engine persisted under a temp DATA_DIR, as `npm start` runs);
 * - ceiling: a bare Apollo Server behind the same node:http adapter (`graphqlRoute`), whose one
 *   resolver returns the very answer ours gave, pre-built (a scalar that passes it through), so it
 *   does everything ours does except the work of answering: parse, validate, execute, serialise
 *   the same number of bytes.
 *
 * Operations: one case by id with its items and citations, and a page of 20 cases with their
 * items. Each server runs in its own process (this file, started with `--serve`), autocannon in
 * this one; ours and the ceiling take turns, round after round, so drift in machine load falls on
 * both, and each figure is the median of the rounds. Target: ours ≥ 50% of the ceiling's
 * requests/s. Results also go to bench/results/api.json.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { GraphQLScalarType } from 'graphql';
import { loadConfig } from '../src/config.js';
import { caseIdForContentHash } from '../src/store/case-id.js';
import { graphqlRoute } from '../src/server/graphql-route.js';
import { startLocalServer } from '../src/server/http-server.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = path.join(ROOT, 'bench', 'results', 'api.json');

const SECONDS = Number(process.env.API_BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.API_BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.API_BENCH_CONNECTIONS ?? 10);
/** Copies of each sample letter stored as distinct cases, so a page of 20 is full. */
const COPIES_PER_SAMPLE = 5;
const TARGET_RATIO = 0.5;

const CASE_BY_ID = /* GraphQL */ `query CaseById($id: ID!) {
  case(id: $id) {
    id caseNumber decisionDate outcome
    reviewer { specialties licensureStates }
    injuredWorker { age sex dateOfInjury }
    disputedItems {
      description treatment { name genericName category } decision { outcome medicallyNecessary }
      citations { citedBy source sections pages { start end } }
    }
  }
}`;

const CASES_PAGE = /* GraphQL */ `query CasesPage {
  cases(first: 20) {
    edges {
      cursor
      node {
        id caseNumber decisionDate outcome
        disputedItems { description treatment { name category } decision { outcome } }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** The ceiling's schema: the same root fields, answering with a value given to them whole. */
const CEILING_SCHEMA = /* GraphQL */ `
  "An answer built before the request arrived, passed through as it is."
  scalar Prebuilt
  type Query {
    case(id: ID!): Prebuilt
    cases(first: Int): Prebuilt
  }
`;
const CEILING_OPERATIONS = {
  caseById: 'query CaseById($id: ID!) { case(id: $id) }',
  casesPage: 'query CasesPage { cases(first: 20) }',
};

type Scenario = 'caseById' | 'casesPage';

interface Ready {
  url: string;
  caseId?: string;
}

// ---- the two servers (child processes) ----

async function serveOurs(): Promise<Ready> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'imr-api-bench-'));
  process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));
  const config = loadConfig({ DATA_DIR: dataDir, IMR_MODE: 'local', NODE_ENV: 'production' });
  const server = await startLocalServer({ config, port: 0, seedSamples: true });
  const { repository } = server.services;
  // The samples make 4 cases; stored copies (new content hash, hence new id) fill a page of 20.
  const originals = (await repository.listCases({}, { first: 100 })).nodes;
  for (const original of originals) {
    for (let copy = 1; copy <= COPIES_PER_SAMPLE; copy++) {
      const contentHash = createHash('sha256').update(`${original.contentHash}:bench-copy-${copy}`).digest('hex');
      await repository.putCase({ ...original, contentHash, id: caseIdForContentHash(contentHash), ingestedAt: new Date().toISOString() });
    }
  }
  const { toGlobalId } = await import('../src/graphql/global-id.js');
  const first = originals[0];
  if (!first) throw new Error('No sample letter was ingested; the bench needs cases.');
  return { url: server.graphqlUrl, caseId: toGlobalId({ type: 'Case', caseId: first.id }) };
}

async function serveCeiling(payloadFile: string): Promise<Ready> {
  const payloads = JSON.parse(readFileSync(payloadFile, 'utf8')) as { case: unknown; cases: unknown };
  const prebuilt = new GraphQLScalarType({ name: 'Prebuilt', serialize: (value) => value });
  const apollo = new ApolloServer({
    typeDefs: CEILING_SCHEMA,
    resolvers: { Prebuilt: prebuilt, Query: { case: () => payloads.case, cases: () => payloads.cases } },
    plugins: [ApolloServerPluginLandingPageDisabled()],
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();
  const handle = graphqlRoute({ apollo, contextFor: async () => ({}), bodyLimitBytes: 1024 * 1024 });
  const server = createServer((request, response) => {
    void handle(request, response, new URL(request.url ?? '/', 'http://localhost'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no address');
  return { url: `http://localhost:${address.port}/graphql` };
}

/** Child mode: start one server, say where it is, run until the bench stops it. */
async function serve(which: string | undefined, payloadFile: string | undefined): Promise<void> {
  // Exit through 'exit' handlers (temp folders) rather than dying on the signal.
  process.once('SIGTERM', () => process.exit(0));
  const ready = which === 'ceiling' ? await serveCeiling(payloadFile ?? '') : await serveOurs();
  process.stdout.write(`READY ${JSON.stringify(ready)}\n`);
}

// ---- the load generator (this process) ----

async function startChild(args: string[]): Promise<{ child: ChildProcess; ready: Ready }> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--serve', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  for await (const line of lines) {
    if (line.startsWith('READY ')) return { child, ready: JSON.parse(line.slice(6)) as Ready };
  }
  throw new Error(`Server ${args.join(' ')} exited before it was ready.`);
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function post(url: string, body: string): Promise<string> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await response.text();
  if (response.status !== 200 || text.includes('"errors"')) throw new Error(`Bench query failed (${response.status}): ${text.slice(0, 500)}`);
  return text;
}

interface Load {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  bytesPerResponse: number;
}

async function load(url: string, body: string): Promise<Load> {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: CONNECTIONS,
    duration: SECONDS,
  });
  if (result.errors || result.non2xx || result.timeouts) {
    throw new Error(`${url}: ${result.errors} errors, ${result.non2xx} non-2xx, ${result.timeouts} timeouts`);
  }
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    bytesPerResponse: result.throughput.total / Math.max(1, result.requests.total),
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const summarise = (runs: Load[]): Load => ({
  requestsPerSecond: median(runs.map((r) => r.requestsPerSecond)),
  p50Ms: median(runs.map((r) => r.p50Ms)),
  p99Ms: median(runs.map((r) => r.p99Ms)),
  bytesPerResponse: median(runs.map((r) => r.bytesPerResponse)),
});

async function runBench(): Promise<void> {
  const workDir = mkdtempSync(path.join(tmpdir(), 'imr-api-bench-payloads-'));
  const children: ChildProcess[] = [];
  try {
    const ours = await startChild([]);
    children.push(ours.child);
    const caseId = ours.ready.caseId ?? '';
    const requests: Record<Scenario, { ours: string; ceiling: string }> = {
      caseById: {
        ours: JSON.stringify({ query: CASE_BY_ID, variables: { id: caseId } }),
        ceiling: JSON.stringify({ query: CEILING_OPERATIONS.caseById, variables: { id: caseId } }),
      },
      casesPage: {
        ours: JSON.stringify({ query: CASES_PAGE, variables: {} }),
        ceiling: JSON.stringify({ query: CEILING_OPERATIONS.casesPage, variables: {} }),
      },
    };

    // The ceiling answers with exactly what ours answered.
    const oneCase = JSON.parse(await post(ours.ready.url, requests.caseById.ours)) as { data: { case: unknown } };
    const page = JSON.parse(await post(ours.ready.url, requests.casesPage.ours)) as { data: { cases: { edges: unknown[] } } };
    if (page.data.cases.edges.length !== 20) throw new Error(`The page holds ${page.data.cases.edges.length} cases, not 20.`);
    const payloadFile = path.join(workDir, 'payloads.json');
    writeFileSync(payloadFile, JSON.stringify({ case: oneCase.data.case, cases: page.data.cases }));
    const ceiling = await startChild(['ceiling', payloadFile]);
    children.push(ceiling.child);
    for (const scenario of ['caseById', 'casesPage'] as const) {
      const [a, b] = [await post(ours.ready.url, requests[scenario].ours), await post(ceiling.ready.url, requests[scenario].ceiling)];
      if (a.length !== b.length) throw new Error(`${scenario}: the ceiling answers ${b.length} bytes, ours ${a.length}.`);
    }

    // Warm both (JIT, connection pools, the engine's caches) before anything counts.
    for (const scenario of ['caseById', 'casesPage'] as const) {
      await autocannon({ url: ours.ready.url, method: 'POST', headers: { 'content-type': 'application/json' }, body: requests[scenario].ours, connections: CONNECTIONS, duration: 1 });
      await autocannon({ url: ceiling.ready.url, method: 'POST', headers: { 'content-type': 'application/json' }, body: requests[scenario].ceiling, connections: CONNECTIONS, duration: 1 });
    }

    const runs: Record<Scenario, { ours: Load[]; ceiling: Load[] }> = { caseById: { ours: [], ceiling: [] }, casesPage: { ours: [], ceiling: [] } };
    for (let round = 0; round < ROUNDS; round++) {
      for (const scenario of ['caseById', 'casesPage'] as const) {
        runs[scenario].ours.push(await load(ours.ready.url, requests[scenario].ours));
        runs[scenario].ceiling.push(await load(ceiling.ready.url, requests[scenario].ceiling));
      }
    }

    const labels: Record<Scenario, string> = {
      caseById: 'case by id (items + citations)',
      casesPage: '20-case page with items',
    };
    const rows = (['caseById', 'casesPage'] as const).map((scenario) => {
      const oursLoad = summarise(runs[scenario].ours);
      const ceilingLoad = summarise(runs[scenario].ceiling);
      return { scenario, label: labels[scenario], ours: oursLoad, ceiling: ceilingLoad, ratio: oursLoad.requestsPerSecond / ceilingLoad.requestsPerSecond };
    });

    console.log(`Local server under load: ${CONNECTIONS} connections, ${SECONDS} s per run, ${ROUNDS} rounds (median); ceiling = bare Apollo Server, same adapter, same answer pre-built\n`);
    console.log('| operation | answer | ours req/s | ours p50 | ours p99 | ceiling req/s | ceiling p50 | ceiling p99 | ours / ceiling | target | |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |');
    for (const row of rows) {
      console.log(
        `| ${row.label} | ${(row.ours.bytesPerResponse / 1024).toFixed(1)} KiB | ${row.ours.requestsPerSecond.toFixed(0)} | ${row.ours.p50Ms} ms | ${row.ours.p99Ms} ms | ${row.ceiling.requestsPerSecond.toFixed(0)} | ${row.ceiling.p50Ms} ms | ${row.ceiling.p99Ms} ms | ${(row.ratio * 100).toFixed(0)}% | ≥ ${TARGET_RATIO * 100}% | ${row.ratio >= TARGET_RATIO ? 'met' : '**missed**'} |`,
      );
    }
    console.log(`\nNode ${process.version}; ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores shared by the server, the load generator and anything else running.`);

    mkdirSync(path.dirname(RESULTS), { recursive: true });
    writeFileSync(
      RESULTS,
      `${JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, cpus: cpus().length, connections: CONNECTIONS, secondsPerRun: SECONDS, rounds: ROUNDS, targetRatio: TARGET_RATIO, rows, runs }, null, 2)}\n`,
    );
    console.log(`Results: ${path.relative(ROOT, RESULTS)}`);
  } finally {
    for (const child of children) await stopChild(child);
    rmSync(workDir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--serve') await serve(process.argv[3], process.argv[4]);
else await runBench();
