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
 */
import path from 'node:path';
import { z } from 'zod';

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
