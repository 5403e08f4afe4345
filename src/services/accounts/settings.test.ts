import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../config.ts';
import { loadAccountSettings, publicUrlUnder } from './settings.ts';

describe('WAYFINDER_PUBLIC_URL under WAYFINDER_BASE_PATH', () => {
  it('gets the path prefix when given without a path, and keeps it when given with it', () => {
    expect(publicUrlUnder('https://apps.district.org', '/wayfinder')).toBe(
      'https://apps.district.org/wayfinder',
    );
    expect(publicUrlUnder('https://apps.district.org/', '/wayfinder')).toBe(
      'https://apps.district.org/wayfinder',
    );
    expect(publicUrlUnder('https://apps.district.org/wayfinder/', '/wayfinder')).toBe(
      'https://apps.district.org/wayfinder',
    );
    expect(publicUrlUnder('http://localhost:3000/', '')).toBe('http://localhost:3000/');
  });

  it('refuses a public address under another path, naming both settings', () => {
    expect(() => publicUrlUnder('https://apps.district.org/other', '/wayfinder')).toThrow(
      ConfigError,
    );
    expect(() => publicUrlUnder('https://apps.district.org/other', '/wayfinder')).toThrow(
      /WAYFINDER_PUBLIC_URL: its path \(\/other\) must be WAYFINDER_BASE_PATH \(\/wayfinder\)/,
    );
  });

  it('reads the prefix from WAYFINDER_BASE_PATH unless the server passes its own', () => {
    const env = {
      WAYFINDER_PUBLIC_URL: 'https://apps.district.org',
      WAYFINDER_BASE_PATH: '/wayfinder/',
    };
    expect(loadAccountSettings(env).publicUrl).toBe('https://apps.district.org/wayfinder');
    expect(loadAccountSettings(env, '/career').publicUrl).toBe('https://apps.district.org/career');
    expect(loadAccountSettings({ WAYFINDER_PUBLIC_URL: 'https://a.org/' }).publicUrl).toBe(
      'https://a.org/',
    );
    expect(() => loadAccountSettings({ WAYFINDER_BASE_PATH: 'wayfinder' })).toThrow(
      /WAYFINDER_BASE_PATH: must start with "\/"/,
    );
  });
});
