/** Typed calls of the Interest Profiler API and a student's saved results, items and home. */
import type { TLang } from '../../contracts/framework.ts';
import type {
  TProfilerForm,
  TProfilerResults,
  TResultsRequest,
} from '../../contracts/interests.ts';
import type {
  TOfferedPrograms,
  TSavedItem,
  TSavedItemList,
  TSavedResult,
  TStudentHome,
} from '../../contracts/student-interests.ts';
import type { TStudent } from '../../contracts/accounts.ts';
import { errorOf, getJson, request } from '../api.ts';
import { apiWrite, currentCsrfToken } from '../account/use-session.ts';

export type ProfilerFormNumber = TProfilerForm['form'];

export const fetchProfiler = (form: ProfilerFormNumber, lang: TLang, signal?: AbortSignal) =>
  getJson<TProfilerForm>(`/api/v1/interest-profiler?form=${form}&lang=${lang}`, signal);

/** Results for answers: computed by the server, kept nowhere. */
export async function fetchResults(
  body: TResultsRequest,
  lang: TLang,
  signal?: AbortSignal,
): Promise<TProfilerResults> {
  // Signed in, the session cookie goes along, and every cookie-carrying write needs the token.
  const csrf = currentCsrfToken();
  const response = await request(
    `/api/v1/interest-profiler/results?lang=${lang}`,
    {
      method: 'POST',
      headers: {
        accept: 'application/json',
        'content-type': 'application/json',
        ...(csrf ? { 'x-csrf-token': csrf } : {}),
      },
      body: JSON.stringify(body),
    },
    signal,
  );
  if (!response.ok) throw await errorOf(response);
  return (await response.json()) as TProfilerResults;
}

const student = (id: string, path: string) => `/api/v1/students/${encodeURIComponent(id)}/${path}`;

export const saveResult = (id: string, body: Pick<TResultsRequest, 'form' | 'answers'>) =>
  apiWrite<TSavedResult>('POST', student(id, 'interest-results'), body);

export const fetchHome = (id: string, lang: TLang, signal?: AbortSignal) =>
  getJson<TStudentHome>(student(id, `home?lang=${lang}`), signal);

export const fetchSavedItems = (id: string, lang: TLang, signal?: AbortSignal) =>
  getJson<TSavedItemList>(student(id, `saved-items?lang=${lang}`), signal);

export const saveItem = (id: string, item: Pick<TSavedItem, 'kind' | 'ref'>, lang: TLang) =>
  apiWrite<TSavedItemList>('POST', student(id, `saved-items?lang=${lang}`), item);

export async function removeItem(id: string, item: Pick<TSavedItem, 'kind' | 'ref'>) {
  await apiWrite<null>(
    'DELETE',
    student(id, `saved-items/${item.kind}/${encodeURIComponent(item.ref)}`),
  ).catch((error: unknown) => {
    // A 204 has no body to parse: that is success.
    if (!(error instanceof SyntaxError)) throw error;
  });
}

export const fetchOfferedPrograms = (
  id: string,
  pathways: string[],
  lang: TLang,
  signal?: AbortSignal,
) =>
  getJson<TOfferedPrograms>(
    student(id, `programs?pathways=${pathways.join(',')}&lang=${lang}`),
    signal,
  );

export const fetchMyStudents = (signal?: AbortSignal) =>
  getJson<{ items: TStudent[] }>('/api/v1/students', signal);
