// A GraphQL Code Generator plugin: the merged schema/*.graphql as one TypeScript string constant.
// Why: the Lambda is one esbuild bundle with no schema files beside it, so the SDL travels as code,
// derived from schema/ by `npm run codegen` (never written by hand). Plain ESM because the codegen
// CLI loads plugins with Node's own import(), which does not read TypeScript.
// graphql's printSchema drops directives applied to types and fields; Apollo's cache control reads
// the `@cacheControl` hints from exactly there, so the schema is printed with them.
import { printSchemaWithDirectives } from '@graphql-tools/utils';

/** @type {import('@graphql-codegen/plugin-helpers').PluginFunction} */
export const plugin = (schema) =>
  [
    '/** The SDL of schema/*.graphql, merged and printed (descriptions and directives kept). */',
    `export const typeDefs = ${JSON.stringify(printSchemaWithDirectives(schema) + '\n')};`,
    '',
  ].join('\n');
