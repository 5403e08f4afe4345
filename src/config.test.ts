import os from 'node:os';
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
      trustProxy: false,
      basePath: '',
      approverWindowDays: 7,
      scoringThread: os.availableParallelism() >= 2,
    });
  });

  it('reads WAYFINDER_SCORING_THREAD as auto, on or off', () => {
    const thread = (value: string) =>
      loadConfig({}, { WAYFINDER_SCORING_THREAD: value }, '/').scoringThread;
    expect(thread('on')).toBe(true);
    expect(thread(' OFF ')).toBe(false);
    expect(thread('auto')).toBe(os.availableParallelism() >= 2);
    expect(() => thread('2')).toThrow(/WAYFINDER_SCORING_THREAD: must be auto, on or off/);
  });

  it('reads WAYFINDER_APPROVER_WINDOW_DAYS as whole days from 0 to 365', () => {
    const days = (value: string) =>
      loadConfig({}, { WAYFINDER_APPROVER_WINDOW_DAYS: value }, '/').approverWindowDays;
    expect(days('30')).toBe(30);
    expect(() => days('1.5')).toThrow(/WAYFINDER_APPROVER_WINDOW_DAYS: must be a whole number/);
    expect(() => days('400')).toThrow(/from 0 to 365/);
  });

  it('reads WAYFINDER_TRUST_PROXY as off, a hop count or a list of addresses and CIDRs', () => {
    const trust = (value: string) =>
      loadConfig({}, { WAYFINDER_TRUST_PROXY: value }, '/').trustProxy;
    expect(trust('off')).toBe(false);
    expect(trust('1')).toBe(1);
    expect(trust('10.0.0.0/8, 192.168.1.5,loopback, ::1/128')).toEqual([
      '10.0.0.0/8',
      '192.168.1.5',
      'loopback',
      '::1/128',
    ]);
    expect(() => trust('yes please')).toThrow(/WAYFINDER_TRUST_PROXY: must be off, a hop count/);
    expect(() => trust('10.0.0.0/33')).toThrow(/not "10.0.0.0\/33"/);
    expect(() => trust('99')).toThrow(/at most 10 hops/);
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

  it('reads WAYFINDER_BASE_PATH as a path prefix without its trailing slash', () => {
    const base = (value: string) => loadConfig({}, { WAYFINDER_BASE_PATH: value }, '/').basePath;
    expect(base('/wayfinder')).toBe('/wayfinder');
    expect(base('/wayfinder/')).toBe('/wayfinder');
    expect(base(' /apps/career-pathways// ')).toBe('/apps/career-pathways');
    expect(base('/')).toBe('');
    expect(base('')).toBe('');
  });

  it('refuses a WAYFINDER_BASE_PATH that is not a plain path, naming the setting', () => {
    const base = (value: string) => () =>
      loadConfig({}, { WAYFINDER_BASE_PATH: value }, '/').basePath;
    expect(base('wayfinder')).toThrow(/WAYFINDER_BASE_PATH: must start with "\/"/);
    expect(base('https://apps.district.org/wayfinder')).toThrow(/WAYFINDER_BASE_PATH: must start/);
    expect(base('/wayfinder/../admin')).toThrow(
      /WAYFINDER_BASE_PATH: must not contain "\." or "\.\."/,
    );
    expect(base('/..')).toThrow(/WAYFINDER_BASE_PATH: must not contain/);
    expect(base('/wayfinder?x=1')).toThrow(/WAYFINDER_BASE_PATH: .*without a query/);
    expect(base('/wayfinder#top')).toThrow(/without a query \(\?\) or fragment/);
    expect(base('/apps//wayfinder')).toThrow(
      /WAYFINDER_BASE_PATH: must not contain an empty segment/,
    );
    expect(base('/way finder')).toThrow(/WAYFINDER_BASE_PATH: may use only letters.*"way finder"/);
    expect(base('/wayfinder/<script>')).toThrow(/not "<script>"/);
    expect(base('/caf%C3%A9')).toThrow(/may use only/);
  });

  it('refuses a WAYFINDER_BASE_PATH that starts with an address the app answers itself', () => {
    for (const taken of ['/api', '/es', '/healthz', '/assets', '/programs', '/pathways/x', '/me'])
      expect(() => loadConfig({}, { WAYFINDER_BASE_PATH: taken }, '/'), taken).toThrow(
        /WAYFINDER_BASE_PATH: must not start with \/\w+, an address Wayfinder itself answers/,
      );
    expect(loadConfig({}, { WAYFINDER_BASE_PATH: '/apis' }, '/').basePath).toBe('/apis');
  });
});
