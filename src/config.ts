/**
 * Configuration, read and validated once at start-up. Every setting can come from a flag (the
 * CLI passes those in as overrides) or an environment variable:
 *
 * | variable         | meaning                                                      | default            |
 * | ---------------- | ------------------------------------------------------------ | ------------------ |
 * | DATABASE_URL     | PostgreSQL server to use instead of the embedded database    | (embedded PGlite)  |
 * | WAYFINDER_DATA   | folder of the embedded database                              | ./.wayfinder-data  |
 * | PORT             | HTTP port                                                    | 3000               |
 * | HOST             | address to listen on                                         | 127.0.0.1          |
 * | LOG_LEVEL        | fatal, error, warn, info, debug, trace or silent             | info               |
 * | NODE_ENV         | production, development or test                              | development        |
 * | WAYFINDER_TRUST_PROXY | proxies in front: off, a hop count, or addresses/CIDRs  | off                |
 * | WAYFINDER_APPROVER_WINDOW_DAYS | days an admin's recent creations are not a second person | 7        |
 * | WAYFINDER_BASE_PATH   | path prefix the site is served under (/wayfinder), see below | (the site root)   |
 * | WAYFINDER_SCORING_THREAD | write Interest Profiler results on a thread of their own: auto, on, off | auto (on with 2+ CPUs) |
 */
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { PAGE_PREFIXES } from './server/page-prefixes.ts';

/** proxy-addr's names for address ranges, accepted beside addresses and CIDRs. */
const PROXY_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrCidr(item: string): boolean {
  if (PROXY_RANGES.has(item)) return true;
  const [address, bits, ...rest] = item.split('/');
  const family = net.isIP(address ?? '');
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

/**
 * Which proxies' X-Forwarded-* headers to believe (Fastify's trustProxy): off; a number of hops
 * (1 = the one proxy in front); or a comma-separated list of proxy addresses and CIDRs.
 */
const ZTrustProxy = z
  .string()
  .trim()
  .transform((value, ctx): false | number | string[] => {
    if (['', 'false', 'off', 'no', '0'].includes(value.toLowerCase())) return false;
    if (/^\d+$/.test(value)) {
      const hops = Number(value);
      if (hops > 10) ctx.addIssue({ code: 'custom', message: 'must be at most 10 hops' });
      return hops;
    }
    const items = value.split(',').map((item) => item.trim());
    const bad = items.filter((item) => !isAddressOrCidr(item));
    if (bad.length > 0)
      ctx.addIssue({
        code: 'custom',
        message: `must be off, a hop count, or addresses/CIDRs separated by commas (not ${bad.map((b) => JSON.stringify(b)).join(', ')})`,
      });
    return items;
  });

/**
 * First path segments Wayfinder itself answers at the root: a base path may not start with one,
 * or an address under the prefix could not be told from an address of the app.
 */
const RESERVED_SEGMENTS = new Set([
  'api',
  'es',
  'healthz',
  'assets',
  'favicon.svg',
  ...PAGE_PREFIXES.map((prefix) => prefix.split('/')[1] ?? ''),
]);

/**
 * WAYFINDER_BASE_PATH: the path prefix people reach the site under behind a proxy
 * (https://apps.district.org/wayfinder/ → "/wayfinder"). Normalised without its trailing slash;
 * "" (the default, or "/") is the site root. Segments are letters, digits and . _ ~ - only, so
 * the value is safe in a URL, a cookie path and HTML as it is.
 */
export const ZBasePath = z
  .string()
  .trim()
  .transform((value, ctx): string => {
    if (value === '' || value === '/') return '';
    const problem = basePathProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
    return value.replace(/\/+$/, '');
  });

function basePathProblem(value: string): string | undefined {
  if (!value.startsWith('/'))
    return `must start with "/" (like /wayfinder), not ${JSON.stringify(value)}`;
  if (/[?#]/.test(value)) return 'must be a path only, without a query (?) or fragment (#)';
  const segments = value.replace(/\/+$/, '').slice(1).split('/');
  if (segments.some((segment) => segment === '..' || segment === '.'))
    return 'must not contain "." or ".." segments';
  if (segments.some((segment) => segment === '')) return 'must not contain an empty segment (//)';
  const bad = segments.find((segment) => !/^[A-Za-z0-9._~-]+$/.test(segment));
  if (bad !== undefined)
    return `may use only letters, digits and . _ ~ - in each segment (not ${JSON.stringify(bad)})`;
  if (RESERVED_SEGMENTS.has(segments[0] ?? ''))
    return `must not start with /${segments[0]}, an address Wayfinder itself answers`;
  return undefined;
}

const ZConfig = z.object({
  databaseUrl: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  dataDir: z.string().min(1, 'must not be empty'),
  port: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must be between 0 and 65535')
    .max(65535, 'must be between 0 and 65535'),
  host: z.string().min(1, 'must not be empty'),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
  nodeEnv: z.enum(['production', 'development', 'test']),
  trustProxy: ZTrustProxy,
  basePath: ZBasePath,
  approverWindowDays: z.coerce
    .number({ error: 'must be a number of days' })
    .int('must be a whole number of days')
    .min(0, 'must be from 0 to 365 days')
    .max(365, 'must be from 0 to 365 days'),
  /** Results written off the event loop (scoring-thread.ts): worth it with a second CPU. */
  scoringThread: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(['auto', 'on', 'off'], { error: 'must be auto, on or off' }))
    .transform((value) => (value === 'auto' ? os.availableParallelism() >= 2 : value === 'on')),
});

export type TConfig = z.infer<typeof ZConfig>;

export interface ConfigOverrides {
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  port?: string | number | undefined;
  host?: string | undefined;
  logLevel?: string | undefined;
}

const NAMES: Record<keyof TConfig, string> = {
  databaseUrl: 'DATABASE_URL',
  dataDir: '--data / WAYFINDER_DATA',
  port: '--port / PORT',
  host: '--host / HOST',
  logLevel: 'LOG_LEVEL',
  nodeEnv: 'NODE_ENV',
  trustProxy: 'WAYFINDER_TRUST_PROXY',
  basePath: 'WAYFINDER_BASE_PATH',
  approverWindowDays: 'WAYFINDER_APPROVER_WINDOW_DAYS',
  scoringThread: 'WAYFINDER_SCORING_THREAD',
};

export class ConfigError extends Error {}

export function loadConfig(
  overrides: ConfigOverrides = {},
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
): TConfig {
  const blank = (value: string | undefined) => (value === '' ? undefined : value);
  const raw = {
    databaseUrl: overrides.databaseUrl ?? blank(env.DATABASE_URL),
    dataDir: path.resolve(cwd, overrides.dataDir ?? blank(env.WAYFINDER_DATA) ?? '.wayfinder-data'),
    port: overrides.port ?? blank(env.PORT) ?? 3000,
    host: overrides.host ?? blank(env.HOST) ?? '127.0.0.1',
    logLevel: overrides.logLevel ?? blank(env.LOG_LEVEL) ?? 'info',
    nodeEnv: blank(env.NODE_ENV) ?? 'development',
    trustProxy: env.WAYFINDER_TRUST_PROXY ?? '',
    basePath: env.WAYFINDER_BASE_PATH ?? '',
    approverWindowDays: blank(env.WAYFINDER_APPROVER_WINDOW_DAYS) ?? 7,
    scoringThread: blank(env.WAYFINDER_SCORING_THREAD) ?? 'auto',
  };
  const parsed = ZConfig.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const key = issue.path[0] as keyof TConfig;
      return `${NAMES[key] ?? String(key)}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  return parsed.data;
}
