/**
 * The Lambda bundles in a synthesized cloud assembly, found from the template alone (so they are
 * the files `npm run synth` wrote, not a second build), and a way to run that synth. The bundle
 * test and bench/bundle.bench.ts load these files.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../cdk/project-root.js';

export type FunctionName = 'graphql' | 'ingest';

/** Each function is recognised by the Powertools service name the stack gives it. */
const SERVICE_NAMES: Record<FunctionName, string> = { graphql: 'imr-graphql', ingest: 'imr-ingest' };

export interface FunctionBundle {
  name: FunctionName;
  /** The asset folder synth wrote (what Lambda receives, zipped). */
  directory: string;
  /** The bundle's entry file inside it (index.mjs). */
  entry: string;
  /**
   * The literal environment variables the stack gives the function (NODE_OPTIONS, IMR_MODE,
   * POWERTOOLS_SERVICE_NAME, ...). Values that refer to other resources (TABLE_NAME,
   * UPLOAD_BUCKET) are left out: a local run supplies its own.
   */
  environment: Record<string, string>;
  memoryMb: number;
  timeoutSeconds: number;
}

interface TemplateFunction {
  Type: string;
  Properties?: {
    Code?: { S3Key?: unknown };
    Environment?: { Variables?: Record<string, unknown> };
    MemorySize?: unknown;
    Timeout?: unknown;
  };
}

/** The one stack template of an assembly (the app has one stack per stage). */
function readTemplate(assemblyDirectory: string): Record<string, TemplateFunction> {
  const templates = readdirSync(assemblyDirectory).filter((f) => f.endsWith('.template.json'));
  if (templates.length !== 1) throw new Error(`Expected one stack template in ${assemblyDirectory}, found ${templates.length}.`);
  const template = JSON.parse(readFileSync(path.join(assemblyDirectory, templates[0]!), 'utf8')) as { Resources?: Record<string, TemplateFunction> };
  return template.Resources ?? {};
}

export function functionBundles(assemblyDirectory: string): FunctionBundle[] {
  const functions = Object.values(readTemplate(assemblyDirectory)).filter((r) => r.Type === 'AWS::Lambda::Function');
  return (Object.keys(SERVICE_NAMES) as FunctionName[]).map((name) => {
    const resource = functions.find((f) => f.Properties?.Environment?.Variables?.POWERTOOLS_SERVICE_NAME === SERVICE_NAMES[name]);
    const props = resource?.Properties;
    if (!props) throw new Error(`No ${name} function in the template of ${assemblyDirectory}.`);
    const key = props.Code?.S3Key;
    if (typeof key !== 'string' || !key.endsWith('.zip')) throw new Error(`The ${name} function has no asset key (was bundling skipped?).`);
    const directory = path.join(assemblyDirectory, `asset.${key.slice(0, -'.zip'.length)}`);
    const entry = path.join(directory, 'index.mjs');
    if (!existsSync(entry)) throw new Error(`The ${name} bundle is missing: ${entry}`);
    const environment = Object.fromEntries(
      Object.entries(props.Environment?.Variables ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
    return { name, directory, entry, environment, memoryMb: Number(props.MemorySize), timeoutSeconds: Number(props.Timeout) };
  });
}

export function functionBundle(assemblyDirectory: string, name: FunctionName): FunctionBundle {
  const bundle = functionBundles(assemblyDirectory).find((b) => b.name === name);
  if (!bundle) throw new Error(`No ${name} bundle in ${assemblyDirectory}.`);
  return bundle;
}

export interface SynthRun {
  /** Wall-clock milliseconds of the whole `npm run synth` (process start, esbuild, cdk-nag, writing). */
  durationMs: number;
  output: string;
}

/**
 * Runs `npm run synth` (cdk/app.ts under tsx, exactly as a developer or CI does) writing the
 * assembly to `outdir`, with `-c key=value` for each context entry. Rejects with synth's output
 * when it fails (e.g. a cdk-nag finding).
 */
export async function runSynth(outdir: string, context: Record<string, string> = {}): Promise<SynthRun> {
  const args = ['--import', 'tsx', path.join(PROJECT_ROOT, 'cdk', 'app.ts'), ...Object.entries(context).flatMap(([k, v]) => ['-c', `${k}=${v}`])];
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: PROJECT_ROOT,
    env: { ...process.env, CDK_OUTDIR: outdir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', resolve);
  });
  if (code !== 0) throw new Error(`npm run synth exited with ${code}:\n${output.split('\n').slice(-40).join('\n')}`);
  return { durationMs: performance.now() - started, output };
}
