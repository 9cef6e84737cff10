import { Duration } from 'aws-cdk-lib';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3n from 'aws-cdk-lib/aws-s3-notifications';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface IngestProps {
  uploadBucket: s3.IBucket;
  /** Key prefix of uploaded letters (e.g. `uploads/`). */
  prefix: string;
  handler: lambda.IFunction;
  /** The handler's timeout: the queue's visibility timeout is derived from it. */
  handlerTimeout: Duration;
  maxReceiveCount: number;
  batchSize: number;
  maxConcurrency: number;
}

/**
 * Uploaded letter → S3 ObjectCreated (under the uploads prefix) → SQS → ingest function.
 * The queue absorbs bursts and retries; a message that fails `maxReceiveCount` times (S3 or
 * DynamoDB unavailable, a bug) moves to the dead-letter queue, whose depth is alarmed. Letters
 * that merely fail to parse are a normal result (upload marked FAILED) and are not retried.
 */
export class Ingest extends Construct {
  readonly queue: sqs.Queue;
  readonly deadLetterQueue: sqs.Queue;

  constructor(scope: Construct, id: string, props: IngestProps) {
    super(scope, id);

    this.deadLetterQueue = new sqs.Queue(this, 'DeadLetters', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // The longest SQS allows: time to find out why and redrive.
      retentionPeriod: Duration.days(14),
    });

    this.queue = new sqs.Queue(this, 'Queue', {
      // SSE-SQS: S3 event notifications cannot publish to a queue encrypted with the AWS managed KMS key.
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // AWS's guidance for Lambda sources: at least six times the function timeout, so a batch
      // that is retried inside the function is not delivered a second time meanwhile.
      visibilityTimeout: Duration.seconds(props.handlerTimeout.toSeconds() * 6),
      retentionPeriod: Duration.days(4),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: props.maxReceiveCount },
    });

    props.uploadBucket.addEventNotification(s3.EventType.OBJECT_CREATED, new s3n.SqsDestination(this.queue), {
      prefix: props.prefix,
    });

    props.handler.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: props.batchSize,
        maxBatchingWindow: Duration.seconds(1),
        maxConcurrency: props.maxConcurrency,
        // One bad record must not send its nine neighbours back to the queue.
        reportBatchItemFailures: true,
      }),
    );
  }
}
