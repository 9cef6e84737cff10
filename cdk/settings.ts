import type { Node } from 'constructs';

/**
 * Everything that differs between stages (dev, staging, prod, a partner's sandbox), read from
 * CDK context (`cdk deploy -c stage=prod -c allowedOrigins=https://app.example.org`, or the
 * `context` block of cdk.json) with the defaults below. Nothing else in the stack is tunable.
 */
export interface StageSettings {
  /** Stage name: the API Gateway stage, and part of every resource's name. */
  stage: string;
  /** Browser origins allowed by the API's CORS and the upload bucket's CORS (presigned PUTs). */
  allowedOrigins: string[];
  /** OAuth callback / sign-out URLs of the web app client (default: each allowed origin + "/"). */
  authCallbackUrls: string[];
  /** Cognito managed-login domain prefix (`<prefix>.auth.<region>.amazoncognito.com`); default `imr-<stage>-<account>`. */
  cognitoDomainPrefix: string | null;
  graphqlMemoryMb: number;
  graphqlTimeoutSeconds: number;
  ingestMemoryMb: number;
  ingestTimeoutSeconds: number;
  /** CloudWatch Logs retention for the functions and the API access log (must be a value CloudWatch accepts). */
  logRetentionDays: number;
  /** Stage-wide steady rate and burst (requests/s) for every caller together. */
  apiRateLimit: number;
  apiBurstLimit: number;
  /** Per-partner-key rate, burst and daily quota of the partner usage plan. */
  partnerRateLimit: number;
  partnerBurstLimit: number;
  partnerQuotaPerDay: number;
  /** One API key is created per name, each attached to the partner usage plan. */
  partners: string[];
  /** Deliveries of an ingest message before it moves to the dead-letter queue. */
  ingestMaxReceiveCount: number;
  ingestBatchSize: number;
  /** Most ingest functions running at once (protects the table and the account's concurrency). */
  ingestMaxConcurrency: number;
  /** Days before a replaced version of an original upload is removed (the current version is kept). */
  noncurrentVersionRetentionDays: number;
  /** Email address subscribed to the alarm topic, if any. */
  alarmEmail: string | null;
  /** Write esbuild's metafile next to each bundle (bench/bundle.bench.ts reads it); off for deploys. */
  bundleMetafile: boolean;
  /**
   * Run the functions with NODE_OPTIONS=--enable-source-maps, so logged stack traces name our
   * source files and lines. Off by default: Node then reads the 2 MB source map at every cold
   * start (~17 ms of CPU, bench/bundle.bench.ts). The map is in the package either way.
   */
  sourceMapStackTraces: boolean;
  /**
   * A folder holding the explorer (the web front end) already built: `index.html` at its root,
   * hashed files under `assets/`. Default: synth builds it from src/explorer.
   */
  explorerSiteDir: string | null;
  /**
   * The explorer's own host name (e.g. `explorer.example.org`), served with
   * `explorerCertificateArn`, an ACM certificate in us-east-1 that covers it (CloudFront takes
   * certificates from there only). Both or neither: without them the explorer is reached at its
   * `*.cloudfront.net` name with CloudFront's default certificate. The DNS record (CNAME or alias
   * to the distribution) is made outside the stack.
   */
  explorerDomainName: string | null;
  explorerCertificateArn: string | null;
  /** A WAF web ACL (scope CLOUDFRONT, so made in us-east-1) to put in front of the explorer. */
  explorerWebAclArn: string | null;
}

export const DEFAULT_SETTINGS: StageSettings = {
  stage: 'dev',
  allowedOrigins: ['http://localhost:4000'],
  authCallbackUrls: [],
  cognitoDomainPrefix: null,
  // 1769 MB is one full vCPU (1024 MB would be ~0.6): the cold start is CPU-bound module init
  // (~200 ms of CPU, bench/bundle.bench.ts), and a request takes ~10 ms, so the extra memory
  // costs ~$0.10 per million requests next to API Gateway's $3.50 (docs/deploy.md).
  graphqlMemoryMb: 1769,
  // API Gateway stops waiting at 29 s; a resolver that needs more than 10 s is a bug, not a load.
  graphqlTimeoutSeconds: 10,
  // PDF text extraction is single-threaded CPU work: 1769 MB is one full vCPU.
  ingestMemoryMb: 1769,
  ingestTimeoutSeconds: 60,
  logRetentionDays: 30,
  apiRateLimit: 50,
  apiBurstLimit: 100,
  partnerRateLimit: 10,
  partnerBurstLimit: 20,
  partnerQuotaPerDay: 10_000,
  partners: [],
  ingestMaxReceiveCount: 5,
  ingestBatchSize: 10,
  ingestMaxConcurrency: 5,
  noncurrentVersionRetentionDays: 90,
  alarmEmail: null,
  bundleMetafile: false,
  sourceMapStackTraces: false,
  explorerSiteDir: null,
  explorerDomainName: null,
  explorerCertificateArn: null,
  explorerWebAclArn: null,
};

