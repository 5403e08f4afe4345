/**
 * What the imports page sends and shows, without React: the address of an import (kind, district,
 * dry run, language, a transcript's passing settings), the line a refusal names, the version of
 * the input a check was run on (a changed file must be checked again before Import), and the
 * slice of a long list shown on one page.
 */
import type { TLang } from '../../contracts/framework.ts';

export const IMPORT_KINDS = ['students', 'transcripts', 'credentials'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** The columns of each kind's CSV (header names, the same in every language). */
export const IMPORT_COLUMNS: Record<ImportKind, string> = {
  students: 'student_id, school_id, first_name, last_name, email, grade_level, graduation_year',
  transcripts:
    'student_id, school_id, school_year, term, course_code, course_title, sced_code, credits_attempted, credits_earned, letter_grade, result, earned_at',
  credentials: 'student_id, credential, date_earned',
};

export function importKind(value: string | null | undefined): ImportKind {
  return IMPORT_KINDS.find((kind) => kind === value) ?? 'students';
}

/** A transcript's optional passing settings, as typed (blank: not sent). */
export interface PassSettings {
  lowestPassPercent: string;
  lowestPassLetter: string;
}

/**
 * The CSV: a chosen file's bytes as read when chosen (sent as they are, so the server tells
 * UTF-8 from a spreadsheet's Windows-1252; `revision` counts the choices), or pasted text.
 */
export type ImportSource =
  { name: string; bytes: ArrayBuffer; revision: number } | { text: string };

export interface ImportRequest {
  kind: ImportKind;
  districtId: string;
  source: ImportSource;
  pass: PassSettings;
}

/** The API address of an import; the passing settings go only with transcripts. */
export function importUrl(request: ImportRequest, dryRun: boolean, lang: TLang): string {
  const query = new URLSearchParams({ dryRun: String(dryRun), lang });
  if (request.kind === 'transcripts') {
    const percent = request.pass.lowestPassPercent.trim();
    const letter = request.pass.lowestPassLetter.trim();
    if (percent) query.set('lowestPassPercent', percent);
    if (letter) query.set('lowestPassLetter', letter);
  }
  return `/api/v1/districts/${encodeURIComponent(request.districtId)}/${request.kind}/import?${query.toString()}`;
}

/**
 * What a check was run on: the kind, district, settings and the CSV (pasted text itself, or the
 * revision of a chosen file: one chosen again, perhaps edited since, is a new revision). Import is
 * offered only while the input is exactly what was checked.
 */
export function checkedVersion(request: ImportRequest): string {
  const settings =
    request.kind === 'transcripts'
      ? [request.pass.lowestPassPercent.trim(), request.pass.lowestPassLetter.trim()]
      : [];
  const source =
    'bytes' in request.source ? `file ${request.source.revision}` : `text ${request.source.text}`;
  return JSON.stringify([request.kind, request.districtId, ...settings, source]);
}

/**
 * The line and column a refusal names: the API's `field` is `file:line:column` for a problem in
 * the file, a query parameter's name for a bad setting.
 */
export function problemPlace(
  field: string | undefined,
): { line: number; column: number } | { parameter: string } | null {
  if (!field) return null;
  const match = /:(\d+):(\d+)$/.exec(field);
  if (match) return { line: Number(match[1]), column: Number(match[2]) };
  return { parameter: field };
}

/** One page of a long list: the items of page `page` (from 1) and how many pages there are. */
export function pageOf<T>(
  items: readonly T[],
  page: number,
  size: number,
): { items: T[]; page: number; pages: number; first: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, Math.floor(page)), pages);
  const first = (current - 1) * size;
  return { items: items.slice(first, first + size), page: current, pages, first };
}

/** Whether a file read again at Import is byte for byte the one checked. */
export function sameBytes(a: ArrayBuffer, b: ArrayBuffer): boolean {
  if (a.byteLength !== b.byteLength) return false;
  const x = new Uint8Array(a);
  const y = new Uint8Array(b);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}
