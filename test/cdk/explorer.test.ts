/**
 * The explorer on AWS, proven from the synthesized template: a private bucket that only this
 * distribution reads, HTTPS, the Content-Security-Policy directive by directive, caching, access
 * logs, the config.json the deployment writes (with the stage's API and Cognito values), the
 * web client's sign-in, CORS, and cdk-nag. The site is a small fixture folder (given the way a
 * prebuilt site is given); the last block builds the real one through the synth-time path.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type BuiltApp } from '../../cdk/build-app.js';
import { buildSite, checkSite, explorerSite, inlineCodeIn } from '../../cdk/constructs/explorer.js';
import { AwsSolutionsChecks } from '../../cdk/nag.js';
import { readConfig } from '../../src/explorer/app/config.js';
import { renderIndexHtml } from '../../src/explorer/build.js';

const CERTIFICATE_ARN = 'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d';
const WEB_ACL_ARN = 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/imr-explorer/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d';
// CloudFront's managed cache policies (fixed ids, the same in every account).
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
const CACHING_OPTIMIZED = '658327ea-f89d-4fab-a63d-7e88639e58f6';

interface CfnResource {
  Type: string;
  Properties?: Record<string, unknown>;
  DeletionPolicy?: string;
}
type Resources = Record<string, CfnResource>;

interface Synthesized {
  built: BuiltApp;
  outdir: string;
  resources: Resources;
  id: (construct: IConstruct) => string;
}

const dirs: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};

/** A built site as the front end's build writes one: index.html at the root, hashed files under assets/. */
function fixtureSite(): string {
  const dir = tempDir('imr-explorer-site-');
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), renderIndexHtml('assets/main-FIXTURE1.js', 'assets/main-FIXTURE2.css'));
  writeFileSync(path.join(dir, 'assets', 'main-FIXTURE1.js'), 'document.body.dataset.ready = "yes";\n');
  writeFileSync(path.join(dir, 'assets', 'main-FIXTURE2.css'), 'body { margin: 0; }\n');
  return dir;
}

function synth(context: Record<string, string>): Synthesized {
  const outdir = tempDir('imr-explorer-cdk-');
  const built = buildApp({ outdir, context: { stage: 'qa', allowedOrigins: 'https://app.example.org', ...context, 'aws:cdk:bundling-stacks': [] } });
  // The cdk-nag plugin registered by buildApp runs here and throws on an unacknowledged finding.
  built.app.synth();
  const template = JSON.parse(readFileSync(path.join(outdir, `${built.stack.stackName}.template.json`), 'utf8')) as { Resources: Resources };
  return { built, outdir, resources: template.Resources, id: (construct) => built.stack.getLogicalId(construct.node.defaultChild as never) };
}

/**
 * A template value as text: Fn::Join concatenated, `{ Ref: X }` as `<X>`, `{ Fn::GetAtt: [X, A] }`
 * as `<X.A>`, so a value made of tokens can be read (and compared) like the string it becomes.
 */
function render(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v.Ref === 'string') return `<${v.Ref}>`;
    if (Array.isArray(v['Fn::GetAtt'])) return `<${(v['Fn::GetAtt'] as string[]).join('.')}>`;
    if (Array.isArray(v['Fn::Join'])) {
      const [separator, parts] = v['Fn::Join'] as [string, unknown[]];
      return parts.map(render).join(separator);
    }
  }
  throw new Error(`Cannot render ${JSON.stringify(value)}`);
}

