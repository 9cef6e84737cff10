import { existsSync } from 'node:fs';
import path from 'node:path';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { Stack } from 'aws-cdk-lib';
import type { BuiltApp } from './build-app.js';

export interface FunctionBundle {
  /** `graphql` or `ingest`. */
  name: 'graphql' | 'ingest';
  /** The asset folder synth wrote (what Lambda receives, zipped). */
  directory: string;
  /** The bundle's entry file inside it (index.mjs). */
  entry: string;
}

/**
 * Where synth put each function's bundle: the folder `asset.<hash>` in the cloud assembly
 * named by the function's code key. Tests and the bundle benchmark load these files.
 */
export function functionBundles(built: BuiltApp, assemblyDirectory: string): FunctionBundle[] {
  const functions: [FunctionBundle['name'], lambda.Function][] = [
    ['graphql', built.stack.graphql.function],
    ['ingest', built.stack.ingestFunction.function],
  ];
  return functions.map(([name, fn]) => {
    const cfn = fn.node.defaultChild as lambda.CfnFunction;
    const code = Stack.of(fn).resolve(cfn.code) as { s3Key?: string };
    const hash = code.s3Key?.replace(/\.zip$/, '');
    if (!hash) throw new Error(`No asset key on the ${name} function.`);
    const directory = path.join(assemblyDirectory, `asset.${hash}`);
    const entry = path.join(directory, 'index.mjs');
    if (!existsSync(entry)) throw new Error(`The ${name} bundle is missing: ${entry}`);
    return { name, directory, entry };
  });
}

/**
 * The literal environment variables the stack gives a function (NODE_OPTIONS, IMR_MODE,
 * POWERTOOLS_SERVICE_NAME, ...). Values that are references to other resources (TABLE_NAME,
 * UPLOAD_BUCKET) are left out: a local run supplies its own.
 */
export function literalEnvironment(built: BuiltApp, name: FunctionBundle['name']): Record<string, string> {
  const fn = name === 'graphql' ? built.stack.graphql.function : built.stack.ingestFunction.function;
  const cfn = fn.node.defaultChild as lambda.CfnFunction;
  const resolved = Stack.of(fn).resolve(cfn.environment) as { variables?: Record<string, unknown> } | undefined;
  return Object.fromEntries(Object.entries(resolved?.variables ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string'));
}
