/**
 * The synthesized CloudFormation template, checked resource by resource, plus cdk-nag's
 * AwsSolutions pack over the whole construct tree. One synth (with non-default stage
 * settings, so the test proves they flow through) for the whole file; Lambda bundling is
 * skipped here (CDK's bundling-stacks context) — test/cdk/bundles.test.ts builds and runs the
 * real bundles.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { IConstruct } from 'constructs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type BuiltApp } from '../../cdk/build-app.js';
import { AwsSolutionsChecks } from '../../cdk/nag.js';
import { tableDefinition } from '../../src/store/table-definition.js';

const CONTEXT = {
  stage: 'qa',
  allowedOrigins: 'https://app.example.org,https://admin.example.org',
  partners: 'acme-claims,beta-health',
  graphqlMemoryMb: '1536',
  graphqlTimeoutSeconds: '12',
  ingestMemoryMb: '2048',
  ingestTimeoutSeconds: '45',
  logRetentionDays: '90',
  apiRateLimit: '40',
  apiBurstLimit: '80',
  partnerRateLimit: '7',
  partnerBurstLimit: '14',
  partnerQuotaPerDay: '5000',
  ingestMaxReceiveCount: '4',
  ingestBatchSize: '6',
  ingestMaxConcurrency: '3',
  alarmEmail: 'ops@example.org',
  sourceMapStackTraces: 'true',
};

interface CfnResource {
  Type: string;
  Properties?: Record<string, unknown>;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
}
interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
}

let outdir: string;
let built: BuiltApp;
let template: Template;
let resources: Record<string, CfnResource>;

const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
const only = (type: string): [string, CfnResource] => {
  const found = ofType(type);
  expect(found, `exactly one ${type}`).toHaveLength(1);
  return found[0]!;
};
const logicalId = (construct: IConstruct) => built.stack.getLogicalId(construct.node.defaultChild as never);
const actionsOf = (s: Statement) => (Array.isArray(s.Action) ? s.Action : [s.Action]);

/** Every statement of every policy attached to a role, inline or separate. */
function statementsOfRole(roleId: string): Statement[] {
  const role = resources[roleId]!;
  const inline = ((role.Properties?.Policies as { PolicyDocument: { Statement: Statement[] } }[] | undefined) ?? []).flatMap(
    (p) => p.PolicyDocument.Statement,
  );
  const attached = ofType('AWS::IAM::Policy')
    .filter(([, p]) => JSON.stringify(p.Properties?.Roles) === JSON.stringify([{ Ref: roleId }]))
    .flatMap(([, p]) => (p.Properties!.PolicyDocument as { Statement: Statement[] }).Statement);
  return [...inline, ...attached];
}

beforeAll(() => {
  outdir = mkdtempSync(path.join(tmpdir(), 'imr-cdk-'));
  built = buildApp({ outdir, context: { ...CONTEXT, 'aws:cdk:bundling-stacks': [] } });
  // Synth runs the cdk-nag plugin registered in buildApp: it throws on any unacknowledged finding.
  built.app.synth();
  template = Template.fromStack(built.stack);
  resources = template.toJSON().Resources as Record<string, CfnResource>;
});

afterAll(() => {
  if (outdir) rmSync(outdir, { recursive: true, force: true });
});

