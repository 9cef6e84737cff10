/**
 * npm run bench -- api: the local GraphQL API under load (autocannon), each figure beside a
 * ceiling measured in the same run.
 *
 * Ours:
 * - as `npm start` runs it (`cached`): the local server (`startLocalServer`: Apollo Server 5 over
 *   node:http, our resolvers and DataLoaders, the embedded DynamoDB engine persisted under a temp
 *   DATA_DIR) with its response cache on, the default. The bench repeats one query, so after the
 *   first request every answer is a kept one until it expires (10 s for the page, 300 s for a case):
 *   the row shows what a repeated query costs, not what computing an answer costs;
 * - with the response cache off (RESPONSE_CACHE_MB=0), so every request is computed, on each
 *   engine: dynalite in the server's process on disk (`disk`) and in memory (`memory`), and Amazon's
 *   DynamoDB Local in its own process (`dynamodb-local`, when Java is installed).
 *
 * Ceilings:
 * - `raw-<engine>`, the one each computed row is judged against: a bare Apollo Server behind the
 *   same node:http adapter (`graphqlRoute`) whose resolver makes the very DynamoDB requests ours
 *   makes for that operation, raw (SDK calls on a client made like ours, no decoding of what comes
 *   back), then answers with the answer ours gave, pre-built (a scalar that passes it through). For
 *   a case by id that is ours' BatchGetItem of its header; for a page of cases, the BatchGetItem of
 *   the page's 20 headers, and the case feed's sync as ours runs it (the 4 shards' `Query`, at most
 *   once a second, every request waiting for a sync in flight). The engine is ours' engine: its own
 *   dynalite in its process (on disk or in memory, holding the same cases, written by our own
 *   repository so the items are alike), or the very DynamoDB Local process ours uses. So the
 *   ceiling does everything ours does except ours' own work: parse, validate, execute, the engine's
 *   requests and their HTTP round trips, serialise the same bytes. The DynamoDB requests each makes
 *   per request are counted under load (the services' onDynamoRequest hook) and must agree;
 * - `bare`: the same bare Apollo with no DynamoDB request at all, the ceiling of the cached row.
 *
 * Operations: one case by id with its items and citations, and a page of 20 cases with their
 * items and citations (the README's query). Each server runs in its own process (this file,
 * started with `--serve`), autocannon in this one; ours and the ceilings take turns, round after
 * round, so drift in machine load falls on all, and each figure is the median of the rounds.
 * Target: ours ≥ 50% of its ceiling's requests/s. Results also go to bench/results/api.json.
 *
 * Every server runs with the environment the bench was given: without NODE_ENV=production, as
 * `npm start` and the Lambda run today, graphql-js runs its development checks (an `instanceof`
 * that looks for a second copy of graphql whenever a type check fails), about 1 ms of a page's CPU.
 *
 * API_BENCH_ONLY=memory,raw-memory runs only those servers; API_BENCH_CPU_PROF=<dir> writes CPU
 * profiles of each of ours' servers to <dir>/<server>/ (node --cpu-prof: one per thread, the
 * largest is the server's main thread; tsx's loader has its own) when the bench ends.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { BatchGetItemCommand, QueryCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
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
import { openServices } from '../src/app/open-services.js';
import { loadConfig, type Config } from '../src/config.js';
import type { CaseRecord } from '../src/domain/records.js';
import { fromGlobalId, toGlobalId } from '../src/graphql/global-id.js';
import { caseIdForContentHash } from '../src/store/case-id.js';
import { createDynamoClient } from '../src/store/dynamo-client.js';
import { casePk, FEED_SHARDS, feedKeys, HEADER_SK } from '../src/store/keys.js';
import { startLocalEngine } from '../src/store/local-engine.js';
import { graphqlRoute } from '../src/server/graphql-route.js';
import { startLocalServer } from '../src/server/http-server.js';
import { ENGINES } from '../test/store/engines.js';
import { PROJECT_ROOT, writeResults } from './results.js';

const SECONDS = Number(process.env.API_BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.API_BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.API_BENCH_CONNECTIONS ?? 10);
const WARM_UP_SECONDS = 2;
/** Copies of each sample letter stored as distinct cases, so a page of 20 is full. */
const COPIES_PER_SAMPLE = 5;
const TARGET_RATIO = 0.5;
/** What ours' case feed waits between syncs, and how far back a sync reads (src/store/case-feed.ts). */
const FEED_SYNC_INTERVAL_MS = 1_000;
const FEED_LOOKBACK_MS = 10_000;

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

