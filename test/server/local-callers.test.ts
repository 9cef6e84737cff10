/**
 * The local server is for this machine: a web page elsewhere cannot use it from the browser it runs
 * in (CORS names only loopback origins, a foreign Origin is refused before anything runs, the Host
 * header must name this machine against DNS rebinding); answers holding cases may not be kept by a
 * shared cache; ids and names a client sends are checked, typed BAD_USER_INPUT, never a 500.
 */
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerLog } from '../../src/server/server-log.js';
import { letterTooBigToStore, letterWithLongSummary, LONG_LETTER_CASE_NUMBER } from '../long-letters.js';
import { postGraphQL, startTestServer, type TestServer } from './local-server.js';

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** node:http rather than fetch: fetch will not send a Host header of our choosing. */
function rawRequest(server: TestServer, options: { method?: string; path?: string; headers?: Record<string, string>; body?: string }): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: server.port, method: options.method ?? 'GET', path: options.path ?? '/graphql', headers: options.headers ?? {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const CREATE_UPLOAD = 'mutation { createUpload(input: { fileName: "letter.txt", contentType: "text/plain" }) { upload { id } errors { code } } }';
const graphqlBody = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, variables });

describe('the local server answers only this machine', () => {
  let server: TestServer;
  const logged: { level: string; message: string; attributes: Record<string, unknown> }[] = [];
  const log: ServerLog = {
    error: (message, attributes) => logged.push({ level: 'ERROR', message, attributes }),
    warn: (message, attributes) => logged.push({ level: 'WARN', message, attributes }),
  };

  beforeAll(async () => {
    server = await startTestServer({ ALLOWED_ORIGINS: 'https://explorer.example.org' }, { inMemory: true, log });
  });
  afterAll(async () => {
    await server?.stop();
  });

  describe('CORS and Origin', () => {
    it.each(['http://localhost:5173', 'http://127.0.0.1:8080', 'http://[::1]:3000', 'https://explorer.example.org'])('lets a page from %s call the API and read its answer', async (origin) => {
      const preflight = await rawRequest(server, {
        method: 'OPTIONS',
        headers: { host: `localhost:${server.port}`, origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
      const answer = await rawRequest(server, {
        method: 'POST',
        headers: { host: `localhost:${server.port}`, origin, 'content-type': 'application/json' },
        body: graphqlBody('{ limits { maxPageSize } }'),
      });

      expect(preflight.status).toBe(204);
      expect(preflight.headers['access-control-allow-origin']).toBe(origin);
      expect(answer.status).toBe(200);
      expect(answer.headers['access-control-allow-origin']).toBe(origin);
      expect(answer.headers.vary).toContain('Origin');
    });

    it.each(['https://evil.example', 'http://localhost.evil.example', 'null'])('refuses a page from %s: no CORS grant, 403 FORBIDDEN, and nothing written', async (origin) => {
      const preflight = await rawRequest(server, {
        method: 'OPTIONS',
        headers: { host: `localhost:${server.port}`, origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
      // A form post is a "simple" request: the browser sends it without asking first.
      const write = await rawRequest(server, {
        method: 'POST',
        headers: { host: `localhost:${server.port}`, origin, 'content-type': 'application/json' },
        body: graphqlBody(CREATE_UPLOAD),
      });

      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
      expect(preflight.status).toBe(403);
      expect(write.status).toBe(403);
      expect(write.headers['access-control-allow-origin']).toBeUndefined();
      expect(JSON.parse(write.body)).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
    });

    it('answers callers that send no Origin (curl, the CLI, GraphQL clients)', async () => {
      const answer = await rawRequest(server, { method: 'POST', headers: { host: `127.0.0.1:${server.port}`, 'content-type': 'application/json' }, body: graphqlBody('{ limits { maxPageSize } }') });

      expect(answer.status).toBe(200);
      expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    });
  });

  describe('Host (DNS rebinding)', () => {
    it.each(['localhost', '127.0.0.1', '[::1]', 'explorer.localhost'])('answers a request for %s', async (host) => {
      const answer = await rawRequest(server, { method: 'POST', headers: { host: `${host}:4000`, 'content-type': 'application/json' }, body: graphqlBody('{ limits { maxPageSize } }') });

      expect(answer.status).toBe(200);
    });

    it.each(['rebound.evil.example', 'rebound.evil.example:4000', '192.168.1.20'])('refuses a request for "%s" with 403', async (host) => {
      const answer = await rawRequest(server, { method: 'POST', headers: { host, 'content-type': 'application/json' }, body: graphqlBody('{ cases { totalCount } }') });

      expect(answer.status).toBe(403);
      expect(JSON.parse(answer.body)).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
    });

    it('refuses a page load of the explorer under another name', async () => {
      const answer = await rawRequest(server, { path: '/', headers: { host: 'rebound.evil.example' } });

      expect(answer.status).toBe(403);
    });
  });

  describe('answers that hold cases', () => {
    it('may be kept by the browser but not by a shared cache (cache-control: private)', async () => {
      const ingested = await server.services.ingestLetter({ bytes: letterWithLongSummary(100), fileName: 'letter.txt' });
      expect(ingested.status).toBe('PARSED');

      const answer = await rawRequest(server, {
        method: 'POST',
        headers: { host: `localhost:${server.port}`, 'content-type': 'application/json' },
        body: graphqlBody(`{ caseByNumber(caseNumber: "${LONG_LETTER_CASE_NUMBER}") { clinicalSummary injuredWorker { age diagnoses } } }`),
      });

      expect(answer.status).toBe(200);
      expect(answer.headers['cache-control']).toBe('max-age=300, private');
    });
  });

  describe('ids and names are checked', () => {
    const longCaseId = Buffer.from(`Case:${'a'.repeat(3000)}`).toString('base64');
    const longUploadId = Buffer.from(`Upload:${'a'.repeat(3000)}`).toString('base64');

    it.each([
      ['case(id:)', 'query ($id: ID!) { case(id: $id) { id } }', { id: longCaseId }],
      ['node(id:)', 'query ($id: ID!) { node(id: $id) { id } }', { id: longCaseId }],
      ['nodes(ids:)', 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [longCaseId] }],
      ['upload(id:)', 'query ($id: ID!) { upload(id: $id) { id } }', { id: longUploadId }],
      ['caseByNumber', 'query ($n: String!) { caseByNumber(caseNumber: $n) { id } }', { n: 'CM16-'.repeat(1000) }],
    ])('an over-long id in %s is BAD_USER_INPUT, and nothing is logged as our failure', async (_, query, variables) => {
      logged.length = 0;

      const answer = await postGraphQL(server, query, variables);

      expect(answer.body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(answer.body.errors?.[0]?.message.length).toBeLessThan(300);
      expect(logged).toEqual([]);
    });

    it('a file name with a NUL is refused by createUpload as BAD_USER_INPUT', async () => {
      const answer = await postGraphQL<{ createUpload: { upload: unknown; errors: { code: string }[] } }>(
        server,
        'mutation ($f: String!) { createUpload(input: { fileName: $f, contentType: "text/plain" }) { upload { id } errors { code } } }',
        { f: 'letter\u0000.txt' },
      );

      expect(answer.body.data?.createUpload).toEqual({ upload: null, errors: [{ code: 'BAD_USER_INPUT' }] });
    });

    it('an over-long content type is refused by createUpload as BAD_USER_INPUT, not stored', async () => {
      logged.length = 0;

      const answer = await postGraphQL<{ createUpload: { upload: unknown; errors: { code: string }[] } }>(
        server,
        'mutation ($t: String!) { createUpload(input: { fileName: "letter.pdf", contentType: $t }) { upload { id } errors { code } } }',
        { t: `application/pdf; note=${'x'.repeat(500_000)}` },
      );

      expect(answer.body.data?.createUpload).toEqual({ upload: null, errors: [{ code: 'BAD_USER_INPUT' }] });
      expect(logged).toEqual([]);
    });

    it.each([
      ['a NUL in the file name', `/uploads/${crypto.randomUUID()}/letter%00.txt`],
      ['an over-long upload id', `/uploads/${'a'.repeat(5000)}/letter.txt`],
      ['an over-long file name', `/uploads/${crypto.randomUUID()}/${'a'.repeat(300)}.txt`],
    ])('a PUT to an upload address with %s is 400 BAD_USER_INPUT, and nothing is logged as our failure', async (_, path) => {
      logged.length = 0;

      const answer = await rawRequest(server, { method: 'PUT', path, headers: { host: `localhost:${server.port}`, 'content-type': 'text/plain' }, body: 'x' });

      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'BAD_USER_INPUT' } });
      expect(logged.filter((entry) => entry.level === 'ERROR')).toEqual([]);
    });
  });

  describe('a letter refused at the upload address', () => {
    it('is logged with its upload and code, not its text', async () => {
      const created = await postGraphQL<{ createUpload: { upload: { id: string }; uploadUrl: string } }>(
        server,
        'mutation { createUpload(input: { fileName: "list.txt", contentType: "text/plain" }) { upload { id } uploadUrl } }',
      );
      const uploadUrl = new URL(created.body.data!.createUpload.uploadUrl);
      logged.length = 0;

      const answer = await rawRequest(server, { method: 'PUT', path: uploadUrl.pathname, headers: { host: `localhost:${server.port}`, 'content-type': 'text/plain' }, body: 'Shopping list: milk, eggs.' });

      expect(answer.status).toBe(200);
      expect(logged).toEqual([
        { level: 'WARN', message: 'Letter refused; upload marked FAILED', attributes: expect.objectContaining({ errorCode: 'NOT_AN_IMR_LETTER', sizeBytes: 26 }) },
      ]);
      expect(JSON.stringify(logged)).not.toContain('milk');
    });

    it('a letter whose case is too big to store is FAILED with PAYLOAD_TOO_LARGE and logged, not an error of ours', async () => {
      const created = await postGraphQL<{ createUpload: { upload: { id: string }; uploadUrl: string } }>(
        server,
        'mutation { createUpload(input: { fileName: "huge.txt", contentType: "text/plain" }) { upload { id } uploadUrl } }',
      );
      const uploadUrl = new URL(created.body.data!.createUpload.uploadUrl);
      logged.length = 0;

      const answer = await rawRequest(server, { method: 'PUT', path: uploadUrl.pathname, headers: { host: `localhost:${server.port}`, 'content-type': 'text/plain' }, body: Buffer.from(letterTooBigToStore()).toString('utf8') });

      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body)).toMatchObject({ status: 'FAILED', caseId: null, error: { code: 'PAYLOAD_TOO_LARGE', message: expect.stringContaining('too big to store') } });
      expect(logged).toEqual([{ level: 'WARN', message: 'Letter refused; upload marked FAILED', attributes: expect.objectContaining({ errorCode: 'PAYLOAD_TOO_LARGE' }) }]);
    });
  });
});