const ofType = (resources: Resources, type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
const only = (resources: Resources, type: string): [string, CfnResource] => {
  const found = ofType(resources, type);
  expect(found, `exactly one ${type}`).toHaveLength(1);
  return found[0]!;
};

interface Behavior {
  PathPattern?: string;
  ViewerProtocolPolicy: string;
  CachePolicyId: unknown;
  ResponseHeadersPolicyId: unknown;
  AllowedMethods?: string[];
  Compress?: boolean;
}
interface DistributionConfig {
  DefaultRootObject?: string;
  DefaultCacheBehavior: Behavior;
  CacheBehaviors?: Behavior[];
  CustomErrorResponses?: unknown;
  Logging?: Record<string, unknown>;
  Origins: { DomainName: unknown; OriginAccessControlId?: unknown; S3OriginConfig?: unknown; CustomOriginConfig?: unknown }[];
  ViewerCertificate?: Record<string, unknown>;
  Aliases?: string[];
  WebACLId?: string;
}
const distributionConfig = (s: Synthesized) => s.resources[s.id(s.built.stack.explorer.distribution)]!.Properties!.DistributionConfig as DistributionConfig;

/** The response headers policy a behavior uses. */
function headersOf(s: Synthesized, behavior: Behavior) {
  const policyId = (behavior.ResponseHeadersPolicyId as { Ref: string }).Ref;
  return s.resources[policyId]!.Properties!.ResponseHeadersPolicyConfig as {
    SecurityHeadersConfig: Record<string, Record<string, unknown>>;
    CustomHeadersConfig: { Items: { Header: string; Value: string; Override: boolean }[] };
  };
}

/** The CSP of a behavior, directive → sources. */
function cspOf(s: Synthesized, behavior: Behavior): Map<string, string[]> {
  const text = render(headersOf(s, behavior).SecurityHeadersConfig.ContentSecurityPolicy!.ContentSecurityPolicy);
  const directives = new Map<string, string[]>();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    expect(directives.has(name!), `directive ${name} once`).toBe(false);
    directives.set(name!, sources);
  }
  return directives;
}

/** The deployment's sources, unzipped as synth staged them, with its token markers put back as `<Logical.Id>` text. */
function deployedFiles(s: Synthesized): { files: Map<string, string>; deployment: Record<string, unknown> } {
  const [, deployment] = only(s.resources, 'Custom::CDKBucketDeployment');
  const props = deployment.Properties!;
  const keys = props.SourceObjectKeys as string[];
  const markers = (props.SourceMarkers as Record<string, unknown>[] | undefined) ?? [];
  const files = new Map<string, string>();
  keys.forEach((key, index) => {
    const assetDir = path.join(s.outdir, `asset.${key.replace(/\.zip$/, '')}`);
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else {
          let text = readFileSync(file, 'utf8');
          for (const [marker, value] of Object.entries(markers[index] ?? {})) text = text.split(marker).join(render(value));
          files.set(path.relative(assetDir, file).split(path.sep).join('/'), text);
        }
      }
    };
    walk(assetDir);
  });
  return { files, deployment: props };
}

let plain: Synthesized;
let ownDomain: Synthesized;