describe('storage', () => {
  it('derives the table from the one table definition', () => {
    const [, table] = only('AWS::DynamoDB::Table');
    const props = table.Properties!;
    expect(props.KeySchema).toEqual([
      { AttributeName: tableDefinition.partitionKey.name, KeyType: 'HASH' },
      { AttributeName: tableDefinition.sortKey.name, KeyType: 'RANGE' },
    ]);
    const gsis = props.GlobalSecondaryIndexes as { IndexName: string; KeySchema: unknown; Projection: unknown }[];
    expect(gsis.map((g) => g.IndexName)).toEqual(tableDefinition.globalSecondaryIndexes.map((g) => g.indexName));
    for (const index of tableDefinition.globalSecondaryIndexes) {
      const gsi = gsis.find((g) => g.IndexName === index.indexName)!;
      expect(gsi.KeySchema).toEqual([
        { AttributeName: index.partitionKey.name, KeyType: 'HASH' },
        { AttributeName: index.sortKey.name, KeyType: 'RANGE' },
      ]);
      expect(gsi.Projection).toMatchObject({ ProjectionType: index.projection.type });
    }
    const keyNames = [tableDefinition.partitionKey, tableDefinition.sortKey, ...tableDefinition.globalSecondaryIndexes.flatMap((g) => [g.partitionKey, g.sortKey])];
    expect(props.AttributeDefinitions).toEqual(
      expect.arrayContaining(keyNames.map((k) => ({ AttributeName: k.name, AttributeType: k.type }))),
    );
  });

  it('makes the table on-demand, recoverable, encrypted, streamed and hard to delete', () => {
    const [, table] = only('AWS::DynamoDB::Table');
    expect(table.Properties).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      // SSEEnabled = the AWS managed KMS key (aws/dynamodb), auditable in CloudTrail, instead of the default AWS owned key.
      SSESpecification: { SSEEnabled: true },
      DeletionProtectionEnabled: true,
      StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
    });
    expect(table.DeletionPolicy).toBe('Retain');
    expect(table.UpdateReplacePolicy).toBe('Retain');
  });

  it('keeps uploads private, encrypted, versioned, TLS-only and retained, with CORS for browser PUTs', () => {
    const uploadsId = logicalId(built.stack.storage.uploadBucket);
    const bucket = resources[uploadsId]!;
    expect(bucket.DeletionPolicy).toBe('Retain');
    expect(bucket.Properties).toMatchObject({
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      VersioningConfiguration: { Status: 'Enabled' },
      LoggingConfiguration: { DestinationBucketName: { Ref: logicalId(built.stack.storage.accessLogBucket) } },
    });
    const rules = (bucket.Properties!.LifecycleConfiguration as { Rules: Record<string, unknown>[] }).Rules;
    expect(rules).toContainEqual(expect.objectContaining({ AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 }, Status: 'Enabled' }));
    const cors = (bucket.Properties!.CorsConfiguration as { CorsRules: Record<string, unknown>[] }).CorsRules;
    expect(cors).toEqual([
      // The explorer without a domain of its own is let in as https://*.cloudfront.net (see imr-stack.ts).
      expect.objectContaining({ AllowedMethods: ['PUT'], AllowedOrigins: ['https://*.cloudfront.net', 'https://app.example.org', 'https://admin.example.org'] }),
    ]);
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: uploadsId },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });
});

describe('functions', () => {
  const expected = {
    graphql: { memory: 1536, timeout: 12, service: 'imr-graphql' },
    ingest: { memory: 2048, timeout: 45, service: 'imr-ingest' },
  };

  it.each(['graphql', 'ingest'] as const)('%s: Node 22 on arm64, sized from the stage settings, traced, JSON logs with a retention', (name) => {
    const fn = name === 'graphql' ? built.stack.graphql : built.stack.ingestFunction;
    const props = resources[logicalId(fn.function)]!.Properties!;
    expect(props).toMatchObject({
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      MemorySize: expected[name].memory,
      Timeout: expected[name].timeout,
      TracingConfig: { Mode: 'Active' },
      LoggingConfig: { LogFormat: 'JSON', LogGroup: { Ref: logicalId(fn.logGroup) } },
      Environment: {
        Variables: expect.objectContaining({
          IMR_MODE: 'aws',
          TABLE_NAME: { Ref: logicalId(built.stack.storage.table) },
          UPLOAD_BUCKET: { Ref: logicalId(built.stack.storage.uploadBucket) },
          NODE_OPTIONS: '--enable-source-maps',
          POWERTOOLS_SERVICE_NAME: expected[name].service,
        }),
      },
    });
    expect(resources[logicalId(fn.logGroup)]!.Properties).toMatchObject({ RetentionInDays: 90 });
  });

  it('tells the GraphQL function which browser origins may call it: the explorer, then the allowed origins', () => {
    const props = resources[logicalId(built.stack.graphql.function)]!.Properties!;
    const explorer = { 'Fn::GetAtt': [logicalId(built.stack.explorer.distribution), 'DomainName'] };
    expect(props).toMatchObject({
      Environment: { Variables: expect.objectContaining({ ALLOWED_ORIGINS: { 'Fn::Join': ['', ['https://', explorer, ',https://app.example.org,https://admin.example.org']] } }) },
    });
  });
});

