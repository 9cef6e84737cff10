/** Pages in the URL's fragment. */
import { describe, expect, it } from 'vitest';
import { caseHref, parseRoute, searchHref } from '../../src/explorer/app/router.js';

describe('routes', () => {
  it('reads the search, a case and the upload page, and nothing else', () => {
    expect(parseRoute('')).toEqual({ page: 'search', query: '' });
    expect(parseRoute('#/?q=Norco&outcome=UPHELD')).toEqual({ page: 'search', query: 'q=Norco&outcome=UPHELD' });
    expect(parseRoute('#/upload')).toEqual({ page: 'upload' });
    expect(parseRoute('#/cases/Q2FzZTplZDU1%3D')).toEqual({ page: 'case', id: 'Q2FzZTplZDU1=' });
    expect(parseRoute('#/cases/%E0%A4%A')).toEqual({ page: 'not-found', path: '/cases/%E0%A4%A' });
    expect(parseRoute('#/elsewhere')).toEqual({ page: 'not-found', path: '/elsewhere' });
  });

  it('writes links the reader reads back', () => {
    expect(parseRoute(caseHref('a/b=c'))).toEqual({ page: 'case', id: 'a/b=c' });
    expect(parseRoute(searchHref('q=MRI'))).toEqual({ page: 'search', query: 'q=MRI' });
    expect(searchHref('')).toBe('#/');
  });
});
