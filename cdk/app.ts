/**
 * `npm run synth` (tsx cdk/app.ts) or `npx cdk synth|deploy` (cdk.json runs this file): builds
 * the stack and writes the cloud assembly, Lambda bundles included, to cdk.out/ — offline.
 * Stage settings come from context: `npm run synth -- -c stage=prod -c allowedOrigins=https://app.example.org`
 * or `npx cdk deploy -c stage=prod ...` (see cdk/settings.ts for every key).
 * Fails (non-zero exit, with CDK's validation report) when cdk-nag has an unacknowledged finding.
 */
import path from 'node:path';
import { buildApp } from './build-app.js';
import { PROJECT_ROOT } from './project-root.js';

/** `-c key=value` / `--context key=value` when run directly; the CDK CLI passes context through the environment instead. */
function contextFromArgs(argv: string[]): Record<string, string> {
  const context: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const pair = arg === '-c' || arg === '--context' ? argv[++i] : arg?.startsWith('--context=') ? arg.slice('--context='.length) : undefined;
    if (pair === undefined) {
      if (arg !== undefined) throw new Error(`Unknown argument "${arg}". Use -c key=value.`);
      continue;
    }
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new Error(`Context "${pair}" must be key=value.`);
    context[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return context;
}

const args = contextFromArgs(process.argv.slice(2));
const built = buildApp({
  outdir: process.env.CDK_OUTDIR || path.join(PROJECT_ROOT, 'cdk.out'),
  ...(Object.keys(args).length ? { context: args } : {}),
});
// A cdk-nag finding makes synth throw, after CDK has printed its policy-validation report.
const assembly = built.app.synth();
if (!process.env.CDK_OUTDIR) {
  console.log(`Synthesized ${built.stack.stackName} (stage "${built.settings.stage}") to ${path.relative(process.cwd(), assembly.directory) || '.'}; cdk-nag AwsSolutions: no unacknowledged findings.`);
}
