/**
 * Reading through the API: lookups, global ids, lists with filters and cursors, and the links
 * between cases, items and citations, over the real store (dynalite in memory).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../src/domain/records.js';
import { caseRecord } from './case-records.js';
import { openHarness, type Harness } from './harness.js';

let api: Harness;
const cases: CaseRecord[] = Array.from({ length: 25 }, (_, n) => caseRecord(n, { tag: 'queries' }));

interface Edge<T> {
  cursor: string;
  node: T;
}
interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

beforeAll(async () => {
  api = await openHarness();
  for (const record of cases) await api.services.repository.putCase(record);
});

afterAll(async () => {
  await api?.close();
});

describe('looking a case up', () => {
  it('finds a case by its case number, with its items, decisions and citations', async () => {
    const wanted = cases[3]!;
    const answer = await api.post<{ caseByNumber: Record<string, unknown> }>(
      `query ($n: String!) {
        caseByNumber(caseNumber: $n) {
          id caseNumber decisionDate priority outcome format parserVersion contentHash ingestedAt
          reviewer { licensureStates specialties }
          injuredWorker { age sex dateOfInjury diagnoses }
          utilizationReview { date }
          source { fileName contentType sizeBytes sha256 uploadedAt parserVersion warnings { code } }
          disputedItems {
            ordinal description
            treatment { name genericName drugClass category retrospective }
            decision { outcome medicallyNecessary rationale }
            citations { citedBy source basedOnMtus title edition sections pages { start end } text }
          }
        }
      }`,
      { n: wanted.caseNumber },
    );

    expect(answer.errors).toBeUndefined();
    expect(answer.data?.caseByNumber).toMatchObject({
      caseNumber: wanted.caseNumber,
      decisionDate: wanted.decisionDate,
      priority: 'STANDARD',
      outcome: 'PARTIALLY_OVERTURNED',
      contentHash: wanted.contentHash,
      reviewer: wanted.reviewer,
      injuredWorker: wanted.injuredWorker,
      source: { fileName: wanted.source.fileName, sizeBytes: wanted.source.sizeBytes },
      disputedItems: [
        { ordinal: 1, treatment: { genericName: 'hydrocodone/acetaminophen', category: 'PHARMACEUTICALS' }, decision: { outcome: 'UPHELD', medicallyNecessary: false } },
        {
          ordinal: 2,
          decision: { outcome: 'OVERTURNED', medicallyNecessary: true },
          citations: [
            { citedBy: 'CLAIMS_ADMINISTRATOR', source: 'ODG', pages: [] },
            { citedBy: 'INDEPENDENT_REVIEWER', source: 'MTUS', edition: '2016', pages: [{ start: 76, end: 80 }] },
          ],
        },
      ],
    });
  });

  it('answers null for a case number nobody stored', async () => {
    const answer = await api.post('{ caseByNumber(caseNumber: "CM99-9999999") { id } }');
    expect(answer).toMatchObject({ status: 200, data: { caseByNumber: null } });
  });

  it('fetches the same case, item and citation again from their global ids', async () => {
    const first = await api.post<{ caseByNumber: { id: string; disputedItems: { id: string; citations: { id: string }[] }[] } }>(
      `{ caseByNumber(caseNumber: "${cases[4]!.caseNumber}") { id disputedItems { id citations { id } } } }`,
    );
    const found = first.data!.caseByNumber;
    const item = found.disputedItems[1]!;
    const citation = item.citations[1]!;

    const again = await api.post(
      `query ($c: ID!, $i: ID!, $g: ID!) {
        byCase: case(id: $c) { caseNumber }
        asNode: node(id: $c) { __typename id ... on Case { caseNumber } }
        item: node(id: $i) { __typename ... on DisputedItem { ordinal case { caseNumber } } }
        citation: node(id: $g) { __typename ... on GuidelineCitation { citedBy item { ordinal } case { caseNumber } } }
        several: nodes(ids: [$c, $i]) { __typename }
      }`,
      { c: found.id, i: item.id, g: citation.id },
    );

    const caseNumber = cases[4]!.caseNumber;
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual({
      byCase: { caseNumber },
      asNode: { __typename: 'Case', id: found.id, caseNumber },
      item: { __typename: 'DisputedItem', ordinal: 2, case: { caseNumber } },
      citation: { __typename: 'GuidelineCitation', citedBy: 'INDEPENDENT_REVIEWER', item: { ordinal: 2 }, case: { caseNumber } },
      several: [{ __typename: 'Case' }, { __typename: 'DisputedItem' }],
    });
  });

  it('ids are opaque: a made-up id is refused with BAD_USER_INPUT, an id of another type too', async () => {
    const made = await api.post('{ node(id: "Q2FzZTo=") { id } }');
    const item = await api.post<{ caseByNumber: { disputedItems: { id: string }[] } }>(
      `{ caseByNumber(caseNumber: "${cases[0]!.caseNumber}") { disputedItems { id } } }`,
    );
    const wrongType = await api.post('query ($id: ID!) { case(id: $id) { id } }', { id: item.data!.caseByNumber.disputedItems[0]!.id });

    expect(made.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(wrongType.errors?.[0]).toMatchObject({ message: expect.stringContaining('not of a Case'), extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('a well-formed id of a case that does not exist gives null, not an error', async () => {
    const { toGlobalId } = await import('../../src/graphql/global-id.js');
    const answer = await api.post('query ($id: ID!) { case(id: $id) { id } node(id: $id) { id } }', {
      id: toGlobalId({ type: 'Case', caseId: '0000000000000000' }),
    });
    expect(answer).toMatchObject({ data: { case: null, node: null } });
    expect(answer.errors).toBeUndefined();
  });
});

describe('listing cases', () => {
  it('pages through every case with first/after, newest first, without repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const answer: { data?: { cases: Connection<{ caseNumber: string }> } | null } = await api.post(
        'query ($after: String) { cases(first: 10, after: $after) { edges { cursor node { caseNumber } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }',
        { after },
      );
      const connection: Connection<{ caseNumber: string }> = answer.data!.cases;
      pages += 1;
      seen.push(...connection.edges.map((edge) => edge.node.caseNumber));
      expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(connection.pageInfo.startCursor).toBe(connection.edges[0]?.cursor ?? null);
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }

    expect(pages).toBe(3);
    expect(seen).toEqual([...cases].reverse().map((record) => record.caseNumber));
  });

  it('filters by outcome and decision dates', async () => {
    const answer = await api.post<{ cases: Connection<{ outcome: string; decisionDate: string }> }>(
      '{ cases(first: 100, filter: { outcome: PARTIALLY_OVERTURNED, decidedFrom: "2016-12-01", decidedTo: "2016-12-10" }) { edges { node { outcome decisionDate } } } }',
    );
    const expected = cases.filter((c) => c.outcome === 'PARTIALLY_OVERTURNED' && c.decisionDate! >= '2016-12-01' && c.decisionDate! <= '2016-12-10');

    expect(answer.errors).toBeUndefined();
    expect(answer.data!.cases.edges).toHaveLength(expected.length);
    for (const { node } of answer.data!.cases.edges) {
      expect(node.outcome).toBe('PARTIALLY_OVERTURNED');
      expect(node.decisionDate >= '2016-12-01' && node.decisionDate <= '2016-12-10').toBe(true);
    }
  });

  it.each([
    ['first: 0', 'between 1 and 100'],
    ['first: 101', 'between 1 and 100'],
    ['first: -5', 'between 1 and 100'],
    ['filter: { decidedFrom: "2016-12-10", decidedTo: "2016-12-01" }', 'after decidedTo'],
  ])('refuses %s with BAD_USER_INPUT', async (args, message) => {
    const answer = await api.post(`{ cases(${args}) { edges { cursor } } }`);
    expect(answer.data).toBeNull();
    expect(answer.errors?.[0]).toMatchObject({ message: expect.stringContaining(message), extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('refuses a date that is not a calendar date', async () => {
    const answer = await api.post('query ($d: Date) { cases(filter: { decidedFrom: $d }) { edges { cursor } } }', { d: '2016-02-30' });
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0]).toMatchObject({ message: expect.stringContaining('Date must be a string like'), extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('refuses a cursor it did not issue with BAD_CURSOR', async () => {
    const answer = await api.post('{ cases(first: 5, after: "not-a-cursor") { edges { cursor } } }');
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_CURSOR');
  });
});

describe('disputed items and citations across cases', () => {
  it('lists items by treatment, each with its case', async () => {
    const answer = await api.post<{ disputedItems: Connection<{ treatment: { genericName: string }; case: { caseNumber: string } }> }>(
      '{ disputedItems(first: 100, filter: { treatment: "carisoprodol" }) { edges { node { treatment { genericName } case { caseNumber } } } } }',
    );
    const expected = cases.flatMap((c) => c.disputedItems.filter((i) => i.treatment.genericName === 'carisoprodol').map(() => c.caseNumber));

    expect(answer.errors).toBeUndefined();
    const nodes = answer.data!.disputedItems.edges.map((edge) => edge.node);
    expect(nodes.map((node) => node.case.caseNumber).sort()).toEqual(expected.sort());
    expect(new Set(nodes.map((node) => node.treatment.genericName))).toEqual(new Set(['carisoprodol']));
  });

  it('narrows items by outcome and gives each item its own parser warnings', async () => {
    const answer = await api.post<{ disputedItems: Connection<{ decision: { outcome: string }; ordinal: number; warnings: { code: string }[]; case: { caseNumber: string } }> }>(
      '{ disputedItems(first: 100, filter: { drugClass: "Opioids", outcome: OVERTURNED }) { edges { node { ordinal decision { outcome } warnings { code } case { caseNumber } } } } }',
    );
    const nodes = answer.data!.disputedItems.edges.map((edge) => edge.node);

    expect(answer.errors).toBeUndefined();
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) {
      expect(node.decision.outcome).toBe('OVERTURNED');
      const stored = cases.find((c) => c.caseNumber === node.case.caseNumber)!;
      expect(node.warnings).toEqual(stored.warnings.filter((w) => w.itemOrdinal === node.ordinal).map((w) => ({ code: w.code })));
    }
  });

  it('combines a treatment with a drug class, an outcome and a specialty, with an exact totalCount', async () => {
    const answer = await api.post<{ disputedItems: Connection<{ treatment: { genericName: string } }> & { totalCount: number } }>(
      '{ disputedItems(first: 2, filter: { treatment: "Norco", drugClass: "Opioids", specialty: "orthopedic surgery" }) { totalCount edges { node { treatment { genericName } } } } }',
    );
    const expected = cases.flatMap((c) =>
      c.reviewer.specialties.includes('Orthopedic Surgery') ? c.disputedItems.filter((i) => i.treatment.genericName === 'hydrocodone/acetaminophen') : [],
    );

    expect(answer.errors).toBeUndefined();
    expect(answer.data!.disputedItems.totalCount).toBe(expected.length);
    expect(answer.data!.disputedItems.edges.length).toBe(Math.min(2, expected.length));
  });

  it('refuses a reversed date range and an over-long term as BAD_USER_INPUT', async () => {
    const reversed = await api.post('{ disputedItems(filter: { decidedFrom: "2017-01-01", decidedTo: "2016-01-01" }) { totalCount } }');
    const long = await api.post('query ($t: String) { disputedItems(filter: { treatment: $t }) { totalCount } }', { t: 'x'.repeat(201) });
    const wrongKind = await api.post('query ($o: ItemOutcome) { disputedItems(filter: { outcome: $o }) { totalCount } }', { o: 'MAYBE' });

    expect(reversed.errors?.[0]).toMatchObject({ message: expect.stringContaining('is after decidedTo'), extensions: { code: 'BAD_USER_INPUT' } });
    expect(long.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(wrongKind.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lists citations by source and who cited them, each leading back to its item and case', async () => {
    const answer = await api.post<{ guidelineCitations: Connection<{ source: string; citedBy: string; item: { ordinal: number; case: { id: string } }; case: { id: string } }> }>(
      '{ guidelineCitations(first: 100, filter: { source: MTUS, citedBy: INDEPENDENT_REVIEWER }) { edges { node { source citedBy item { ordinal case { id } } case { id } } } } }',
    );
    const nodes = answer.data!.guidelineCitations.edges.map((edge) => edge.node);

    expect(answer.errors).toBeUndefined();
    expect(nodes).toHaveLength(cases.length * 2);
    for (const node of nodes) {
      expect(node).toMatchObject({ source: 'MTUS', citedBy: 'INDEPENDENT_REVIEWER' });
      expect(node.item.case.id).toBe(node.case.id);
    }
  });
});

describe('who is asking', () => {
  it('tells the caller who they are and what the limits are', async () => {
    const answer = await api.post('{ viewer { kind canWrite } limits { maxPageSize maxUploadBytes parserVersion } }');
    expect(answer.data).toMatchObject({
      viewer: { kind: 'USER', canWrite: false },
      limits: { maxPageSize: 100, maxUploadBytes: api.services.config.maxUploadBytes },
    });
  });
});
