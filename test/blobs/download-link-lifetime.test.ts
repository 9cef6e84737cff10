/**
 * DOWNLOAD_URL_TTL_SECONDS: how long a link to an original letter works, read in src/config.ts.
 * Never shorter than a kept case answer that holds the link may be reused for, plus a minute; never
 * longer than S3 lets a presigned URL live.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_DOWNLOAD_URL_TTL_SECONDS, loadConfig, MAX_DOWNLOAD_URL_TTL_SECONDS, MIN_DOWNLOAD_URL_TTL_SECONDS } from '../../src/config.js';
import { ImrError } from '../../src/errors.js';

describe('DOWNLOAD_URL_TTL_SECONDS', () => {
  it('is 15 minutes unless set', () => {
    expect(loadConfig({}).downloadUrlTtlSeconds).toBe(15 * 60);
    expect(DEFAULT_DOWNLOAD_URL_TTL_SECONDS).toBe(900);
  });

  it('takes any lifetime from 6 minutes to 7 days', () => {
    expect(loadConfig({ DOWNLOAD_URL_TTL_SECONDS: '360' }).downloadUrlTtlSeconds).toBe(360);
    expect(loadConfig({ DOWNLOAD_URL_TTL_SECONDS: '604800' }).downloadUrlTtlSeconds).toBe(604_800);
    expect([MIN_DOWNLOAD_URL_TTL_SECONDS, MAX_DOWNLOAD_URL_TTL_SECONDS]).toEqual([360, 604_800]);
  });

  it('refuses a lifetime a kept answer could outlast, one S3 would refuse, or no number, naming the variable', () => {
    for (const value of ['359', '300', '604801', '0', '-900', '15m', '900.5']) {
      expect(() => loadConfig({ DOWNLOAD_URL_TTL_SECONDS: value }), value).toThrow(ImrError);
      expect(() => loadConfig({ DOWNLOAD_URL_TTL_SECONDS: value }), value).toThrow(/DOWNLOAD_URL_TTL_SECONDS/);
    }
  });
});
