/**
 * Hostile queries are refused before they run, with HTTP 400 and extensions.code QUERY_TOO_COMPLEX
 * naming the limit, while the queries real clients send (GraphiQL's introspection, a full page)
 * pass. Nothing here touches the store: refusals happen at parse and validation time.
 */
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_LIST_ROWS_PER_REQUEST, QUERY_LIMITS } from '../../src/graphql/index.js';
import { LONG_LETTER_CASE_NUMBER, letterWithLongSummary } from '../long-letters.js';
import { openHarness, type Harness } from './harness.js';

let api: Harness;
let dynamoRequests = 0;

beforeAll(async () => {
  api = await openHarness({ services: { onDynamoRequest: () => (dynamoRequests += 1) } });
});

afterAll(async () => {
  await api?.close();
});

/** cases → items → citations → item → case → items → ... as deep as asked. */
function depthBomb(levels: number): string {
  let selection = 'id';
  for (let i = 0; i < levels; i += 1) selection = i % 2 === 0 ? `item { case { disputedItems { citations { ${selection} } } } }` : `case { disputedItems { citations { ${selection} } } }`;
  return `{ cases { edges { node { disputedItems { citations { ${selection} } } } } } }`;
}

const FULL_CASE = `id caseNumber dateAssigned decisionDate urDenialDate applicationReceivedDate priority
  reviewer { licensureStates specialties } injuredWorker { age sex dateOfInjury diagnoses } utilizationReview { date }
  clinicalSummary outcome warnings { code message itemOrdinal } format parserVersion contentHash ingestedAt
  source { fileName contentType sizeBytes sha256 uploadedAt parserVersion warnings { code message itemOrdinal } }
  disputedItems { id ordinal description originalRequest authorizedRequest
    treatment { name genericName drugClass category subcategory strength quantity refills retrospective serviceDate }
    decision { outcome medicallyNecessary rationale } claimsAdministratorBasis independentReviewerBasis
    citations { id citedBy basedOnMtus source title edition sections inferredSections pages { start end } url text } }`;

async function expectRefused(query: string, limit: string, variables?: Record<string, unknown>): Promise<string> {
  dynamoRequests = 0;
  const started = performance.now();
  const answer = await api.post(query, variables);
  const elapsedMs = performance.now() - started;

  expect(answer.data ?? null).toBeNull();
  // One hostile query can break several limits at once (a depth bomb is also costly): each is named.
  const refusal = answer.errors?.find((error) => error.extensions?.limit === limit);
  expect(refusal, JSON.stringify(answer.errors)).toBeDefined();
  for (const error of answer.errors!) expect(error.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  expect(refusal!.message).toMatch(/^Query refused: /);
  if (limit !== 'MAX_LIST_ROWS') {
    // Refused before any resolver ran: not one read, and an answer in parse/validate time.
    expect(answer.status).toBe(400);
    expect(dynamoRequests).toBe(0);
  }
  expect(elapsedMs, 'a refusal must be quick, not a slow answer').toBeLessThan(5_000);
  return refusal!.message;
}

describe('queries real clients send pass', () => {
  it("GraphiQL's full introspection query is answered", async () => {
    const answer = await api.post(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, inputValueDeprecation: true }));
    expect(answer.errors).toBeUndefined();
    expect(answer.status).toBe(200);
  });

  it('a page of 100 cases with every field, item and citation is answered', async () => {
    const answer = await api.post(`{ cases(first: 100) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${FULL_CASE} } } } }`);
    expect(answer.errors).toBeUndefined();
  });

  it(`a query ${8} levels deep (citation → item → case) is answered`, async () => {
    const answer = await api.post('{ cases { edges { node { disputedItems { citations { item { case { caseNumber } } } } } } } }');
    expect(answer.errors).toBeUndefined();
  });
});