beforeAll(() => {
  const site = fixtureSite();
  plain = synth({ explorerSiteDir: site });
  ownDomain = synth({
    explorerSiteDir: site,
    explorerDomainName: 'explorer.example.org',
    explorerCertificateArn: CERTIFICATE_ARN,
    explorerWebAclArn: WEB_ACL_ARN,
  });
});

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('the explorer bucket', () => {
  it('is private: all public access blocked, encrypted, TLS only, access-logged, no website hosting, retained', () => {
    const bucket = plain.resources[plain.id(plain.built.stack.explorer.siteBucket)]!;
    expect(bucket.DeletionPolicy).toBe('Retain');
    expect(bucket.Properties).toMatchObject({
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      LoggingConfiguration: { DestinationBucketName: { Ref: plain.id(plain.built.stack.storage.accessLogBucket) }, LogFilePrefix: 'explorer-site-bucket/' },
    });
    expect(bucket.Properties!.WebsiteConfiguration).toBeUndefined();
  });

  it('lets only this distribution read it, through origin access control; everything else in its policy is a denial', () => {
    const bucketId = plain.id(plain.built.stack.explorer.siteBucket);
    const distributionId = plain.id(plain.built.stack.explorer.distribution);
    const [, policy] = ofType(plain.resources, 'AWS::S3::BucketPolicy').find(([, p]) => JSON.stringify(p.Properties!.Bucket) === JSON.stringify({ Ref: bucketId }))!;
    const statements = (policy.Properties!.PolicyDocument as { Statement: Record<string, unknown>[] }).Statement;
    const allows = statements.filter((st) => st.Effect === 'Allow');
    expect(allows).toEqual([
      {
        Effect: 'Allow',
        Principal: { Service: 'cloudfront.amazonaws.com' },
        Action: 's3:GetObject',
        Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucketId, 'Arn'] }, '/*']] },
        Condition: { StringEquals: { 'AWS:SourceArn': expect.anything() } },
      },
    ]);
    const sourceArn = render((allows[0]!.Condition as { StringEquals: Record<string, unknown> }).StringEquals['AWS:SourceArn']);
    expect(sourceArn).toBe(`arn:<AWS::Partition>:cloudfront::<AWS::AccountId>:distribution/<${distributionId}>`);
    for (const statement of statements.filter((st) => st.Effect !== 'Allow')) {
      expect(statement).toMatchObject({ Effect: 'Deny', Principal: { AWS: '*' }, Action: 's3:*' });
    }
    const denials = statements.filter((st) => st.Effect === 'Deny').map((st) => st.Condition);
    expect(denials).toContainEqual({ Bool: { 'aws:SecureTransport': 'false' } });
    expect(denials).toContainEqual({ NumericLessThan: { 's3:TlsVersion': 1.2 } });

    const [oacId, oac] = only(plain.resources, 'AWS::CloudFront::OriginAccessControl');
    expect(oac.Properties!.OriginAccessControlConfig).toMatchObject({ OriginAccessControlOriginType: 's3', SigningBehavior: 'always', SigningProtocol: 'sigv4' });
    const origins = distributionConfig(plain).Origins;
    expect(origins).toHaveLength(1);
    expect(origins[0]).toMatchObject({
      DomainName: { 'Fn::GetAtt': [bucketId, 'RegionalDomainName'] },
      OriginAccessControlId: { 'Fn::GetAtt': [oacId, 'Id'] },
      S3OriginConfig: { OriginAccessIdentity: '' },
    });
  });
});

