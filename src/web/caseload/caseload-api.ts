/** Typed calls of the caseload list, counselor notes, and the student summaries the page shows. */
import type { TCaseload, TNote, TNoteList } from '../../contracts/caseload.ts';
import type { TLang } from '../../contracts/framework.ts';
import type { TPlan } from '../../contracts/plans.ts';
import type { TStudentProgress } from '../../contracts/progress.ts';
import type { TResultList } from '../../contracts/student-interests.ts';
import { getJson } from '../api.ts';
import { apiWrite } from '../account/use-session.ts';

/** The page's filters, as in its address (and the API's query). */
export const FILTER_KEYS = ['signal', 'grade', 'school', 'concentrator', 'q', 'sort'] as const;

/** Which page of the list, in the address too; the CSV file is the whole list, so not in its. */
export const PAGE_KEYS = ['page', 'pageSize'] as const;

/** The API's query for the page's address: its filters (and page) and the page's language. */
function caseloadQuery(
  params: URLSearchParams,
  lang: TLang,
  keys: readonly string[] = FILTER_KEYS,
): string {
  const query = new URLSearchParams({ lang });
  for (const key of keys) {
    const value = params.get(key);
    if (value) query.set(key, value);
  }
  return query.toString();
}

export function fetchCaseload(params: URLSearchParams, lang: TLang, signal?: AbortSignal) {
  const query = caseloadQuery(params, lang, [...FILTER_KEYS, ...PAGE_KEYS]);
  return getJson<TCaseload>(`/api/v1/caseload?${query}`, signal);
}

/** The list the page shows (same filters and sort), as a CSV file in the page's language. */
export const caseloadCsvUrl = (params: URLSearchParams, lang: TLang): string =>
  `/api/v1/caseload/export?${caseloadQuery(params, lang)}&format=csv`;

const student = (id: string, path: string) => `/api/v1/students/${encodeURIComponent(id)}/${path}`;

export const fetchProgress = (id: string, lang: TLang, signal?: AbortSignal) =>
  getJson<TStudentProgress>(student(id, `progress?lang=${lang}`), signal);
export const fetchPlan = (id: string, lang: TLang, signal?: AbortSignal) =>
  getJson<TPlan>(student(id, `plan?lang=${lang}`), signal);
export const fetchInterestResults = (id: string, signal?: AbortSignal) =>
  getJson<TResultList>(student(id, 'interest-results'), signal);
export const fetchNotes = (id: string, signal?: AbortSignal) =>
  getJson<TNoteList>(student(id, 'notes'), signal);

export const addNote = (id: string, body: string) =>
  apiWrite<TNote>('POST', student(id, 'notes'), { body });
export const editNote = (id: string, noteId: string, body: string) =>
  apiWrite<TNote>('PUT', student(id, `notes/${encodeURIComponent(noteId)}`), { body });
export async function deleteNote(id: string, noteId: string) {
  await apiWrite<null>('DELETE', student(id, `notes/${encodeURIComponent(noteId)}`)).catch(
    (error: unknown) => {
      // A 204 has no body to parse: that is success.
      if (!(error instanceof SyntaxError)) throw error;
    },
  );
}
