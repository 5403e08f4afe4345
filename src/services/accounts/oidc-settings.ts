/**
 * OpenID Connect providers, from WAYFINDER_OIDC_PROVIDERS (a JSON array), validated at start-up:
 *
 *   [{ "id": "google", "name": "Google", "issuer": "https://accounts.google.com",
 *      "clientId": "…", "clientSecret": "…" }]
 *
 * `subjectClaim` (default "sub") names the id token claim that identifies the person; Microsoft
 * Entra ID is best linked by "oid" (its Object ID, the same for every app in the tenant).
 *
 * A client secret may instead come from WAYFINDER_OIDC_<ID>_CLIENT_SECRET (id upper-cased, dashes
 * as underscores), so it need not sit in the JSON. Issuers must use https, except on localhost.
 */
import { z } from 'zod';
import { ConfigError } from '../../config.ts';

export const OIDC_VARIABLE = 'WAYFINDER_OIDC_PROVIDERS';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

const ZProvider = z.object({
  id: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9-]{0,31}$/,
      'must be lowercase letters, digits and dashes (at most 32)',
    ),
  name: z.string().min(1, 'must not be empty').max(60),
  issuer: z.url('must be the issuer URL').refine((value) => {
    const url = new URL(value);
    return url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname));
  }, 'must be an https URL (http only on localhost)'),
  clientId: z.string().min(1, 'must not be empty'),
  clientSecret: z.string().min(1, 'must not be empty'),
  subjectClaim: z
    .string()
    .regex(/^[A-Za-z_]{2,32}$/, 'must be the name of an id token claim, such as oid')
    .optional()
    .describe(
      'The claim that identifies the person: "sub" (standard, the default), or "oid" for Microsoft Entra ID, whose "sub" differs per app while "oid" is the Object ID admins see',
    ),
});
export type TOidcProvider = z.infer<typeof ZProvider>;

export function loadOidcProviders(env: NodeJS.ProcessEnv = process.env): TOidcProvider[] {
  const text = env[OIDC_VARIABLE];
  if (text === undefined || text.trim() === '') return [];
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ConfigError(
      `Invalid configuration:\n  ${OIDC_VARIABLE}: must be a JSON array of {id, name, issuer, clientId, clientSecret}`,
    );
  }
  if (Array.isArray(raw)) {
    raw = raw.map((entry: unknown) => {
      if (typeof entry !== 'object' || entry === null) return entry;
      const record = entry as Record<string, unknown>;
      if (record.clientSecret !== undefined || typeof record.id !== 'string') return record;
      const secret = env[secretVariable(record.id)];
      return secret ? { ...record, clientSecret: secret } : record;
    });
  }
  const parsed = z
    .array(ZProvider, 'must be a JSON array of {id, name, issuer, clientId, clientSecret}')
    .refine((list) => new Set(list.map((p) => p.id)).size === list.length, 'ids must differ')
    .safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const [index, field] = issue.path;
      const where =
        index === undefined ? OIDC_VARIABLE : `${OIDC_VARIABLE}[${String(index)}].${String(field)}`;
      const hint =
        field === 'clientSecret' && Array.isArray(raw)
          ? ` (or set ${secretVariable(String((raw[index as number] as { id?: unknown })?.id ?? 'ID'))})`
          : '';
      return `${where}: ${issue.message}${hint}`;
    });
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  return parsed.data;
}

export const secretVariable = (id: string) =>
  `WAYFINDER_OIDC_${id.toUpperCase().replace(/-/g, '_')}_CLIENT_SECRET`;
