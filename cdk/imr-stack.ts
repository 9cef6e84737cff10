import path from 'node:path';
import { type CfnElement, CfnOutput, Duration, Lazy, Stack, type StackProps } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { acknowledgeNag } from './nag.js';
import type { Construct } from 'constructs';
import { Api } from './constructs/api.js';
import { Auth } from './constructs/auth.js';
import { Explorer, explorerSite } from './constructs/explorer.js';
import { ImrFunction } from './constructs/imr-function.js';
import { Ingest } from './constructs/ingest.js';
import { Observability } from './constructs/observability.js';
import { Storage, UPLOAD_PREFIX } from './constructs/storage.js';
import type { StageSettings } from './settings.js';

export interface ImrStackProps extends StackProps {
  settings: StageSettings;
}

/**
 * One stage of the IMR Determinations API: storage, auth, the GraphQL API, the S3 → SQS →
 * Lambda ingest pipeline, the explorer (web front end) and their alarms. Everything
 * stage-specific comes from `settings`.
 */
export class ImrStack extends Stack {
  readonly storage: Storage;
  readonly auth: Auth;
  readonly graphql: ImrFunction;
  readonly ingestFunction: ImrFunction;
  readonly api: Api;
  readonly ingest: Ingest;
  readonly observability: Observability;
  readonly explorer: Explorer;

