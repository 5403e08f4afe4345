/** Addresses of the sign-in, account and administration pages, and the safe `?next=` target. */
import type { TLang } from '../../contracts/framework.ts';
import { codeStepPath, safeNext } from '../../domain/auth/next-path.ts';
import { pathFor } from '../paths.ts';

/** The rule is shared with the server (the OpenID Connect callback checks `next` the same way). */
export { safeNext };

export const accountPath = (lang: TLang): string => pathFor(lang, '/account');
export const setPasswordPath = (lang: TLang): string => pathFor(lang, '/account/set-password');
export const adminUsersPath = (lang: TLang): string => pathFor(lang, '/admin/users');
export const adminAuditPath = (lang: TLang): string => pathFor(lang, '/admin/audit');
export const adminExportsPath = (lang: TLang): string => pathFor(lang, '/admin/exports');
export const adminImportsPath = (lang: TLang): string => pathFor(lang, '/admin/imports');
export const adminLinksPath = (lang: TLang): string => pathFor(lang, '/admin/links');

/** The sign-in page, returning to `next` (a same-site path) afterwards. */
export function signInPath(lang: TLang, next?: string): string {
  const base = pathFor(lang, '/sign-in');
  const target = next === undefined ? null : safeNext(next);
  return target === null ? base : `${base}?${new URLSearchParams({ next: target }).toString()}`;
}

/** The sign-in page's second-factor step (after a provider sign-in), then `next`. */
export const signInCodePath = (lang: TLang, next?: string | null): string =>
  codeStepPath(lang, next);

/** Where a provider sign-in starts: the server keeps `lang` and a safe `next` for afterwards. */
export function oidcStartPath(provider: string, lang: TLang, next?: string | null): string {
  const query = new URLSearchParams({ lang });
  const target = safeNext(next);
  if (target !== null) query.set('next', target);
  return `/api/v1/auth/oidc/${encodeURIComponent(provider)}/start?${query.toString()}`;
}
