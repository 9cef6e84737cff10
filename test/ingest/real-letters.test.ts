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
import { hasRealLetters as present, REAL_FACTS, REAL_LETTERS } from '../real-fixtures.js';

interface RealFacts {
  caseNumber: string;
  decisionDate: string;
  disputedItems: { description: string; outcome: 'UPHELD' | 'OVERTURNED' }[];
}

const realFacts = (): RealFacts[] =>
  readdirSync(REAL_FACTS)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(path.join(REAL_FACTS, f), 'utf8')) as RealFacts);

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

  it('count their items by decision month exactly as their facts say', async () => {
    const want = new Map<string, { total: number; overturned: number }>();
    for (const facts of realFacts()) {
      for (const item of facts.disputedItems) {
        const c = want.get(facts.decisionDate.slice(0, 7)) ?? { total: 0, overturned: 0 };
        c.total++;
        if (item.outcome === 'OVERTURNED') c.overturned++;
        want.set(facts.decisionDate.slice(0, 7), c);
      }
    }

    const groups = await services.repository.outcomeStats('DECISION_MONTH', {}, 500);

    expect(Object.fromEntries(groups.map((g) => [g.key, [g.total, g.overturned]]))).toEqual(Object.fromEntries([...want].map(([k, c]) => [k, [c.total, c.overturned]])));
  });

  // Everyday terms, and how a letter writes them (read here from the facts' descriptions, not by the vocabulary).
  const TERMS: [string, RegExp][] = [
    ['MRI', /\bMRI\b|magnetic resonance/i],
    ['EMG', /\bEMG\b|electromyogra/i],
    ['acupuncture', /acupuncture/i],
    ['chiropractic', /chiropract/i],
    ['epidural steroid injection', /epidural steroid injection|\bESI\b/i],
    ['physical therapy', /physical therapy/i],
    ['hydrocodone', /hydrocodone|norco|vicodin/i],
    ['TENS', /\bTENS\b/],
    ['X-ray', /x-?rays?\b|radiograph/i],
  ];

  it.each(TERMS)('find every item whose request says "%s", by that term', async (term, says) => {
    const want = realFacts().flatMap((f) => f.disputedItems.filter((i) => says.test(i.description)).map((i) => `${f.caseNumber}#${i.description}`));

    const found: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await services.repository.listDisputedItems({ treatment: term }, { first: 100, after });
      const cases = await services.repository.getCases(page.nodes.map((n) => n.caseId));
      page.nodes.forEach((n, i) => found.push(`${cases[i]?.caseNumber}#${n.item.description}`));
      if (!page.hasNextPage) break;
      after = page.endCursor;
    }

    console.info(`[real letters] "${term}": ${want.length} items say it; the search finds ${found.length}`);
    expect(found).toEqual(expect.arrayContaining(want));
  });
});