describe('least privilege', () => {
  const roles = () => ({
    graphql: logicalId(built.stack.graphql.role),
    ingest: logicalId(built.stack.ingestFunction.role),
  });

  it('uses no AWS managed policy on the function roles', () => {
    for (const roleId of Object.values(roles())) {
      expect(resources[roleId]!.Properties!.ManagedPolicyArns).toBeUndefined();
    }
  });

  it.each(['graphql', 'ingest'] as const)('%s: no wildcard action; "*" resources only for X-Ray', (name) => {
    const statements = statementsOfRole(roles()[name]);
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) {
      expect(statement.Effect).toBe('Allow');
      for (const action of actionsOf(statement)) expect(action, `action ${action}`).not.toMatch(/\*/);
      if (statement.Resource === '*') expect(actionsOf(statement).every((a) => a.startsWith('xray:'))).toBe(true);
    }
  });

  it('grants each function only the data actions its job needs, on this stack\'s table and bucket', () => {
    const tableId = logicalId(built.stack.storage.table);
    const bucketId = logicalId(built.stack.storage.uploadBucket);
    const s3Of = (name: 'graphql' | 'ingest') =>
      statementsOfRole(roles()[name]).filter((s) => actionsOf(s).some((a) => a.startsWith('s3:')));
    // PUT for createUpload and ingestDetermination, GET for the presigned source.downloadUrl: both
    // only where the originals are kept.
    expect(s3Of('graphql')).toEqual([
      { Effect: 'Allow', Action: 's3:PutObject', Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucketId, 'Arn'] }, '/uploads/*']] } },
      { Effect: 'Allow', Action: 's3:GetObject', Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucketId, 'Arn'] }, '/uploads/*']] } },
    ]);
    // The version the event names, and listing under uploads/ so that a deleted upload is a 404 (not
    // a 403 the function would retry into the dead-letter queue).
    expect(s3Of('ingest')).toEqual([
      { Effect: 'Allow', Action: ['s3:GetObject', 's3:GetObjectVersion'], Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucketId, 'Arn'] }, '/uploads/*']] } },
      { Effect: 'Allow', Action: 's3:ListBucket', Resource: { 'Fn::GetAtt': [bucketId, 'Arn'] }, Condition: { StringLike: { 's3:prefix': ['uploads/*'] } } },
    ]);
    for (const name of ['graphql', 'ingest'] as const) {
      const dynamo = statementsOfRole(roles()[name]).filter((s) => actionsOf(s).some((a) => a.startsWith('dynamodb:')));
      expect(dynamo.length).toBeGreaterThan(0);
      for (const statement of dynamo) {
        const targets = JSON.stringify(statement.Resource);
        expect(targets).toContain(tableId);
        expect(targets.replaceAll(tableId, '')).not.toMatch(/DynamoDB|Table/);
      }
      const sqs = statementsOfRole(roles()[name]).filter((s) => actionsOf(s).some((a) => a.startsWith('sqs:')));
      if (name === 'graphql') expect(sqs).toEqual([]);
      else expect(sqs.map((s) => s.Resource)).toEqual([{ 'Fn::GetAtt': [logicalId(built.stack.ingest.queue), 'Arn'] }]);
    }
  });
});