describe('hostile queries are refused before they run', () => {
  it(`a depth bomb deeper than ${QUERY_LIMITS.maxDepth} levels`, async () => {
    const message = await expectRefused(depthBomb(6), 'MAX_DEPTH');
    expect(message).toContain(`limit of ${QUERY_LIMITS.maxDepth}`);
  });

  it('a depth bomb hidden in fragments', async () => {
    const fragments = Array.from({ length: 6 }, (_, i) => `fragment F${i} on GuidelineCitation { item { case { disputedItems { citations { ${i < 5 ? `...F${i + 1}` : 'id'} } } } } }`);
    await expectRefused(`{ cases { edges { node { disputedItems { citations { ...F0 } } } } } } ${fragments.join(' ')}`, 'MAX_DEPTH');
  });

  it(`an alias flood (more than ${QUERY_LIMITS.maxAliases} aliases)`, async () => {
    const aliases = Array.from({ length: 60 }, (_, i) => `a${i}: caseByNumber(caseNumber: "CM16-0213037") { id }`).join(' ');
    await expectRefused(`{ ${aliases} }`, 'MAX_ALIASES');
  });

  it('a query whose answer would be too big (heavy pages under a few aliases)', async () => {
    const pages = Array.from({ length: 12 }, (_, i) => `p${i}: cases(first: 100) { edges { node { ${FULL_CASE} } } }`).join(' ');
    await expectRefused(`{ ${pages} }`, 'MAX_ANSWER_BYTES');
  });

  it(`a query that would resolve more than ${QUERY_LIMITS.maxCost.toLocaleString('en-US')} values, small as each is`, async () => {
    const pages = Array.from({ length: 8 }, (_, i) => `p${i}: cases(first: 100) { edges { node { disputedItems { citations { item { citations { pages { start } } } } } } } }`);
    await expectRefused(`{ ${pages.join(' ')} }`, 'MAX_COST');
  });

  it(`a directive flood (more than ${QUERY_LIMITS.maxDirectives} directives)`, async () => {
    const fields = Array.from({ length: 40 }, () => 'viewer { kind @include(if: true) }').join(' ');
    await expectRefused(`{ ${fields} }`, 'MAX_DIRECTIVES');
  });

  it(`a token flood (a huge query of more than ${QUERY_LIMITS.maxTokens} tokens)`, async () => {
    const message = await expectRefused(`{ ${'viewer { kind } '.repeat(50_000)} }`, 'MAX_TOKENS');
    expect(message).toBe(`Query refused: it has more than ${QUERY_LIMITS.maxTokens} tokens.`);
  });

  it(`lists that ask for more than ${MAX_LIST_ROWS_PER_REQUEST} rows in all, though their answer is small enough for the estimate`, async () => {
    const pages = Array.from({ length: 6 }, (_, i) => `p${i}: cases(first: $n) { edges { node { id } } }`).join(' ');
    await expectRefused(`query ($n: Int) { ${pages} }`, 'MAX_LIST_ROWS', { n: 100 });
  });
});

/**
 * The review's finding: a 1 KB query, five aliases of a page sized by a variable, each case's items →
 * citations → item → citations → case → items, answered 8.4 MB in 5–7 s. graphql-armor's cost saw
 * neither the variable nor the lists that take no `first`.
 */
function citationLoop(page: string): string {
  return `${page} { edges { node { disputedItems { citations { item { citations { case { disputedItems { id description claimsAdministratorBasis independentReviewerBasis } } } } } } } } }`;
}

