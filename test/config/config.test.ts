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
});
