/**
 * Sends a CSV to a district's import endpoint with the session's cookie and CSRF token (as
 * every cookie-authenticated write): the chosen file's bytes as they are, or the pasted text.
 * Answers the import summary or throws the API's ApiError (with the line it names).
 */
import type { TLang } from '../../contracts/framework.ts';
import type { TImportSummary } from '../../contracts/records.ts';
import { errorOf, request } from '../api.ts';
import { importUrl, type ImportRequest } from './imports.ts';
import { currentCsrfToken } from './use-session.ts';

export async function postImport(
  input: ImportRequest,
  dryRun: boolean,
  lang: TLang,
): Promise<TImportSummary> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'content-type': 'text/csv',
  };
  const csrf = currentCsrfToken();
  if (csrf) headers['x-csrf-token'] = csrf;
  const body = 'bytes' in input.source ? input.source.bytes : input.source.text;
  const response = await request(importUrl(input, dryRun, lang), {
    method: 'POST',
    headers,
    credentials: 'same-origin',
    body,
  });
  if (!response.ok) throw await errorOf(response);
  return (await response.json()) as TImportSummary;
}
