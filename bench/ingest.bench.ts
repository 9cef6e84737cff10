/**
 * npm run bench -- ingest: letters per second through the ingest use case, into dynalite
 * (in-process) and into DynamoDB Local (Java), each beside raw BatchWriteItem throughput of the
 * SAME items (every header, pointer row and upload record our ingest writes), in the same run on
 * the same engine, so the ratio survives a busy machine. Target: ours ≥ 70% of raw.
 *
 * - ingest: ingestLetter (parse text → keep original in memory → putCase → upload record);
 * - store: putCase + saveUpload of letters parsed before timing (the store's own overhead);
 * - raw: the same items, 25 to a BatchWriteItem, no reads, no conditions;
 * - same requests raw: the same items in the requests ours makes (each case number's claim by a
 *   conditional PutItem, rows batched, then each header by a conditional PutItem), made with bare SDK calls: the ceiling for a writer that keeps a letter
 *   one case, and what "ours" is measured against for its own overhead.
 * All four keep BENCH_CONCURRENCY (default 16) requests' worth of letters in flight, each on its
 * own table of one engine, taking turns every 250 letters (order rotating) so load from other
 * processes and the engine's growth fall on all four alike.
 *
 * Letters: the corpus generator's (src/corpus), distinct letters each with its own case number,
 * so ingest claims each number as it does a real letter's. BENCH_LETTERS (default 10,000). If the first round says the
 * four passes would not fit BENCH_BUDGET_S (default 600 s) on DynamoDB Local, it runs fewer
 * letters, and the output says how many and why. BENCH_ENGINES=dynalite or "dynamodb local"
 * runs one engine.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';

import { PutItemCommand, type DynamoDBClient, type WriteRequest } from '@aws-sdk/client-dynamodb';
import { openServices } from '../src/app/open-services.js';
import type { Services } from '../src/app/services.js';
import { loadConfig } from '../src/config.js';
import { generateLetter } from '../src/corpus/index.js';
import type { CaseRecord, UploadRecord } from '../src/domain/records.js';
import { letterFingerprint, parseLetter } from '../src/parser/index.js';
import { batchWrite, putRequest } from '../src/store/batch.js';
import { caseIdForContentHash } from '../src/store/case-id.js';
import { headerItem, pointerItem, uploadItem, type Item } from '../src/store/case-item.js';
import { pointerRows, versionToken } from '../src/store/case-rows.js';
import { ensureTable } from '../src/store/create-table.js';
import { createDynamoClient } from '../src/store/dynamo-client.js';
import { CLAIM_SK, caseNumberKeys } from '../src/store/keys.js';
import { ENGINES, type EngineChoice, type RunningEngine } from '../test/store/engines.js';
import { writeResults } from './results.js';

const LETTERS = Number(process.env.BENCH_LETTERS ?? 10_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
/** DynamoDB Local's time for its four passes together (dynalite always runs them all). */
const BUDGET_S = Number(process.env.BENCH_BUDGET_S ?? 600);
/** Letters per round; the passes alternate every round. */
const ROUND = 250;
const TARGET_RATIO = 0.7;

interface Letter {
  fileName: string;
  bytes: Uint8Array;
}

function makeLetters(count: number): Letter[] {
  return Array.from({ length: count }, (_, i) => {
    const letter = generateLetter(i);
    return { fileName: letter.fileName, bytes: new TextEncoder().encode(letter.text) };
  });
}

async function pool<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

