/** Typed reads of the occupations API (/api/v1/occupations, /api/v1/pathways/{code}/occupations). */
import type { TLang } from '../../contracts/framework.ts';
import type { TOccupation, TPathwayOccupations } from '../../contracts/occupation.ts';
import { getJson } from '../api.ts';

const query = (lang: TLang) => `?lang=${encodeURIComponent(lang)}`;

export function fetchOccupation(
  code: string,
  lang: TLang,
  signal?: AbortSignal,
): Promise<TOccupation> {
  return getJson<TOccupation>(
    `/api/v1/occupations/${encodeURIComponent(code)}${query(lang)}`,
    signal,
  );
}

export function fetchPathwayOccupations(
  code: string,
  lang: TLang,
  signal?: AbortSignal,
): Promise<TPathwayOccupations> {
  return getJson<TPathwayOccupations>(
    `/api/v1/pathways/${encodeURIComponent(code)}/occupations${query(lang)}`,
    signal,
  );
}
