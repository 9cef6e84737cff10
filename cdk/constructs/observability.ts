import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface ObservabilityProps {
  stage: string;
  functions: { name: string; function: lambda.IFunction }[];
  api: apigw.RestApi;
  ingestQueue: sqs.IQueue;
  deadLetterQueue: sqs.IQueue;
  /** The ingest function's log group: a message it hands back to SQS is logged there at ERROR. */
  ingestLogGroup: logs.ILogGroup;
  table: dynamodb.ITable;
  alarmEmail: string | null;
}

/** Every request the store makes: a throttle on any of them slows ingest or answers. */
const TABLE_OPERATIONS = [
  dynamodb.Operation.GET_ITEM,
  dynamodb.Operation.BATCH_GET_ITEM,
  dynamodb.Operation.QUERY,
  dynamodb.Operation.PUT_ITEM,
  dynamodb.Operation.UPDATE_ITEM,
  dynamodb.Operation.DELETE_ITEM,
  dynamodb.Operation.BATCH_WRITE_ITEM,
];

/**
 * Alarms a person should hear about, all sent to one SNS topic: any function error or throttle,
 * any API 5xx, any ingest message handed back for a retry (a partial batch failure: the function
 * itself succeeds, so its error metric stays silent until the dead-letter queue fills), any
 * message in the dead-letter queue, an ingest backlog older than 15 minutes, and any DynamoDB
 * request throttled.
 * (Log retention and X-Ray tracing are set where the functions and the stage are made.)
 */
export class Observability extends Construct {
  readonly topic: sns.Topic;
  readonly alarms: cloudwatch.Alarm[] = [];

  constructor(scope: Construct, id: string, props: ObservabilityProps) {
    super(scope, id);

    this.topic = new sns.Topic(this, 'AlarmTopic', {
      displayName: `IMR ${props.stage} alarms`,
      // Left unencrypted on purpose: notifications carry alarm names and metric values, no letter
      // data, and CloudWatch cannot publish to a topic encrypted with the AWS managed aws/sns key.
      enforceSSL: true,
    });
    if (props.alarmEmail) this.topic.addSubscription(new subscriptions.EmailSubscription(props.alarmEmail));

    const fiveMinutes = Duration.minutes(5);
    for (const { name, function: fn } of props.functions) {
      this.alarm(`${name}Errors`, fn.metricErrors({ period: fiveMinutes, statistic: cloudwatch.Stats.SUM }), 1, `${name} function: invocations ended in an error`);
      this.alarm(`${name}Throttles`, fn.metricThrottles({ period: fiveMinutes, statistic: cloudwatch.Stats.SUM }), 1, `${name} function: invocations throttled`);
    }
    this.alarm('Api5xx', props.api.deploymentStage.metricServerError({ period: fiveMinutes, statistic: cloudwatch.Stats.SUM }), 1, 'API answered 5xx');
    this.alarm(
      'DeadLetters',
      props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1), statistic: cloudwatch.Stats.MAXIMUM }),
      1,
      'Uploads that could not be ingested after every retry are waiting in the dead-letter queue',
    );
    const retried = new logs.MetricFilter(this, 'IngestRetriedMessages', {
      logGroup: props.ingestLogGroup,
      // The function's JSON log lines at ERROR: a message it could not finish and leaves to SQS.
      filterPattern: logs.FilterPattern.stringValue('$.level', '=', 'ERROR'),
      metricNamespace: `IMR/${props.stage}`,
      metricName: 'IngestMessagesRetried',
      metricValue: '1',
      defaultValue: 0,
    });
    this.alarm(
      'IngestRetries',
      retried.metric({ period: fiveMinutes, statistic: cloudwatch.Stats.SUM }),
      1,
      'The ingest function handed messages back to SQS for a retry (a partial batch failure): see its ERROR log lines',
    );
    this.alarm(
      'TableThrottles',
      props.table.metricThrottledRequestsForOperations({ operations: TABLE_OPERATIONS, period: fiveMinutes }),
      1,
      'DynamoDB throttled requests to the table',
    );
    this.alarm(
      'IngestBacklog',
      props.ingestQueue.metricApproximateAgeOfOldestMessage({ period: Duration.minutes(5), statistic: cloudwatch.Stats.MAXIMUM }),
      15 * 60,
      'The oldest upload waiting for ingest is older than 15 minutes',
    );
  }

  private alarm(id: string, metric: cloudwatch.IMetric, threshold: number, description: string): void {
    const alarm = new cloudwatch.Alarm(this, id, {
      metric,
      threshold,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      alarmDescription: description,
    });
    alarm.addAlarmAction(new actions.SnsAction(this.topic));
    alarm.addOkAction(new actions.SnsAction(this.topic));
    this.alarms.push(alarm);
  }
}