describe('the explorer distribution', () => {
  it('serves HTTPS only (HTTP is redirected), index.html at the root, GET and HEAD, and rewrites no errors (hash routing)', () => {
    const config = distributionConfig(plain);
    expect(config.DefaultRootObject).toBe('index.html');
    expect(config.CustomErrorResponses).toBeUndefined();
    const behaviors = [config.DefaultCacheBehavior, ...(config.CacheBehaviors ?? [])];
    expect(behaviors).toHaveLength(2);
    for (const behavior of behaviors) {
      expect(behavior).toMatchObject({ ViewerProtocolPolicy: 'redirect-to-https', AllowedMethods: ['GET', 'HEAD'], Compress: true });
    }
  });

  it('uses CloudFront\'s own certificate and name when the stage has no domain, and its ACM certificate at TLS 1.2+ when it has', () => {
    expect(distributionConfig(plain).ViewerCertificate).toBeUndefined();
    expect(distributionConfig(plain).Aliases).toBeUndefined();
    const config = distributionConfig(ownDomain);
    expect(config.Aliases).toEqual(['explorer.example.org']);
    expect(config.ViewerCertificate).toEqual({ AcmCertificateArn: CERTIFICATE_ARN, MinimumProtocolVersion: 'TLSv1.2_2021', SslSupportMethod: 'sni-only' });
    expect(config.WebACLId).toBe(WEB_ACL_ARN);
    expect(distributionConfig(plain).WebACLId).toBeUndefined();
  });

  it('logs every request to its own bucket, which keeps ACLs on for CloudFront\'s log delivery and expires logs after a year', () => {
    const logBucketId = plain.id(plain.built.stack.explorer.logBucket);
    expect(distributionConfig(plain).Logging).toEqual({ Bucket: { 'Fn::GetAtt': [logBucketId, 'RegionalDomainName'] }, Prefix: 'explorer/', IncludeCookies: false });
    const logBucket = plain.resources[logBucketId]!;
    expect(logBucket.DeletionPolicy).toBe('Retain');
    expect(logBucket.Properties).toMatchObject({
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerPreferred' }] },
      LifecycleConfiguration: { Rules: [expect.objectContaining({ ExpirationInDays: 365, Status: 'Enabled' })] },
      LoggingConfiguration: { DestinationBucketName: { Ref: plain.id(plain.built.stack.storage.accessLogBucket) } },
    });
  });

  it('caches content-hashed assets/ a year (immutable) and never caches anything else, so a deploy needs no invalidation', () => {
    const config = distributionConfig(plain);
    const assets = config.CacheBehaviors!.find((b) => b.PathPattern === 'assets/*')!;
    expect(assets.CachePolicyId).toBe(CACHING_OPTIMIZED);
    expect(config.DefaultCacheBehavior.CachePolicyId).toBe(CACHING_DISABLED);
    const cacheControl = (behavior: Behavior) => headersOf(plain, behavior).CustomHeadersConfig.Items.find((h) => h.Header === 'Cache-Control');
    expect(cacheControl(assets)).toEqual({ Header: 'Cache-Control', Value: 'public, max-age=31536000, immutable', Override: true });
    expect(cacheControl(config.DefaultCacheBehavior)).toEqual({ Header: 'Cache-Control', Value: 'no-cache', Override: true });
    // The fixture's (and the real build's) hashed files are exactly what that pattern covers.
    const { files } = deployedFiles(plain);
    expect([...files.keys()].filter((f) => f !== 'index.html' && f !== 'config.json').every((f) => f.startsWith('assets/'))).toBe(true);
    expect(plain.resources[only(plain.resources, 'Custom::CDKBucketDeployment')[0]]!.Properties!.DistributionId).toBeUndefined();
  });
});

describe('the explorer\'s security headers', () => {
  it('send a strict Content-Security-Policy on pages and assets alike', () => {
    const apiId = plain.id(plain.built.stack.api.restApi);
    const domainId = plain.id(plain.built.stack.auth.domain);
    const uploadsId = plain.id(plain.built.stack.storage.uploadBucket);
    const signIn = `https://<${domainId}>.auth.<AWS::Region>.amazoncognito.com`;
    const expected = new Map([
      ['default-src', ["'none'"]],
      ['script-src', ["'self'"]],
      ['style-src', ["'self'"]],
      ['img-src', ["'self'", 'data:']],
      ['font-src', ["'self'"]],
      ['connect-src', ["'self'", `https://<${apiId}>.execute-api.<AWS::Region>.<AWS::URLSuffix>`, signIn, `https://<${uploadsId}>.s3.<AWS::Region>.<AWS::URLSuffix>`]],
      ['form-action', [signIn]],
      ['frame-ancestors', ["'none'"]],
      ['base-uri', ["'none'"]],
      ['object-src', ["'none'"]],
    ]);
    const config = distributionConfig(plain);
    for (const behavior of [config.DefaultCacheBehavior, ...config.CacheBehaviors!]) {
      const csp = cspOf(plain, behavior);
      expect(csp).toEqual(expected);
      expect(JSON.stringify([...csp.values()])).not.toMatch(/unsafe|\*|http:/);
      expect(headersOf(plain, behavior).SecurityHeadersConfig.ContentSecurityPolicy).toMatchObject({ Override: true });
    }
  });

  it('send HSTS for two years with subdomains and preload, nosniff, DENY framing, no referrer, and a closed Permissions-Policy', () => {
    const config = distributionConfig(plain);
    for (const behavior of [config.DefaultCacheBehavior, ...config.CacheBehaviors!]) {
      const headers = headersOf(plain, behavior);
      expect(headers.SecurityHeadersConfig).toMatchObject({
        StrictTransportSecurity: { AccessControlMaxAgeSec: 2 * 365 * 24 * 3600, IncludeSubdomains: true, Preload: true, Override: true },
        ContentTypeOptions: { Override: true },
        FrameOptions: { FrameOption: 'DENY', Override: true },
        ReferrerPolicy: { ReferrerPolicy: 'no-referrer', Override: true },
      });
      const custom = Object.fromEntries(headers.CustomHeadersConfig.Items.map((h) => [h.Header, h.Value]));
      expect(custom['Permissions-Policy']).toMatch(/^camera=\(\), microphone=\(\), geolocation=\(\)/);
      expect(custom['Cross-Origin-Opener-Policy']).toBe('same-origin');
    }
  });
});