  constructor(scope: Construct, id: string, props: ImrStackProps) {
    super(scope, id, props);
    const s = props.settings;

    // The explorer's writers PUT letters straight to the upload bucket. The bucket cannot name the
    // distribution (the explorer's CSP names the bucket, and CloudFormation refuses the cycle), so
    // without a domain of its own the explorer is let in as https://*.cloudfront.net. That is no
    // wider access: S3 CORS only decides whether a page may read S3's answer, and every request
    // to this private bucket still needs a presigned signature, which only the API hands out.
    const explorerUploadOrigin = s.explorerDomainName ? `https://${s.explorerDomainName}` : 'https://*.cloudfront.net';
    this.storage = new Storage(this, 'Storage', {
      allowedOrigins: [explorerUploadOrigin, ...s.allowedOrigins],
      noncurrentVersionRetentionDays: s.noncurrentVersionRetentionDays,
    });
    const { table, uploadBucket } = this.storage;

    // Cognito (callback URLs) and the API (CORS) must know the explorer's origin, and the explorer
    // must know theirs (its CSP and config.json): the explorer is made last and its origin handed
    // to them as a value resolved at synth. Browsers are listed first: the explorer, then the
    // stage's allowedOrigins.
    const explorerOrigin = Lazy.string({ produce: () => this.explorer.origin });
    const browserOrigins = [explorerOrigin, ...s.allowedOrigins];

    // What src/config.ts reads in aws mode.
    const dataEnvironment = {
      IMR_MODE: 'aws',
      TABLE_NAME: table.tableName,
      UPLOAD_BUCKET: uploadBucket.bucketName,
    };

    this.auth = new Auth(this, 'Auth', {
      stage: s.stage,
      callbackUrls: [`${explorerOrigin}/`, ...s.authCallbackUrls],
      domainPrefix: s.cognitoDomainPrefix,
    });

    this.graphql = new ImrFunction(this, 'Graphql', {
      entry: 'lambdas/graphql.ts',
      serviceName: 'imr-graphql',
      description: 'IMR GraphQL API (Apollo Server behind API Gateway)',
      memorySize: s.graphqlMemoryMb,
      timeout: Duration.seconds(s.graphqlTimeoutSeconds),
      logRetentionDays: s.logRetentionDays,
      environment: { ...dataEnvironment, ALLOWED_ORIGINS: browserOrigins.join(',') },
      metafile: s.bundleMetafile,
      sourceMapStackTraces: s.sourceMapStackTraces,
    });
    table.grantReadWriteData(this.graphql.role);
    // createUpload presigns a PUT under uploads/ with this role's credentials, and
    // ingestDetermination keeps the original it was sent.
    iam.Grant.addToPrincipal({
      grantee: this.graphql.role,
      actions: ['s3:PutObject'],
      resourceArns: [this.storage.uploadObjectsArn()],
    });
    // A case's source.downloadUrl is a GET under uploads/ (where the originals are kept) presigned
    // with this role's credentials: S3 serves it only while the role may read the object. The
    // function itself never reads a letter.
    iam.Grant.addToPrincipal({
      grantee: this.graphql.role,
      actions: ['s3:GetObject'],
      resourceArns: [this.storage.uploadObjectsArn()],
    });

    this.ingestFunction = new ImrFunction(this, 'IngestFunction', {
      entry: 'lambdas/ingest.ts',
      serviceName: 'imr-ingest',
      description: 'IMR ingest: parses uploaded letters (S3 → SQS) into the table',
      memorySize: s.ingestMemoryMb,
      timeout: Duration.seconds(s.ingestTimeoutSeconds),
      logRetentionDays: s.logRetentionDays,
      environment: dataEnvironment,
      metafile: s.bundleMetafile,
      sourceMapStackTraces: s.sourceMapStackTraces,
    });
    table.grantReadWriteData(this.ingestFunction.role);
    // It reads the version the S3 event names (GetObject with a VersionId needs GetObjectVersion).
    iam.Grant.addToPrincipal({
      grantee: this.ingestFunction.role,
      actions: ['s3:GetObject', 's3:GetObjectVersion'],
      resourceArns: [this.storage.uploadObjectsArn()],
    });
    // Without ListBucket, S3 answers a missing object with 403 AccessDenied, which looks like a fault
    // to retry; with it, 404, which the function knows as a deleted upload. Only under uploads/.
    this.ingestFunction.role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['s3:ListBucket'],
        resources: [uploadBucket.bucketArn],
        conditions: { StringLike: { 's3:prefix': [`${UPLOAD_PREFIX}*`] } },
      }),
    );

    for (const fn of [this.graphql, this.ingestFunction]) {
      acknowledgeNag(
        fn.role,
        'AwsSolutions-IAM5',
        "Table.grantReadWriteData also covers the table's own global secondary indexes (<table ARN>/index/*): the repository queries gsi1 and gsi2 of this one table and nothing else.",
        [`Resource::<${this.logicalIdOf(table)}.Arn>/index/*`],
      );
      acknowledgeNag(
        fn.role,
        'AwsSolutions-IAM5',
        'Objects under the uploads/ prefix of the upload bucket only: each upload has its own key (uploads/<uploadId>/<fileName>), unknown until it is created.',
        [`Resource::<${this.logicalIdOf(uploadBucket)}.Arn>/${UPLOAD_PREFIX}*`],
      );
    }

    this.api = new Api(this, 'Api', {
      stage: s.stage,
      handler: this.graphql.function,
      userPool: this.auth.userPool,
      scopes: this.auth.apiScopes,
      allowedOrigins: browserOrigins,
      logRetentionDays: s.logRetentionDays,
      rateLimit: s.apiRateLimit,
      burstLimit: s.apiBurstLimit,
      partnerRateLimit: s.partnerRateLimit,
      partnerBurstLimit: s.partnerBurstLimit,
      partnerQuotaPerDay: s.partnerQuotaPerDay,
      partners: s.partners,
    });

    this.ingest = new Ingest(this, 'Ingest', {
      uploadBucket,
      prefix: UPLOAD_PREFIX,
      handler: this.ingestFunction.function,
      handlerTimeout: Duration.seconds(s.ingestTimeoutSeconds),
      maxReceiveCount: s.ingestMaxReceiveCount,
      batchSize: s.ingestBatchSize,
      maxConcurrency: s.ingestMaxConcurrency,
    });

    this.observability = new Observability(this, 'Observability', {
      stage: s.stage,
      functions: [
        { name: 'Graphql', function: this.graphql.function },
        { name: 'Ingest', function: this.ingestFunction.function },
      ],
      api: this.api.restApi,
      ingestQueue: this.ingest.queue,
      deadLetterQueue: this.ingest.deadLetterQueue,
      ingestLogGroup: this.ingestFunction.logGroup,
      table,
      alarmEmail: s.alarmEmail,
    });

    this.explorer = new Explorer(this, 'Explorer', {
      stage: s.stage,
      site: explorerSite(s.explorerSiteDir === null ? null : path.resolve(s.explorerSiteDir)),
      graphqlUrl: this.api.graphqlUrl,
      origins: {
        api: `https://${this.api.restApi.restApiId}.execute-api.${this.region}.${this.urlSuffix}`,
        signIn: this.auth.domain.baseUrl(),
        // Where createUpload's presigned URLs point (the SDK's virtual-hosted, regional form).
        uploads: `https://${uploadBucket.bucketName}.s3.${this.region}.${this.urlSuffix}`,
      },
      clientId: this.auth.webClient.userPoolClientId,
      scopes: this.auth.signInScopes,
      accessLogBucket: this.storage.accessLogBucket,
      logRetentionDays: s.logRetentionDays,
      domainName: s.explorerDomainName,
      certificateArn: s.explorerCertificateArn,
      webAclArn: s.explorerWebAclArn,
    });

    // S3 bucket notifications are set at deploy time by a custom resource function CDK adds
    // to the stack (one per stack); its role is CDK's, not ours to shape.
    const notificationsHandler = this.node.tryFindChild('BucketNotificationsHandler050a0587b7544547bf325f094a3db834');
    if (!notificationsHandler) throw new Error('CDK no longer names its bucket notifications handler as expected: revisit the suppressions below.');
    acknowledgeNag(
      notificationsHandler,
      'AwsSolutions-IAM4',
      "CDK's own BucketNotificationsHandler (sets the upload bucket's notification configuration during deployment) uses AWSLambdaBasicExecutionRole; CDK does not let us replace its role.",
      ['Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'],
    );

    new CfnOutput(this, 'GraphqlUrl', { value: this.api.graphqlUrl, description: 'Front ends: POST with a Cognito access token (Authorization header)' });
    new CfnOutput(this, 'PartnerGraphqlUrl', { value: this.api.partnerGraphqlUrl, description: 'Partners: POST with their x-api-key header' });
    new CfnOutput(this, 'RestApiId', { value: this.api.restApi.restApiId });
    new CfnOutput(this, 'PartnerUsagePlanId', { value: this.api.partnerPlan.usagePlanId });
    for (const [partner, key] of this.api.partnerKeys) {
      new CfnOutput(this, `PartnerKeyId${partner.replace(/[^A-Za-z0-9]/g, '')}`, { value: key.keyId, description: `API key id of partner ${partner} (aws apigateway get-api-key --include-value)` });
    }
    new CfnOutput(this, 'UserPoolId', { value: this.auth.userPool.userPoolId });
    new CfnOutput(this, 'WebClientId', { value: this.auth.webClient.userPoolClientId });
    new CfnOutput(this, 'ServiceClientId', { value: this.auth.serviceClient.userPoolClientId });
    new CfnOutput(this, 'CognitoDomain', { value: this.auth.domain.baseUrl() });
    new CfnOutput(this, 'TableName', { value: table.tableName });
    new CfnOutput(this, 'UploadBucketName', { value: uploadBucket.bucketName });
    new CfnOutput(this, 'AccessLogBucketName', { value: this.storage.accessLogBucket.bucketName });
    new CfnOutput(this, 'IngestDeadLetterQueueUrl', { value: this.ingest.deadLetterQueue.queueUrl });
    new CfnOutput(this, 'ExplorerUrl', { value: this.explorer.url, description: 'The explorer (web front end): open it in a browser and sign in' });
    new CfnOutput(this, 'ExplorerDistributionId', { value: this.explorer.distribution.distributionId });
    new CfnOutput(this, 'ExplorerDistributionDomainName', { value: this.explorer.distribution.distributionDomainName, description: 'Point the explorerDomainName DNS record (CNAME or alias) here' });
    new CfnOutput(this, 'ExplorerBucketName', { value: this.explorer.siteBucket.bucketName });
    new CfnOutput(this, 'ExplorerLogBucketName', { value: this.explorer.logBucket.bucketName });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.observability.topic.topicArn });
  }

  /** The CloudFormation logical id of a construct's main resource, as cdk-nag names it in findings. */
  private logicalIdOf(construct: Construct): string {
    return this.getLogicalId(construct.node.defaultChild as CfnElement);
  }
}
