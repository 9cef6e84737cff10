/**
 * The schema is the contract and GraphiQL's docs pane is its manual: every type, field, argument,
 * input field and enum value has a description, as the running server reports them; error codes
 * match the project's registry; the committed generated files are what `npm run codegen` makes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { buildClientSchema, getIntrospectionQuery, isEnumType, isInputObjectType, isInterfaceType, isObjectType, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../cdk/project-root.js';
import { ERROR_CODES } from '../../src/errors.js';
import { openHarness, type Harness } from './harness.js';

let api: Harness;

beforeAll(async () => {
  api = await openHarness();
});

afterAll(async () => {
  await api?.close();
});

async function servedSchema() {
  const answer = await api.post<IntrospectionQuery>(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, inputValueDeprecation: true }));
  expect(answer.errors).toBeUndefined();
  return buildClientSchema(answer.data!);
}

describe('the schema as GraphiQL sees it', () => {
  it('describes every type, field, argument, input field and enum value', async () => {
    const schema = await servedSchema();
    const missing: string[] = [];
    const check = (where: string, description: string | null | undefined) => {
      if (!description?.trim()) missing.push(where);
    };

    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      check(type.name, type.description);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          check(`${type.name}.${field.name}`, field.description);
          for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg.description);
        }
      }
      if (isInputObjectType(type)) for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.description);
      if (isEnumType(type)) for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
    }

    expect(missing, `undescribed: ${missing.join(', ')}`).toEqual([]);
  });

  it('keeps the date scalars documented, with the standard they follow', async () => {
    const schema = await servedSchema();
    for (const name of ['Date', 'DateTime']) {
      const scalar = schema.getType(name);
      expect(scalar?.description).toMatch(/ISO 8601/);
      expect(scalar && 'specifiedByURL' in scalar ? scalar.specifiedByURL : null).toMatch(/rfc3339/);
    }
  });

  it('lists exactly the error codes of src/errors.ts', async () => {
    const schema = await servedSchema();
    const errorCode = schema.getType('ErrorCode');
    expect(isEnumType(errorCode) ? errorCode.getValues().map((value) => value.name).sort() : null).toEqual([...ERROR_CODES].sort());
  });

  it('makes Case, DisputedItem, GuidelineCitation and Upload fetchable as Node', async () => {
    const schema = await servedSchema();
    const node = schema.getType('Node');
    expect(isInterfaceType(node) ? schema.getPossibleTypes(node).map((type) => type.name).sort() : null).toEqual(['Case', 'DisputedItem', 'GuidelineCitation', 'Upload']);
  });
});

describe('generated code', () => {
  it('is what `npm run codegen` makes from schema/*.graphql today (run it after editing the schema)', async () => {
    const loaded = await loadCodegenConfig({ configFilePath: path.join(PROJECT_ROOT, 'codegen.yml') });
    // The explorer's typed operations are checked by test/explorer/codegen.test.ts.
    const generates = Object.fromEntries(Object.entries(loaded.config.generates).filter(([target]) => target.startsWith('src/graphql/')));
    const outputs: { filename: string; content: string }[] = await generate({ ...loaded.config, generates, cwd: PROJECT_ROOT }, false);

    expect(outputs.map((output) => output.filename).sort()).toEqual(['src/graphql/generated/resolvers-types.ts', 'src/graphql/generated/type-defs.ts']);
    for (const output of outputs) {
      const committed = readFileSync(path.join(PROJECT_ROOT, output.filename), 'utf8');
      expect(committed, `${output.filename} is stale: run npm run codegen`).toBe(output.content);
    }
  });
});
