/**
 * Where a browser goes after signing in. `?next=` targets are paths of this site only (never
 * another site, `//host` or `/\host`): the web app's sign-in page and the OpenID Connect callback
 * both check them here. Staff whose second factor is due go to set it up or to give its code
 * first, in the language they started in.
 */
import type { TSession } from '../../contracts/accounts.ts';
import type { TLang } from '../../contracts/framework.ts';

const PROBE = 'http://wayfinder.invalid';

/** A page path without its /es prefix. */
function withoutLang(pathname: string): string {
  if (pathname === '/es') return '/';
  return pathname.startsWith('/es/') ? pathname.slice(3) : pathname;
}

/** The page `path` (with or without /es) in `lang`. */
export function pageIn(lang: TLang, path: string): string {
  const bare = withoutLang(path);
  if (lang === 'en') return bare;
  return bare === '/' ? '/es' : `/es${bare}`;
}

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
  if (withoutLang(url.pathname) === '/sign-in') return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page's second-factor step, returning to `next` afterwards. */
export function codeStepPath(lang: TLang, next?: string | null): string {
  const query = new URLSearchParams({ step: 'code' });
  const target = safeNext(next);
  if (target !== null) query.set('next', target);
  return `${pageIn(lang, '/sign-in')}?${query.toString()}`;
}

/**
 * The page after signing in: the account page while the second factor must be set up, the code
 * step while its code is due, else `next` (when safe) or the home page.
 */
export function pageAfterSignIn(totp: TSession['totp'], lang: TLang, next?: string | null): string {
  if (totp === 'enrol_required') return pageIn(lang, '/account');
  if (totp === 'code_required') return codeStepPath(lang, next);
  return safeNext(next) ?? pageIn(lang, '/');
}
