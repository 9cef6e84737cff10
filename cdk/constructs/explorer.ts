import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AssetHashType, type CfnElement, DefaultStackSynthesizer, DockerImage, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import { acknowledgeNag } from '../nag.js';
import { Construct } from 'constructs';
import { PROJECT_ROOT } from '../project-root.js';

/** The front end's build (its contract: `buildExplorer({ outDir, minify })` writes the whole site into outDir). */
export const EXPLORER_BUILD_ENTRY = path.join(PROJECT_ROOT, 'src', 'explorer', 'build.ts');
/** What the page fetches (same origin) to learn where the API and the sign-in pages are. */
export const CONFIG_FILE = 'config.json';
/** Where the build puts its content-hashed files: a file there never changes under its name. */
export const ASSETS_PATH = 'assets/*';

/** What the page reads from `GET /config.json`: the contract with src/explorer. */
export interface ExplorerConfig {
  graphqlUrl: string;
  auth: {
    authorizeUrl: string;
    tokenUrl: string;
    logoutUrl: string;
    clientId: string;
    scopes: string[];
    redirectUri: string;
  };
}

/** Origins the page talks to besides its own. */
export interface ExplorerOrigins {
  /** The GraphQL API (`https://<id>.execute-api.<region>.amazonaws.com`). */
  api: string;
  /** The Cognito hosted domain (`https://<prefix>.auth.<region>.amazoncognito.com`): token calls and the sign-in form. */
  signIn: string;
  /** The upload bucket's endpoint (`https://<bucket>.s3.<region>.amazonaws.com`), where a writer's browser PUTs a letter to its presigned URL. */
  uploads: string;
}

/**
 * The explorer's Content-Security-Policy. Only files from its own origin run or style the page
 * (no inline script or style, no eval); it may call only itself (config.json), the API, Cognito's
 * token endpoint and the upload bucket (presigned PUTs); a form may only go to Cognito; nothing
 * may frame it, change its base URL or embed plugins. Images may be data: URLs (the page's empty
 * favicon, small icons).
 */
export function contentSecurityPolicy(allowed: ExplorerOrigins): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${allowed.api} ${allowed.signIn} ${allowed.uploads}`,
    `form-action ${allowed.signIn}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join('; ');
}

// An inline <script> (no src attribute; JSON data blocks are not run, so they are allowed).
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)(?![^>]*\btype\s*=\s*["']?application\/(?:ld\+)?json)[^>]*>/gi;
// A <style> element, a style="" attribute or an on...="" event handler attribute.
const INLINE_STYLE_ELEMENT = /<style\b[^>]*>/gi;
const INLINE_ATTRIBUTE = /<[a-z][^>]*?\s(style|on[a-z]+)\s*=/gi;
const JAVASCRIPT_URL = /\b(?:href|src|action)\s*=\s*["']?\s*javascript:/gi;

/**
 * What in a page the explorer's CSP would block: inline scripts, inline styles, event handler
 * attributes and javascript: URLs. The browser would refuse them silently in production while
 * every local test passed, so synth refuses such a site instead.
 */
export function inlineCodeIn(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(INLINE_SCRIPT)) found.push(`inline script ${match[0]}`);
  for (const match of html.matchAll(INLINE_STYLE_ELEMENT)) found.push(`inline style element ${match[0]}`);
  for (const match of html.matchAll(INLINE_ATTRIBUTE)) found.push(`inline ${match[1]!.toLowerCase()} attribute in ${match[0]}`);
  for (const match of html.matchAll(JAVASCRIPT_URL)) found.push(`javascript: URL in ${match[0]}`);
  return found;
}

/** Fails unless `dir` holds a site the explorer's CSP lets run: index.html at the root, no inline code in it. */
export function checkSite(dir: string): void {
  const index = path.join(dir, 'index.html');
  if (!existsSync(index)) throw new Error(`The explorer site in ${dir} has no index.html at its root.`);
  const blocked = inlineCodeIn(readFileSync(index, 'utf8'));
  if (blocked.length) {
    throw new Error(
      `The explorer's index.html (${index}) holds code its Content-Security-Policy blocks (script-src 'self'; style-src 'self'): ${blocked.join('; ')}. Move it into a file under assets/.`,
    );
  }
}

/**
 * Runs the front end's build into `outDir` in a child Node process (the build is asynchronous and
 * TypeScript; synth is neither), then checks what it wrote.
 */
export function buildSite(outDir: string): void {
  const script = [
    `const { buildExplorer } = await import(${JSON.stringify(pathToFileURL(EXPLORER_BUILD_ENTRY).href)});`,
    `await buildExplorer({ outDir: ${JSON.stringify(outDir)}, minify: true });`,
  ].join('\n');
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', script], {
    cwd: PROJECT_ROOT,
    // Its output goes to stderr: the CDK CLI reads the app's stdout.
    stdio: ['ignore', 2, 2],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.error) throw new Error(`Could not start the explorer build: ${result.error.message}`, { cause: result.error });
  if (result.status !== 0) throw new Error(`The explorer build (src/explorer/build.ts) failed (exit ${result.status ?? result.signal}); its output is above.`);
  checkSite(outDir);
}

/**
 * The explorer's files for the deployment: a folder built beforehand (`-c explorerSiteDir=...`),
 * checked now; otherwise src/explorer built during synth, the way the Lambda bundles are (CDK's
 * local bundling into the cloud assembly; skipped, like them, where a test turns bundling off).
 */
export function explorerSite(prebuiltDir: string | null): s3deploy.ISource {
  if (prebuiltDir !== null) {
    checkSite(prebuiltDir);
    return s3deploy.Source.asset(prebuiltDir);
  }
  if (!existsSync(EXPLORER_BUILD_ENTRY)) {
    throw new Error(
      `The explorer cannot be built: ${path.relative(PROJECT_ROOT, EXPLORER_BUILD_ENTRY)} is missing. Give a built site with -c explorerSiteDir=<folder holding index.html>.`,
    );
  }
  return s3deploy.Source.asset(PROJECT_ROOT, {
    // The build reads more of the project than src/explorer (the schema, shared types): name
    // the asset by what it produced, not by a guess at its inputs.
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      // Never pulled: the local build always answers (or fails the synth).
      image: DockerImage.fromRegistry('explorer-is-built-locally'),
      local: {
        tryBundle(outputDir: string): boolean {
          buildSite(outputDir);
          return true;
        },
      },
    },
  });
}

