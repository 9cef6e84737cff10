import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from './nag.js';
import { ImrStack } from './imr-stack.js';
import { settingsFromContext, type StageSettings } from './settings.js';

export interface BuildAppOptions {
  /** Where synth writes the cloud assembly (templates + Lambda bundles). */
  outdir: string;
  /** Context values, as `cdk -c key=value` would give them (overrides cdk.json's and the environment's). */
  context?: Record<string, unknown>;
}

export interface BuiltApp {
  app: App;
  stack: ImrStack;
  settings: StageSettings;
}

/** The app with its one stack and the cdk-nag AwsSolutions checks, ready to synth (used by cdk/app.ts, tests and benches). */
/**
 * CDK feature flags this app relies on, set here rather than in cdk.json so that running the
 * app directly (npm run synth, tests) and through the CDK CLI build the same template.
 */
const FEATURE_FLAGS = {
  // Grant S3 log delivery by bucket policy instead of the legacy LogDeliveryWrite ACL.
  '@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy': true,
};

export function buildApp(options: BuildAppOptions): BuiltApp {
  const app = new App({ outdir: options.outdir, context: { ...FEATURE_FLAGS, ...options.context } });
  const settings = settingsFromContext(app.node);
  const stack = new ImrStack(app, `imr-${settings.stage}`, {
    settings,
    description: `IMR Final Determination Letters API (${settings.stage})`,
  });
  // cdk-nag 3 runs as a CDK policy-validation plugin: any unacknowledged finding fails the synth.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  return { app, stack, settings };
}