describe('lists are counted at the size they will have, before anything runs', () => {
  it('a page size passed as a variable', async () => {
    const aliases = Array.from({ length: 5 }, (_, i) => citationLoop(`a${i}: cases(first: $n)`)).join(' ');
    const message = await expectRefused(`query ($n: Int) { ${aliases} }`, 'MAX_ANSWER_BYTES', { n: 100 });
    expect(message).toMatch(/over the limit of 5,242,880/);
  });

  it("a page size left to the variable's default", async () => {
    const aliases = Array.from({ length: 5 }, (_, i) => citationLoop(`a${i}: cases(first: $n)`)).join(' ');
    await expectRefused(`query ($n: Int = 100) { ${aliases} }`, 'MAX_ANSWER_BYTES');
  });

  it("a page size left to the schema's default (20)", async () => {
    const aliases = Array.from({ length: QUERY_LIMITS.maxAliases }, (_, i) => citationLoop(`a${i}: cases`)).join(' ');
    await expectRefused(`{ ${aliases} }`, 'MAX_ANSWER_BYTES');
  });

  it('a page size written in the query', async () => {
    const aliases = Array.from({ length: 5 }, (_, i) => citationLoop(`a${i}: cases(first: 100)`)).join(' ');
    await expectRefused(`{ ${aliases} }`, 'MAX_ANSWER_BYTES');
  });

  it('the same loop through a fragment spread many times', async () => {
    const fragment = 'fragment Loop on GuidelineCitation { item { citations { case { disputedItems { id description claimsAdministratorBasis independentReviewerBasis } } } } }';
    const aliases = Array.from({ length: 5 }, (_, i) => `a${i}: cases(first: $n) { edges { node { disputedItems { citations { ...Loop ...Loop } } } } }`).join(' ');
    await expectRefused(`query ($n: Int) { ${aliases} } ${fragment}`, 'MAX_ANSWER_BYTES', { n: 100 });
  });

  it('a small page of the same loop is answered', async () => {
    const answer = await api.post(`query ($n: Int) { ${citationLoop('cases(first: $n)')} }`, { n: 5 });
    expect(answer.errors).toBeUndefined();
  });
});

describe('an answer bigger than its estimate is not sent', () => {
  let small: Harness;
  beforeAll(async () => {
    small = await openHarness({ env: { MAX_ANSWER_BYTES: '100000' } });
    const ingested = await small.services.ingestLetter({ bytes: letterWithLongSummary(200_000), fileName: 'long-summary.txt' });
    expect(ingested.status).toBe('PARSED');
  });
  afterAll(async () => {
    await small?.close();
  });

  it('a case whose clinical summary is far longer than any real one, over MAX_ANSWER_BYTES, is refused once built', async () => {
    const query = `{ caseByNumber(caseNumber: "${LONG_LETTER_CASE_NUMBER}") { clinicalSummary } }`;

    const answer = await small.post(query);

    expect(answer.status).toBe(400);
    expect(answer.data ?? null).toBeNull();
    expect(answer.errors).toEqual([
      { message: expect.stringMatching(/^Query refused: its answer takes [\d,]+ bytes, over the limit of 100,000\./), extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'MAX_ANSWER_BYTES' } },
    ]);
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(small.logged.map((entry) => entry.message)).toContain('Answer over MAX_ANSWER_BYTES refused after it was built');
  });

  it('the same case without its summary is answered', async () => {
    const answer = await small.post(`{ caseByNumber(caseNumber: "${LONG_LETTER_CASE_NUMBER}") { caseNumber } }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ caseByNumber: { caseNumber: LONG_LETTER_CASE_NUMBER } });
  });
});

describe('malformed requests', () => {
  it('a syntax error is GRAPHQL_PARSE_FAILED with HTTP 400', async () => {
    const answer = await api.post('{ cases { edges { node { id }');
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('an unknown field is GRAPHQL_VALIDATION_FAILED with HTTP 400, and suggests the right name', async () => {
    const answer = await api.post('{ cases { edges { node { caseNumbr } } } }');
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0]).toMatchObject({ message: expect.stringContaining('Did you mean "caseNumber"'), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });

  it('a variable of the wrong type is BAD_USER_INPUT with HTTP 400', async () => {
    const answer = await api.post('query ($n: Int) { cases(first: $n) { edges { cursor } } }', { n: 'twenty' });
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