describe('ingest pipeline: S3 → SQS → Lambda', () => {
  it('sends ObjectCreated events under uploads/ from the upload bucket to the ingest queue', () => {
    const queueId = logicalId(built.stack.ingest.queue);
    const [, notifications] = only('Custom::S3BucketNotifications');
    expect(notifications.Properties).toMatchObject({
      BucketName: { Ref: logicalId(built.stack.storage.uploadBucket) },
      NotificationConfiguration: {
        QueueConfigurations: [
          {
            Events: ['s3:ObjectCreated:*'],
            Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'uploads/' }] } },
            QueueArn: { 'Fn::GetAtt': [queueId, 'Arn'] },
          },
        ],
      },
    });
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: queueId }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 's3.amazonaws.com' },
            Action: Match.arrayWith(['sqs:SendMessage']),
            Condition: { ArnLike: { 'aws:SourceArn': { 'Fn::GetAtt': [logicalId(built.stack.storage.uploadBucket), 'Arn'] } } },
          }),
        ]),
      },
    });
  });

  it('encrypts both queues, refuses plain HTTP, and dead-letters after the configured receives', () => {
    const queueId = logicalId(built.stack.ingest.queue);
    const dlqId = logicalId(built.stack.ingest.deadLetterQueue);
    expect(resources[queueId]!.Properties).toMatchObject({
      SqsManagedSseEnabled: true,
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [dlqId, 'Arn'] }, maxReceiveCount: 4 },
      VisibilityTimeout: 6 * 45,
    });
    expect(resources[dlqId]!.Properties).toMatchObject({ SqsManagedSseEnabled: true, MessageRetentionPeriod: 14 * 24 * 3600 });
    for (const id of [queueId, dlqId]) {
      template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: id }],
        PolicyDocument: {
          Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]),
        },
      });
    }
  });

  it('feeds the ingest function from the queue with partial batch failure reporting', () => {
    const [, mapping] = only('AWS::Lambda::EventSourceMapping');
    expect(mapping.Properties).toMatchObject({
      EventSourceArn: { 'Fn::GetAtt': [logicalId(built.stack.ingest.queue), 'Arn'] },
      FunctionName: { Ref: logicalId(built.stack.ingestFunction.function) },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BatchSize: 6,
      ScalingConfig: { MaximumConcurrency: 3 },
    });
  });
});