export interface ExplorerProps {
  stage: string;
  /** The built site (`explorerSite()`). */
  site: s3deploy.ISource;
  /** The GraphQL endpoint the page calls with the user's access token. */
  graphqlUrl: string;
  origins: ExplorerOrigins;
  /** The Cognito app client the page signs in with (public: code grant with PKCE, no secret). */
  clientId: string;
  /** OAuth scopes the page asks for. */
  scopes: string[];
  /** Receives the S3 server access logs of the explorer's buckets. */
  accessLogBucket: s3.IBucket;
  logRetentionDays: number;
  /** Own host name and its ACM certificate (us-east-1); null: the *.cloudfront.net name and certificate. */
  domainName: string | null;
  certificateArn: string | null;
  /** WAF web ACL (scope CLOUDFRONT) in front of the distribution, if any. */
  webAclArn: string | null;
}

/**
 * The explorer, the web front end: its static files in a private S3 bucket, served only through
 * a CloudFront distribution (origin access control; HTTPS; a strict Content-Security-Policy and
 * the other security headers on every answer; access logs), deployed with the `config.json` that
 * tells the page this stage's API URL and Cognito sign-in.
 *
 * Caching: files under assets/ have content-hashed names, so browsers keep them a year
 * (immutable) and CloudFront caches them; index.html, config.json and any other file are never
 * cached by CloudFront and revalidated by browsers, so a deploy shows at once without an
 * invalidation.
 */
export class Explorer extends Construct {
  readonly siteBucket: s3.Bucket;
  readonly logBucket: s3.Bucket;
  readonly distribution: cloudfront.Distribution;
  readonly headers: { page: cloudfront.ResponseHeadersPolicy; assets: cloudfront.ResponseHeadersPolicy };
  readonly deployment: s3deploy.BucketDeployment;
  /** `https://<host>`, no trailing slash: for CORS and the OAuth callback. */
  readonly origin: string;
  /** The page's address (what people open, and the OAuth redirect URI). */
  readonly url: string;
  readonly config: ExplorerConfig;

