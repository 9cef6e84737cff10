/**
 * Our cache control (src/graphql/cache-control.ts) computes hints only at the fields that can
 * change an answer's policy. Whatever the query, the Cache-Control header must be the one
 * Apollo's own plugin, which hooks every field, gives for the same answer.
 */
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext, typeDefs, type GraphQLContext, type Principal } from '../../src/graphql/index.js';
import { toGlobalId } from '../../src/graphql/global-id.js';
import { createResolvers } from '../../src/graphql/resolvers/index.js';
import { caseRecord } from './case-records.js';
import { openHarness, READER, WRITER, type Harness } from './harness.js';

const TAG = 'cache-control';
const caseId = (n: number) => toGlobalId({ type: 'Case', caseId: caseRecord(n, { tag: TAG }).id });
const itemId = (n: number) => toGlobalId({ type: 'DisputedItem', caseId: caseRecord(n, { tag: TAG }).id, ordinal: 1 });
const citationId = (n: number) => toGlobalId({ type: 'GuidelineCitation', caseId: caseRecord(n, { tag: TAG }).id, ordinal: 1, index: 0 });
const missingCaseId = toGlobalId({ type: 'Case', caseId: caseRecord(99, { tag: 'never stored' }).id });

describe('the Cache-Control header', () => {
  let ours: Harness;
  let apollos: ApolloServer<GraphQLContext>;
  let uploadId: string;
  const seen = new Set<string>();

  /** The same schema and resolvers with Apollo's own cache control plugin. */
  async function postToApollos(query: string, variables: Record<string, unknown> | undefined, principal: Principal) {
    const response = await apollos.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers: new HeaderMap([['content-type', 'application/json']]), search: '', body: JSON.parse(JSON.stringify({ query, variables })) },
      context: async () => createContext(ours.services, principal),
    });
    if (response.body.kind !== 'complete') throw new Error('Expected a complete response.');
    return { headers: Object.fromEntries(response.headers), body: JSON.parse(response.body.string) as { data?: unknown; errors?: unknown[] } };
  }

  beforeAll(async () => {
    ours = await openHarness({ env: { RESPONSE_CACHE_MB: '0' } });
    for (let n = 0; n < 3; n++) await ours.services.repository.putCase(caseRecord(n, { tag: TAG }));
    const document = parse(typeDefs);
    apollos = new ApolloServer<GraphQLContext>({ typeDefs: document, resolvers: createResolvers(document), plugins: [ApolloServerPluginLandingPageDisabled()] });
    await apollos.start();
    const created = await ours.post<{ createUpload: { upload: { id: string } } }>(
      'mutation { createUpload(input: { fileName: "letter.pdf", contentType: "application/pdf" }) { upload { id } } }',
      undefined,
      WRITER,
    );
    uploadId = created.data?.createUpload.upload.id ?? '';
  });
  afterAll(async () => {
    await apollos?.stop();
    await ours?.close();
  });

  const queries: [string, string, () => Record<string, unknown> | undefined, Principal?][] = [
    ['a case with everything under it', 'query ($id: ID!) { case(id: $id) { id caseNumber reviewer { specialties } injuredWorker { age } source { fileName } warnings { code } disputedItems { id treatment { name concept { id } } decision { outcome } warnings { code } case { id } citations { id source pages { start } sectionConcepts { id } item { id } case { id } } } } }', () => ({ id: caseId(0) })],
    ['a case that is not stored', 'query ($id: ID!) { case(id: $id) { id disputedItems { id } } }', () => ({ id: missingCaseId })],
    ['a case by number, found and not', '{ found: caseByNumber(caseNumber: "CM16-0213000") { id } missing: caseByNumber(caseNumber: "CM99-0000000") { id } }', () => undefined],
    ['a page of cases with items and citations', '{ cases(first: 3) { totalCount edges { cursor node { id disputedItems { description citations { source } } } } pageInfo { endCursor } } }', () => undefined],
    ['an empty page', '{ cases(first: 3, filter: { treatment: "no such treatment anywhere" }) { edges { node { id } } } }', () => undefined],
    ['items and citations', '{ disputedItems(first: 3) { edges { node { id case { id } } } } guidelineCitations(first: 3) { edges { node { id item { id } } } } }', () => undefined],
    ['nodes of every kind', 'query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Case { outcome } ... on DisputedItem { description } ... on GuidelineCitation { source } } }', () => ({ ids: [caseId(1), itemId(1), citationId(1), missingCaseId] })],
    ['a node that is an upload', 'query ($id: ID!) { node(id: $id) { id ... on Upload { status case { id } } } }', () => ({ id: uploadId })],
    ['an upload', 'query ($id: ID!) { upload(id: $id) { id status } }', () => ({ id: uploadId })],
    ['statistics and facets', '{ outcomeStats(groupBy: SPECIALTY) { key total } facets(facet: SPECIALTY) { value count } }', () => undefined],
    ['the viewer', '{ viewer { kind } }', () => undefined],
    ['the limits', '{ limits { maxPageSize parserVersion } }', () => undefined],
    ['a case beside a page', 'query ($id: ID!) { case(id: $id) { id } cases(first: 1) { edges { cursor } } }', () => ({ id: caseId(2) })],
    ['only __typename', '{ __typename }', () => undefined],
    ['introspection', '{ __schema { queryType { name } } }', () => undefined],
    ['an answer with an error', 'query ($id: ID!) { case(id: $id) { id } }', () => ({ id: 'not-an-id' })],
    ['a mutation', 'mutation { createUpload(input: { fileName: "a.pdf", contentType: "application/pdf" }) { upload { id } } }', () => undefined, WRITER],
  ];

  it.each(queries)('is Apollo’s for %s', async (_, query, variables, principal = READER) => {
    const vars = variables();
    const fromApollo = await postToApollos(query, vars, principal);
    const fromOurs = await ours.post(query, vars, principal);

    // Apollo's answer, for the mutation, is another new upload: compare what does not depend on that.
    if (!query.startsWith('mutation')) expect(fromOurs.data ?? null).toEqual(fromApollo.body.data ?? null);
    expect(Boolean(fromOurs.errors)).toBe(Boolean(fromApollo.body.errors));
    // Apollo's header, except that no shared cache may keep an answer: they hold medical data.
    expect(fromOurs.headers['cache-control']).toBe(fromApollo.headers['cache-control']?.replace(/, public$/, ', private'));
    seen.add(fromOurs.headers['cache-control'] ?? '');
  });

  it('was compared on answers kept 5 minutes, 10 seconds and never', () => {
    expect([...seen].sort()).toEqual(['max-age=10, private', 'max-age=300, private', 'no-store']);
  });
});
