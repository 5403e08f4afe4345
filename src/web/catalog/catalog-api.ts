/** Typed reads of the catalog pages' API (/api/v1/courses, /credentials, /cip). */
import type { TCipDetail, TCourseDetail, TCredentialDetail } from '../../contracts/catalog.ts';
import type { TLang } from '../../contracts/framework.ts';
import { getJson } from '../api.ts';

const query = (lang: TLang) => `?lang=${encodeURIComponent(lang)}`;

export function fetchCourse(id: string, lang: TLang, signal?: AbortSignal): Promise<TCourseDetail> {
  return getJson<TCourseDetail>(`/api/v1/courses/${encodeURIComponent(id)}${query(lang)}`, signal);
}

export function fetchCredential(
  id: string,
  lang: TLang,
  signal?: AbortSignal,
): Promise<TCredentialDetail> {
  return getJson<TCredentialDetail>(
    `/api/v1/credentials/${encodeURIComponent(id)}${query(lang)}`,
    signal,
  );
}

export function fetchCip(code: string, lang: TLang, signal?: AbortSignal): Promise<TCipDetail> {
  return getJson<TCipDetail>(`/api/v1/cip/${encodeURIComponent(code)}${query(lang)}`, signal);
}
