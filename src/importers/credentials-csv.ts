/**
 * Credentials students earned, as a records file lists them, one row per student and credential:
 * the student's local id, the credential (its catalog id or its title: a column named
 * credential, credential_id, credential_name, credential_earned, certification, certification_name
 * or industry_credential) and the day it was earned (date_earned, earned_date, earned_on,
 * credential_date, certification_date or date; 2026-05-14 or 5/14/2026). Which catalog credential
 * a name is, is decided later (domain/records/credential-names.ts), once the catalog is read.
 * Every problem is file:line:column; nothing is written while there is one.
 */
import type { SourceFile } from './import-plan.ts';
import { issueText } from './issue-text.ts';
import { idField, text, type ParsedCsv } from './roster-csv.ts';
import { parseTabular, sniffDelimiter } from './tabular.ts';

export interface CredentialRow {
  line: number;
  localId: string;
  /** The credential as written: an id or a title. */
  credential: string;
  /** YYYY-MM-DD. */
  earnedOn: string;
}

export const CREDENTIAL_COLUMNS = [
  'credential',
  'credential_id',
  'credential_name',
  'credential_earned',
  'certification',
  'certification_name',
  'industry_credential',
];
export const DATE_COLUMNS = [
  'date_earned',
  'earned_date',
  'earned_on',
  'credential_date',
  'certification_date',
  'date',
];

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** A day written as 2026-05-14 or 5/14/2026 (as US exports write it), as YYYY-MM-DD. */
export function earnedDay(raw: string): string | undefined {
  const iso = ISO.exec(raw);
  const us = iso ? undefined : US.exec(raw);
  const [y, m, d] = iso
    ? [iso[1], iso[2], iso[3]]
    : us
      ? [us[3], us[1], us[2]]
      : [undefined, undefined, undefined];
  if (y === undefined) return undefined;
  const day = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  const parsed = new Date(`${day}T00:00:00Z`);
  // 2026-02-30 rolls over to March: not a day of the calendar.
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day
    ? day
    : undefined;
}

export function parseCredentialsCsv(
  source: SourceFile,
  options: { today: string },
): ParsedCsv<CredentialRow> {
  const file = parseTabular(source.name, source.text, { delimiter: sniffDelimiter(source.text) });
  const c = {
    student_id: file.column('student_id', 'student_number', 'local_student_id', 'local_id'),
    credential: file.column(...CREDENTIAL_COLUMNS),
    date_earned: file.column(...DATE_COLUMNS),
  };
  const columns = Object.fromEntries(Object.entries(c).map(([k, v]) => [k, v + 1]));
  if (file.issues.length > 0) return { rows: [], issues: file.issues, columns };
  const rows: CredentialRow[] = [];
  for (const row of file.rows) {
    const before = file.issues.length;
    const localId = idField(file, row, c.student_id);
    const credential = text(file, row, c.credential, 200);
    const written = file.required(row, c.date_earned);
    const earnedOn = written === undefined ? undefined : earnedDay(written);
    if (written !== undefined && earnedOn === undefined)
      file.fail(row, c.date_earned, issueText('credential_bad_date', { value: written }));
    else if (earnedOn !== undefined && earnedOn > options.today)
      file.fail(row, c.date_earned, issueText('credential_future_date', { today: options.today }));
    if (file.issues.length > before) continue;
    rows.push({ line: row.line, localId: localId!, credential: credential!, earnedOn: earnedOn! });
  }
  return { rows, issues: file.issues, columns };
}
