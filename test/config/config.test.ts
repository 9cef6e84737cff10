import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { ImrError } from '../../src/errors.js';

describe('configuration from the environment', () => {
  it('runs locally on defaults with no variables set', () => {
    const config = loadConfig({});
    expect(config.mode).toBe('local');
    expect(config.port).toBe(4000);
    expect(config.dataDir.endsWith('.data')).toBe(true);
    expect(config.maxUploadBytes).toBe(10 * 1024 * 1024);
  });

  it('honours PORT and DATA_DIR', () => {
    const config = loadConfig({ PORT: '4100', DATA_DIR: '/tmp/imr-x' });
    expect(config.port).toBe(4100);
    expect(config.dataDir).toBe('/tmp/imr-x');
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT must be a positive integer/);
    expect(() => loadConfig({ IMR_MODE: 'aws', TABLE_NAME: 't' })).toThrow(ImrError);
    expect(() => loadConfig({ IMR_MODE: 'aws', TABLE_NAME: 't' })).toThrow(/UPLOAD_BUCKET/);
  });

  it('lets in only this machine by default, and the hosts and origins named in ALLOWED_HOSTS and ALLOWED_ORIGINS', () => {
    expect(loadConfig({})).toMatchObject({ allowedHosts: [], allowedOrigins: [] });
    expect(loadConfig({ ALLOWED_HOSTS: ' imr.test , Box.Local ', ALLOWED_ORIGINS: 'https://explorer.example.org,' })).toMatchObject({
      allowedHosts: ['imr.test', 'box.local'],
      allowedOrigins: ['https://explorer.example.org'],
    });
  });

  it('takes inline the largest letter whose base64 fits a 6 MiB Lambda request beside a 64 KiB envelope', () => {
    const { maxInlineUploadBytes } = loadConfig({});
    const request = (bytes: number) => Buffer.alloc(bytes).toString('base64').length + 64 * 1024;
    expect(request(maxInlineUploadBytes)).toBeLessThanOrEqual(6 * 1024 * 1024);
    expect(request(maxInlineUploadBytes + 3)).toBeGreaterThan(6 * 1024 * 1024);
    expect(loadConfig({ MAX_INLINE_UPLOAD_BYTES: '1000' }).maxInlineUploadBytes).toBe(1000);
  });

  it('caps an answer at 5 MiB unless MAX_ANSWER_BYTES says otherwise, and refuses a cap that is no number of bytes', () => {
    expect(loadConfig({}).maxAnswerBytes).toBe(5 * 1024 * 1024);
    expect(loadConfig({ MAX_ANSWER_BYTES: '100000' }).maxAnswerBytes).toBe(100_000);
    expect(() => loadConfig({ MAX_ANSWER_BYTES: '5MB' })).toThrow(/MAX_ANSWER_BYTES must be a positive integer/);
  });
});
