import { Aws, Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { acknowledgeNag } from '../nag.js';
import { Construct } from 'constructs';

/** The principal rule (see src/app and docs/architecture.md) reads exactly these names. */
export const RESOURCE_SERVER_ID = 'imr';
export const READ_SCOPE = 'read';
export const WRITE_SCOPE = 'write';
export const WRITERS_GROUP = 'imr-writers';

export interface AuthProps {
  stage: string;
  /** Where the managed login may send people back to, after sign-in and sign-out: the explorer's URL, then the stage's authCallbackUrls. */
  callbackUrls: string[];
  domainPrefix: string | null;
}

/**
 * Who front ends and services are: a Cognito user pool (no self sign-up, strong passwords,
 * TOTP MFA) with the `imr` resource server. API Gateway accepts access tokens carrying
 * `imr/read` or `imr/write`; the GraphQL function then lets a caller write when the token's
 * `cognito:groups` holds `imr-writers` or its `scope` holds `imr/write`.
 *
 * - Web client (public, code + PKCE): the explorer's sign-in through the managed login pages.
 *   It may ask for `openid`, `email` and `imr/read` only, so a browser user writes only by
 *   being put in the `imr-writers` group by an administrator (the token then carries the group,
 *   not `imr/write`). It has no secret (a page cannot keep one); Cognito cannot be told to
 *   require PKCE, so the explorer always sends a code challenge, and the callback URLs are exact
 *   HTTPS addresses (plus http://localhost only where the stage's allowedOrigins list it).
 * - Service client (confidential, client credentials): `imr/read imr/write`, for back-office
 *   jobs that upload letters.
 * Partners do not use Cognito: they get an API key on the partner path (read-only).
 */
export class Auth extends Construct {
  readonly userPool: cognito.UserPool;
  readonly webClient: cognito.UserPoolClient;
  readonly serviceClient: cognito.UserPoolClient;
  readonly domain: cognito.UserPoolDomain;
  /** Method scopes for API Gateway: `imr/read`, `imr/write`. */
  readonly apiScopes: string[];
  /** What the explorer asks for at sign-in: an ID token (`openid`) and an access token that reads (`imr/read`). */
  readonly signInScopes: string[];

  constructor(scope: Construct, id: string, props: AuthProps) {
    super(scope, id);

    this.userPool = new cognito.UserPool(this, 'Users', {
      userPoolName: `imr-${props.stage}`,
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      mfa: cognito.Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      featurePlan: cognito.FeaturePlan.ESSENTIALS,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledgeNag(
      this.userPool,
      'AwsSolutions-COG8',
      'Essentials feature plan: the pool holds a handful of staff accounts created by an administrator (no self sign-up) with TOTP MFA required; Plus-tier threat protection is billed per monthly active user and can be enabled later without changing clients.',
    );

    const read = new cognito.ResourceServerScope({ scopeName: READ_SCOPE, scopeDescription: 'Read cases, disputed items and citations' });
    const write = new cognito.ResourceServerScope({ scopeName: WRITE_SCOPE, scopeDescription: 'Upload and ingest letters' });
    const resourceServer = this.userPool.addResourceServer('Api', {
      identifier: RESOURCE_SERVER_ID,
      userPoolResourceServerName: 'IMR Determinations API',
      scopes: [read, write],
    });
    this.apiScopes = [`${RESOURCE_SERVER_ID}/${READ_SCOPE}`, `${RESOURCE_SERVER_ID}/${WRITE_SCOPE}`];
    this.signInScopes = [cognito.OAuthScope.OPENID.scopeName, `${RESOURCE_SERVER_ID}/${READ_SCOPE}`];

    new cognito.CfnUserPoolGroup(this, 'Writers', {
      userPoolId: this.userPool.userPoolId,
      groupName: WRITERS_GROUP,
      description: 'May upload and ingest letters (createUpload, ingestDetermination).',
    });

    this.webClient = this.userPool.addClient('WebClient', {
      userPoolClientName: `imr-${props.stage}-web`,
      generateSecret: false,
      supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO],
      authFlows: { userSrp: true },
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(1),
      oAuth: {
        // The code grant only (no implicit grant: tokens never travel in a URL).
        flows: { authorizationCodeGrant: true },
        scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.resourceServer(resourceServer, read)],
        callbackUrls: props.callbackUrls,
        logoutUrls: props.callbackUrls,
      },
    });

    this.serviceClient = this.userPool.addClient('ServiceClient', {
      userPoolClientName: `imr-${props.stage}-service`,
      generateSecret: true,
      authFlows: {},
      enableTokenRevocation: true,
      accessTokenValidity: Duration.hours(1),
      oAuth: {
        flows: { clientCredentials: true },
        scopes: [cognito.OAuthScope.resourceServer(resourceServer, read), cognito.OAuthScope.resourceServer(resourceServer, write)],
      },
    });

    // The token endpoint (client credentials) and the managed login pages live on this domain.
    this.domain = this.userPool.addDomain('Domain', {
      cognitoDomain: { domainPrefix: props.domainPrefix ?? `imr-${props.stage}-${Aws.ACCOUNT_ID}` },
    });
  }
}
