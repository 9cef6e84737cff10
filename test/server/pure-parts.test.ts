import { describe, expect, it } from 'vitest';
import { caseQuery, readCreateUploadAnswer } from '../../src/server/graphiql/upload-letter.js';
import { renderGraphiQLHtml } from '../../src/server/graphiql/html.js';
import { graphqlBodyLimitBytes } from '../../src/server/graphql-route.js';
import { contentTypeOf } from '../../src/server/static-route.js';
import { parseUploadPath } from '../../src/server/upload-route.js';

describe('upload addresses', () => {
  it('reads the upload id and the URL-encoded file name from /uploads/<uploadId>/<fileName>', () => {
    expect(parseUploadPath('/uploads/7f3a/CM16%200213037.pdf')).toEqual({ uploadId: '7f3a', fileName: 'CM16 0213037.pdf' });
  });

  it('refuses any other shape, including a file name that climbs into another folder', () => {
    for (const pathname of ['/uploads/', '/uploads/7f3a', '/uploads/7f3a/', '/uploads/7f3a/a/b.pdf', '/uploads//b.pdf', '/uploads/7f3a/%E0%A4%A']) {
      expect(parseUploadPath(pathname), pathname).toBeNull();
    }
  });
});

describe('the GraphQL body limit', () => {
  it('leaves room for a file of the upload limit sent as base64, plus the query around it', () => {
    const maxUploadBytes = 10 * 1024 * 1024;
    const base64Length = Buffer.alloc(maxUploadBytes).toString('base64').length;

    expect(graphqlBodyLimitBytes(maxUploadBytes)).toBeGreaterThan(base64Length);
    expect(graphqlBodyLimitBytes(maxUploadBytes)).toBeLessThan(base64Length + 100 * 1024);
  });
});

describe('the GraphiQL page', () => {
  it('links the script and stylesheet under the content-hashed path, and escapes what it embeds', () => {
    const html = renderGraphiQLHtml({ hash: 'abc123', script: 'page.js', stylesheet: 'page.css' }, '/graphql?x="<b>"');

    expect(html).toContain('<script type="module" src="/graphiql/abc123/page.js"></script>');
    expect(html).toContain('<link rel="stylesheet" href="/graphiql/abc123/page.css">');
    expect(html).toContain('data-endpoint="/graphql?x=&quot;&lt;b>&quot;"');
  });

  it('serves each kind of bundle file with its content type', () => {
    expect(contentTypeOf('page.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('page.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeOf('codicon-37A3DWZT.ttf')).toBe('font/ttf');
    expect(contentTypeOf('unknown.bin')).toBe('application/octet-stream');
  });
});

describe('the upload pane’s reading of createUpload', () => {
  it('turns the payload into the PUT to send, headers included', () => {
    const target = readCreateUploadAnswer({
      data: {
        createUpload: {
          uploadUrl: 'http://localhost:4000/uploads/u1/a.pdf',
          uploadMethod: 'PUT',
          uploadHeaders: [{ name: 'content-type', value: 'application/pdf' }],
          errors: [],
        },
      },
    });

    expect(target).toEqual({ url: 'http://localhost:4000/uploads/u1/a.pdf', method: 'PUT', headers: { 'content-type': 'application/pdf' } });
  });

  it('fails with the server’s own message for a typed payload error or a GraphQL error', () => {
    expect(() => readCreateUploadAnswer({ data: { createUpload: { uploadUrl: null, errors: [{ code: 'FORBIDDEN', message: 'You may not upload.' }] } } })).toThrow('You may not upload.');
    expect(() => readCreateUploadAnswer({ errors: [{ message: 'Cannot query field "createUpload".' }] })).toThrow('Cannot query field');
    expect(() => readCreateUploadAnswer(null)).toThrow(/no upload URL/);
  });

  it('opens a query for the uploaded case by its id', () => {
    expect(caseQuery('Q2FzZTphYmM=')).toContain('case(id: "Q2FzZTphYmM=")');
  });
});