/** Parsed outside any timing: what ingest would write for each letter. */
async function prepare(letters: readonly Letter[]): Promise<Prepared[]> {
  const at = new Date().toISOString();
  const out: Prepared[] = [];
  for (const [i, letter] of letters.entries()) {
    const parsed = await parseLetter(letter.bytes, letter.fileName);
    if (!parsed.success) throw new Error(`${letter.fileName}: ${parsed.error.message}`);
    const contentHash = letterFingerprint(parsed.text);
    const uploadId = `bench-${i}`;
    const storageKey = `uploads/${uploadId}/${letter.fileName}`;
    const upload: UploadRecord = {
      id: uploadId,
      fileName: letter.fileName,
      contentType: 'text/plain',
      status: 'PARSED',
      createdAt: at,
      updatedAt: at,
      sizeBytes: letter.bytes.byteLength,
      sha256: contentHash,
      storageKey,
      caseId: caseIdForContentHash(contentHash),
      error: null,
    };
    const record: CaseRecord = {
      ...parsed.data,
      id: caseIdForContentHash(contentHash),
      contentHash,
      ingestedAt: at,
      source: {
        fileName: letter.fileName,
        contentType: 'text/plain',
        sizeBytes: letter.bytes.byteLength,
        sha256: contentHash,
        storageKey,
        uploadedAt: at,
        parserVersion: parsed.data.parserVersion,
        warnings: parsed.data.warnings,
      },
    };
    const ver = versionToken(record);
    const header = headerItem({ record, ver, stale: null, committedAt: at });
    const rows = [...pointerRows(record, ver).map(pointerItem), uploadItem(upload)].map(putRequest);
    const claim: Item | null = record.caseNumber
      ? { pk: { S: caseNumberKeys.partition(record.caseNumber) }, sk: { S: CLAIM_SK }, type: { S: 'CLAIM' }, caseId: { S: record.id } }
      : null;
    out.push({ letter, record, upload, header, claim, rows, items: [...rows, putRequest(header), ...(claim ? [putRequest(claim)] : [])] });
  }
  return out;
}

let tables = 0;
const tableName = () => `bench-ingest-${process.pid}-${++tables}`;

interface Pass {
  letters: number;
  seconds: number;
  lettersPerSecond: number;
  requests: number;
  requestsPerLetter: number;
  byOperation: Record<string, number>;
}

interface Prepared {
  letter: Letter;
  record: CaseRecord;
  upload: UploadRecord;
  /** The case header, which ingest writes on its own, on condition that the case is new. */
  header: Item;
  /** The claim on its case number, which ingest puts first, on condition that no other letter holds the number. */
  claim: Item | null;
  /** Its other items (pointer rows, upload record), which ingest batches. */
  rows: WriteRequest[];
  /** What raw BatchWriteItem writes for it: the same items ingest writes. */
  items: WriteRequest[];
}

/** A timed way of writing letters, on its own table (and client, so requests are counted apart). */
interface Writer {
  write(batch: readonly Prepared[]): Promise<void>;
  ops: string[];
  seconds: number;
  letters: number;
  close(): Promise<void>;
}