describe('what the explorer deployment writes', () => {
  it('copies the built site and prunes what the build no longer has', () => {
    const { files, deployment } = deployedFiles(plain);
    expect(deployment).toMatchObject({ Prune: true, DestinationBucketName: { Ref: plain.id(plain.built.stack.explorer.siteBucket) } });
    expect([...files.keys()].sort()).toEqual(['assets/main-FIXTURE1.js', 'assets/main-FIXTURE2.css', 'config.json', 'index.html']);
    expect(files.get('index.html')).toContain('src="assets/main-FIXTURE1.js"');
  });

  it('writes config.json with this stage\'s API URL, Cognito managed login, web client and the explorer\'s own URL, in the shape the page reads', () => {
    const { files } = deployedFiles(plain);
    const config = JSON.parse(files.get('config.json')!) as unknown;
    const apiId = plain.id(plain.built.stack.api.restApi);
    const signIn = `https://<${plain.id(plain.built.stack.auth.domain)}>.auth.<AWS::Region>.amazoncognito.com`;
    expect(config).toEqual({
      // The stage's name, by reference: the URL exists only once the stage does.
      graphqlUrl: `https://<${apiId}>.execute-api.<AWS::Region>.<AWS::URLSuffix>/<${plain.id(plain.built.stack.api.restApi.deploymentStage)}>/graphql`,
      auth: {
        authorizeUrl: `${signIn}/oauth2/authorize`,
        tokenUrl: `${signIn}/oauth2/token`,
        logoutUrl: `${signIn}/logout`,
        clientId: `<${plain.id(plain.built.stack.auth.webClient)}>`,
        scopes: ['openid', 'imr/read'],
        redirectUri: `https://<${plain.id(plain.built.stack.explorer.distribution)}.DomainName>/`,
      },
    });
    // The page's own reader (src/explorer/app/config.ts) accepts it as it is.
    expect(readConfig(config)).toMatchObject({ success: true, data: { auth: { scopes: ['openid', 'imr/read'] } } });
  });

  it('names the explorer\'s address among the stack outputs', () => {
    const outputs = (s: Synthesized) =>
      (JSON.parse(readFileSync(path.join(s.outdir, `${s.built.stack.stackName}.template.json`), 'utf8')) as { Outputs: Record<string, { Value: unknown }> }).Outputs;
    expect(render(outputs(plain).ExplorerUrl!.Value)).toBe(`https://<${plain.id(plain.built.stack.explorer.distribution)}.DomainName>/`);
    expect(render(outputs(ownDomain).ExplorerUrl!.Value)).toBe('https://explorer.example.org/');
    expect(outputs(plain).ExplorerDistributionId!.Value).toEqual({ Ref: plain.id(plain.built.stack.explorer.distribution) });
  });

  it('points config.json at the explorer\'s own domain when it has one', () => {
    const config = JSON.parse(deployedFiles(ownDomain).files.get('config.json')!) as { auth: { redirectUri: string } };
    expect(config.auth.redirectUri).toBe('https://explorer.example.org/');
  });
});

