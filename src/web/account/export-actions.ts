/** What the exports page and its form share: running an export, saving the file, wording a failure. */
import type { TExportFormat } from '../../contracts/student-export.ts';
import { errorOf, request } from '../api.ts';
import type { Messages } from '../i18n.ts';
import { exportErrorKey } from './exports.ts';
import { errorText } from './parts.tsx';
import { currentCsrfToken } from './use-session.ts';

/** A failure in the page's language (the API's own message when there is nothing better). */
export function failureText(
  t: Messages,
  error: unknown,
  what: 'approve' | 'run' | 'request',
): string {
  const key = exportErrorKey(error, what);
  return key ? t[key] : errorText(t, error);
}

/** Runs an export (with the session's CSRF token) and returns the file the server sent. */
export async function fetchExport(body: {
  format: TExportFormat;
  district?: string;
  approval?: string;
}): Promise<{ id: string; blob: Blob }> {
  const token = currentCsrfToken();
  const response = await request('/api/v1/students/export', {
    method: 'POST',
    headers: {
      accept: 'text/csv, application/json',
      'content-type': 'application/json',
      ...(token ? { 'x-csrf-token': token } : {}),
    },
    credentials: 'same-origin',
    body: JSON.stringify(body),
  });
  if (!response.ok) throw await errorOf(response);
  return { id: response.headers.get('x-export-id') ?? '', blob: await response.blob() };
}

/** Hands a file to the browser's downloads. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
