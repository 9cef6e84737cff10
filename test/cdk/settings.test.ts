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

  it('accepts JSON values from cdk.json', () => {
    const settings = from({ allowedOrigins: ['https://app.example.org'], ingestBatchSize: 5, bundleMetafile: false });
    expect(settings.allowedOrigins).toEqual(['https://app.example.org']);
    expect(settings.ingestBatchSize).toBe(5);
  });

  it.each([
    [{ stage: 'Prod' }, /stage/],
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