describe('signing in to the explorer', () => {
  const webClient = (s: Synthesized) => s.resources[s.id(s.built.stack.auth.webClient)]!.Properties!;

  it('uses the web client: code grant only, no secret, Cognito accounts, one-hour access tokens', () => {
    expect(webClient(plain)).toMatchObject({
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      GenerateSecret: false,
      SupportedIdentityProviders: ['COGNITO'],
      AccessTokenValidity: 60,
      IdTokenValidity: 60,
      TokenValidityUnits: expect.objectContaining({ AccessToken: 'minutes', IdToken: 'minutes' }),
    });
  });

  it('sends people back to the explorer (and to the stage\'s own origins) after sign-in and sign-out', () => {
    const client = webClient(plain);
    const explorerUrl = `https://<${plain.id(plain.built.stack.explorer.distribution)}.DomainName>/`;
    expect((client.CallbackURLs as unknown[]).map(render)).toEqual([explorerUrl, 'https://app.example.org/']);
    expect((client.LogoutURLs as unknown[]).map(render)).toEqual([explorerUrl, 'https://app.example.org/']);
    expect((webClient(ownDomain).CallbackURLs as unknown[]).map(render)).toEqual(['https://explorer.example.org/', 'https://app.example.org/']);
  });

  it('grants the scopes config.json asks for, and never imr/write (writers come from the imr-writers group)', () => {
    const scopes = (webClient(plain).AllowedOAuthScopes as unknown[]).map(render);
    const server = only(plain.resources, 'AWS::Cognito::UserPoolResourceServer')[0];
    expect(scopes).toEqual(expect.arrayContaining(['openid', `<${server}>/read`]));
    expect(scopes).not.toContain(`<${server}>/write`);
  });
});

describe('calling the API and S3 from the explorer', () => {
  it('answers CORS preflights and errors for the explorer\'s origin, and the GraphQL function knows it', () => {
    for (const [s, origin] of [
      [plain, `https://<${plain.id(plain.built.stack.explorer.distribution)}.DomainName>`],
      [ownDomain, 'https://explorer.example.org'],
    ] as const) {
      const [, options] = ofType(s.resources, 'AWS::ApiGateway::Method').find(([, m]) => m.Properties!.HttpMethod === 'OPTIONS')!;
      const integration = options.Properties!.Integration as { IntegrationResponses: { ResponseParameters: Record<string, unknown>; ResponseTemplates?: Record<string, unknown> }[] };
      const response = integration.IntegrationResponses[0]!;
      // The first origin is the preflight's default answer, the others are matched by the template.
      expect(render(response.ResponseParameters['method.response.header.Access-Control-Allow-Origin'])).toBe(`'${origin}'`);
      expect(render(response.ResponseTemplates!['application/json'])).toContain('$origin == "https://app.example.org"');
      const env = (s.resources[s.id(s.built.stack.graphql.function)]!.Properties!.Environment as { Variables: Record<string, unknown> }).Variables;
      expect(render(env.ALLOWED_ORIGINS)).toBe(`${origin},https://app.example.org`);
    }
  });

  it('lets the explorer PUT letters to their presigned URLs (upload bucket CORS)', () => {
    const cors = (s: Synthesized) =>
      (s.resources[s.id(s.built.stack.storage.uploadBucket)]!.Properties!.CorsConfiguration as { CorsRules: { AllowedOrigins: string[]; AllowedMethods: string[] }[] }).CorsRules;
    expect(cors(plain)).toEqual([expect.objectContaining({ AllowedMethods: ['PUT'], AllowedOrigins: ['https://*.cloudfront.net', 'https://app.example.org'] })]);
    expect(cors(ownDomain)).toEqual([expect.objectContaining({ AllowedMethods: ['PUT'], AllowedOrigins: ['https://explorer.example.org', 'https://app.example.org'] })]);
  });
});