// The values CloudWatch Logs accepts for a retention period.
const RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];

/** Context from `-c key=value` arrives as a string; from cdk.json or props as JSON values. */
function stringList(key: string, value: unknown): string[] {
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.map((v) => v.trim()).filter(Boolean);
  if (typeof value === 'string') {
    const text = value.trim();
    if (text.startsWith('[')) return stringList(key, JSON.parse(text) as unknown);
    return text.split(',').map((v) => v.trim()).filter(Boolean);
  }
  throw new Error(`Context "${key}" must be a list of strings (JSON array or comma-separated), got ${JSON.stringify(value)}.`);
}

function positiveInteger(key: string, value: unknown, max: number): number {
  const number = typeof value === 'string' ? Number(value.trim()) : value;
  if (typeof number !== 'number' || !Number.isInteger(number) || number <= 0 || number > max) {
    throw new Error(`Context "${key}" must be a whole number from 1 to ${max}, got ${JSON.stringify(value)}.`);
  }
  return number;
}

function optionalString(key: string, value: unknown): string | null {
  if (value === null || value === '') return null;
  if (typeof value !== 'string') throw new Error(`Context "${key}" must be a string, got ${JSON.stringify(value)}.`);
  return value.trim();
}

function flag(key: string, value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new Error(`Context "${key}" must be true or false, got ${JSON.stringify(value)}.`);
}

const ORIGIN = /^https?:\/\/[^/\s]+$/;
// Dot-separated DNS labels of letters, digits and inner dashes, ending in a top-level domain.
const HOST_NAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
// CloudFront uses certificates and web ACLs from us-east-1 only, whatever the stack's region.
const CLOUDFRONT_CERTIFICATE_ARN = /^arn:aws[a-z-]*:acm:us-east-1:\d{12}:certificate\/[0-9a-f-]{36}$/;
const CLOUDFRONT_WEB_ACL_ARN = /^arn:aws[a-z-]*:wafv2:us-east-1:\d{12}:global\/webacl\/[A-Za-z0-9_-]{1,128}\/[0-9a-f-]{36}$/;

function matching(key: string, value: string | null, pattern: RegExp, example: string): string | null {
  if (value !== null && !pattern.test(value)) throw new Error(`Context "${key}": "${value}" is not ${example}.`);
  return value;
}

