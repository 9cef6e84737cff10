import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareParserVersions, dateRange, facetValue, indexSortKeys, sortableParserVersion } from '../../src/store/keys.js';
import { itemFacets, pointerRows, versionToken } from '../../src/store/case-rows.js';
import { makeCase, SPECS } from './case-fixtures.js';

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

  it('match facet values regardless of case, spacing and Unicode form', () => {
    expect(facetValue('  Physical Medicine &   Rehabilitation ')).toBe('physical medicine & rehabilitation');
    expect(facetValue('ＮＳＡＩＤ')).toBe('nsaid');
  });

  it('put a decision-date range around every sort key of those dates and nothing undated', () => {
    const range = dateRange('2016-03-01', '2016-06-30')!;
    const inside = indexSortKeys.item('2016-06-30', 'ffffffffffffffff', 999);
    const undated = indexSortKeys.item(null, '0000000000000000', 1);
    expect(inside >= range.low && inside <= range.high).toBe(true);
    expect(undated >= range.low).toBe(false);
    expect(indexSortKeys.item('2016-02-29', 'ffff', 1) >= range.low).toBe(false);
    expect(indexSortKeys.item('2016-07-01', '0000', 1) <= range.high).toBe(false);
  });
});

describe('pointer rows of a case', () => {
  it('are the same for the same parse, whenever and from whichever file it was ingested', () => {
    const a = makeCase({ seed: '1', ingestedAt: '2024-01-01T00:00:00.000Z' });
    const b = { ...a, ingestedAt: '2025-01-01T00:00:00.000Z', source: { ...a.source, fileName: 'other.pdf' } };
    expect(versionToken(a)).toBe(versionToken(b));
    expect(versionToken({ ...a, clinicalSummary: 'parsed differently' })).not.toBe(versionToken(a));
  });

  it('index an item once per facet, one row per reviewer specialty, and never repeat a key', () => {
    const kase = makeCase({ seed: '2', items: [SPECS.NORCO, SPECS.MRI], specialties: ['Pain Medicine', 'pain  medicine', 'Anesthesiology'] });
    const facets = itemFacets(kase.disputedItems[0]!, kase.reviewer.specialties).map((f) => `${f.facet}:${f.value}`);
    expect(facets).toEqual(['ALL:*', 'TREATMENT:hydrocodone/acetaminophen', 'DRUG_CLASS:opioids', 'CATEGORY:pharmaceuticals', 'SPECIALTY:pain medicine', 'SPECIALTY:anesthesiology']);
    const rows = pointerRows(kase, versionToken(kase));
    expect(new Set(rows.map((r) => r.sk)).size).toBe(rows.length);
    // An item without a generic name is indexed by the request as written.
    expect(rows.some((r) => r.gsi1.pk === 'ITEM#TREATMENT#mri lumbar spine')).toBe(true);
  });
});
