import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { tableDefinition, type KeyAttribute } from '../../src/store/table-definition.js';

/** Where uploaded letters land; the ingest pipeline listens under this prefix only. */
export const UPLOAD_PREFIX = 'uploads/';

export interface StorageProps {
  allowedOrigins: string[];
  noncurrentVersionRetentionDays: number;
}

function attribute(key: KeyAttribute): dynamodb.Attribute {
  return { name: key.name, type: key.type === 'S' ? dynamodb.AttributeType.STRING : dynamodb.AttributeType.NUMBER };
}

/**
 * The data that outlives any deploy: the single DynamoDB table (keys and indexes from the one
 * table definition in src/store/table-definition.ts) and the bucket of original letters. Both
 * are retained when the stack is deleted; docs/deploy.md says how to remove them on purpose.
 */
export class Storage extends Construct {
  readonly table: dynamodb.Table;
  readonly uploadBucket: s3.Bucket;
  readonly accessLogBucket: s3.Bucket;

  constructor(scope: Construct, id: string, props: StorageProps) {
    super(scope, id);

    this.table = new dynamodb.Table(this, 'Table', {
      partitionKey: attribute(tableDefinition.partitionKey),
      sortKey: attribute(tableDefinition.sortKey),
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      // Nothing consumes the stream yet; it is on so later consumers (search index, analytics) get every change from day one.
      stream: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
      ...(tableDefinition.timeToLiveAttribute ? { timeToLiveAttribute: tableDefinition.timeToLiveAttribute } : {}),
    });
    for (const index of tableDefinition.globalSecondaryIndexes) {
      const projection = index.projection;
      this.table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: attribute(index.partitionKey),
        sortKey: attribute(index.sortKey),
        projectionType:
          projection.type === 'ALL'
            ? dynamodb.ProjectionType.ALL
            : projection.type === 'KEYS_ONLY'
              ? dynamodb.ProjectionType.KEYS_ONLY
              : dynamodb.ProjectionType.INCLUDE,
        ...(projection.type === 'INCLUDE' ? { nonKeyAttributes: projection.nonKeyAttributes } : {}),
      });
    }

    this.accessLogBucket = new s3.Bucket(this, 'AccessLogs', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      // S3 server access logging can only deliver to buckets encrypted with SSE-S3.
      encryption: s3.BucketEncryption.S3_MANAGED,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      // cdk-nag counts a bucket that receives access logs as logged (AwsSolutions-S1).
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [{ id: 'expire-access-logs', expiration: Duration.days(365) }],
    });
    this.uploadBucket = new s3.Bucket(this, 'Uploads', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: s3.BucketEncryption.S3_MANAGED,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      // The original letter is always kept: an overwrite or delete leaves the previous version.
      versioned: true,
      removalPolicy: RemovalPolicy.RETAIN,
      serverAccessLogsBucket: this.accessLogBucket,
      serverAccessLogsPrefix: 'uploads-bucket/',
      lifecycleRules: [
        { id: 'abort-incomplete-multipart-uploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
        { id: 'expire-replaced-versions', noncurrentVersionExpiration: Duration.days(props.noncurrentVersionRetentionDays) },
      ],
      // Browsers PUT letters straight to the presigned URL that createUpload returns.
      cors: [
        {
          allowedMethods: [s3.HttpMethods.PUT],
          allowedOrigins: props.allowedOrigins,
          // If-None-Match: the presigned PUT is signed with it (one file per upload address).
          allowedHeaders: ['Content-Type', 'Content-MD5', 'If-None-Match', 'x-amz-*'],
          exposedHeaders: ['ETag'],
          maxAge: 3000,
        },
      ],
    });
  }

  /** S3 key pattern of uploaded letters, for grants. */
  uploadObjectsArn(): string {
    return this.uploadBucket.arnForObjects(`${UPLOAD_PREFIX}*`);
  }
}
