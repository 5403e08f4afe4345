/**
 * Page addresses. The language lives in the address: English pages have none, Spanish ones
 * start with /es (/es, /es/clusters/08, /es/pathways/08-03).
 */
import type { TLang } from '../contracts/framework.ts';

const ES_PREFIX = '/es';

export function langFromPath(pathname: string): TLang {
  return pathname === ES_PREFIX || pathname.startsWith(`${ES_PREFIX}/`) ? 'es' : 'en';
}

/** The address without its language prefix; always starts with '/'. */
export function stripLang(pathname: string): string {
  if (langFromPath(pathname) !== 'es') return pathname || '/';
  const rest = pathname.slice(ES_PREFIX.length);
  return rest === '' ? '/' : rest;
}

/** The address of `path` (with or without a language prefix) in `lang`. */
export function pathFor(lang: TLang, path: string): string {
  const bare = stripLang(path);
  if (lang === 'en') return bare;
  return bare === '/' ? ES_PREFIX : `${ES_PREFIX}${bare}`;
}

export function otherLang(lang: TLang): TLang {
  return lang === 'en' ? 'es' : 'en';
}

export const homePath = (lang: TLang): string => pathFor(lang, '/');
export const clusterPath = (lang: TLang, code: string): string =>
  pathFor(lang, `/clusters/${code}`);
export const pathwayPath = (lang: TLang, code: string): string =>
  pathFor(lang, `/pathways/${code}`);

export const programsPath = (lang: TLang): string => pathFor(lang, '/programs');
export const programPath = (lang: TLang, id: string): string =>
  pathFor(lang, `/programs/${encodeURIComponent(id)}`);
export const programEditPath = (lang: TLang, id: string): string =>
  pathFor(lang, `/programs/${encodeURIComponent(id)}/edit`);
export const newProgramPath = (lang: TLang): string => pathFor(lang, '/programs/new');

/** Codes as the API accepts them; anything else is a page that cannot exist. */
export const isClusterCode = (code: string | undefined): code is string =>
  code !== undefined && /^\d{2}$/.test(code);
export const isPathwayCode = (code: string | undefined): code is string =>
  code !== undefined && /^\d{2}-\d{2}$/.test(code);
/** Program ids as the API accepts them (see ZId in contracts/program.ts). */
export const isProgramId = (id: string | undefined): id is string =>
  id !== undefined && /^[a-z0-9][a-z0-9._-]{0,79}$/.test(id);

export const occupationPath = (lang: TLang, code: string): string =>
  pathFor(lang, `/occupations/${code}`);
/** The search page, with its query string (empty values left out). */
export function searchPath(lang: TLang, q = '', type = ''): string {
  const params = new URLSearchParams();
  if (q.trim() !== '') params.set('q', q.trim());
  if (type !== '') params.set('type', type);
  const query = params.toString();
  return `${pathFor(lang, '/search')}${query === '' ? '' : `?${query}`}`;
}
/** O*NET-SOC codes as the API accepts them (15-1252.00). */
export const isOccupationCode = (code: string | undefined): code is string =>
  code !== undefined && /^\d{2}-\d{4}\.\d{2}$/.test(code);

export const coursePath = (lang: TLang, id: string): string =>
  pathFor(lang, `/courses/${encodeURIComponent(id)}`);
export const credentialPath = (lang: TLang, id: string): string =>
  pathFor(lang, `/credentials/${encodeURIComponent(id)}`);
export const cipPath = (lang: TLang, code: string): string => pathFor(lang, `/cip/${code}`);
/** Course and credential ids as the API accepts them (the same slugs as program ids). */
export const isCatalogId = isProgramId;
/** Six-digit CIP 2020 codes as the API accepts them (51.3801). */
export const isCipCode = (code: string | undefined): code is string =>
  code !== undefined && /^\d{2}\.\d{4}$/.test(code);
