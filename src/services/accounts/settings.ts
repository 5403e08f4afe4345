/**
 * Account settings from the environment, validated once:
 *
 * | variable                  | meaning                                                        | default               |
 * | ------------------------- | -------------------------------------------------------------- | --------------------- |
 * | WAYFINDER_PUBLIC_URL      | address people use to reach the site (for one-time links)      | http://localhost:3000 |
 *
 * Under a path prefix (WAYFINDER_BASE_PATH=/wayfinder), WAYFINDER_PUBLIC_URL may be given with it
 * (https://apps.district.org/wayfinder) or without (https://apps.district.org): it gets it.
 * | WAYFINDER_ADMIN_EMAIL     | email of the first state admin, created on an empty database   | admin@wayfinder.local |
 * | WAYFINDER_ADMIN_PASSWORD  | that admin's password, for automated installs (else a link)    | (a one-time link)     |
 * | WAYFINDER_EXPORT_DAILY_CAP| student records one admin may export per 24 h unapproved       | 500                   |
 * | WAYFINDER_OIDC_PROVIDERS  | OpenID Connect sign-in providers (see oidc-settings.ts)         | (none)                |
 * | WAYFINDER_SMTP_URL        | smtp(s)://user:password@host:port, to email one-time links       | (none: links shown)   |
 * | WAYFINDER_MAIL_FROM       | the From of those emails                                        | Wayfinder <no-reply@host> |
 */
import { z } from 'zod';
import { ConfigError, ZBasePath } from '../../config.ts';
import { smtpMailer, type Mailer } from './mailer.ts';

const ZSettings = z.object({
  publicUrl: z
    .url('must be an http(s) address')
    .regex(/^https?:\/\//, 'must be an http(s) address'),
  adminEmail: z.email('must be an email address'),
  adminPassword: z.string().min(10, 'must be at least 10 characters').optional(),
  exportDailyCap: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must be 0 or more'),
  smtpUrl: z
    .url('must be an smtp:// or smtps:// address')
    .regex(/^smtps?:\/\/[^/]/, 'must be an smtp:// or smtps:// address')
    .optional(),
  mailFrom: z
    .string()
    .max(200)
    .regex(
      /^([^<>@\s][^<>@]*<[^<>@\s]+@[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+)$/,
      'must be an email address, or Name <address>',
    )
    .optional(),
});

export const DEFAULT_EXPORT_DAILY_CAP = 500;
export type TAccountSettings = z.infer<typeof ZSettings>;

/**
 * @param basePath the site's path prefix as the server has it (config.basePath); read from
 *   WAYFINDER_BASE_PATH when not given (the command line's one-time links).
 */
export function loadAccountSettings(
  env: NodeJS.ProcessEnv = process.env,
  basePath?: string,
): TAccountSettings {
  const blank = (v: string | undefined) => (v === '' ? undefined : v);
  const parsed = ZSettings.safeParse({
    publicUrl: blank(env.WAYFINDER_PUBLIC_URL) ?? 'http://localhost:3000',
    adminEmail: blank(env.WAYFINDER_ADMIN_EMAIL) ?? 'admin@wayfinder.local',
    adminPassword: blank(env.WAYFINDER_ADMIN_PASSWORD),
    exportDailyCap: blank(env.WAYFINDER_EXPORT_DAILY_CAP) ?? DEFAULT_EXPORT_DAILY_CAP,
    smtpUrl: blank(env.WAYFINDER_SMTP_URL),
    mailFrom: blank(env.WAYFINDER_MAIL_FROM),
  });
  if (!parsed.success) {
    const names = {
      publicUrl: 'WAYFINDER_PUBLIC_URL',
      adminEmail: 'WAYFINDER_ADMIN_EMAIL',
      adminPassword: 'WAYFINDER_ADMIN_PASSWORD',
      exportDailyCap: 'WAYFINDER_EXPORT_DAILY_CAP',
      smtpUrl: 'WAYFINDER_SMTP_URL',
      mailFrom: 'WAYFINDER_MAIL_FROM',
    };
    const lines = parsed.error.issues.map(
      (i) => `${names[i.path[0] as keyof typeof names]}: ${i.message}`,
    );
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const prefix = basePath ?? ZBasePath.safeParse(env.WAYFINDER_BASE_PATH ?? '');
  if (typeof prefix !== 'string' && !prefix.success)
    throw new ConfigError(
      `Invalid configuration:\n  WAYFINDER_BASE_PATH: ${prefix.error.issues[0]?.message ?? 'is not a path'}`,
    );
  const publicUrl = publicUrlUnder(
    parsed.data.publicUrl,
    typeof prefix === 'string' ? prefix : prefix.data,
  );
  return { ...parsed.data, publicUrl };
}

/** The public address with the path prefix, given with it or without (see above). */
export function publicUrlUnder(publicUrl: string, basePath: string): string {
  if (basePath === '') return publicUrl;
  const trimmed = publicUrl.replace(/\/+$/, '');
  const path = new URL(trimmed).pathname.replace(/\/+$/, '');
  if (path === basePath) return trimmed;
  if (path === '') return `${trimmed}${basePath}`;
  throw new ConfigError(
    `Invalid configuration:\n  WAYFINDER_PUBLIC_URL: its path (${path}) must be WAYFINDER_BASE_PATH (${basePath}), or leave the path out`,
  );
}

/** The mailer the settings ask for, or none when WAYFINDER_SMTP_URL is not set. */
export function mailerOf(settings: TAccountSettings): Mailer | undefined {
  if (!settings.smtpUrl) return undefined;
  const from = settings.mailFrom ?? `Wayfinder <no-reply@${new URL(settings.publicUrl).hostname}>`;
  return smtpMailer({ url: settings.smtpUrl, from });
}