  constructor(scope: Construct, id: string, props: ExplorerProps) {
    super(scope, id);

    this.siteBucket = new s3.Bucket(this, 'Site', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      encryption: s3.BucketEncryption.S3_MANAGED,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      // Retained like every bucket of this stack: its files are only rebuilt ones, but deleting a
      // non-empty bucket would fail the stack deletion, and emptying it takes a custom resource
      // (docs/deploy.md, Teardown, says how to remove it).
      removalPolicy: RemovalPolicy.RETAIN,
      serverAccessLogsBucket: props.accessLogBucket,
      serverAccessLogsPrefix: 'explorer-site-bucket/',
    });

    this.logBucket = new s3.Bucket(this, 'CdnLogs', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: s3.BucketEncryption.S3_MANAGED,
      // CloudFront standard logs are delivered under a bucket ACL grant: ACLs must stay enabled
      // here (the stack's other access-log bucket has them disabled, so it cannot take these).
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
      // Viewer IP addresses and paths: kept a year like the S3 access logs, and outlive the stack like them.
      removalPolicy: RemovalPolicy.RETAIN,
      serverAccessLogsBucket: props.accessLogBucket,
      serverAccessLogsPrefix: 'explorer-cdn-logs-bucket/',
      lifecycleRules: [{ id: 'expire-cdn-logs', expiration: Duration.days(365) }],
    });

    const securityHeaders: cloudfront.ResponseSecurityHeadersBehavior = {
      contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicy(props.origins), override: true },
      strictTransportSecurity: { accessControlMaxAge: Duration.days(730), includeSubdomains: true, preload: true, override: true },
      contentTypeOptions: { override: true },
      frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
      // The page's URLs carry searches (after the #, never sent, but no Referer is simplest to reason about).
      referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.NO_REFERRER, override: true },
    };
    const otherHeaders = [
      // Nothing here uses a device feature.
      { header: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
      // Sign-in is a full-page redirect, never a popup: the page can keep its window to itself.
      { header: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
      { header: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
    ];
    const headersPolicy = (policyId: string, comment: string, cacheControl: string) =>
      new cloudfront.ResponseHeadersPolicy(this, policyId, {
        comment,
        securityHeadersBehavior: securityHeaders,
        customHeadersBehavior: {
          customHeaders: [...otherHeaders, { header: 'Cache-Control', value: cacheControl }].map((h) => ({ ...h, override: true })),
        },
      });
    this.headers = {
      page: headersPolicy('PageHeaders', `IMR explorer ${props.stage}: security headers; pages and config.json revalidated on every use`, 'no-cache'),
      assets: headersPolicy('AssetHeaders', `IMR explorer ${props.stage}: security headers; content-hashed assets kept a year`, 'public, max-age=31536000, immutable'),
    };

    const origin = origins.S3BucketOrigin.withOriginAccessControl(this.siteBucket);
    const behavior = {
      origin,
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
      cachedMethods: cloudfront.CachedMethods.CACHE_GET_HEAD,
      compress: true,
    };
    const certificate = props.certificateArn ? acm.Certificate.fromCertificateArn(this, 'Certificate', props.certificateArn) : undefined;

    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: `IMR explorer (${props.stage})`,
      defaultRootObject: 'index.html',
      // index.html, config.json: CloudFront asks S3 every time (two small files).
      defaultBehavior: { ...behavior, cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED, responseHeadersPolicy: this.headers.page },
      additionalBehaviors: {
        [ASSETS_PATH]: { ...behavior, cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED, responseHeadersPolicy: this.headers.assets },
      },
      // No error-page rewrites: the explorer routes after the # (hash routing), so every page is
      // /index.html, and a missing file answers S3's 403 rather than a page that pretends.
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      // North America and Europe: the readers of California IMR letters; others still reach it, from farther.
      priceClass: cloudfront.PriceClass.PRICE_CLASS_100,
      enableIpv6: true,
      enableLogging: true,
      logBucket: this.logBucket,
      logFilePrefix: 'explorer/',
      logIncludesCookies: false,
      ...(props.domainName && certificate
        ? { domainNames: [props.domainName], certificate, minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021, sslSupportMethod: cloudfront.SSLMethod.SNI }
        : {}),
      ...(props.webAclArn ? { webAclId: props.webAclArn } : {}),
    });

    this.origin = `https://${props.domainName ?? this.distribution.distributionDomainName}`;
    this.url = `${this.origin}/`;
    this.config = {
      graphqlUrl: props.graphqlUrl,
      auth: {
        authorizeUrl: `${props.origins.signIn}/oauth2/authorize`,
        tokenUrl: `${props.origins.signIn}/oauth2/token`,
        logoutUrl: `${props.origins.signIn}/logout`,
        clientId: props.clientId,
        scopes: props.scopes,
        redirectUri: this.url,
      },
    };

    // The deployment's function (CDK's own, run by CloudFormation) gets a role of ours that may
    // write only to its log group; the deployment grants it the asset reads and bucket writes.
    const deploymentLogs = new logs.LogGroup(this, 'DeploymentLogs', {
      retention: props.logRetentionDays as logs.RetentionDays,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const deploymentRole = new iam.Role(this, 'DeploymentRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Copies the IMR explorer (${props.stage}) into its bucket during deploys`,
    });
    deploymentLogs.grantWrite(deploymentRole);
    this.deployment = new s3deploy.BucketDeployment(this, 'Deployment', {
      destinationBucket: this.siteBucket,
      // config.json last: should the build ever write one, the stage's values win. Its tokens
      // (API id, client id, distribution name) are filled in when the deployment runs.
      sources: [props.site, s3deploy.Source.jsonData(CONFIG_FILE, this.config)],
      prune: true,
      role: deploymentRole,
      logGroup: deploymentLogs,
    });
    // No invalidation is asked for (it would need cloudfront:CreateInvalidation on "*"): nothing
    // but assets/ is cached, and a changed asset has a new name.

    this.acknowledgeFindings(props, deploymentRole);
  }

  private acknowledgeFindings(props: ExplorerProps, deploymentRole: iam.Role): void {
    if (!props.certificateArn) {
      acknowledgeNag(
        this.distribution,
        'AwsSolutions-CFR4',
        "No custom domain is configured for this stage, so CloudFront serves its default *.cloudfront.net certificate, whose security policy CloudFront fixes at TLSv1 (browsers still negotiate TLS 1.2 or 1.3; HTTP is redirected to HTTPS). Setting explorerDomainName and explorerCertificateArn (ACM, us-east-1) switches the distribution to SNI with TLSv1.2_2021 and this acknowledgement goes away.",
      );
    }
    if (!props.webAclArn) {
      acknowledgeNag(
        this.distribution,
        'AwsSolutions-CFR2',
        'The distribution serves only static files and config.json (public values); every letter, case and statistic comes from the API, which requires a Cognito token and is throttled. A web ACL (scope CLOUDFRONT, made in us-east-1) can be attached with -c explorerWebAclArn=<arn>.',
      );
    }
    acknowledgeNag(
      this.distribution,
      'AwsSolutions-CFR1',
      'No geographic restriction: the static files hold no data, and who may read determinations is decided by Cognito sign-in on the API, not by where the reader is.',
    );
    const stack = Stack.of(this);
    const siteBucketId = stack.getLogicalId(this.siteBucket.node.defaultChild as CfnElement);
    acknowledgeNag(
      deploymentRole,
      'AwsSolutions-IAM5',
      "Granted by CDK's BucketDeployment to its copy function, which runs only while CloudFormation deploys: read the zipped site from the CDK asset bucket (s3:GetObject*, s3:GetBucket*, s3:List*) and replace the files of this one site bucket (s3:DeleteObject*, s3:Abort* on <site bucket>/*), whose keys change with every build.",
      [
        'Action::s3:GetObject*',
        'Action::s3:GetBucket*',
        'Action::s3:List*',
        'Action::s3:DeleteObject*',
        'Action::s3:Abort*',
        `Resource::arn:<AWS::Partition>:s3:::cdk-${DefaultStackSynthesizer.DEFAULT_QUALIFIER}-assets-<AWS::AccountId>-<AWS::Region>/*`,
        `Resource::<${siteBucketId}.Arn>/*`,
      ],
    );
    // The copy function itself is made once per stack, beside the deployment, under a name CDK derives.
    const copyFunction = stack.node.children.find((child) => child.node.id.startsWith('Custom::CDKBucketDeployment'));
    if (!copyFunction) throw new Error("CDK no longer names its BucketDeployment function Custom::CDKBucketDeployment…: revisit the explorer's acknowledgements.");
    acknowledgeNag(
      copyFunction,
      'AwsSolutions-L1',
      "CDK's BucketDeployment function runs on the Python runtime aws-cdk-lib builds and tests it with (python3.13, supported by Lambda, with the AWS CLI layer it ships); it runs only during deploys and moves to a newer runtime with aws-cdk-lib upgrades.",
    );
  }
}
