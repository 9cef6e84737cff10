/**
 * The explorer's operations are typed from the schema by GraphQL Code Generator (codegen.yml, client
 * preset): the committed files under src/explorer/generated are what `npm run codegen` makes today, so
 * a schema change that breaks a page shows up as a stale file here and as a type error in the page.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../cdk/project-root.js';

const GENERATED = 'src/explorer/generated/';

describe("the explorer's generated operation types", () => {
  it('are what `npm run codegen` makes from schema/*.graphql and the pages today', async () => {
    const loaded = await loadCodegenConfig({ configFilePath: path.join(PROJECT_ROOT, 'codegen.yml') });
    const generates = Object.fromEntries(Object.entries(loaded.config.generates).filter(([target]) => target === GENERATED));

    const outputs: { filename: string; content: string }[] = await generate({ ...loaded.config, generates, cwd: PROJECT_ROOT }, false);

    const committed = (await readdir(path.join(PROJECT_ROOT, GENERATED))).map((name) => `${GENERATED}${name}`).sort();
    expect(outputs.map((output) => output.filename).sort()).toEqual(committed);
    for (const output of outputs) {
      expect(await readFile(path.join(PROJECT_ROOT, output.filename), 'utf8'), `${output.filename} is stale: run npm run codegen`).toBe(output.content);
    }
  });
});
