import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseNumberKeys, compareParserVersions, FEED_SHARDS, feedKeys, sortableParserVersion } from '../../src/store/keys.js';
import { pointerRows, versionToken } from '../../src/store/case-rows.js';
import { makeCase } from './case-fixtures.js';

describe('keys', () => {
  it('order parser versions as versions, not as text', () => {
    expect(compareParserVersions('1.10.0', '1.9.9')).toBe(1);
    expect(compareParserVersions('2.0.0', '2.0.0')).toBe(0);
    expect(compareParserVersions('0.9.0', '1.0.0')).toBe(-1);
    fc.assert(
      fc.property(fc.tuple(fc.nat(99999), fc.nat(99999), fc.nat(99999)), fc.tuple(fc.nat(99999), fc.nat(99999), fc.nat(99999)), (a, b) => {
        const sign = Math.sign(a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
        expect(Math.sign(compareParserVersions(a.join('.'), b.join('.')))).toBe(sign);
      }),
    );
    expect(sortableParserVersion('1.2.3')).toBe('00001.00002.00003');
  });

  it('find a case number whatever its case and spacing', () => {
    expect(caseNumberKeys.partition(' cm16-0213037 ')).toBe(caseNumberKeys.partition('CM16-0213037'));
  });

  it('spread the case feed over every shard, and sort it by commit time', () => {
    const shards = new Set(Array.from({ length: 64 }, (_, i) => feedKeys.shardOf(makeCase({ seed: `s${i}` }).id)));
    expect([...shards].sort()).toEqual(Array.from({ length: FEED_SHARDS }, (_, i) => i));
    expect(feedKeys.sortKey('2024-01-01T00:00:00.000Z', 'ffff') < feedKeys.sortKey('2024-01-01T00:00:00.001Z', '0000')).toBe(true);
  });
});

describe('pointer rows of a case', () => {
  it('are the same for the same parse, whenever and from whichever file it was ingested', () => {
    const a = makeCase({ seed: '1', ingestedAt: '2024-01-01T00:00:00.000Z' });
    const b = { ...a, ingestedAt: '2025-01-01T00:00:00.000Z', source: { ...a.source, fileName: 'other.pdf' } };
    expect(versionToken(a)).toBe(versionToken(b));
    expect(versionToken({ ...a, clinicalSummary: 'parsed differently' })).not.toBe(versionToken(a));
  });

  it('point from the case number to the case, and are none for a letter without one', () => {
    const kase = makeCase({ seed: '2', caseNumber: 'CM16-0000002' });
    const rows = pointerRows(kase, versionToken(kase));
    expect(rows.map((r) => r.gsi1.pk)).toEqual([caseNumberKeys.partition('CM16-0000002')]);
    expect(pointerRows({ ...kase, caseNumber: null }, versionToken(kase))).toEqual([]);
  });
});
