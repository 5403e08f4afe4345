/** Typed read of the search API (/api/v1/search). */
import type { TLang } from '../../contracts/framework.ts';
import type { TSearchResult, TSearchType } from '../../contracts/search.ts';
import { getJson } from '../api.ts';

export function fetchSearch(
  q: string,
  type: TSearchType | null,
  lang: TLang,
  limit: number,
  signal?: AbortSignal,
): Promise<TSearchResult> {
  const params = new URLSearchParams({ q, lang, limit: String(limit) });
  if (type) params.set('type', type);
  return getJson<TSearchResult>(`/api/v1/search?${params.toString()}`, signal);
}
