/**
 * npm run bench -- api: the local GraphQL API under load (autocannon), each figure beside the
 * framework's ceiling measured in the same run.
 *
 * - ours, as `npm start` runs it: the local server (`startLocalServer`: Apollo Server 5 over
 *   node:http, our resolvers and DataLoaders, the embedded DynamoDB engine persisted under a temp
 *   DATA_DIR) with its response cache on, the default. The bench repeats one query, so after the
 *   first request every answer is a kept one until it expires (10 s for the page, 300 s for a case):
 *   the row shows what a repeated query costs, not what computing an answer costs;
 * - ours with the response cache off (RESPONSE_CACHE_MB=0), so every request is computed: on disk,
 *   with the engine in memory (what the store's disk costs), and against Amazon's DynamoDB Local in
 *   its own process (when Java is installed): the store's work leaves the server's process, as on
 *   AWS, so that row shows what the API itself costs;
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
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { GraphQLScalarType } from 'graphql';
import { loadConfig } from '../src/config.js';
import { toGlobalId } from '../src/graphql/global-id.js';
import { caseIdForContentHash } from '../src/store/case-id.js';
import { graphqlRoute } from '../src/server/graphql-route.js';
import { startLocalServer } from '../src/server/http-server.js';
import { ENGINES } from '../test/store/engines.js';
import { PROJECT_ROOT, writeResults } from './results.js';

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
const SCENARIOS: readonly Scenario[] = ['caseById', 'casesPage'];

/** The request bodies each server is sent: the same operation name and variables, ours with the full selection. */
function requestBodies(caseId: string): Record<Scenario, { ours: string; ceiling: string }> {
  return {
    caseById: {
      ours: JSON.stringify({ query: CASE_BY_ID, variables: { id: caseId } }),
      ceiling: JSON.stringify({ query: CEILING_OPERATIONS.caseById, variables: { id: caseId } }),
    },
    casesPage: {
      ours: JSON.stringify({ query: CASES_PAGE, variables: {} }),
      ceiling: JSON.stringify({ query: CEILING_OPERATIONS.casesPage, variables: {} }),
    },
  };
}

interface Ready {
  url: string;
  caseId?: string;
  /** DynamoDB requests one operation makes (ours only). */
  dynamoRequests?: Record<Scenario, number>;
}

// ---- the two servers (child processes) ----

async function serveOurs(store: 'disk' | 'memory' | 'dynamodb-local', isCached: boolean): Promise<Ready> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'imr-api-bench-'));
  process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));
  const engine = store === 'dynamodb-local' ? ENGINES.find((e) => e.name === 'DynamoDB Local') : undefined;
  const external = engine ? await engine.start() : null;
  if (external) process.on('SIGTERM', () => void external.close().finally(() => process.exit(0)));
  const config = loadConfig({
    DATA_DIR: dataDir,
    IMR_MODE: 'local',
    NODE_ENV: 'production',
    ...(isCached ? {} : { RESPONSE_CACHE_MB: '0' }),
    ...(external ? { DYNAMODB_ENDPOINT: external.endpoint } : {}),
  });
  let dynamoRequests = 0;
  const server = await startLocalServer({ config, port: 0, seedSamples: true, inMemory: store === 'memory', onDynamoRequest: () => dynamoRequests++ });
  const { repository } = server.services;
  // The samples make 4 cases; stored copies (new content hash, hence new id) fill a page of 20.
  const originals = (await repository.listCases({}, { first: 100 })).nodes;
  for (const original of originals) {
    for (let copy = 1; copy <= COPIES_PER_SAMPLE; copy++) {
      const contentHash = createHash('sha256').update(`${original.contentHash}:bench-copy-${copy}`).digest('hex');
      await repository.putCase({ ...original, contentHash, id: caseIdForContentHash(contentHash), ingestedAt: original.ingestedAt });
    }
  }
  const first = originals[0];
  if (!first) throw new Error('No sample letter was ingested; the bench needs cases.');
  const caseId = toGlobalId({ type: 'Case', caseId: first.id });
  const counted: Record<Scenario, number> = { caseById: 0, casesPage: 0 };
  for (const scenario of SCENARIOS) {
    // Counted on the second request: what every request but the first costs under load.
    await post(server.graphqlUrl, requestBodies(caseId)[scenario].ours);
    dynamoRequests = 0;
    await post(server.graphqlUrl, requestBodies(caseId)[scenario].ours);
    counted[scenario] = dynamoRequests;
  }
  return { url: server.graphqlUrl, caseId, dynamoRequests: counted };
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
  // Exit through 'exit' handlers (temp folders) rather than dying on the signal; DynamoDB Local's
  // own handler stops its Java process first.
  if (which !== 'dynamodb-local') process.once('SIGTERM', () => process.exit(0));
  const ready =
    which === 'ceiling'
      ? await serveCeiling(payloadFile ?? '')
      : await serveOurs(which === 'memory' || which === 'dynamodb-local' ? which : 'disk', which === 'cached');
  process.stdout.write(`READY ${JSON.stringify(ready)}\n`);
}

// ---- the load generator (this process) ----

async function startChild(args: string[]): Promise<{ child: ChildProcess; ready: Ready }> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--serve', ...args], {
    cwd: PROJECT_ROOT,
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

