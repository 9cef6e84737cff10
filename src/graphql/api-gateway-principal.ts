import type { APIGatewayProxyEvent } from 'aws-lambda';
import type { Principal } from './principal.js';

/**
 * The names the Cognito stack defines (cdk/constructs/auth.ts). Repeated here because the Lambda
 * bundle must not import the CDK; a test checks the two agree.
 */
export const WRITERS_GROUP = 'imr-writers';
export const WRITE_SCOPE = 'imr/write';

const claimList = (value: unknown): string[] => {
  if (Array.isArray(value)) return value.filter((entry): entry is string => typeof entry === 'string');
  if (typeof value !== 'string') return [];
  // API Gateway flattens claim arrays: "a,b", or "[a b]" depending on the token; scopes are space-separated.
  return value
    .replace(/^\[|\]$/g, '')
    .split(/[\s,]+/)
    .filter(Boolean);
};

/**
 * Who called, from what API Gateway (REST, payload 1.0) established before the function ran:
 * Cognito claims on /graphql, an API key on /partner/graphql. Null when neither is present
 * (a method left open by mistake): the caller is refused, not treated as anonymous.
 *
 * A Cognito caller may write when the token's groups include imr-writers (a person an
 * administrator allowed) or its scopes include imr/write (the back-office client). A token
 * without a `username`/`cognito:groups` but with `client_id == sub` is a client-credentials
 * token: a service, not a person. Partner keys are always read-only.
 */
export function principalFromApiGatewayEvent(event: Pick<APIGatewayProxyEvent, 'requestContext'>): Principal | null {
  const claims: unknown = event.requestContext.authorizer?.claims;
  if (claims && typeof claims === 'object') {
    const record = claims as Record<string, unknown>;
    const sub = typeof record.sub === 'string' ? record.sub : null;
    const clientId = typeof record.client_id === 'string' ? record.client_id : null;
    if (sub || clientId) {
      const groups = claimList(record['cognito:groups']);
      const scopes = claimList(record.scope);
      const isService = record.username === undefined && sub !== null && sub === clientId;
      return {
        kind: isService ? 'service' : 'user',
        id: sub ?? clientId,
        canWrite: groups.includes(WRITERS_GROUP) || scopes.includes(WRITE_SCOPE),
      };
    }
  }
  const apiKeyId = event.requestContext.identity?.apiKeyId;
  if (apiKeyId) return { kind: 'partner', id: apiKeyId, canWrite: false };
  return null;
}