async function ingestWriter(engine: RunningEngine, storeOnly: boolean): Promise<Writer> {
  const ops: string[] = [];
  const dataDir = mkdtempSync(path.join(tmpdir(), 'imr-bench-ingest-'));
  const config = loadConfig({ DATA_DIR: dataDir, DYNAMODB_ENDPOINT: engine.endpoint, TABLE_NAME: tableName() });
  const services: Services = await openServices(config, { inMemory: true, onDynamoRequest: (op) => ops.push(op) });
  ops.length = 0;
  const writer: Writer = {
    ops,
    seconds: 0,
    letters: 0,
    async write(batch) {
      const start = performance.now();
      await pool(batch, CONCURRENCY, async ({ letter, record, upload }) => {
        if (storeOnly) {
          await services.repository.putCase(record);
          await services.repository.saveUpload(upload);
          return;
        }
        const result = await services.ingestLetter({ ...letter, contentType: 'text/plain' });
        if (result.status !== 'PARSED') throw new Error(`${letter.fileName} was ${result.status}: ${result.error?.message ?? ''}`);
      });
      writer.seconds += (performance.now() - start) / 1000;
      writer.letters += batch.length;
    },
    async close() {
      await services.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return writer;
}

/** A writer of bare SDK calls on its own table and client: `send` writes one round of letters. */
async function bareWriter(
  engine: RunningEngine,
  send: (client: DynamoDBClient, table: string, batch: readonly Prepared[]) => Promise<void>,
): Promise<Writer> {
  const ops: string[] = [];
  const client = createDynamoClient(loadConfig({}), { endpoint: engine.endpoint, onDynamoRequest: (op) => ops.push(op) });
  const table = tableName();
  await ensureTable(client, table);
  ops.length = 0;
  const writer: Writer = {
    ops,
    seconds: 0,
    letters: 0,
    async write(batch) {
      const start = performance.now();
      await send(client, table, batch);
      writer.seconds += (performance.now() - start) / 1000;
      writer.letters += batch.length;
    },
    async close() {
      client.destroy();
    },
  };
  return writer;
}

/** 25 requests to a BatchWriteItem, CONCURRENCY of them in flight. */
async function batched(client: DynamoDBClient, table: string, requests: readonly WriteRequest[]): Promise<void> {
  const chunks: WriteRequest[][] = [];
  for (let i = 0; i < requests.length; i += 25) chunks.push(requests.slice(i, i + 25));
  await pool(chunks, CONCURRENCY, (chunk) => batchWrite(client, table, chunk));
}

const rawWriter = (engine: RunningEngine) => bareWriter(engine, (client, table, batch) => batched(client, table, batch.flatMap((p) => p.items)));

/**
 * The same items in the same requests as ours, made raw: each case number's claim by a PutItem
 * on condition that no other letter holds it, rows 25 to a BatchWriteItem, then each header by a
 * PutItem on condition that the case is new, which is what keeps a letter one case
 * when two writers race. BatchWriteItem takes no conditions and dynalite has no TransactWriteItems,
 * so this is the fastest correct way to write a new letter on both engines.
 */
const sameRequestsWriter = (engine: RunningEngine) =>
  bareWriter(engine, async (client, table, batch) => {
    await pool(batch, CONCURRENCY, async ({ claim }) => {
      if (!claim) return;
      await client.send(
        new PutItemCommand({
          TableName: table,
          Item: claim,
          ConditionExpression: 'attribute_not_exists(pk) OR caseId = :id',
          ExpressionAttributeValues: { ':id': claim.caseId! },
        }),
      );
    });
    await batched(client, table, batch.flatMap((p) => p.rows));
    await pool(batch, CONCURRENCY, async ({ header }) => {
      await client.send(new PutItemCommand({ TableName: table, Item: header, ConditionExpression: 'attribute_not_exists(pk)' }));
    });
  });

function summary(writer: Writer): Pass {
  const byOperation: Record<string, number> = {};
  for (const op of writer.ops) byOperation[op] = (byOperation[op] ?? 0) + 1;
  return {
    letters: writer.letters,
    seconds: writer.seconds,
    lettersPerSecond: writer.letters / writer.seconds,
    requests: writer.ops.length,
    requestsPerLetter: writer.ops.length / writer.letters,
    byOperation,
  };
}

interface EngineResult {
  engine: string;
  letters: number;
  note: string | null;
  ingest: Pass;
  store: Pass;
  raw: Pass & { itemsPerLetter: number };
  sameRequests: Pass;
  ingestVsRaw: number;
  storeVsRaw: number;
  ingestVsSameRequests: number;
  storeVsSameRequests: number;
  isMet: boolean;
}

/**
 * The four passes take turns round by round (order rotating), each on its own table of one
 * engine, so load from other processes and the engine's growth fall on all four alike.
 */
async function measureEngine(engine: EngineChoice, all: readonly Prepared[]): Promise<EngineResult> {
  const running = await engine.start();
  const writers = {
    raw: await rawWriter(running),
    sameRequests: await sameRequestsWriter(running),
    ingest: await ingestWriter(running, false),
    store: await ingestWriter(running, true),
  };
  const order = [writers.raw, writers.sameRequests, writers.ingest, writers.store];
  let note: string | null = null;
  let planned = all.length;
  const started = performance.now();
  try {
    for (let round = 0, offset = 0; offset < planned; round++) {
      const batch = all.slice(offset, Math.min(planned, offset + ROUND));
      offset += batch.length;
      for (let k = 0; k < order.length; k++) await order[(round + k) % order.length]!.write(batch);
      const elapsed = (performance.now() - started) / 1000;
      if (round === 0 && planned > ROUND && engine.name === 'DynamoDB Local') {
        const estimate = (elapsed / batch.length) * planned;
        if (estimate > BUDGET_S) {
          planned = Math.max(ROUND, Math.floor(((BUDGET_S / elapsed) * batch.length) / ROUND) * ROUND);
          note = `${planned.toLocaleString('en-US')} of ${all.length.toLocaleString('en-US')} letters: the first ${batch.length} took ${elapsed.toFixed(1)} s for the four passes, so all would take ~${estimate.toFixed(0)} s, over the ${BUDGET_S} s budget (BENCH_BUDGET_S)`;
        }
      }
      process.stderr.write(`[ingest bench] ${engine.name}: ${offset}/${planned} letters, ${elapsed.toFixed(0)} s\n`);
    }
    const raw = summary(writers.raw);
    const ingest = summary(writers.ingest);
    const store = summary(writers.store);
    const sameRequests = summary(writers.sameRequests);
    const used = all.slice(0, planned);
    const itemsPerLetter = used.reduce((n, p) => n + p.items.length, 0) / used.length;
    const ingestVsRaw = ingest.lettersPerSecond / raw.lettersPerSecond;
    return {
      engine: engine.name,
      letters: planned,
      note,
      ingest,
      store,
      raw: { ...raw, itemsPerLetter },
      sameRequests,
      ingestVsRaw,
      storeVsRaw: store.lettersPerSecond / raw.lettersPerSecond,
      ingestVsSameRequests: ingest.lettersPerSecond / sameRequests.lettersPerSecond,
      storeVsSameRequests: store.lettersPerSecond / sameRequests.lettersPerSecond,
      isMet: ingestVsRaw >= TARGET_RATIO,
    };
  } finally {
    for (const w of order) await w.close();
    await running.close();
  }
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function table(results: EngineResult[]): string {
  const rows = [
    ['engine', 'letters', 'pass', 'letters/s', 'requests/letter', 'seconds', 'vs raw', 'vs same requests raw'],
    ...results.flatMap((r) => [
      [
        r.engine,
        fmt(r.letters),
        'ingest (parse + store)',
        fmt(r.ingest.lettersPerSecond),
        fmt(r.ingest.requestsPerLetter, 2),
        fmt(r.ingest.seconds, 1),
        `${fmt(r.ingestVsRaw * 100)}% ${r.isMet ? '(≥ 70%: met)' : '(< 70%: NOT met)'}`,
        `${fmt(r.ingestVsSameRequests * 100)}%`,
      ],
      ['', '', 'store only (putCase + upload)', fmt(r.store.lettersPerSecond), fmt(r.store.requestsPerLetter, 2), fmt(r.store.seconds, 1), `${fmt(r.storeVsRaw * 100)}%`, `${fmt(r.storeVsSameRequests * 100)}%`],
      ['', '', 'same requests raw (conditional claim, rows batched, conditional header)', fmt(r.sameRequests.lettersPerSecond), fmt(r.sameRequests.requestsPerLetter, 2), fmt(r.sameRequests.seconds, 1), `${fmt((r.sameRequests.lettersPerSecond / r.raw.lettersPerSecond) * 100)}%`, '100%'],
      ['', '', `raw BatchWriteItem (${fmt(r.raw.itemsPerLetter, 1)} items/letter)`, fmt(r.raw.lettersPerSecond), fmt(r.raw.requestsPerLetter, 2), fmt(r.raw.seconds, 1), '100%', ''],
    ]),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => `| ${r.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
  return [line(rows[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

process.stderr.write(`[ingest bench] preparing ${LETTERS} letters (parsed once, for the store-only and raw passes)\n`);
const prepared = await prepare(makeLetters(LETTERS));
const results: EngineResult[] = [];
const skipped: { engine: string; reason: string }[] = [];
const wantedEngines = process.env.BENCH_ENGINES?.split(',').map((e) => e.trim().toLowerCase());
for (const engine of ENGINES) {
  if (wantedEngines && !wantedEngines.includes(engine.name.toLowerCase())) continue;
  if (engine.unavailable) {
    skipped.push({ engine: engine.name, reason: engine.unavailable });
    continue;
  }
  results.push(await measureEngine(engine, prepared));
}

console.log(table(results));
for (const r of results) if (r.note) console.log(`\n${r.engine}: ${r.note}`);
for (const s of skipped) console.log(`\n${s.engine}: skipped (${s.reason})`);
console.log(`\nConcurrency ${CONCURRENCY}; originals kept in memory (the blob store is not what is measured); ${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}.`);

writeResults('ingest', {
  java: spawnSync('java', ['-version'], { encoding: 'utf8' }).stderr?.split('\n')[0] ?? null,
  concurrency: CONCURRENCY,
  targetRatio: TARGET_RATIO,
  results,
  skipped,
});