describe('API Gateway', () => {
  it('is a regional REST API whose stage is throttled, traced and access-logged', () => {
    expect(only('AWS::ApiGateway::RestApi')[1].Properties).toMatchObject({ Name: 'imr-qa', EndpointConfiguration: { Types: ['REGIONAL'] } });
    const [, stage] = only('AWS::ApiGateway::Stage');
    expect(stage.Properties).toMatchObject({
      StageName: 'qa',
      TracingEnabled: true,
      AccessLogSetting: { DestinationArn: { 'Fn::GetAtt': [logicalId(built.stack.api.accessLogs), 'Arn'] } },
      MethodSettings: [expect.objectContaining({ ThrottlingRateLimit: 40, ThrottlingBurstLimit: 80, LoggingLevel: 'ERROR', DataTraceEnabled: false })],
    });
    expect(resources[logicalId(built.stack.api.accessLogs)]!.Properties).toMatchObject({ RetentionInDays: 90 });
    const format = JSON.parse((stage.Properties!.AccessLogSetting as { Format: string }).Format) as Record<string, string>;
    expect(format).toMatchObject({ requestId: '$context.requestId', status: '$context.status', apiKeyId: '$context.identity.apiKeyId', sub: '$context.authorizer.claims.sub' });
  });

  it('lets no method through without a credential: Cognito scopes or a partner API key (only the CORS preflight is open)', () => {
    const methods = ofType('AWS::ApiGateway::Method').map(([, m]) => m.Properties!);
    const authorizerId = only('AWS::ApiGateway::Authorizer')[0];
    const open = methods.filter((m) => m.AuthorizationType === 'NONE' && m.ApiKeyRequired !== true);
    expect(open.map((m) => m.HttpMethod)).toEqual(['OPTIONS']);
    expect(open[0]).toMatchObject({ Integration: { Type: 'MOCK' } });
    const guarded = methods.filter((m) => m.HttpMethod !== 'OPTIONS');
    expect(guarded).toHaveLength(2);
    for (const method of guarded) {
      if (method.ApiKeyRequired === true) {
        expect(method.AuthorizationType).toBe('NONE');
      } else {
        expect(method).toMatchObject({ AuthorizationType: 'COGNITO_USER_POOLS', AuthorizerId: { Ref: authorizerId }, AuthorizationScopes: ['imr/read', 'imr/write'] });
      }
      expect(method).toMatchObject({ Integration: { Type: 'AWS_PROXY' }, RequestValidatorId: expect.anything() });
    }
    expect(guarded.filter((m) => m.ApiKeyRequired === true)).toHaveLength(1);
    template.hasResourceProperties('AWS::ApiGateway::Authorizer', {
      Type: 'COGNITO_USER_POOLS',
      ProviderARNs: [{ 'Fn::GetAtt': [logicalId(built.stack.auth.userPool), 'Arn'] }],
    });
  });

  it('routes /graphql (Cognito) and /partner/graphql (API key) to the GraphQL function', () => {
    const paths = Object.fromEntries(ofType('AWS::ApiGateway::Resource').map(([id, r]) => [id, r.Properties!.PathPart]));
    const fnArn = { 'Fn::GetAtt': [logicalId(built.stack.graphql.function), 'Arn'] };
    const posts = ofType('AWS::ApiGateway::Method').filter(([, m]) => m.Properties!.HttpMethod === 'POST');
    expect(posts.map(([, m]) => paths[(m.Properties!.ResourceId as { Ref: string }).Ref])).toEqual(['graphql', 'graphql']);
    for (const [, method] of posts) expect(JSON.stringify(method.Properties!.Integration)).toContain(JSON.stringify(fnArn));
    const partner = posts.find(([, m]) => m.Properties!.ApiKeyRequired === true)![1].Properties!;
    const partnerResource = resources[(partner.ResourceId as { Ref: string }).Ref]!.Properties!;
    expect(partnerResource.PathPart).toBe('graphql');
    expect(resources[(partnerResource.ParentId as { Ref: string }).Ref]!.Properties!.PathPart).toBe('partner');
  });

  it('answers CORS preflights for exactly the allowed origins', () => {
    const [, options] = ofType('AWS::ApiGateway::Method').find(([, m]) => m.Properties!.HttpMethod === 'OPTIONS')!;
    const integration = JSON.stringify(options.Properties!.Integration);
    expect(integration).toContain('https://app.example.org');
    expect(integration).toContain('https://admin.example.org');
    expect(integration).not.toContain("'*'");
  });

  it('gives partners one API key each on a usage plan with throttle and daily quota', () => {
    const [planId, plan] = only('AWS::ApiGateway::UsagePlan');
    expect(plan.Properties).toMatchObject({
      Throttle: { RateLimit: 7, BurstLimit: 14 },
      Quota: { Limit: 5000, Period: 'DAY' },
      ApiStages: [{ ApiId: { Ref: only('AWS::ApiGateway::RestApi')[0] }, Stage: { Ref: only('AWS::ApiGateway::Stage')[0] } }],
    });
    const keys = ofType('AWS::ApiGateway::ApiKey');
    expect(keys.map(([, k]) => k.Properties!.Name).sort()).toEqual(['imr-qa-acme-claims', 'imr-qa-beta-health']);
    const planKeys = ofType('AWS::ApiGateway::UsagePlanKey').map(([, k]) => k.Properties!);
    expect(planKeys).toHaveLength(2);
    for (const [keyId] of keys) expect(planKeys).toContainEqual({ KeyId: { Ref: keyId }, KeyType: 'API_KEY', UsagePlanId: { Ref: planId } });
  });

  it('validates that a request body is a GraphQL request before invoking the function', () => {
    template.hasResourceProperties('AWS::ApiGateway::RequestValidator', { ValidateRequestBody: true });
    template.hasResourceProperties('AWS::ApiGateway::Model', {
      ContentType: 'application/json',
      Schema: Match.objectLike({ type: 'object', required: ['query'] }),
    });
  });
});

