/** Addresses of the sign-in, account and administration pages, and the safe `?next=` target. */
import type { TLang } from '../../contracts/framework.ts';
import { pathFor, stripLang } from '../paths.ts';

export const accountPath = (lang: TLang): string => pathFor(lang, '/account');
export const setPasswordPath = (lang: TLang): string => pathFor(lang, '/account/set-password');
export const adminUsersPath = (lang: TLang): string => pathFor(lang, '/admin/users');
export const adminAuditPath = (lang: TLang): string => pathFor(lang, '/admin/audit');

/** The sign-in page, returning to `next` (a same-site path) afterwards. */
export function signInPath(lang: TLang, next?: string): string {
  const base = pathFor(lang, '/sign-in');
  const target = next === undefined ? null : safeNext(next);
  return target === null ? base : `${base}?${new URLSearchParams({ next: target }).toString()}`;
}

const PROBE = 'http://wayfinder.invalid';

/**
 * `next` when it is a path of this site (never another site, `//host` or `/\host`), else null.
 * The sign-in page itself is not a target: it would only ask again.
 */
export function safeNext(next: string | null | undefined): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\'))
    return null;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(next)) return null;
  let url: URL;
  try {
    url = new URL(next, PROBE);
  } catch {
    return null;
  }
  if (url.origin !== PROBE) return null;
  if (stripLang(url.pathname) === '/sign-in') return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
