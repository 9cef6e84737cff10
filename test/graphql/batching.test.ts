/**
 * No N+1: a page of cases with every item and citation, or a page of items with their cases,
 * costs a fixed handful of DynamoDB requests however many rows the page holds. Requests are
 * counted at the DynamoDB client (openServices' onDynamoRequest), over the real store.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseRecord } from './case-records.js';
import { openHarness, type Harness } from './harness.js';

let api: Harness;
let requests: string[] = [];

beforeAll(async () => {
  // The search index follows other processes' writes at most once an hour here, so counts are the page's own.
  api = await openHarness({ env: { SEARCH_SYNC_MS: '3600000' }, services: { onDynamoRequest: (operation) => requests.push(operation) } });
  for (let n = 0; n < 30; n += 1) await api.services.repository.putCase(caseRecord(n, { tag: 'batching' }));
  // A process loads the index once, on its first list (one Query per feed shard).
  requests = [];
  await api.post('{ cases(first: 1) { totalCount } }');
  expect(requests.filter((op) => op === 'Query')).toHaveLength(4);
});

afterAll(async () => {
  await api?.close();
});

async function countRequests(query: string): Promise<{ operations: string[]; data: unknown }> {
  requests = [];
  const answer = await api.post(query);
  expect(answer.errors).toBeUndefined();
  return { operations: [...requests], data: answer.data };
}

describe('reading a page does not cost a request per row', () => {
  it('20 cases with their items, citations and the links back cost at most 3 DynamoDB requests', async () => {
    const { operations, data } = await countRequests(`{
      cases(first: 20) {
        edges { node {
          id caseNumber
          disputedItems {
            id ordinal decision { outcome } warnings { code } case { id }
            citations { id source sections item { ordinal } case { caseNumber } }
          }
        } }
      }
    }`);

    const page = data as { cases: { edges: { node: { disputedItems: { citations: unknown[] }[] } }[] } };
    expect(page.cases.edges).toHaveLength(20);
    expect(page.cases.edges.flatMap((e) => e.node.disputedItems.flatMap((i) => i.citations))).toHaveLength(80);
    expect(operations.length, `requests: ${operations.join(', ')}`).toBeLessThanOrEqual(3);
  });

  it('20 disputed items with their cases cost at most 3 DynamoDB requests', async () => {
    const { operations, data } = await countRequests(`{
      disputedItems(first: 20, filter: { category: PHARMACEUTICALS }) {
        edges { node { ordinal case { caseNumber reviewer { specialties } } citations { item { ordinal } case { id } } } }
      }
    }`);

    expect((data as { disputedItems: { edges: unknown[] } }).disputedItems.edges).toHaveLength(20);
    expect(operations.length, `requests: ${operations.join(', ')}`).toBeLessThanOrEqual(3);
  });

  it('20 citations with their items and cases cost at most 3 DynamoDB requests', async () => {
    const { operations, data } = await countRequests(`{
      guidelineCitations(first: 20, filter: { source: ODG }) {
        edges { node { text item { description decision { outcome } } case { caseNumber } } }
      }
    }`);

    expect((data as { guidelineCitations: { edges: unknown[] } }).guidelineCitations.edges).toHaveLength(20);
    expect(operations.length, `requests: ${operations.join(', ')}`).toBeLessThanOrEqual(3);
  });

  it('ten node ids of one case read the case once', async () => {
    const { data } = await countRequests('{ cases(first: 1) { edges { node { disputedItems { id citations { id } } } } } }');
    const item = (data as { cases: { edges: { node: { disputedItems: { id: string; citations: { id: string }[] }[] } }[] } }).cases.edges[0]!.node
      .disputedItems[0]!;
    const ids = [item.id, ...item.citations.map((c) => c.id)];

    requests = [];
    const answer = await api.post('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [...ids, ...ids, ...ids] });

    expect(answer.errors).toBeUndefined();
    expect(requests).toHaveLength(1);
  });
});
