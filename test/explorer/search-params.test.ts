/** A search in the URL: what a bookmark keeps, and the filter the API is asked with. */
import { describe, expect, it } from 'vitest';
import { EMPTY_SEARCH, filterBesidesBox, filterOf, formatSearch, parseSearch, withPick, withTypedText } from '../../src/explorer/app/search-params.js';

describe('a search in the URL', () => {
  it('comes back the same from its query string, whatever it holds', () => {
    const search = withPick(
      { ...EMPTY_SEARCH, specialty: 'Pain Management', outcome: 'OVERTURNED', from: '2015-01-01', to: '2016-12-31', category: 'PHARMACEUTICALS', source: 'MTUS', citedBy: 'INDEPENDENT_REVIEWER', priority: 'EXPEDITED' },
      'treatment',
      'drug/hydrocodone-acetaminophen',
      'hydrocodone/acetaminophen',
    );

    const again = parseSearch(formatSearch(search));

    expect(again).toEqual(search);
  });

  it('treats the box text as a treatment term until a suggestion is picked', () => {
    const typed = withTypedText(EMPTY_SEARCH, 'Norco');
    const picked = withPick(typed, 'drugClass', 'opioids', 'Opioids');

    expect(filterOf(typed)).toEqual({ treatment: 'Norco' });
    expect(filterOf(picked)).toEqual({ drugClass: 'opioids' });
    expect(picked.q).toBe('Opioids');
  });

  it('goes back to free text when the user types over a pick', () => {
    const picked = withPick(EMPTY_SEARCH, 'section', 'mtus/chronic-pain/opioids-criteria-for-use', 'Opioids, criteria for use');

    const typed = withTypedText(picked, 'Opioids, criteria');

    expect(filterOf(picked)).toEqual({ guidelineSection: 'mtus/chronic-pain/opioids-criteria-for-use' });
    expect(filterOf(typed)).toEqual({ treatment: 'Opioids, criteria' });
  });

  it('maps every filter to the API field of the same meaning', () => {
    const search = parseSearch('q=MRI&section=Special+Studies&specialty=Neurology&outcome=UPHELD&from=2016-01-01&to=2016-06-30&category=DIAGNOSTIC_TESTING&source=ODG&citedBy=CLAIMS_ADMINISTRATOR&priority=STANDARD');

    expect(filterOf(search)).toEqual({
      treatment: 'MRI',
      guidelineSection: 'Special Studies',
      specialty: 'Neurology',
      outcome: 'UPHELD',
      decidedFrom: '2016-01-01',
      decidedTo: '2016-06-30',
      category: 'DIAGNOSTIC_TESTING',
      guidelineSource: 'ODG',
      citedBy: 'CLAIMS_ADMINISTRATOR',
      priority: 'STANDARD',
    });
  });

  it('drops what a hand-edited URL gets wrong instead of sending it to the API', () => {
    const search = parseSearch('outcome=MAYBE&from=yesterday&category=pharma&priority=&pick=treatment&source=mtus');

    expect(filterOf(search)).toEqual({});
    expect(search.pick).toBeNull();
  });

  it('counts the box suggestions under the other filters only', () => {
    const search = { ...withPick(EMPTY_SEARCH, 'section', 'odg/pain', 'Pain (Chronic)'), specialty: 'Neurology', outcome: 'OVERTURNED' as const };

    expect(filterBesidesBox(search)).toEqual({ specialty: 'Neurology', outcome: 'OVERTURNED' });
    expect(filterBesidesBox({ ...withTypedText(EMPTY_SEARCH, 'hydro'), section: 'Opioids' })).toEqual({ guidelineSection: 'Opioids' });
  });

  it('leaves an empty search with an empty query string', () => {
    expect(formatSearch(withTypedText(EMPTY_SEARCH, '   '))).toBe('');
  });
});