describe('Cognito', () => {
  it('has no self sign-up, strong passwords, required TOTP MFA, and is retained', () => {
    const [, pool] = only('AWS::Cognito::UserPool');
    expect(pool.DeletionPolicy).toBe('Retain');
    expect(pool.Properties).toMatchObject({
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      MfaConfiguration: 'ON',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      Policies: { PasswordPolicy: { MinimumLength: 12, RequireLowercase: true, RequireUppercase: true, RequireNumbers: true, RequireSymbols: true } },
      DeletionProtection: 'ACTIVE',
    });
  });

  it('defines the imr resource server (read, write) and the imr-writers group', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolResourceServer', {
      Identifier: 'imr',
      Scopes: [Match.objectLike({ ScopeName: 'read' }), Match.objectLike({ ScopeName: 'write' })],
    });
    template.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: 'imr-writers' });
  });

  it('lets the browser client read only (writers come from the group) and the service client read and write', () => {
    const clients = ofType('AWS::Cognito::UserPoolClient').map(([, c]) => c.Properties!);
    const web = clients.find((c) => c.ClientName === 'imr-qa-web')!;
    const service = clients.find((c) => c.ClientName === 'imr-qa-service')!;
    const explorerUrl = { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [logicalId(built.stack.explorer.distribution), 'DomainName'] }, '/']] };
    expect(web).toMatchObject({ GenerateSecret: false, AllowedOAuthFlows: ['code'], CallbackURLs: [explorerUrl, 'https://app.example.org/', 'https://admin.example.org/'] });
    // Custom scopes render as <resource server ref> + "/read".
    const scopes = (client: Record<string, unknown>) => (client.AllowedOAuthScopes as unknown[]).map((s) => (typeof s === 'string' ? s : JSON.stringify(s)));
    const server = JSON.stringify({ Ref: only('AWS::Cognito::UserPoolResourceServer')[0] });
    const custom = (name: string) => JSON.stringify({ 'Fn::Join': ['', [JSON.parse(server), `/${name}`]] });
    expect(scopes(web).sort()).toEqual(['email', 'openid', custom('read')].sort());
    expect(service).toMatchObject({ GenerateSecret: true, AllowedOAuthFlows: ['client_credentials'] });
    expect(scopes(service).sort()).toEqual([custom('read'), custom('write')].sort());
  });
});

describe('alarms', () => {
  const alarms = () => ofType('AWS::CloudWatch::Alarm').map(([, a]) => a.Properties!);
  const topicRef = () => ({ Ref: logicalId(built.stack.observability.topic) });

  it('alarm on errors and throttles of each function', () => {
    for (const fn of [built.stack.graphql.function, built.stack.ingestFunction.function]) {
      for (const metric of ['Errors', 'Throttles']) {
        expect(alarms()).toContainEqual(
          expect.objectContaining({ Namespace: 'AWS/Lambda', MetricName: metric, Dimensions: [{ Name: 'FunctionName', Value: { Ref: logicalId(fn) } }], Threshold: 1 }),
        );
      }
    }
  });

  it('alarm on API 5xx and on anything in the dead-letter queue', () => {
    expect(alarms()).toContainEqual(
      expect.objectContaining({ Namespace: 'AWS/ApiGateway', MetricName: '5XXError', Dimensions: expect.arrayContaining([{ Name: 'ApiName', Value: 'imr-qa' }]) }),
    );
    expect(alarms()).toContainEqual(
      expect.objectContaining({
        Namespace: 'AWS/SQS',
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [logicalId(built.stack.ingest.deadLetterQueue), 'QueueName'] } }],
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      }),
    );
  });

  it('alarm on an ingest message handed back for a retry, counted from the function\'s ERROR log lines', () => {
    template.hasResourceProperties('AWS::Logs::MetricFilter', {
      LogGroupName: { Ref: logicalId(built.stack.ingestFunction.logGroup) },
      FilterPattern: '{ $.level = "ERROR" }',
      MetricTransformations: [Match.objectLike({ MetricNamespace: 'IMR/qa', MetricName: 'IngestMessagesRetried', MetricValue: '1' })],
    });
    expect(alarms()).toContainEqual(expect.objectContaining({ Namespace: 'IMR/qa', MetricName: 'IngestMessagesRetried', Threshold: 1 }));
  });

  it('alarm on any throttled request to the table, of every operation the store makes', () => {
    const throttles = alarms().find((a) => JSON.stringify(a.Metrics ?? []).includes('ThrottledRequests'));
    expect(throttles).toBeDefined();
    const text = JSON.stringify(throttles);
    for (const operation of ['GetItem', 'BatchGetItem', 'Query', 'PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem']) expect(text).toContain(`"${operation}"`);
    expect(text).toContain(logicalId(built.stack.storage.table));
  });

  it('send every alarm to the alarm topic, which the configured address is subscribed to', () => {
    expect(alarms().length).toBeGreaterThanOrEqual(6);
    for (const alarm of alarms()) expect(alarm.AlarmActions).toEqual([topicRef()]);
    template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'ops@example.org', TopicArn: topicRef() });
  });
});