/** The README's first query, for a full page. */
const CASES_PAGE = /* GraphQL */ `query CasesPage {
  cases(first: 20) {
    totalCount
    edges {
      cursor
      node {
        id caseNumber decisionDate outcome
        reviewer { specialties }
        disputedItems {
          description
          treatment { name genericName drugClass category }
          decision { outcome }
          citations { citedBy source title edition sections }
        }
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

type Engine = 'disk' | 'memory' | 'dynamodb-local';
/** `cached` is ours as `npm start` runs it (response cache on); the engines' rows run with it off. */
type Ours = 'cached' | Engine;
type Ceiling = 'bare' | `raw-${Engine}`;
type Target = Ours | Ceiling;
const ENGINE_NAMES: readonly Engine[] = ['disk', 'memory', 'dynamodb-local'];
const isEngine = (value: string): value is Engine => (ENGINE_NAMES as readonly string[]).includes(value);
const ceilingOf = (target: Ours): Ceiling => (target === 'cached' ? 'bare' : `raw-${target}`);

interface Ready {
  url: string;
  /** The global id of the case the case-by-id operation asks for (ours only). */
  caseId?: string;
  /** DynamoDB Local's endpoint, for the ceiling that shares it (ours on dynamodb-local only). */
  dynamoEndpoint?: string;
}

/** What the ceiling replays: the answers ours gave and the cases whose headers ours read for them. */
interface Payloads {
  case: unknown;
  cases: unknown;
  caseId: string;
  pageCaseIds: string[];
}

/** DynamoDB requests by operation name, counted since the server started. */
type Counts = Record<string, number>;

/** What a server has done so far: its DynamoDB requests, and the CPU time of its process (all its threads). */
interface Usage {
  dynamo: Counts;
  cpuMs: number;
}

/** Child side of the control channel: `USAGE` on stdin → `USAGE {json}` on stdout. */
function answerUsageRequests(counts: Counts): void {
  createInterface({ input: process.stdin }).on('line', (line) => {
    if (line.trim() !== 'USAGE') return;
    const cpu = process.cpuUsage();
    process.stdout.write(`USAGE ${JSON.stringify({ dynamo: counts, cpuMs: (cpu.user + cpu.system) / 1000 } satisfies Usage)}\n`);
  });
}

function countInto(counts: Counts): (operation: string) => void {
  return (operation) => {
    counts[operation] = (counts[operation] ?? 0) + 1;
  };
}

// ---- the servers (child processes) ----

async function serveOurs(target: Ours, workDir: string): Promise<Ready> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'imr-api-bench-'));
  process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));
  const engine = target === 'dynamodb-local' ? ENGINES.find((e) => e.name === 'DynamoDB Local') : undefined;
  const external = engine ? await engine.start() : null;
  if (external) process.on('SIGTERM', () => void external.close().finally(() => process.exit(0)));
  const config = loadConfig({
    DATA_DIR: dataDir,
    IMR_MODE: 'local',
    NODE_ENV: 'production',
    ...(target === 'cached' ? {} : { RESPONSE_CACHE_MB: '0' }),
    ...(external ? { DYNAMODB_ENDPOINT: external.endpoint } : {}),
  });
  const counts: Counts = {};
  const server = await startLocalServer({ config, port: 0, seedSamples: true, inMemory: target === 'memory', onDynamoRequest: countInto(counts) });
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
  // The cases as stored, for the ceilings that hold the same cases in an engine of their own.
  const stored = (await repository.listCases({}, { first: 100 })).nodes;
  writeFileSync(path.join(workDir, 'records.json'), JSON.stringify(stored));
  answerUsageRequests(counts);
  return { url: server.graphqlUrl, caseId: toGlobalId({ type: 'Case', caseId: first.id }), ...(external ? { dynamoEndpoint: external.endpoint } : {}) };
}

/**
 * The DynamoDB requests ours makes for each operation, made raw: the page's BatchGetItem of its
 * headers, and the feed's sync at ours' pace; a case by id is the DataLoader's BatchGetItem of one header.
 */
class RawRequests {
  private syncedAt = Number.NEGATIVE_INFINITY;
  private syncing: Promise<void> | null = null;

  private constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
    /** Where ours' syncs start reading: the newest commit less the look-back. */
    private readonly since: string,
  ) {}

  static async open(client: DynamoDBClient, tableName: string): Promise<RawRequests> {
    // The newest commit, as ours' first load finds it.
    let newest = '';
    for (let shard = 0; shard < FEED_SHARDS; shard++) {
      const { Items = [] } = await client.send(
        new QueryCommand({ TableName: tableName, IndexName: 'gsi2', KeyConditionExpression: 'gsi2pk = :pk', ExpressionAttributeValues: { ':pk': { S: feedKeys.partition(shard) } } }),
      );
      for (const item of Items) {
        const committedAt = item.gsi2sk?.S?.split('#')[0] ?? '';
        if (committedAt > newest) newest = committedAt;
      }
    }
    if (!newest) throw new Error('The ceiling found no case in the feed.');
    return new RawRequests(client, tableName, new Date(Date.parse(newest) - FEED_LOOKBACK_MS).toISOString());
  }

  async caseById(caseId: string): Promise<void> {
    await this.headers([caseId]);
  }

  async casesPage(caseIds: readonly string[]): Promise<void> {
    if (Date.now() - this.syncedAt >= FEED_SYNC_INTERVAL_MS) {
      this.syncing ??= this.sync().finally(() => {
        this.syncing = null;
      });
      await this.syncing;
    }
    await this.headers(caseIds);
  }

  private async sync(): Promise<void> {
    const started = Date.now();
    await Promise.all(
      Array.from({ length: FEED_SHARDS }, (_, shard) =>
        this.client.send(
          new QueryCommand({
            TableName: this.tableName,
            IndexName: 'gsi2',
            KeyConditionExpression: 'gsi2pk = :pk AND gsi2sk > :since',
            ExpressionAttributeValues: { ':pk': { S: feedKeys.partition(shard) }, ':since': { S: this.since } },
          }),
        ),
      ),
    );
    this.syncedAt = started;
  }

  private async headers(caseIds: readonly string[]): Promise<void> {
    const keys = caseIds.map((id) => ({ pk: { S: casePk(id) }, sk: { S: HEADER_SK } }));
    const result = await this.client.send(new BatchGetItemCommand({ RequestItems: { [this.tableName]: { Keys: keys, ConsistentRead: false } } }));
    const found = result.Responses?.[this.tableName]?.length ?? 0;
    if (found !== caseIds.length || Object.keys(result.UnprocessedKeys ?? {}).length) {
      throw new Error(`The ceiling's BatchGetItem found ${found} of ${caseIds.length} headers.`);
    }
  }
}

