import { Logger } from '@aws-lambda-powertools/logger';
import type { Context } from 'aws-lambda';

export type { Logger };

/**
 * One structured JSON logger per Lambda, made at module scope. Level and sampling follow the
 * Powertools environment variables (POWERTOOLS_LOG_LEVEL, AWS_LAMBDA_LOG_LEVEL) so an operator
 * can turn up verbosity without a deploy; the stack sets the service name per function.
 */
export function createLogger(serviceName: string): Logger {
  return new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME || serviceName });
}

/**
 * Call first in every invocation. Clears the keys the previous (warm) invocation appended, then
 * stamps every line of this one with the Lambda request id (`function_request_id`, plus
 * `cold_start`) and, when given, the caller-facing id as `correlation_id` — API Gateway's
 * `requestContext.requestId`, which is also what the stage's access log records, so one
 * request can be followed from the access log into the function's log.
 */
export function beginInvocation(logger: Logger, context: Context, correlationId?: string | null): void {
  logger.resetKeys();
  logger.addContext(context);
  if (correlationId) logger.setCorrelationId(correlationId);
}

/** API Gateway's request id from a REST (v1) or HTTP (v2) proxy event, when the event has one. */
export function apiGatewayRequestId(event: unknown): string | null {
  if (typeof event !== 'object' || event === null || !('requestContext' in event)) return null;
  const requestContext: unknown = event.requestContext;
  if (typeof requestContext !== 'object' || requestContext === null || !('requestId' in requestContext)) return null;
  return typeof requestContext.requestId === 'string' ? requestContext.requestId : null;
}
