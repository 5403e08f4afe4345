import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('has defaults that run without any setting', () => {
    const config = loadConfig({}, {}, '/srv/app');
    expect(config).toEqual({
      databaseUrl: undefined,
      dataDir: path.resolve('/srv/app/.wayfinder-data'),
      port: 3000,
      host: '127.0.0.1',
      logLevel: 'info',
      nodeEnv: 'development',
    });
  });

  it('takes flags over environment variables', () => {
    const env = { PORT: '4000', WAYFINDER_DATA: '/var/lib/wf', HOST: '0.0.0.0' };
    expect(loadConfig({}, env, '/').port).toBe(4000);
    expect(loadConfig({ port: '5000', dataDir: 'here' }, env, '/srv')).toMatchObject({
      port: 5000,
      dataDir: path.resolve('/srv/here'),
      host: '0.0.0.0',
    });
  });

  it('names every bad setting', () => {
    const attempt = () =>
      loadConfig({}, { PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' }, '/');
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/--port \/ PORT: must be a number/);
    expect(attempt).toThrow(/DATABASE_URL: must start with postgres:\/\//);
    expect(attempt).toThrow(/LOG_LEVEL/);
  });
});
