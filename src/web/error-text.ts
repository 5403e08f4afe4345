/**
 * What a page says about a failed request. The API writes its messages in English; an English
 * page shows them as they are (they are specific), a Spanish page says in Spanish what kind of
 * failure it was, from the error's code or HTTP status, so no English reaches a Spanish page.
 */
import { ApiError } from './api.ts';
import { en, type Messages } from './i18n.ts';

type ErrorKey =
  | 'errorApiNotFound'
  | 'errorApiInvalid'
  | 'errorApiForbidden'
  | 'errorApiConflict'
  | 'errorApiSignIn'
  | 'errorApiTooMany'
  | 'errorApiServer';

const BY_CODE: Record<string, ErrorKey> = {
  not_found: 'errorApiNotFound',
  invalid: 'errorApiInvalid',
  forbidden: 'errorApiForbidden',
  conflict: 'errorApiConflict',
  unauthenticated: 'errorApiSignIn',
};

function keyOf(error: ApiError): ErrorKey {
  const byCode = error.code ? BY_CODE[error.code] : undefined;
  if (byCode) return byCode;
  if (error.status === 404) return 'errorApiNotFound';
  if (error.status === 401) return 'errorApiSignIn';
  if (error.status === 403) return 'errorApiForbidden';
  if (error.status === 409) return 'errorApiConflict';
  if (error.status === 429) return 'errorApiTooMany';
  if (error.status >= 400 && error.status < 500) return 'errorApiInvalid';
  return 'errorApiServer';
}

/** The text for an error of any kind, in the language of `t`. */
export function errorText(t: Messages, error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return t.errorNetwork;
    return t === en ? error.message : t[keyOf(error)];
  }
  if (t === en) return error instanceof Error ? error.message : String(error);
  return t.errorApiServer;
}
