// A GraphQL Code Generator plugin: the merged schema/*.graphql as one TypeScript string constant.
// Why: the Lambda is one esbuild bundle with no schema files beside it, so the SDL travels as code,
// derived from schema/ by `npm run codegen` (never written by hand). Plain ESM because the codegen
// CLI loads plugins with Node's own import(), which does not read TypeScript.
import { printSchema } from 'graphql';

/** @type {import('@graphql-codegen/plugin-helpers').PluginFunction} */
export const plugin = (schema) =>
  [
    '/** The SDL of schema/*.graphql, merged and printed (descriptions kept). */',
    `export const typeDefs = ${JSON.stringify(printSchema(schema) + '\n')};`,
    '',
  ].join('\n');
