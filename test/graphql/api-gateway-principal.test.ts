import type { APIGatewayProxyEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { READ_SCOPE, RESOURCE_SERVER_ID, WRITERS_GROUP as STACK_WRITERS_GROUP, WRITE_SCOPE as STACK_WRITE_SCOPE } from '../../cdk/constructs/auth.js';
import { principalFromApiGatewayEvent, WRITERS_GROUP, WRITE_SCOPE } from '../../src/graphql/api-gateway-principal.js';
import { apiGatewayGraphqlEvent, type Caller } from '../cdk/events.js';

const principalOf = (caller: Caller) => principalFromApiGatewayEvent(apiGatewayGraphqlEvent({ query: '{ viewer { kind } }' }, caller));

describe('who the caller is, from what API Gateway established', () => {
  it('uses the names the Cognito stack defines', () => {
    expect(WRITERS_GROUP).toBe(STACK_WRITERS_GROUP);
    expect(WRITE_SCOPE).toBe(`${RESOURCE_SERVER_ID}/${STACK_WRITE_SCOPE}`);
  });

  it('a person in imr-writers may write', () => {
    expect(principalOf({ kind: 'cognito', sub: 'user-1', groups: ['imr-writers'], scope: `openid email ${RESOURCE_SERVER_ID}/${READ_SCOPE}` })).toEqual({
      kind: 'user',
      id: 'user-1',
      canWrite: true,
    });
  });

  it('a person in other groups may only read', () => {
    expect(principalOf({ kind: 'cognito', sub: 'user-2', groups: ['auditors'], scope: 'openid imr/read' })).toEqual({ kind: 'user', id: 'user-2', canWrite: false });
  });

  it('a person in no group may only read', () => {
    expect(principalOf({ kind: 'cognito', sub: 'user-3', groups: [], scope: 'openid imr/read' })).toMatchObject({ canWrite: false });
  });

  it('reads the group list however API Gateway flattened it', () => {
    const event = apiGatewayGraphqlEvent({ query: '{ viewer { kind } }' }, { kind: 'cognito', sub: 'user-4' });
    const claims = event.requestContext.authorizer!.claims as Record<string, string>;
    for (const groups of ['[auditors imr-writers]', 'auditors,imr-writers', 'imr-writers']) {
      claims['cognito:groups'] = groups;
      expect(principalFromApiGatewayEvent(event)?.canWrite, groups).toBe(true);
    }
  });

  it('a back-office job with a client-credentials token holding imr/write is a service that may write', () => {
    const event = apiGatewayGraphqlEvent({ query: '{ viewer { kind } }' }, { kind: 'cognito', groups: [], scope: 'imr/read imr/write' });
    const claims = event.requestContext.authorizer!.claims as Record<string, string>;
    // Client-credentials access tokens name the app client, not a user.
    claims.sub = claims.client_id!;
    delete claims.username;

    expect(principalFromApiGatewayEvent(event)).toEqual({ kind: 'service', id: claims.client_id, canWrite: true });
  });

  it('a partner key may only read', () => {
    expect(principalOf({ kind: 'partner', apiKeyId: 'abc123' })).toEqual({ kind: 'partner', id: 'abc123', canWrite: false });
  });

  it('a call with neither claims nor a key is nobody', () => {
    expect(principalOf({ kind: 'anonymous' })).toBeNull();
  });

  it('empty claims are nobody, not a user', () => {
    const event: Pick<APIGatewayProxyEvent, 'requestContext'> = apiGatewayGraphqlEvent({ query: '{ viewer { kind } }' }, { kind: 'anonymous' });
    event.requestContext.authorizer = { claims: {} };
    expect(principalFromApiGatewayEvent(event)).toBeNull();
  });
});
