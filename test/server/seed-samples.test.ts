import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeSeed } from '../../src/server/seed-samples.js';
import { postGraphQL, SAMPLES_DIR, startTestServer } from './local-server.js';

const CASE_NUMBERS = /* GraphQL */ `{ cases(first: 100) { totalCount edges { node { caseNumber disputedItems { description } } } } }`;

interface Cases {
  cases: { totalCount: number | null; edges: { node: { caseNumber: string | null; disputedItems: unknown[] } }[] };
}

/** The README's example queries ("More to try"), as a newcomer runs them on a fresh start. */
const README_EXAMPLES = /* GraphQL */ `{
  caseByNumber(caseNumber: "CM16-0230651") { caseNumber decisionDate }
  disputedItems(filter: { treatment: "Norco", outcome: OVERTURNED }) { edges { node { description } } }
  guidelineCitations(filter: { source: MTUS, section: "Opioids, criteria for use" }) { edges { node { source sections } } }
  cases(first: 5) { edges { node { caseNumber decisionDate reviewer { specialties } disputedItems { description citations { source } } } } }
}`;

interface ReadmeAnswers {
  caseByNumber: { caseNumber: string; decisionDate: string | null } | null;
  disputedItems: { edges: { node: { description: string } }[] };
  guidelineCitations: { edges: { node: { source: string; sections: string[] } }[] };
  cases: { edges: { node: { caseNumber: string | null; decisionDate: string | null; reviewer: { specialties: string[] } } }[] };
}

const isLetter = (f: string) => /\.(txt|pdf)$/.test(f);

describe('first start with an empty store', () => {
  let dataDir: string;
  /** The samples' letters, each as .txt and .pdf (one case each). */
  let pairedCount: number;
  /** The synthetic letters, .txt only (one case each). */
  let syntheticCount: number;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'imr-seed-'));
    pairedCount = (await readdir(SAMPLES_DIR)).filter(isLetter).length;
    syntheticCount = (await readdir(path.join(SAMPLES_DIR, 'synthetic'))).filter(isLetter).length;
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('loads the sample letters and the synthetic ones, one case per letter (each sample .pdf is a DUPLICATE of its .txt)', async () => {
    const server = await startTestServer({ DATA_DIR: dataDir }, { seedSamples: true });
    try {
      const answer = await postGraphQL<Cases>(server, CASE_NUMBERS);

      const cases = pairedCount / 2 + syntheticCount;
      expect(syntheticCount).toBeGreaterThanOrEqual(20);
      expect(server.seed?.seeded).toBe(true);
      expect(server.seed?.files).toHaveLength(pairedCount + syntheticCount);
      expect(server.seed?.files.filter((f) => f.status === 'PARSED')).toHaveLength(cases);
      expect(server.seed?.files.filter((f) => f.status === 'DUPLICATE')).toHaveLength(pairedCount / 2);
      expect(server.seed?.files.filter((f) => f.fileName.startsWith('synthetic/'))).toHaveLength(syntheticCount);
      expect(answer.body.data?.cases.edges).toHaveLength(cases);
      for (const { node } of answer.body.data?.cases.edges ?? []) expect(node.disputedItems.length).toBeGreaterThan(0);
      // The synthetic letters have covers: their cases have case numbers.
      expect(answer.body.data?.cases.edges.filter(({ node }) => node.caseNumber !== null)).toHaveLength(syntheticCount);
      expect(describeSeed(server.seed!)).toBe(`Loaded ${pairedCount + syntheticCount} sample letters → ${cases} cases (${pairedCount / 2} duplicates, 0 failed).`);
    } finally {
      await server.close();
    }
  });

  it("answers every example query of the README with data", async () => {
    const server = await startTestServer({ DATA_DIR: dataDir }, { seedSamples: true });
    try {
      const answer = await postGraphQL<ReadmeAnswers>(server, README_EXAMPLES);

      expect(answer.body.errors).toBeUndefined();
      const data = answer.body.data!;
      expect(data.caseByNumber).toEqual({ caseNumber: 'CM16-0230651', decisionDate: expect.stringMatching(/^2016-12-/) });
      expect(data.disputedItems.edges.map((e) => e.node.description)).toContain('Norco 10/325mg #120');
      expect(data.guidelineCitations.edges.length).toBeGreaterThan(0);
      // The filter may also find the section's other phrasings ("Criteria for use of opioids"); the showcase letter writes it as the README does.
      expect(data.guidelineCitations.edges.some(({ node }) => node.source === 'MTUS' && node.sections.includes('Opioids, criteria for use'))).toBe(true);
      expect(data.cases.edges).toHaveLength(5);
      for (const { node } of data.cases.edges) {
        expect(node.caseNumber).toMatch(/^CM\d{2}-\d{7}$/);
        expect(node.decisionDate).not.toBeNull();
        expect(node.reviewer.specialties.length).toBeGreaterThan(0);
      }
    } finally {
      await server.close();
    }
  });

  it('leaves a store that already has cases alone on the next start, and the cases are still there', async () => {
    const server = await startTestServer({ DATA_DIR: dataDir }, { seedSamples: true });
    try {
      const answer = await postGraphQL<Cases>(server, CASE_NUMBERS);

      expect(server.seed).toEqual({ seeded: false, files: [] });
      expect(answer.body.data?.cases.edges).toHaveLength(pairedCount / 2 + syntheticCount);
    } finally {
      await server.close();
    }
  });
});
