/**
 * The rules of the student-exports page that need no browser: which status filter the address
 * asks for, what the viewer may do with each export, the downloaded file's name, the export id
 * of a refusal over the daily cap, and the page-language text for each API refusal.
 */
import type { TExportFormat, TExportRequest } from '../../contracts/student-export.ts';
import { ApiError } from '../api.ts';
import type { Messages } from '../i18n.ts';

export type ExportStatus = TExportRequest['status'];
export const EXPORT_STATUSES: readonly ExportStatus[] = ['pending', 'approved', 'used', 'done'];

/** The `?status=` filter when it is one the API knows, else '' (all). */
export function statusFilter(value: string | null): ExportStatus | '' {
  return EXPORT_STATUSES.find((status) => status === value) ?? '';
}

export const STATUS_LABEL: Record<ExportStatus, keyof Messages> = {
  pending: 'exportStatusPending',
  approved: 'exportStatusApproved',
  used: 'exportStatusUsed',
  done: 'exportStatusDone',
};

/** Another admin's export that waits: the viewer may approve it (the API checks the district). */
export const mayApprove = (record: TExportRequest, viewerId: string): boolean =>
  record.status === 'pending' && record.requestedBy !== viewerId;

/** The viewer's own approved export: they may now run it, once. */
export const mayDownload = (record: TExportRequest, viewerId: string): boolean =>
  record.status === 'approved' && record.requestedBy === viewerId;

/** `students-<id>.csv`; the id as the server gave it, without anything a file name should not hold. */
export function exportFileName(id: string, format: TExportFormat): string {
  const safe = id.replace(/[^A-Za-z0-9-]/g, '').slice(0, 64) || 'export';
  return `students-${safe}.${format}`;
}

/**
 * An export over the daily cap is refused with 403 and the field `approval`: it now waits for a
 * second admin. Returns the waiting export's id (from the message; '' when it names none), or
 * null for any other failure.
 */
export function overCapExport(error: unknown): { id: string } | null {
  if (!(error instanceof ApiError) || error.status !== 403 || error.field !== 'approval')
    return null;
  return { id: /\bas export ([A-Za-z0-9-]{1,64})\b/.exec(error.message)?.[1] ?? '' };
}

/**
 * The page-language text for a failed approval, export run or export request, or null when the
 * API's own message is the best there is.
 */
export function exportErrorKey(
  error: unknown,
  what: 'approve' | 'run' | 'request',
): keyof Messages | null {
  if (!(error instanceof ApiError)) return null;
  if (error.status === 0) return 'errorNetwork';
  if (error.status === 401) return 'errorSessionEnded';
  if (what === 'approve') {
    if (error.status === 403) return 'exportsApproveRefused';
    if (error.status === 404) return 'exportsNotFound';
    if (error.status === 409) return 'exportsNotPending';
    return null;
  }
  if (error.status === 403) return 'exportsRefused';
  if (what === 'run' && (error.status === 404 || error.status === 409)) return 'exportsRunConflict';
  return null;
}
