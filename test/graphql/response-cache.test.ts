/**
 * Whole answers kept for reuse (Apollo's response cache over the schema's @cacheControl hints),
 * over the real store: a kept answer costs no DynamoDB request, answers about the caller are never
 * kept, writes empty the cache, the Cache-Control header says how long an answer may be reused,
 * and RESPONSE_CACHE_MB bounds (or turns off) the memory it takes.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../cdk/project-root.js';
import { DEFAULT_RESPONSE_CACHE_MB, loadConfig } from '../../src/config.js';
import { createResponseCache, type ResponseCache } from '../../src/graphql/index.js';
import { toGlobalId } from '../../src/graphql/global-id.js';
import { postGraphQL, startTestServer, type TestServer } from '../server/local-server.js';
import { caseRecord } from './case-records.js';
import { openHarness, PARTNER, READER, WRITER, type GraphQLAnswer, type Harness } from './harness.js';

const CASES_PAGE = /* GraphQL */ `query CasesPage($first: Int) {
  cases(first: $first) {
    edges { cursor node { id caseNumber outcome disputedItems { description decision { outcome } citations { source sections } } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const CASE_BY_ID = /* GraphQL */ `query CaseById($id: ID!) {
  case(id: $id) { id caseNumber clinicalSummary reviewer { specialties } disputedItems { description treatment { name genericName } } }
}`;

const INGEST = /* GraphQL */ `mutation Ingest($input: IngestDeterminationInput!) {
  ingestDetermination(input: $input) { case { id } errors { code } }
}`;

interface CasesPage {
  cases: { edges: { node: { id: string } }[] };
}

const SAMPLE = '001_872fb3fc99c0572e';
const sampleText = async () => readFile(path.join(PROJECT_ROOT, 'samples', `${SAMPLE}.txt`), 'utf8');
const caseId = (n: number, tag: string) => toGlobalId({ type: 'Case', caseId: caseRecord(n, { tag }).id });

/** A harness over its own store that counts the DynamoDB requests each answer costs. */
async function countingHarness(options: { env?: NodeJS.ProcessEnv; responseCache?: ResponseCache; onRequest?: () => void } = {}) {
  let requests = 0;
  const api = await openHarness({
    // Requests counted are the answer's own: the search index does not ask for others' writes meanwhile.
    env: { SEARCH_SYNC_MS: '3600000', ...options.env },
    ...(options.responseCache ? { responseCache: options.responseCache } : {}),
    services: {
      onDynamoRequest: () => {
        requests++;
        options.onRequest?.();
      },
    },
  });
  /** Posts and says how many DynamoDB requests the answer cost. */
  async function measured<T>(query: string, variables?: Record<string, unknown>, principal = READER): Promise<{ answer: GraphQLAnswer<T>; requests: number }> {
    requests = 0;
    const answer = await api.post<T>(query, variables, principal);
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    return { answer, requests };
  }
  return { api, measured };
}

describe('answers kept for reuse', () => {
  const TAG = 'response-cache';
  let api: Harness;
  let measured: Awaited<ReturnType<typeof countingHarness>>['measured'];

  beforeAll(async () => {
    ({ api, measured } = await countingHarness());
    for (let n = 0; n < 5; n++) await api.services.repository.putCase(caseRecord(n, { tag: TAG }));
  });
  afterAll(async () => {
    await api?.close();
  });

  it('answers the same page of cases a second time without a DynamoDB request, with the same data', async () => {
    const first = await measured<CasesPage>(CASES_PAGE, { first: 3 });
    const second = await measured<CasesPage>(CASES_PAGE, { first: 3 });

    expect(first.requests).toBeGreaterThan(0);
    expect(second.requests).toBe(0);
    expect(second.answer.data).toEqual(first.answer.data);
    expect(second.answer.data?.cases.edges).toHaveLength(3);
    // How long ago the kept answer was made, as an HTTP cache would say it.
    expect(second.answer.headers.age).toMatch(/^\d+$/);
  });

  it('keeps answers apart by variables: another page size is its own answer', async () => {
    await measured(CASES_PAGE, { first: 2 });

    const other = await measured<CasesPage>(CASES_PAGE, { first: 4 });

    expect(other.requests).toBeGreaterThan(0);
    expect(other.answer.data?.cases.edges).toHaveLength(4);
  });

  it('serves one kept answer to every caller: the data is public and the key never holds who asked', async () => {
    const byReader = await measured<CasesPage>(CASE_BY_ID, { id: caseId(1, TAG) }, READER);
    const byPartner = await measured<CasesPage>(CASE_BY_ID, { id: caseId(1, TAG) }, PARTNER);
    const byWriter = await measured<CasesPage>(CASE_BY_ID, { id: caseId(1, TAG) }, WRITER);

    expect(byPartner.requests).toBe(0);
    expect(byWriter.requests).toBe(0);
    expect(byPartner.answer.data).toEqual(byReader.answer.data);
  });

  it('never keeps an answer that asks who is calling: each caller sees themself', async () => {
    const query = '{ viewer { kind canWrite } cases(first: 2) { edges { node { id } } } }';
    await measured(query, undefined, READER);

    const asPartner = await measured<{ viewer: { kind: string; canWrite: boolean } }>(query, undefined, PARTNER);
    const asWriter = await measured<{ viewer: { kind: string; canWrite: boolean } }>(query, undefined, WRITER);

    expect(asPartner.requests).toBeGreaterThan(0);
    expect(asPartner.answer.data?.viewer).toEqual({ kind: 'PARTNER', canWrite: false });
    expect(asWriter.answer.data?.viewer).toEqual({ kind: 'USER', canWrite: true });
    expect(asWriter.answer.headers['cache-control']).toBe('no-store');
  });

  it('empties the cache when a writer ingests a letter: the new case is in the very next page', async () => {
    const before = await measured<CasesPage>(CASES_PAGE, { first: 20 });
    await measured<CasesPage>(CASES_PAGE, { first: 20 });

    const ingested = await measured<{ ingestDetermination: { case: { id: string } | null } }>(
      INGEST,
      { input: { fileName: `${SAMPLE}.txt`, text: await sampleText() } },
      WRITER,
    );
    const after = await measured<CasesPage>(CASES_PAGE, { first: 20 });

    const newCaseId = ingested.answer.data?.ingestDetermination.case?.id;
    expect(newCaseId).toBeDefined();
    expect(before.answer.data?.cases.edges.map((edge) => edge.node.id)).not.toContain(newCaseId);
    expect(after.requests).toBeGreaterThan(0);
    expect(after.answer.data?.cases.edges.map((edge) => edge.node.id)).toContain(newCaseId);
  });

  it("keeps its answers when a read-only caller's mutation is refused (no way to empty everyone's cache)", async () => {
    await measured(CASES_PAGE, { first: 5 });

    const refused = await api.post(INGEST, { input: { fileName: 'a.txt', text: 'a letter' } }, PARTNER);
    const again = await measured(CASES_PAGE, { first: 5 });

    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(again.requests).toBe(0);
  });

  describe('says in Cache-Control how long an answer may be reused', () => {
    const cacheControl = async (query: string, variables?: Record<string, unknown>, principal = READER) => {
      const answer = await api.post(query, variables, principal);
      expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
      return answer.headers['cache-control'];
    };

    it('a page of a list: 10 seconds, for anyone', async () => {
      expect(await cacheControl(CASES_PAGE, { first: 3 })).toBe('max-age=10, private');
      expect(await cacheControl('{ disputedItems(first: 3) { edges { node { description } } } }')).toBe('max-age=10, private');
      expect(await cacheControl('{ guidelineCitations(first: 3) { edges { node { source } } } }')).toBe('max-age=10, private');
    });

    it('a case, by id, number or node id, with everything under it: 5 minutes', async () => {
      const record = caseRecord(2, { tag: TAG });
      expect(await cacheControl(CASE_BY_ID, { id: caseId(2, TAG) })).toBe('max-age=300, private');
      expect(await cacheControl('query ($n: String!) { caseByNumber(caseNumber: $n) { id disputedItems { case { id } } } }', { n: record.caseNumber })).toBe('max-age=300, private');
      expect(await cacheControl('query ($id: ID!) { node(id: $id) { id ... on Case { outcome } } }', { id: caseId(2, TAG) })).toBe('max-age=300, private');
    });

    it('no such case: only as long as a list, since the letter may arrive any moment', async () => {
      expect(await cacheControl(CASE_BY_ID, { id: caseId(99, 'never stored') })).toBe('max-age=10, private');
      expect(await cacheControl('{ caseByNumber(caseNumber: "CM99-0000000") { id } }')).toBe('max-age=10, private');
    });

    it('an upload and a mutation: never', async () => {
      const created = await api.post<{ createUpload: { upload: { id: string } } }>(
        'mutation { createUpload(input: { fileName: "letter.pdf", contentType: "application/pdf" }) { upload { id } } }',
        undefined,
        WRITER,
      );
      const uploadId = created.data?.createUpload.upload.id;

      expect(created.headers['cache-control']).toBe('no-store');
      expect(await cacheControl('query ($id: ID!) { upload(id: $id) { status } }', { id: uploadId })).toBe('no-store');
      expect(await cacheControl('query ($id: ID!) { node(id: $id) { id } }', { id: uploadId })).toBe('no-store');
      expect(await cacheControl('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [caseId(2, TAG), uploadId] })).toBe('no-store');
    });

    it('the strictest part decides: a case beside a page is kept 10 seconds', async () => {
      expect(await cacheControl('query ($id: ID!) { case(id: $id) { id } cases(first: 1) { edges { cursor } } }', { id: caseId(2, TAG) })).toBe('max-age=10, private');
    });
  });
});

describe('an answer computed while the cache is emptied', () => {
  it('is not kept: it may have read the store before the write that emptied it', async () => {
    const responseCache = createResponseCache(8 * 1024 * 1024);
    let clearDuringNextRequest = false;
    const { api, measured } = await countingHarness({
      responseCache,
      onRequest: () => {
        if (!clearDuringNextRequest) return;
        clearDuringNextRequest = false;
        responseCache.clear();
      },
    });
    try {
      await api.services.repository.putCase(caseRecord(0, { tag: 'overlap' }));

      clearDuringNextRequest = true;
      await measured(CASES_PAGE, { first: 5 });
      const next = await measured(CASES_PAGE, { first: 5 });
      const third = await measured(CASES_PAGE, { first: 5 });

      expect(next.requests).toBeGreaterThan(0);
      expect(third.requests).toBe(0);
    } finally {
      await api.close();
    }
  });
});

describe('the memory kept answers take', () => {
  it('stays within its cap: the least recently used answer is dropped to make room', async () => {
    const TAG = 'cache-cap';
    // One kept answer's size, measured, so the cap fits one answer but not two.
    const probeCache = createResponseCache(8 * 1024 * 1024);
    const probe = await countingHarness({ responseCache: probeCache });
    await probe.api.services.repository.putCase(caseRecord(0, { tag: TAG }));
    await probe.measured(CASE_BY_ID, { id: caseId(0, TAG) });
    const oneAnswerBytes = probeCache.sizeBytes();
    await probe.api.close();
    expect(oneAnswerBytes).toBeGreaterThan(500);

    const responseCache = createResponseCache(Math.floor(oneAnswerBytes * 1.5));
    const { api, measured } = await countingHarness({ responseCache });
    try {
      for (let n = 0; n < 3; n++) await api.services.repository.putCase(caseRecord(n, { tag: TAG }));

      await measured(CASE_BY_ID, { id: caseId(0, TAG) });
      const keptFirst = await measured(CASE_BY_ID, { id: caseId(0, TAG) });
      await measured(CASE_BY_ID, { id: caseId(1, TAG) });
      const firstAgain = await measured(CASE_BY_ID, { id: caseId(0, TAG) });

      expect(keptFirst.requests).toBe(0);
      expect(firstAgain.requests).toBeGreaterThan(0);
      expect(responseCache.sizeBytes()).toBeLessThanOrEqual(responseCache.maxBytes);
    } finally {
      await api.close();
    }
  });

  it('is 50 MB unless RESPONSE_CACHE_MB says otherwise, and must be a whole number of MB', () => {
    expect(loadConfig({}).responseCacheBytes).toBe(DEFAULT_RESPONSE_CACHE_MB * 1024 * 1024);
    expect(DEFAULT_RESPONSE_CACHE_MB).toBe(50);
    expect(loadConfig({ RESPONSE_CACHE_MB: '8' }).responseCacheBytes).toBe(8 * 1024 * 1024);
    expect(() => loadConfig({ RESPONSE_CACHE_MB: '-1' })).toThrow(/RESPONSE_CACHE_MB/);
    expect(() => loadConfig({ RESPONSE_CACHE_MB: 'lots' })).toThrow(/RESPONSE_CACHE_MB/);
  });

  it('is none with RESPONSE_CACHE_MB=0: every answer is computed, and Cache-Control still says how long it may be reused', async () => {
    const { api, measured } = await countingHarness({ env: { RESPONSE_CACHE_MB: '0' } });
    try {
      await api.services.repository.putCase(caseRecord(0, { tag: 'cache-off' }));
      await measured(CASES_PAGE, { first: 1 }); // loads the search index

      const first = await measured(CASES_PAGE, { first: 5 });
      const second = await measured(CASES_PAGE, { first: 5 });

      expect(first.requests).toBeGreaterThan(0);
      expect(second.requests).toBe(first.requests);
      expect(second.answer.headers['cache-control']).toBe('max-age=10, private');
      expect(second.answer.headers.age).toBeUndefined();
    } finally {
      await api.close();
    }
  });
});

describe('the local server', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({}, { inMemory: true });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('shows a letter PUT to its upload URL in the very next list (the PUT empties the cache, as a mutation does)', async () => {
    const list = () => postGraphQL<CasesPage>(server, CASES_PAGE, { first: 20 });
    const created = await postGraphQL<{ createUpload: { uploadUrl: string; uploadHeaders: { name: string; value: string }[] } }>(
      server,
      'mutation { createUpload(input: { fileName: "letter.txt", contentType: "text/plain" }) { uploadUrl uploadHeaders { name value } } }',
    );
    const target = created.body.data?.createUpload;
    if (!target) throw new Error(`createUpload failed: ${JSON.stringify(created.body)}`);
    const empty = await list();
    await list();

    const put = await fetch(target.uploadUrl, {
      method: 'PUT',
      headers: Object.fromEntries(target.uploadHeaders.map((header) => [header.name, header.value])),
      body: await sampleText(),
    });
    const after = await list();

    expect(put.status).toBe(200);
    expect(empty.body.data?.cases.edges).toEqual([]);
    expect(after.body.data?.cases.edges).toHaveLength(1);
  });

  it('sends the Cache-Control header over HTTP', async () => {
    const response = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: CASES_PAGE, variables: { first: 1 } }),
    });

    expect(response.headers.get('cache-control')).toBe('max-age=10, private');
  });
});