/**
 * The engine a raw ceiling reads: DynamoDB Local is ours' own process; dynalite is started in this
 * process, as ours runs it, and given the cases ours stores, written by our own repository.
 */
async function openCeilingEngine(engine: Engine, records: CaseRecord[], sharedEndpoint: string | undefined): Promise<{ config: Config; endpoint: string }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'imr-api-bench-ceiling-'));
  process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));
  const env = { DATA_DIR: dataDir, IMR_MODE: 'local', NODE_ENV: 'production' };
  if (engine === 'dynamodb-local') {
    if (!sharedEndpoint) throw new Error('The DynamoDB Local ceiling needs the endpoint ours uses.');
    return { config: loadConfig({ ...env, DYNAMODB_ENDPOINT: sharedEndpoint }), endpoint: sharedEndpoint };
  }
  const local = await startLocalEngine({ dataDir: engine === 'disk' ? dataDir : null });
  const config = loadConfig({ ...env, DYNAMODB_ENDPOINT: local.endpoint });
  const writer = await openServices(config);
  for (const record of records) await writer.repository.putCase(record);
  await writer.close();
  return { config, endpoint: local.endpoint };
}

async function serveCeiling(target: Ceiling, workDir: string, sharedEndpoint: string | undefined): Promise<Ready> {
  const payloads = JSON.parse(readFileSync(path.join(workDir, 'payloads.json'), 'utf8')) as Payloads;
  const counts: Counts = {};
  let raw: RawRequests | null = null;
  const engine = target.replace(/^raw-/, '');
  if (target !== 'bare' && isEngine(engine)) {
    const records = JSON.parse(readFileSync(path.join(workDir, 'records.json'), 'utf8')) as CaseRecord[];
    const { config, endpoint } = await openCeilingEngine(engine, records, sharedEndpoint);
    // Made like ours' client; the bench's own setup reads above are not counted.
    raw = await RawRequests.open(createDynamoClient(config, { endpoint, onDynamoRequest: countInto(counts) }), config.tableName);
    for (const key of Object.keys(counts)) delete counts[key];
  }
  const prebuilt = new GraphQLScalarType({ name: 'Prebuilt', serialize: (value) => value });
  const apollo = new ApolloServer({
    typeDefs: CEILING_SCHEMA,
    resolvers: {
      Prebuilt: prebuilt,
      Query: {
        case: async () => {
          await raw?.caseById(payloads.caseId);
          return payloads.case;
        },
        cases: async () => {
          await raw?.casesPage(payloads.pageCaseIds);
          return payloads.cases;
        },
      },
    },
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
  answerUsageRequests(counts);
  return { url: `http://localhost:${address.port}/graphql` };
}

/** Child mode: start one server, say where it is, run until the bench stops it. */
async function serve(target: string, workDir: string, sharedEndpoint: string | undefined): Promise<void> {
  // Exit through 'exit' handlers (temp folders, CPU profiles) rather than dying on the signal;
  // DynamoDB Local's own handler stops its Java process first.
  if (target !== 'dynamodb-local') process.once('SIGTERM', () => process.exit(0));
  const ready = target === 'cached' || isEngine(target) ? await serveOurs(target, workDir) : await serveCeiling(target as Ceiling, workDir, sharedEndpoint);
  process.stdout.write(`READY ${JSON.stringify(ready)}\n`);
}

// ---- the load generator (this process) ----

interface Child {
  process: ChildProcess;
  ready: Ready;
  usage(): Promise<Usage>;
}

async function startChild(target: Target, workDir: string, sharedEndpoint?: string): Promise<Child> {
  const profileDir = process.env.API_BENCH_CPU_PROF;
  const profile = profileDir && !target.startsWith('raw-') && target !== 'bare' ? ['--cpu-prof', `--cpu-prof-dir=${path.join(profileDir, target)}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', fileURLToPath(import.meta.url), '--serve', target, workDir, ...(sharedEndpoint ? [sharedEndpoint] : [])], {
    cwd: PROJECT_ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const waiting = new Map<string, ((line: string) => void)[]>();
  const reply = (prefix: string) => new Promise<string>((resolve) => waiting.set(prefix, [...(waiting.get(prefix) ?? []), resolve]));
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`Server ${target} exited (${code}).`))));
  exited.catch(() => undefined);
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const prefix = line.split(' ')[0] ?? '';
    waiting.get(prefix)?.shift()?.(line.slice(prefix.length + 1));
  });
  const ready = JSON.parse(await Promise.race([reply('READY'), exited])) as Ready;
  return {
    process: child,
    ready,
    usage: async () => {
      const answer = reply('USAGE');
      child.stdin!.write('USAGE\n');
      return JSON.parse(await Promise.race([answer, exited])) as Usage;
    },
  };
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
  /** DynamoDB requests per request sent, by operation. */
  dynamoRequests: Counts;
  /**
   * CPU time of the server's process per request sent (the engine's too when it runs there):
   * less swayed by whatever else the machine runs than requests/s.
   */
  cpuMsPerRequest: number;
}

async function load(server: Child, body: string, seconds = SECONDS): Promise<Load> {
  const before = await server.usage();
  const result = await autocannon({
    url: server.ready.url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: CONNECTIONS,
    duration: seconds,
  });
  // Requests still in flight when the run ended are answered (and make their DynamoDB requests)
  // after it: wait for them, and count per request sent.
  await new Promise((resolve) => setTimeout(resolve, Math.max(250, 2 * result.latency.max)));
  const after = await server.usage();
  if (result.errors || result.non2xx || result.timeouts) {
    throw new Error(`${server.ready.url}: ${result.errors} errors, ${result.non2xx} non-2xx, ${result.timeouts} timeouts`);
  }
  const answered = Math.max(1, result.requests.total);
  const sent = Math.max(1, result.requests.sent);
  const dynamoRequests = Object.fromEntries(Object.entries(after.dynamo).map(([operation, count]) => [operation, (count - (before.dynamo[operation] ?? 0)) / sent]));
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    bytesPerResponse: result.throughput.total / answered,
    dynamoRequests,
    cpuMsPerRequest: (after.cpuMs - before.cpuMs) / sent,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const summarise = (runs: Load[]): Load => {
  const operations = [...new Set(runs.flatMap((r) => Object.keys(r.dynamoRequests)))].sort();
  return {
    requestsPerSecond: median(runs.map((r) => r.requestsPerSecond)),
    p50Ms: median(runs.map((r) => r.p50Ms)),
    p99Ms: median(runs.map((r) => r.p99Ms)),
    bytesPerResponse: median(runs.map((r) => r.bytesPerResponse)),
    dynamoRequests: Object.fromEntries(operations.map((op) => [op, median(runs.map((r) => r.dynamoRequests[op] ?? 0))])),
    cpuMsPerRequest: median(runs.map((r) => r.cpuMsPerRequest)),
  };
};
const describeRequests = (counts: Counts) =>
  Object.entries(counts)
    .filter(([, perRequest]) => perRequest > 0)
    .map(([operation, perRequest]) => `${perRequest >= 0.995 ? perRequest.toFixed(0) : perRequest.toFixed(3)} ${operation}`)
    .join(' + ') || '0';

const dynamoDbLocal = ENGINES.find((e) => e.name === 'DynamoDB Local');
const javaMissing = dynamoDbLocal ? dynamoDbLocal.unavailable : 'the store tests offer no DynamoDB Local engine';
const ALL_TARGETS: readonly Target[] = ['cached', 'bare', 'disk', 'raw-disk', 'memory', 'raw-memory', ...(javaMissing ? [] : (['dynamodb-local', 'raw-dynamodb-local'] as const))];
const only = process.env.API_BENCH_ONLY?.split(',').map((t) => t.trim());
const TARGETS = ALL_TARGETS.filter((t) => !only || only.includes(t));
const TARGET_LABELS: Record<Target, string> = {
  cached: 'ours, response cache on (npm start: dynalite on disk)',
  bare: 'ceiling: bare Apollo, answer pre-built, no DynamoDB',
  disk: 'ours, cache off (dynalite in-process, on disk)',
  'raw-disk': 'ceiling: raw SDK requests + bare Apollo (dynalite in-process, on disk)',
  memory: 'ours, cache off (dynalite in-process, in memory)',
  'raw-memory': 'ceiling: raw SDK requests + bare Apollo (dynalite in-process, in memory)',
  'dynamodb-local': 'ours, cache off (DynamoDB Local, its own process)',
  'raw-dynamodb-local': 'ceiling: raw SDK requests + bare Apollo (DynamoDB Local, its own process)',
};
const SCENARIO_LABELS: Record<Scenario, string> = {
  caseById: 'case by id with items and citations',
  casesPage: 'page of 20 cases with items and citations',
};
const isOurs = (target: Target): target is Ours => target === 'cached' || isEngine(target);

async function runBench(): Promise<void> {
  const workDir = mkdtempSync(path.join(tmpdir(), 'imr-api-bench-payloads-'));
  const servers: Partial<Record<Target, Child>> = {};
  try {
    if (javaMissing) console.log(`(DynamoDB Local rows skipped: ${javaMissing})`);
    for (const target of TARGETS.filter(isOurs)) servers[target] = await startChild(target, workDir);
    const computing = TARGETS.filter(isOurs).find((t) => t !== 'cached') ?? TARGETS.find(isOurs);
    if (!computing) throw new Error('API_BENCH_ONLY names none of ours.');
    const reference = servers[computing]!;
    const bodies = requestBodies(reference.ready.caseId ?? '');

    // The ceilings answer with exactly what ours answered (computed, where the cache is off).
    const oneCase = JSON.parse(await post(reference.ready.url, bodies.caseById.ours)) as { data: { case: { id: string } } };
    const page = JSON.parse(await post(reference.ready.url, bodies.casesPage.ours)) as { data: { cases: { edges: { node: { id: string } }[] } } };
    if (page.data.cases.edges.length !== 20) throw new Error(`The page holds ${page.data.cases.edges.length} cases, not 20.`);
    const caseIdOf = (globalId: string) => {
      const ref = fromGlobalId(globalId);
      if (ref?.type !== 'Case') throw new Error(`${globalId} is no case id.`);
      return ref.caseId;
    };
    const payloads: Payloads = {
      case: oneCase.data.case,
      cases: page.data.cases,
      caseId: caseIdOf(oneCase.data.case.id),
      pageCaseIds: page.data.cases.edges.map((edge) => caseIdOf(edge.node.id)),
    };
    writeFileSync(path.join(workDir, 'payloads.json'), JSON.stringify(payloads));
    for (const target of TARGETS.filter((t) => !isOurs(t))) {
      servers[target] = await startChild(target, workDir, target === 'raw-dynamodb-local' ? servers['dynamodb-local']?.ready.dynamoEndpoint : undefined);
    }

    const server = (target: Target) => servers[target]!;
    const bodyFor = (target: Target, scenario: Scenario) => (isOurs(target) ? bodies[scenario].ours : bodies[scenario].ceiling);
    for (const scenario of SCENARIOS) {
      const sizes = await Promise.all(TARGETS.map(async (target) => (await post(server(target).ready.url, bodyFor(target, scenario))).length));
      if (new Set(sizes).size !== 1) throw new Error(`${scenario}: the servers answer different sizes (${sizes.join(', ')} bytes).`);
    }

    // Warm every server (JIT, connection pools, the engine's caches) before anything counts.
    for (const scenario of SCENARIOS) {
      for (const target of TARGETS) await load(server(target), bodyFor(target, scenario), WARM_UP_SECONDS);
    }

    const runs = Object.fromEntries(SCENARIOS.map((s) => [s, Object.fromEntries(TARGETS.map((t) => [t, [] as Load[]]))])) as Record<Scenario, Record<Target, Load[]>>;
    for (let round = 0; round < ROUNDS; round++) {
      for (const scenario of SCENARIOS) {
        for (const target of TARGETS) runs[scenario][target].push(await load(server(target), bodyFor(target, scenario)));
      }
    }

    const rows = SCENARIOS.flatMap((scenario) =>
      TARGETS.map((target) => {
        const figures = summarise(runs[scenario][target]);
        const ceiling = isOurs(target) && TARGETS.includes(ceilingOf(target)) ? ceilingOf(target) : null;
        const ceilingLoad = ceiling ? summarise(runs[scenario][ceiling]) : null;
        return {
          scenario,
          target,
          ceiling,
          ...figures,
          ofCeiling: ceilingLoad ? figures.requestsPerSecond / ceilingLoad.requestsPerSecond : null,
          ceilingDynamoRequests: ceilingLoad?.dynamoRequests ?? null,
          /** The ceiling's CPU per request over ours: the same ratio as "of ceiling" on a machine with nothing else to run. */
          cpuOfCeiling: ceilingLoad ? ceilingLoad.cpuMsPerRequest / figures.cpuMsPerRequest : null,
        };
      }),
    );
    // The raw ceiling must make the requests ours makes; otherwise its figure is no ceiling of ours.
    for (const row of rows) {
      if (!row.ceilingDynamoRequests || row.ceiling === 'bare') continue;
      const ours = row.dynamoRequests.BatchGetItem ?? 0;
      const theirs = row.ceilingDynamoRequests.BatchGetItem ?? 0;
      if (Math.abs(ours - theirs) > 0.01) throw new Error(`${row.scenario} on ${row.target}: ours makes ${ours} BatchGetItem per request, its ceiling ${theirs}.`);
    }

    console.log(`Local server under load: autocannon, ${CONNECTIONS} connections, ${SECONDS} s per run, ${ROUNDS} rounds taking turns (median). Each server in its own process.`);
    console.log('One query repeated: with the response cache on, every request after the first in each maxAge window is answered from memory.');
    console.log('DynamoDB requests: per request under load, counted by the onDynamoRequest hook. "of ceiling": requests/s against the ceiling on the same engine.');
    console.log("CPU: the server process's CPU time per request (its in-process engine's too); \"CPU of ceiling\" is the ceiling's CPU per request over ours.\n");
    console.log('| operation | server | answer | DynamoDB requests | req/s | p50 | p99 | CPU | of ceiling | CPU of ceiling | target | |');
    console.log('| --- | --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |');
    for (const row of rows) {
      const judged = row.ofCeiling !== null;
      console.log(
        `| ${SCENARIO_LABELS[row.scenario]} | ${TARGET_LABELS[row.target]} | ${(row.bytesPerResponse / 1024).toFixed(1)} KiB | ${describeRequests(row.dynamoRequests)} | ${row.requestsPerSecond.toFixed(0)} | ${row.p50Ms} ms | ${row.p99Ms} ms | ${row.cpuMsPerRequest.toFixed(2)} ms | ${judged ? `${(row.ofCeiling! * 100).toFixed(0)}% of ${row.ceiling}` : ''} | ${row.cpuOfCeiling !== null ? `${(row.cpuOfCeiling * 100).toFixed(0)}%` : ''} | ${judged ? `≥ ${TARGET_RATIO * 100}%` : ''} | ${judged ? (row.ofCeiling! >= TARGET_RATIO ? 'met' : '**missed**') : ''} |`,
      );
    }
    console.log(`\nNode ${process.version}; ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores shared by the servers, the load generator and anything else running (load average ${loadavg()[0]?.toFixed(1)}).`);

    console.log(`Results: ${writeResults('api', { connections: CONNECTIONS, secondsPerRun: SECONDS, rounds: ROUNDS, targetRatio: TARGET_RATIO, rows, runs })}`);
  } finally {
    for (const child of Object.values(servers)) await stopChild(child.process);
    rmSync(workDir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--serve') await serve(process.argv[3] ?? '', process.argv[4] ?? '', process.argv[5]);
else await runBench();
