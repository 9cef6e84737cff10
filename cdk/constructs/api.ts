import { Duration, RemovalPolicy, Size } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { acknowledgeNag } from '../nag.js';
import { Construct } from 'constructs';

/** Front ends (Cognito tokens) call this path; partners (API keys) call PARTNER_PATH. */
export const GRAPHQL_PATH = 'graphql';
export const PARTNER_PATH = ['partner', 'graphql'] as const;

export interface ApiProps {
  stage: string;
  handler: lambda.IFunction;
  userPool: cognito.IUserPool;
  /** OAuth scopes of which an access token must carry at least one (`imr/read`, `imr/write`). */
  scopes: string[];
  allowedOrigins: string[];
  logRetentionDays: number;
  rateLimit: number;
  burstLimit: number;
  partnerRateLimit: number;
  partnerBurstLimit: number;
  partnerQuotaPerDay: number;
  partners: string[];
}

/**
 * The GraphQL endpoint on API Gateway (REST API, Lambda proxy integration, payload 1.0).
 * Every method needs a credential: a Cognito access token on /graphql, an API key (with a usage
 * plan: throttle + daily quota per key) on /partner/graphql. Only the CORS preflight of /graphql
 * is open, as browsers send preflights without credentials.
 */
export class Api extends Construct {
  readonly restApi: apigw.RestApi;
  readonly accessLogs: logs.LogGroup;
  readonly frontEndMethod: apigw.Method;
  readonly partnerMethod: apigw.Method;
  readonly partnerPlan: apigw.UsagePlan;
  readonly partnerKeys: Map<string, apigw.ApiKey> = new Map();

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);

    this.accessLogs = new logs.LogGroup(this, 'AccessLogs', {
      retention: props.logRetentionDays as logs.RetentionDays,
      removalPolicy: RemovalPolicy.DESTROY,
    });

    this.restApi = new apigw.RestApi(this, 'Api', {
      restApiName: `imr-${props.stage}`,
      description: 'IMR Final Determination Letters: GraphQL API',
      endpointConfiguration: { types: [apigw.EndpointType.REGIONAL] },
      // Execution logging (below) needs the account-level CloudWatch role.
      cloudWatchRole: true,
      cloudWatchRoleRemovalPolicy: RemovalPolicy.RETAIN,
      apiKeySourceType: apigw.ApiKeySourceType.HEADER,
      // GraphQL answers are repetitive JSON: gzip pays for itself above ~1 KiB.
      minCompressionSize: Size.kibibytes(1),
      deployOptions: {
        stageName: props.stage,
        accessLogDestination: new apigw.LogGroupLogDestination(this.accessLogs),
        accessLogFormat: apigw.AccessLogFormat.custom(
          JSON.stringify({
            requestId: apigw.AccessLogField.contextRequestId(),
            extendedRequestId: apigw.AccessLogField.contextExtendedRequestId(),
            requestTime: apigw.AccessLogField.contextRequestTime(),
            httpMethod: apigw.AccessLogField.contextHttpMethod(),
            resourcePath: apigw.AccessLogField.contextResourcePath(),
            status: apigw.AccessLogField.contextStatus(),
            responseLength: apigw.AccessLogField.contextResponseLength(),
            responseLatency: apigw.AccessLogField.contextResponseLatency(),
            integrationLatency: apigw.AccessLogField.contextIntegrationLatency(),
            integrationStatus: apigw.AccessLogField.contextIntegrationStatus(),
            errorMessage: apigw.AccessLogField.contextErrorMessageString(),
            sourceIp: apigw.AccessLogField.contextIdentitySourceIp(),
            userAgent: apigw.AccessLogField.contextIdentityUserAgent(),
            // Who called: the partner's key id, or the Cognito subject.
            apiKeyId: apigw.AccessLogField.contextIdentityApiKeyId(),
            sub: apigw.AccessLogField.contextAuthorizerClaims('sub'),
            clientId: apigw.AccessLogField.contextAuthorizerClaims('client_id'),
            xrayTraceId: apigw.AccessLogField.contextXrayTraceId(),
          }),
        ),
        // Errors only, and never request or response bodies: letters carry medical details.
        loggingLevel: apigw.MethodLoggingLevel.ERROR,
        dataTraceEnabled: false,
        metricsEnabled: true,
        tracingEnabled: true,
        throttlingRateLimit: props.rateLimit,
        throttlingBurstLimit: props.burstLimit,
      },
    });
    acknowledgeNag(
      this.restApi,
      'AwsSolutions-IAM4',
      'The account-level role that lets API Gateway write execution logs; AmazonAPIGatewayPushToCloudWatchLogs is the policy AWS documents for it and only reaches CloudWatch Logs.',
      ['Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs'],
    );
    acknowledgeNag(
      this.restApi.deploymentStage,
      'AwsSolutions-APIG3',
      'No WAF web ACL yet: every method needs a Cognito token or a partner API key, the stage and each partner key are throttled, and partners have a daily quota. A web ACL (~$5/month + rules) can be associated with the stage later without changing the API.',
    );

    const authorizer = new apigw.CognitoUserPoolsAuthorizer(this, 'Authorizer', {
      authorizerName: `imr-${props.stage}-cognito`,
      cognitoUserPools: [props.userPool],
      resultsCacheTtl: Duration.minutes(5),
    });

    // API Gateway turns away bodies that are not a GraphQL request before the function is billed.
    const requestModel = this.restApi.addModel('GraphqlRequest', {
      contentType: 'application/json',
      modelName: 'GraphqlRequest',
      schema: {
        schema: apigw.JsonSchemaVersion.DRAFT4,
        title: 'GraphQL request',
        type: apigw.JsonSchemaType.OBJECT,
        required: ['query'],
        properties: {
          query: { type: apigw.JsonSchemaType.STRING, minLength: 1 },
          operationName: { type: [apigw.JsonSchemaType.STRING, apigw.JsonSchemaType.NULL] },
          variables: { type: [apigw.JsonSchemaType.OBJECT, apigw.JsonSchemaType.NULL] },
          extensions: { type: [apigw.JsonSchemaType.OBJECT, apigw.JsonSchemaType.NULL] },
        },
      },
    });
    const requestValidator = this.restApi.addRequestValidator('GraphqlRequestValidator', {
      requestValidatorName: 'graphql-body',
      validateRequestBody: true,
      validateRequestParameters: true,
    });

    const integration = new apigw.LambdaIntegration(props.handler, { proxy: true, allowTestInvoke: false });

    const frontEnd = this.restApi.root.addResource(GRAPHQL_PATH, {
      defaultCorsPreflightOptions: {
        allowOrigins: props.allowedOrigins,
        allowMethods: ['POST', 'OPTIONS'],
        allowHeaders: ['Authorization', 'Content-Type', 'Apollo-Require-Preflight'],
        allowCredentials: false,
        maxAge: Duration.hours(1),
      },
    });
    this.frontEndMethod = frontEnd.addMethod('POST', integration, {
      authorizationType: apigw.AuthorizationType.COGNITO,
      authorizer,
      authorizationScopes: props.scopes,
      requestValidator,
      requestModels: { 'application/json': requestModel },
    });

    const partnerResource = this.restApi.root.addResource(PARTNER_PATH[0]).addResource(PARTNER_PATH[1]);
    this.partnerMethod = partnerResource.addMethod('POST', integration, {
      apiKeyRequired: true,
      requestValidator,
      requestModels: { 'application/json': requestModel },
    });
    acknowledgeNag(
      this.partnerMethod,
      'AwsSolutions-APIG4',
      'The partner method is authorized by a required API key tied to a usage plan (per-partner throttle and quota); REST API keys are not an API Gateway authorization type, so the method shows AuthorizationType NONE with ApiKeyRequired true. The GraphQL function treats key-only callers as read-only.',
    );
    acknowledgeNag(
      this.partnerMethod,
      'AwsSolutions-COG4',
      'Partners are systems, not Cognito users: they authenticate with their own API key (usage plan: throttle + daily quota). Front ends use the Cognito authorizer on /graphql.',
    );

    this.partnerPlan = this.restApi.addUsagePlan('PartnerPlan', {
      name: `imr-${props.stage}-partners`,
      description: 'Read-only partner access: limits apply to each partner key separately.',
      throttle: { rateLimit: props.partnerRateLimit, burstLimit: props.partnerBurstLimit },
      quota: { limit: props.partnerQuotaPerDay, period: apigw.Period.DAY },
      apiStages: [{ api: this.restApi, stage: this.restApi.deploymentStage }],
    });
    for (const partner of props.partners) {
      const key = new apigw.ApiKey(this, `PartnerKey-${partner}`, {
        apiKeyName: `imr-${props.stage}-${partner}`,
        description: `Partner ${partner}: read-only GraphQL access on /${PARTNER_PATH.join('/')}`,
        enabled: true,
      });
      this.partnerPlan.addApiKey(key);
      this.partnerKeys.set(partner, key);
    }

    // Answers API Gateway gives itself (401 missing token, 403 bad key, 429, 5xx) also need CORS
    // headers, or a browser reports a CORS failure instead of the real status.
    const corsHeaders = {
      'Access-Control-Allow-Origin':
        props.allowedOrigins.length === 1 ? `'${props.allowedOrigins[0]}'` : 'method.request.header.Origin',
      Vary: "'Origin'",
    };
    this.restApi.addGatewayResponse('Default4xx', { type: apigw.ResponseType.DEFAULT_4XX, responseHeaders: corsHeaders });
    this.restApi.addGatewayResponse('Default5xx', { type: apigw.ResponseType.DEFAULT_5XX, responseHeaders: corsHeaders });
  }

  /** https://<id>.execute-api.<region>.amazonaws.com/<stage>/graphql */
  get graphqlUrl(): string {
    return this.restApi.urlForPath(`/${GRAPHQL_PATH}`);
  }

  get partnerGraphqlUrl(): string {
    return this.restApi.urlForPath(`/${PARTNER_PATH.join('/')}`);
  }
}
