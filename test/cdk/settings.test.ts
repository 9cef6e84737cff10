import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, resolveSettings, type StageSettings } from '../../cdk/settings.js';

const from = (context: Partial<Record<keyof StageSettings, unknown>>) => resolveSettings((key) => context[key]);

describe('stage settings from CDK context', () => {
  it('falls back to the documented defaults', () => {
    const settings = from({});
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, authCallbackUrls: ['http://localhost:4000/'] });
  });

  it('reads -c key=value strings the way the CLI passes them', () => {
    const settings = from({
      stage: 'prod',
      allowedOrigins: 'https://app.example.org, https://admin.example.org',
      partners: '["acme-claims","beta_health"]',
      graphqlMemoryMb: '2048',
      logRetentionDays: '90',
      bundleMetafile: 'true',
      sourceMapStackTraces: '1',
      alarmEmail: 'ops@example.org',
    });
    expect(settings.stage).toBe('prod');
    expect(settings.allowedOrigins).toEqual(['https://app.example.org', 'https://admin.example.org']);
    expect(settings.authCallbackUrls).toEqual(['https://app.example.org/', 'https://admin.example.org/']);
    expect(settings.partners).toEqual(['acme-claims', 'beta_health']);
    expect(settings.graphqlMemoryMb).toBe(2048);
    expect(settings.logRetentionDays).toBe(90);
    expect(settings.bundleMetafile).toBe(true);
    expect(settings.sourceMapStackTraces).toBe(true);
    expect(settings.alarmEmail).toBe('ops@example.org');
  });

  it('requires an alarm address for production, so its alarms reach someone', () => {
    expect(() => from({ stage: 'prod' })).toThrow(/"alarmEmail" is required for stage "prod"/);
    expect(from({ stage: 'prod', alarmEmail: 'ops@example.org' }).alarmEmail).toBe('ops@example.org');
    expect(from({ stage: 'qa' }).alarmEmail).toBeNull();
  });

  it('accepts JSON values from cdk.json', () => {
    const settings = from({ allowedOrigins: ['https://app.example.org'], ingestBatchSize: 5, bundleMetafile: false });
    expect(settings.allowedOrigins).toEqual(['https://app.example.org']);
    expect(settings.ingestBatchSize).toBe(5);
  });

  it('reads the explorer\'s prebuilt folder, its own domain with its certificate, and its web ACL', () => {
    const settings = from({
      explorerSiteDir: '.build/explorer',
      explorerDomainName: 'Explorer.Example.org',
      explorerCertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d',
      explorerWebAclArn: 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/imr-explorer/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d',
    });
    expect(settings.explorerSiteDir).toBe('.build/explorer');
    expect(settings.explorerDomainName).toBe('explorer.example.org');
    expect(settings.explorerCertificateArn).toBe('arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d');
    expect(settings.explorerWebAclArn).toMatch(/:global\/webacl\/imr-explorer\//);
  });

  it.each([
    [{ stage: 'Prod' }, /stage/],
    [{ explorerDomainName: 'explorer.example.org' }, /explorerDomainName.*explorerCertificateArn.*both/],
    [{ explorerCertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d' }, /explorerDomainName.*explorerCertificateArn.*both/],
    [{ explorerDomainName: 'https://explorer.example.org', explorerCertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d' }, /explorerDomainName.*host name/],
    [{ explorerDomainName: 'explorer.example.org', explorerCertificateArn: 'arn:aws:acm:us-west-2:123456789012:certificate/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d' }, /explorerCertificateArn.*us-east-1/],
    [{ explorerWebAclArn: 'arn:aws:wafv2:us-west-2:123456789012:regional/webacl/imr/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d' }, /explorerWebAclArn.*CLOUDFRONT/],
    [{ allowedOrigins: 'https://app.example.org/' }, /allowedOrigins.*no path/],
    [{ allowedOrigins: '' }, /at least one origin/],
    [{ logRetentionDays: '45' }, /logRetentionDays.*one of/],
    [{ graphqlTimeoutSeconds: '60' }, /graphqlTimeoutSeconds.*1 to 29/],
    [{ graphqlMemoryMb: 'lots' }, /graphqlMemoryMb/],
    [{ ingestBatchSize: 11 }, /ingestBatchSize.*1 to 10/],
    [{ ingestMaxConcurrency: 1 }, /ingestMaxConcurrency.*at least 2/],
    [{ partners: 'acme,acme' }, /twice/],
    [{ partners: 'acme corp' }, /partners/],
    [{ partnerRateLimit: 500 }, /partnerRateLimit.*apiRateLimit/],
    [{ bundleMetafile: 'yes' }, /bundleMetafile/],
  ])('refuses %j with a message naming the setting', (context, message) => {
    expect(() => from(context)).toThrow(message);
  });
});
