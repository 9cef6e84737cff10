import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, postGraphQL, type TestServer } from './local-server.js';

describe('the local GraphQL endpoint', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ MAX_UPLOAD_BYTES: '20000' }, { inMemory: true });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('answers a POSTed query with JSON', async () => {
    const answer = await postGraphQL<{ limits: { maxUploadBytes: number; maxPageSize: number } }>(
      server,
      '{ limits { maxUploadBytes maxPageSize } }',
    );

    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data?.limits.maxUploadBytes).toBe(20000);
  });

  it('answers a GET with the query in the URL (a client, not a browser page load)', async () => {
    const url = new URL(server.graphqlUrl);
    url.searchParams.set('query', '{ viewer { kind canWrite } }');

    const response = await fetch(url, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    const body = (await response.json()) as { data?: { viewer: { kind: string; canWrite: boolean } } };

    expect(response.status).toBe(200);
    expect(body.data?.viewer).toEqual({ kind: 'DEVELOPER', canWrite: true });
  });

  it('refuses a body that is not JSON with 400 and code BAD_REQUEST', async () => {
    const response = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ limits { maxPageSize } }"',
    });
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };

    expect(response.status).toBe(400);
    expect(body.errors[0]?.extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0]?.message).toMatch(/not valid JSON/);
  });

  it('refuses a request larger than an upload in base64 plus its envelope with 413 and code PAYLOAD_TOO_LARGE', async () => {
    const huge = 'x'.repeat(200_000);
    const response = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($t: String!) { ingestDetermination(input: { fileName: "a.txt", text: $t }) { errors { code } } }', variables: { t: huge } }),
    });
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };

    expect(response.status).toBe(413);
    expect(body.errors[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('accepts a request just under that limit (a file of maxUploadBytes sent as base64)', async () => {
    const contentBase64 = Buffer.alloc(20000, 'a').toString('base64');
    const answer = await postGraphQL<{ ingestDetermination: { errors: { code: string }[] } }>(
      server,
      'mutation($c: String!) { ingestDetermination(input: { fileName: "a.txt", contentBase64: $c }) { errors { code } } }',
      { c: contentBase64 },
    );

    // Read in full and handed to the API, which judges the letter itself (it is no IMR letter).
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data?.ingestDetermination.errors.map((e) => e.code)).not.toContain('PAYLOAD_TOO_LARGE');
  });

  it('lets a page on another local port call the API (CORS preflight)', async () => {
    const response = await fetch(server.graphqlUrl, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });

    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(response.headers.get('access-control-allow-headers')).toContain('content-type');
  });

  it('answers an unknown path with 404 and a pointer to /graphql', async () => {
    const response = await fetch(`${server.origin}/nothing-here`);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };

    expect(response.status).toBe(404);
    expect(body.errors[0]?.extensions.code).toBe('NOT_FOUND');
    expect(body.errors[0]?.message).toContain('/graphql');
  });
});