describe('cdk-nag AwsSolutions over the explorer', () => {
  const explorerAcknowledgements = (s: Synthesized) =>
    s.built.app.node
      .findAll()
      .filter((c) => c.node.path.includes('/Explorer') || c.node.id.startsWith('Custom::CDKBucketDeployment'))
      .flatMap((c) =>
        c.node.metadata
          .filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
          .flatMap((m) => Object.keys(m.data as Record<string, string>).map((id) => id.replace(/^annotation::/i, '').replace(/\[.*$/, ''))),
      );

  it('finds nothing unacknowledged, with or without a domain of its own', () => {
    for (const s of [plain, ownDomain]) {
      const report = new AwsSolutionsChecks().validateScope(s.built.app);
      expect(report.violations.map((v) => `${v.ruleName} ${v.violatingResources.map((r) => r.constructPath).join(', ')}`)).toEqual([]);
    }
  });

  it('acknowledges the default certificate (CFR4) and the missing web ACL (CFR2) only while the stage lacks them', () => {
    const rules = (s: Synthesized) => [...new Set(explorerAcknowledgements(s))].sort();
    expect(rules(plain)).toEqual(['AwsSolutions-CFR1', 'AwsSolutions-CFR2', 'AwsSolutions-CFR4', 'AwsSolutions-IAM5', 'AwsSolutions-L1']);
    expect(rules(ownDomain)).toEqual(['AwsSolutions-CFR1', 'AwsSolutions-IAM5', 'AwsSolutions-L1']);
  });
});

describe('the site the stack deploys', () => {
  it('finds what the CSP would block in a page: inline scripts and styles, handler attributes, javascript: URLs', () => {
    expect(inlineCodeIn('<script>alert(1)</script>')).toHaveLength(1);
    expect(inlineCodeIn('<SCRIPT type="module">import "./a.js"</SCRIPT>')).toHaveLength(1);
    expect(inlineCodeIn('<style>body{}</style>')).toHaveLength(1);
    expect(inlineCodeIn('<div style="color:red">')).toHaveLength(1);
    expect(inlineCodeIn('<button onclick="go()">')).toHaveLength(1);
    expect(inlineCodeIn('<a href="javascript:go()">')).toHaveLength(1);
    expect(inlineCodeIn('<script type="module" src="assets/main-X.js"></script><link rel="stylesheet" href="assets/main-Y.css">')).toEqual([]);
    expect(inlineCodeIn('<script type="application/json">{"a":1}</script>')).toEqual([]);
    // The front end's real page shell.
    expect(inlineCodeIn(renderIndexHtml('assets/main-X.js', 'assets/main-Y.css'))).toEqual([]);
  });

  it('refuses a prebuilt site without index.html, or with code its CSP blocks', () => {
    const empty = tempDir('imr-explorer-empty-');
    expect(() => explorerSite(empty)).toThrow(/no index\.html/);
    const inline = tempDir('imr-explorer-inline-');
    writeFileSync(path.join(inline, 'index.html'), '<!doctype html><script>window.config = {}</script>');
    expect(() => checkSite(inline)).toThrow(/Content-Security-Policy blocks.*inline script/);
  });

  it('builds the real explorer the way synth does (src/explorer/build.ts in a child process) into a site the CSP lets run', () => {
    const out = tempDir('imr-explorer-build-');
    buildSite(out);
    const index = readFileSync(path.join(out, 'index.html'), 'utf8');
    const referenced = [...index.matchAll(/\s(?:src|href)="(assets\/[^"]+)"/g)].map((m) => m[1]!);
    expect(referenced.length).toBeGreaterThanOrEqual(2);
    const assets = readdirSync(path.join(out, 'assets')).map((f) => `assets/${f}`);
    for (const file of referenced) expect(assets).toContain(file);
    expect(readdirSync(out).sort()).toEqual(['assets', 'index.html']);
  }, 120_000);
});
