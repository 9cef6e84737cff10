/**
 * Every real letter in the shared fixtures (never committed) ingested into the embedded store:
 * each becomes one case whose header item stays under DynamoDB's 400 KB limit. Skipped, with
 * a notice, where the fixtures are absent.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openServices } from '../../src/app/open-services.js';
import type { Services } from '../../src/app/services.js';
import { loadConfig } from '../../src/config.js';
import { caseDigest, encodeDigest } from '../../src/store/case-digest.js';
import { headerItem } from '../../src/store/case-item.js';
import { pointerRows, versionToken } from '../../src/store/case-rows.js';
import { hasRealLetters as present, REAL_LETTERS } from '../real-fixtures.js';

if (!present) console.warn(`\n[real letters] SKIPPING: ${REAL_LETTERS} is not on this machine.\n`);

const DYNAMO_ITEM_LIMIT = 400 * 1024;

/** DynamoDB's item size: attribute names plus values. */
function itemBytes(item: Record<string, AttributeValue>): number {
  let size = 0;
  for (const [name, value] of Object.entries(item)) {
    size += Buffer.byteLength(name);
    if (value.S !== undefined) size += Buffer.byteLength(value.S);
    else if (value.B !== undefined) size += value.B.byteLength;
    else if (value.N !== undefined) size += Buffer.byteLength(value.N);
  }
  return size;
}

describe.skipIf(!present)('the real letters', () => {
  let services: Services;
  beforeAll(async () => {
    services = await openServices(loadConfig({ DATA_DIR: '/nonexistent-unused' }), { inMemory: true });
  });
  afterAll(async () => {
    await services?.close();
  });

  it('become one case each, every header far below the 400 KB item limit', async () => {
    const files = present ? readdirSync(REAL_LETTERS).filter((f) => /\.(pdf|txt)$/i.test(f)) : [];
    const sizes: { file: string; headerBytes: number; digestBytes: number; jsonBytes: number; pointerRows: number }[] = [];

    for (const file of files) {
      const result = await services.ingestLetter({ bytes: new Uint8Array(readFileSync(path.join(REAL_LETTERS, file))), fileName: file });
      if (result.status === 'FAILED') continue;
      const kase = result.case!;
      const ver = versionToken(kase);
      sizes.push({
        file,
        headerBytes: itemBytes(headerItem({ record: kase, ver, stale: null, committedAt: kase.ingestedAt })),
        digestBytes: encodeDigest(caseDigest(kase, ver, kase.ingestedAt)).byteLength,
        jsonBytes: Buffer.byteLength(JSON.stringify(kase)),
        pointerRows: pointerRows(kase, ver).length,
      });
    }

    const largest = sizes.reduce((a, b) => (b.headerBytes > a.headerBytes ? b : a));
    const largestJson = sizes.reduce((a, b) => (b.jsonBytes > a.jsonBytes ? b : a));
    const rows = sizes.map((s) => s.pointerRows);
    console.info(
      `[real letters] ${sizes.length}/${files.length} ingested; largest header ${largest.headerBytes} B (${largest.file}); ` +
        `largest case JSON ${largestJson.jsonBytes} B uncompressed (${largestJson.file}); ` +
        `digest of the largest ${largest.digestBytes} B; pointer rows per case: mean ${(rows.reduce((a, b) => a + b, 0) / rows.length).toFixed(1)}, max ${Math.max(...rows)}`,
    );
    expect(sizes.length).toBeGreaterThan(files.length * 0.9);
    expect(largest.headerBytes).toBeLessThan(DYNAMO_ITEM_LIMIT / 4);
    expect((await services.repository.listCases({}, { first: 100 })).nodes.length).toBe(Math.min(100, new Set(sizes.map((s) => s.file)).size));
  }, 240_000);
});