/** Reads and checks the stage settings: unknown values fail the synth with a message naming the key. */
export function resolveSettings(lookup: (key: keyof StageSettings) => unknown): StageSettings {
  const get = <K extends keyof StageSettings>(key: K): unknown => {
    const value = lookup(key);
    return value === undefined ? DEFAULT_SETTINGS[key] : value;
  };
  const stage = String(get('stage'));
  if (!/^[a-z][a-z0-9-]{0,19}$/.test(stage)) {
    throw new Error(`Context "stage" must be lowercase letters, digits and dashes (at most 20), starting with a letter; got "${stage}".`);
  }
  const allowedOrigins = stringList('allowedOrigins', get('allowedOrigins'));
  for (const origin of allowedOrigins) {
    if (!ORIGIN.test(origin)) throw new Error(`Context "allowedOrigins": "${origin}" is not an origin like https://app.example.org (no path, no trailing slash).`);
  }
  if (allowedOrigins.length === 0) throw new Error('Context "allowedOrigins" must name at least one origin.');
  const callbacks = stringList('authCallbackUrls', get('authCallbackUrls'));
  const logRetentionDays = positiveInteger('logRetentionDays', get('logRetentionDays'), 3653);
  if (!RETENTION_DAYS.includes(logRetentionDays)) {
    throw new Error(`Context "logRetentionDays" must be one of ${RETENTION_DAYS.join(', ')}; got ${logRetentionDays}.`);
  }
  const partners = stringList('partners', get('partners'));
  for (const partner of partners) {
    if (!/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/.test(partner)) throw new Error(`Context "partners": "${partner}" must be letters, digits, "-" or "_".`);
  }
  if (new Set(partners).size !== partners.length) throw new Error('Context "partners" names a partner twice.');
  const alarmEmail = optionalString('alarmEmail', get('alarmEmail'));
  // An alarm nobody hears is no alarm: production must name who gets them.
  if (stage === 'prod' && alarmEmail === null) throw new Error('Context "alarmEmail" is required for stage "prod": the address the alarm topic notifies.');
  const settings: StageSettings = {
    stage,
    allowedOrigins,
    authCallbackUrls: callbacks.length ? callbacks : allowedOrigins.map((origin) => `${origin}/`),
    cognitoDomainPrefix: optionalString('cognitoDomainPrefix', get('cognitoDomainPrefix')),
    graphqlMemoryMb: positiveInteger('graphqlMemoryMb', get('graphqlMemoryMb'), 10_240),
    graphqlTimeoutSeconds: positiveInteger('graphqlTimeoutSeconds', get('graphqlTimeoutSeconds'), 29),
    ingestMemoryMb: positiveInteger('ingestMemoryMb', get('ingestMemoryMb'), 10_240),
    ingestTimeoutSeconds: positiveInteger('ingestTimeoutSeconds', get('ingestTimeoutSeconds'), 900),
    logRetentionDays,
    apiRateLimit: positiveInteger('apiRateLimit', get('apiRateLimit'), 10_000),
    apiBurstLimit: positiveInteger('apiBurstLimit', get('apiBurstLimit'), 5_000),
    partnerRateLimit: positiveInteger('partnerRateLimit', get('partnerRateLimit'), 10_000),
    partnerBurstLimit: positiveInteger('partnerBurstLimit', get('partnerBurstLimit'), 5_000),
    partnerQuotaPerDay: positiveInteger('partnerQuotaPerDay', get('partnerQuotaPerDay'), 100_000_000),
    partners,
    ingestMaxReceiveCount: positiveInteger('ingestMaxReceiveCount', get('ingestMaxReceiveCount'), 1000),
    ingestBatchSize: positiveInteger('ingestBatchSize', get('ingestBatchSize'), 10),
    ingestMaxConcurrency: positiveInteger('ingestMaxConcurrency', get('ingestMaxConcurrency'), 1000),
    noncurrentVersionRetentionDays: positiveInteger('noncurrentVersionRetentionDays', get('noncurrentVersionRetentionDays'), 3653),
    alarmEmail,
    bundleMetafile: flag('bundleMetafile', get('bundleMetafile')),
    sourceMapStackTraces: flag('sourceMapStackTraces', get('sourceMapStackTraces')),
    explorerSiteDir: optionalString('explorerSiteDir', get('explorerSiteDir')),
    explorerDomainName: matching(
      'explorerDomainName',
      optionalString('explorerDomainName', get('explorerDomainName'))?.toLowerCase() ?? null,
      HOST_NAME,
      'a host name like explorer.example.org',
    ),
    explorerCertificateArn: matching(
      'explorerCertificateArn',
      optionalString('explorerCertificateArn', get('explorerCertificateArn')),
      CLOUDFRONT_CERTIFICATE_ARN,
      'the ARN of an ACM certificate in us-east-1 (arn:aws:acm:us-east-1:<account>:certificate/<id>), the only region CloudFront takes certificates from',
    ),
    explorerWebAclArn: matching(
      'explorerWebAclArn',
      optionalString('explorerWebAclArn', get('explorerWebAclArn')),
      CLOUDFRONT_WEB_ACL_ARN,
      'the ARN of a WAF web ACL of scope CLOUDFRONT (arn:aws:wafv2:us-east-1:<account>:global/webacl/<name>/<id>)',
    ),
  };
  if ((settings.explorerDomainName === null) !== (settings.explorerCertificateArn === null)) {
    throw new Error('Context "explorerDomainName" and "explorerCertificateArn" go together: give both (a host name and an ACM certificate in us-east-1 that covers it) or neither.');
  }
  if (settings.ingestMaxConcurrency < 2) {
    // Lambda's SQS poller refuses a maximum concurrency below 2.
    throw new Error('Context "ingestMaxConcurrency" must be at least 2.');
  }
  if (settings.partnerRateLimit > settings.apiRateLimit) {
    throw new Error('Context "partnerRateLimit" cannot exceed the stage-wide "apiRateLimit".');
  }
  return settings;
}

/** Stage settings from a construct tree's context (what `cdk -c` and cdk.json feed). */
export function settingsFromContext(node: Node): StageSettings {
  return resolveSettings((key) => node.tryGetContext(key));
}
