/**
 * What a page says about a failed request. The API's own message is specific (it names the field),
 * so a page shows it when it is written in the page's language: on a Spanish page when the server
 * had it in Spanish (the client asks in the page's language, see
 * api.ts). Otherwise a Spanish page says in Spanish what kind of failure it was, from the error's
 * code or HTTP status, so no English reaches a Spanish page.
 */
import { ApiError } from './api.ts';
import { en, messages, type Messages } from './i18n.ts';

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
    return t === messages[error.lang] ? error.message : t[keyOf(error)];
  }
  if (t === en) return error instanceof Error ? error.message : String(error);
  return t.errorApiServer;
}
