/**
 * Typed reads of the Wayfinder API (/api/v1). Every call says the page's language
 * (Accept-Language), so a refusal comes back in it when the server has it so; non-2xx answers
 * throw an ApiError that knows the language of its message.
 */
import type { TApiError } from '../contracts/errors.ts';
import { appUrl, BASE_PATH } from './base-path.ts';
import { langFromPath } from './paths.ts';
import type {
  TCluster,
  TClusterList,
  TLang,
  TPathway,
  TPathwayList,
} from '../contracts/framework.ts';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    message: string,
    /** HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    readonly code?: TApiError['error']['code'],
    /** The parameter or field at fault, when the API names one. */
    readonly field?: string,
    /** The language `message` is written in (the API says it; our own messages are English). */
    readonly lang: TLang = 'en',
  ) {
    super(message);
  }

  get notFound(): boolean {
    return this.status === 404;
  }

  /** Not signed in (401), or signed in with a role that may not do this (403). */
  get needsSignIn(): boolean {
    return this.status === 401 || this.status === 403;
  }
}

function isApiErrorBody(body: unknown): body is TApiError {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const error: unknown = body.error;
  return (
    typeof error === 'object' &&
    error !== null &&
    'message' in error &&
    typeof error.message === 'string'
  );
}

/** The ApiError of a non-2xx answer, with the API's message when its body has one. */
export async function errorOf(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (isApiErrorBody(body)) {
    const { message, code, field, lang } = body.error;
    return new ApiError(message, response.status, code, field, lang === 'es' ? 'es' : 'en');
  }
  return new ApiError(
    `The server answered ${response.status} ${response.statusText}`.trim(),
    response.status,
  );
}

/** The language of the page open in the browser, from its address (English outside one). */
export function pageLang(
  pathname: string | undefined = globalThis.location?.pathname,
  basePath: string = BASE_PATH,
): TLang {
  if (pathname === undefined) return 'en';
  const inSite =
    basePath && (pathname === basePath || pathname.startsWith(`${basePath}/`))
      ? pathname.slice(basePath.length)
      : pathname;
  return langFromPath(inSite);
}

/**
 * fetch (under the site's path prefix, saying the page's language unless the call says one), with
 * an unreachable server reported as an ApiError of status 0.
 */
export async function request(
  url: string,
  init: RequestInit,
  signal?: AbortSignal,
): Promise<Response> {
  const headers = new Headers(init.headers);
  if (!headers.has('accept-language')) headers.set('accept-language', pageLang());
  try {
    return await fetch(appUrl(url), { ...init, headers, signal: signal ?? null });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(
      `Could not reach the server: ${error instanceof Error ? error.message : String(error)}`,
      0,
    );
  }
}

export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const response = await request(url, { headers: { accept: 'application/json' } }, signal);
  if (!response.ok) throw await errorOf(response);
  return (await response.json()) as T;
}

const query = (lang: TLang) => `?lang=${encodeURIComponent(lang)}`;

export function fetchClusters(lang: TLang, signal?: AbortSignal): Promise<TClusterList> {
  return getJson<TClusterList>(`/api/v1/clusters${query(lang)}`, signal);
}

export function fetchCluster(code: string, lang: TLang, signal?: AbortSignal): Promise<TCluster> {
  return getJson<TCluster>(`/api/v1/clusters/${encodeURIComponent(code)}${query(lang)}`, signal);
}

export function fetchPathway(code: string, lang: TLang, signal?: AbortSignal): Promise<TPathway> {
  return getJson<TPathway>(`/api/v1/pathways/${encodeURIComponent(code)}${query(lang)}`, signal);
}

/** Every pathway of the default framework, each with its cluster. */
export function fetchPathways(lang: TLang, signal?: AbortSignal): Promise<TPathwayList> {
  return getJson<TPathwayList>(`/api/v1/pathways${query(lang)}`, signal);
}