describe('cdk-nag AwsSolutions', () => {
  /** Every acknowledgement in the tree: construct path, rule id, reason. */
  function acknowledgements(): { path: string; id: string; reason: string }[] {
    return built.app.node
      .findAll()
      .flatMap((c) =>
        c.node.metadata
          .filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
          .flatMap((m) => Object.entries(m.data as Record<string, string>).map(([id, reason]) => ({ path: c.node.path, id: id.replace(/^annotation::/i, ''), reason }))),
      );
  }

  it('fails the synth of the app on a finding nobody acknowledged', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'imr-cdk-nag-'));
    try {
      const app = buildApp({ outdir: dir, context: { 'aws:cdk:bundling-stacks': [] } });
      // A queue without a dead-letter queue and without TLS enforcement: AwsSolutions-SQS3 and -SQS4.
      new sqs.Queue(app.stack, 'CarelessQueue', { encryption: sqs.QueueEncryption.SQS_MANAGED });
      expect(() => app.app.synth()).toThrow(/CarelessQueue[\s\S]*AwsSolutions-SQS3/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('has no unacknowledged finding', () => {
    const report = new AwsSolutionsChecks(undefined, { verbose: true }).validateScope(built.app);
    expect(report.violations.map((v) => `${v.ruleName} ${v.violatingResources.map((r) => r.constructPath).join(', ')}`)).toEqual([]);
    expect(report.success).toBe(true);
  });

  it('gives every acknowledgement a written reason, and each one silences a real finding', () => {
    const acks = acknowledgements();
    expect(acks.length).toBeGreaterThan(0);
    for (const ack of acks) {
      expect(ack.id).toMatch(/^AwsSolutions-[A-Z]+\d+(\[.+\])?$/);
      expect(ack.reason.split(/\s+/).length, `reason for ${ack.id} at ${ack.path}`).toBeGreaterThanOrEqual(8);
    }
    // Run the pack again with acknowledgements ignored: every acknowledged rule must fire.
    const key = Validations.ACKNOWLEDGED_RULES_METADATA_KEY;
    Object.defineProperty(Validations, 'ACKNOWLEDGED_RULES_METADATA_KEY', { value: 'ignored-for-this-check', configurable: true });
    let raw;
    try {
      raw = new AwsSolutionsChecks().validateScope(built.app);
    } finally {
      Object.defineProperty(Validations, 'ACKNOWLEDGED_RULES_METADATA_KEY', { value: key, configurable: true });
    }
    const fired = raw.violations.flatMap((v) => v.violatingResources.map((r) => ({ id: v.ruleName, path: r.constructPath ?? '' })));
    for (const ack of acks) {
      const silenced = fired.filter((f) => f.id === ack.id && (f.path === ack.path || f.path.startsWith(`${ack.path}/`)));
      expect(silenced.length, `${ack.id} acknowledged at ${ack.path} silences nothing`).toBeGreaterThan(0);
    }
  });
});