/** `cached` is ours as `npm start` runs it (response cache on); the other three run with it off. */
type Target = 'cached' | 'disk' | 'memory' | 'dynamodb-local' | 'ceiling';
const dynamoDbLocal = ENGINES.find((e) => e.name === 'DynamoDB Local');
const javaMissing = dynamoDbLocal ? dynamoDbLocal.unavailable : 'the store tests offer no DynamoDB Local engine';
const TARGETS: readonly Target[] = javaMissing ? ['cached', 'disk', 'memory', 'ceiling'] : ['cached', 'disk', 'memory', 'dynamodb-local', 'ceiling'];
const TARGET_LABELS: Record<Target, string> = {
  cached: 'ours, response cache on (npm start: dynalite on disk)',
  disk: 'ours, cache off (dynalite in-process, on disk)',
  memory: 'ours, cache off (dynalite in-process, in memory)',
  'dynamodb-local': 'ours, cache off (DynamoDB Local, its own process)',
  ceiling: 'ceiling (bare Apollo, answer pre-built)',
};
const SCENARIO_LABELS: Record<Scenario, string> = {
  caseById: 'case by id with items and citations',
  casesPage: 'page of 20 cases with their items',
};

async function runBench(): Promise<void> {
  const workDir = mkdtempSync(path.join(tmpdir(), 'imr-api-bench-payloads-'));
  const children: ChildProcess[] = [];
  try {
    if (javaMissing) console.log(`(DynamoDB Local row skipped: ${javaMissing})`);
    const ours: Partial<Record<Target, Ready>> = {};
    for (const target of TARGETS.filter((t) => t !== 'ceiling')) {
      const started = await startChild([target]);
      children.push(started.child);
      ours[target] = started.ready;
    }
    const disk = ours.disk!;
    const caseId = disk.caseId ?? '';
    const bodies = requestBodies(caseId);

    // The ceiling answers with exactly what ours answered (computed: the cache is off on disk).
    const oneCase = JSON.parse(await post(disk.url, bodies.caseById.ours)) as { data: { case: unknown } };
    const page = JSON.parse(await post(disk.url, bodies.casesPage.ours)) as { data: { cases: { edges: unknown[] } } };
    if (page.data.cases.edges.length !== 20) throw new Error(`The page holds ${page.data.cases.edges.length} cases, not 20.`);
    const payloadFile = path.join(workDir, 'payloads.json');
    writeFileSync(payloadFile, JSON.stringify({ case: oneCase.data.case, cases: page.data.cases }));
    const ceiling = await startChild(['ceiling', payloadFile]);
    children.push(ceiling.child);

    const urls = { ...Object.fromEntries(Object.entries(ours).map(([target, ready]) => [target, ready.url])), ceiling: ceiling.ready.url } as Record<Target, string>;
    const bodyFor = (target: Target, scenario: Scenario) => (target === 'ceiling' ? bodies[scenario].ceiling : bodies[scenario].ours);
    for (const scenario of SCENARIOS) {
      const sizes = await Promise.all(TARGETS.map(async (target) => (await post(urls[target], bodyFor(target, scenario))).length));
      if (new Set(sizes).size !== 1) throw new Error(`${scenario}: the servers answer different sizes (${sizes.join(', ')} bytes).`);
    }

    // Warm every server (JIT, connection pools, the engine's caches) before anything counts.
    for (const scenario of SCENARIOS) {
      for (const target of TARGETS) {
        await autocannon({ url: urls[target], method: 'POST', headers: { 'content-type': 'application/json' }, body: bodyFor(target, scenario), connections: CONNECTIONS, duration: 1 });
      }
    }

    const runs = Object.fromEntries(SCENARIOS.map((s) => [s, Object.fromEntries(TARGETS.map((t) => [t, [] as Load[]]))])) as Record<Scenario, Record<Target, Load[]>>;
    for (let round = 0; round < ROUNDS; round++) {
      for (const scenario of SCENARIOS) {
        for (const target of TARGETS) runs[scenario][target].push(await load(urls[target], bodyFor(target, scenario)));
      }
    }

    const rows = SCENARIOS.flatMap((scenario) => {
      const ceilingLoad = summarise(runs[scenario].ceiling);
      return TARGETS.map((target) => {
        const figures = summarise(runs[scenario][target]);
        const dynamoRequests = target === 'ceiling' ? 0 : ours[target]?.dynamoRequests?.[scenario];
        return { scenario, target, ...figures, dynamoRequests: dynamoRequests ?? null, ofCeiling: figures.requestsPerSecond / ceilingLoad.requestsPerSecond };
      });
    });

    console.log(`Local server under load: autocannon, ${CONNECTIONS} connections, ${SECONDS} s per run, ${ROUNDS} rounds taking turns (median). Each server in its own process.`);
    console.log('One query repeated: with the response cache on, every request after the first in each maxAge window is answered from memory. DynamoDB requests: per request after the first.\n');
    console.log('| operation | server | answer | DynamoDB requests | req/s | p50 | p99 | of ceiling | target | |');
    console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |');
    for (const row of rows) {
      const judged = row.target !== 'ceiling';
      console.log(
        `| ${SCENARIO_LABELS[row.scenario]} | ${TARGET_LABELS[row.target]} | ${(row.bytesPerResponse / 1024).toFixed(1)} KiB | ${row.dynamoRequests ?? '—'} | ${row.requestsPerSecond.toFixed(0)} | ${row.p50Ms} ms | ${row.p99Ms} ms | ${(row.ofCeiling * 100).toFixed(0)}% | ${judged ? `≥ ${TARGET_RATIO * 100}%` : ''} | ${judged ? (row.ofCeiling >= TARGET_RATIO ? 'met' : '**missed**') : ''} |`,
      );
    }
    console.log(`\nNode ${process.version}; ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores shared by the servers, the load generator and anything else running (load average ${loadavg()[0]?.toFixed(1)}).`);

    console.log(`Results: ${writeResults('api', { connections: CONNECTIONS, secondsPerRun: SECONDS, rounds: ROUNDS, targetRatio: TARGET_RATIO, rows, runs })}`);
  } finally {
    for (const child of children) await stopChild(child);
    rmSync(workDir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--serve') await serve(process.argv[3], process.argv[4]);
else await runBench();
