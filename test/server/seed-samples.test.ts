import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeSeed } from '../../src/server/seed-samples.js';
import { postGraphQL, SAMPLES_DIR, startTestServer } from './local-server.js';

const CASE_NUMBERS = /* GraphQL */ `{ cases(first: 100) { totalCount edges { node { caseNumber disputedItems { description } } } } }`;

interface Cases {
  cases: { totalCount: number | null; edges: { node: { caseNumber: string; disputedItems: unknown[] } }[] };
}

describe('first start with an empty store', () => {
  let dataDir: string;
  let letterCount: number;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'imr-seed-'));
    letterCount = (await readdir(SAMPLES_DIR)).filter((f) => /\.(txt|pdf)$/.test(f)).length;
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('loads the sample letters, one case per letter (each .pdf is a DUPLICATE of its .txt)', async () => {
    const server = await startTestServer({ DATA_DIR: dataDir }, { seedSamples: true });
    try {
      const answer = await postGraphQL<Cases>(server, CASE_NUMBERS);

      expect(server.seed?.seeded).toBe(true);
      expect(server.seed?.files).toHaveLength(letterCount);
      expect(server.seed?.files.filter((f) => f.status === 'PARSED')).toHaveLength(letterCount / 2);
      expect(server.seed?.files.filter((f) => f.status === 'DUPLICATE')).toHaveLength(letterCount / 2);
      expect(answer.body.data?.cases.edges).toHaveLength(letterCount / 2);
      for (const { node } of answer.body.data?.cases.edges ?? []) expect(node.disputedItems.length).toBeGreaterThan(0);
      expect(describeSeed(server.seed!)).toBe(`Loaded ${letterCount} sample letters → ${letterCount / 2} cases (${letterCount / 2} duplicates, 0 failed).`);
    } finally {
      await server.close();
    }
  });

  it('leaves a store that already has cases alone on the next start, and the cases are still there', async () => {
    const server = await startTestServer({ DATA_DIR: dataDir }, { seedSamples: true });
    try {
      const answer = await postGraphQL<Cases>(server, CASE_NUMBERS);

      expect(server.seed).toEqual({ seeded: false, files: [] });
      expect(answer.body.data?.cases.edges).toHaveLength(letterCount / 2);
    } finally {
      await server.close();
    }
  });
});
