/**
 * Typed calls of the programs-of-study API (/api/v1/programs). Writes send the session's CSRF
 * token (from account/use-session.ts) in the x-csrf-token header.
 */
import type { TLang } from '../contracts/framework.ts';
import type {
  TProgramDetail,
  TProgramList,
  TProgramListQuery,
  TProgramSave,
  TProgramSaved,
} from '../contracts/program-api.ts';
import { apiWrite } from './account/use-session.ts';
import { getJson } from './api.ts';

export type ProgramFilters = Partial<
  Pick<TProgramListQuery, 'cluster' | 'pathway' | 'institution' | 'status' | 'q'>
>;
export type ExportFormat = 'pdf' | 'csv' | 'json';
export type StatusAction = 'submit' | 'approve' | 'return' | 'retire';

const BASE = '/api/v1/programs';

function search(params: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== '') query.set(key, String(value));
  return `?${query.toString()}`;
}

export function fetchPrograms(
  filters: ProgramFilters,
  lang: TLang,
  signal?: AbortSignal,
): Promise<TProgramList> {
  return getJson<TProgramList>(`${BASE}${search({ ...filters, lang, limit: 200 })}`, signal);
}

export function fetchProgram(
  id: string,
  lang: TLang,
  version?: number,
  signal?: AbortSignal,
): Promise<TProgramDetail> {
  return getJson<TProgramDetail>(
    `${BASE}/${encodeURIComponent(id)}${search({ lang, version })}`,
    signal,
  );
}

export function exportUrl(id: string, format: ExportFormat, lang: TLang, version?: number): string {
  return `${BASE}/${encodeURIComponent(id)}/export${search({ format, lang, version })}`;
}

export function createProgram(
  save: TProgramSave,
  lang: TLang,
  csrfToken: string | undefined,
): Promise<TProgramSaved> {
  return apiWrite<TProgramSaved>('POST', `${BASE}${search({ lang })}`, save, csrfToken);
}

export function updateProgram(
  id: string,
  save: Omit<TProgramSave, 'id'>,
  lang: TLang,
  csrfToken: string | undefined,
): Promise<TProgramSaved> {
  return apiWrite<TProgramSaved>(
    'PUT',
    `${BASE}/${encodeURIComponent(id)}${search({ lang })}`,
    save,
    csrfToken,
  );
}

export function changeStatus(
  id: string,
  action: StatusAction,
  lang: TLang,
  csrfToken: string | undefined,
): Promise<TProgramDetail> {
  return apiWrite<TProgramDetail>(
    'POST',
    `${BASE}/${encodeURIComponent(id)}/${action}${search({ lang })}`,
    undefined,
    csrfToken,
  );
}
