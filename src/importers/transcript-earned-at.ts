/**
 * Where a transcript row was earned, when the export says: the columns SIS exports write for
 * credit from another school (PowerSchool's stored grades carry `SchoolName` on every row, the
 * name of the school where the credit was earned, which may be outside the district or the
 * country, and `ALTSCHOOLID` for a course taken in another district; other exports write
 * "Earned At", "Transfer School"), its state and NCES or CEEB id, the kind of credit (another
 * school, an exam, summer school, a college course, an online school) and what it counts as here
 * (a local course code, or "elective"). Whether the place is outside the district is decided by
 * the import, which knows the district's schools.
 */
import { TRANSFER_KINDS, type TransferKind } from '../domain/requirements/transfer.ts';
import type { EarnedElsewhere } from './transcript-csv.ts';
import { CONTROL, ID_TEXT } from './roster-csv.ts';
import { bareHeaderKey, type TabularFile, type TabularRow } from './tabular.ts';
import { issueText } from './issue-text.ts';

export interface EarnedAtColumns {
  transfer_flag: number;
  earned_at: number;
  earned_at_state: number;
  earned_at_id: number;
  transfer_kind: number;
  counts_as: number;
}

export function earnedAtColumns(optional: (...names: string[]) => number): EarnedAtColumns {
  return {
    // PCR Educator's historical marks: External_Course 1 (taken at another school) or 0.
    transfer_flag: optional('external_course', 'is_transfer', 'transfer_flag', 'transfer_course'),
    earned_at: optional(
      'earned_at',
      'earned_at_school',
      'school_earned',
      'transfer_school',
      'transfer_school_name',
      'transfer_institution',
      'institution_name',
      'school_name',
    ),
    earned_at_state: optional(
      'earned_at_state',
      'transfer_state',
      'school_state',
      'institution_state',
    ),
    earned_at_id: optional(
      'earned_at_id',
      'transfer_school_id',
      'alt_school_id',
      'institution_id',
      'nces_id',
      'nces_school_id',
      'ceeb_code',
      'ceeb',
    ),
    transfer_kind: optional('transfer_kind', 'transfer_type', 'credit_source', 'credit_method'),
    counts_as: optional(
      'counts_as',
      'equivalent_course',
      'equivalent_course_code',
      'local_course_code',
      'course_equiv',
    ),
  };
}

const YES = new Set(['1', 'y', 'yes', 'true', 't', 'x']);
const NO = new Set(['0', 'n', 'no', 'false', 'f', '']);

const KIND_WORDS: Record<string, TransferKind> = {
  transfer: 'transfer',
  otherschool: 'transfer',
  outofdistrict: 'transfer',
  outofstate: 'transfer',
  exam: 'exam',
  creditbyexam: 'exam',
  creditbyexamination: 'exam',
  cbe: 'exam',
  summer: 'summer',
  summerschool: 'summer',
  dualcredit: 'dual_credit',
  dualenrollment: 'dual_credit',
  concurrentenrollment: 'dual_credit',
  college: 'dual_credit',
  online: 'online',
  virtual: 'online',
  virtualschool: 'online',
  onlineschool: 'online',
};

/** A kind of credit as written ("Credit by Exam", "dual-enrollment") → its name. */
export function parseTransferKind(raw: string): TransferKind | undefined {
  const key = raw.toLowerCase().replace(/[^a-z]/g, '');
  return Object.hasOwn(KIND_WORDS, key) ? KIND_WORDS[key] : undefined;
}

/** The row's place of earning, or null when the file has no such column or the field is empty. */
export function readEarnedAt(
  file: TabularFile,
  row: TabularRow,
  c: EarnedAtColumns,
): EarnedElsewhere | null {
  const name = file.get(row, c.earned_at).replace(/\s+/g, ' ');
  const flag = file.get(row, c.transfer_flag).toLowerCase();
  let flagged: boolean | undefined;
  if (c.transfer_flag >= 0) {
    flagged = YES.has(flag) ? true : NO.has(flag) ? false : undefined;
    if (flagged === undefined) {
      file.fail(row, c.transfer_flag, issueText('yes_no_words'));
      return null;
    }
    // Taken here, whatever the school name column says.
    if (!flagged) return null;
    if (name === '') {
      const column = c.earned_at >= 0 ? file.header[c.earned_at]! : 'none';
      file.fail(row, c.transfer_flag, issueText('transfer_where', { column }));
      return null;
    }
  }
  if (name === '') return null;
  if (CONTROL.test(name) || name.length > 200) {
    file.fail(row, c.earned_at, issueText('bad_school_name'));
    return null;
  }
  const state = file.get(row, c.earned_at_state).toUpperCase();
  if (state !== '' && !/^[A-Z]{2}$/.test(state))
    file.fail(row, c.earned_at_state, issueText('bad_state'));
  const id = file.get(row, c.earned_at_id);
  if (id !== '' && !/^[0-9A-Za-z-]{1,20}$/.test(id))
    file.fail(row, c.earned_at_id, issueText('bad_institution_id'));
  const kindText = file.get(row, c.transfer_kind);
  const kind = kindText === '' ? 'transfer' : parseTransferKind(kindText);
  if (kind === undefined)
    file.fail(
      row,
      c.transfer_kind,
      issueText('bad_transfer_kind', { kinds: TRANSFER_KINDS.join(', ') }),
    );
  const counts = file.get(row, c.counts_as);
  if (counts !== '' && !/^elective( credit)?$/i.test(counts) && !ID_TEXT.test(counts))
    file.fail(row, c.counts_as, issueText('bad_counts_as'));
  return {
    name,
    state: state === '' ? null : state,
    institutionId: id === '' ? null : id,
    kind: kind ?? 'transfer',
    countsAs: counts === '' ? null : /^elective/i.test(counts) ? 'elective' : counts.toUpperCase(),
    ...(flagged ? { flagged } : {}),
    ...(bareHeaderKey(file.header[c.earned_at] ?? '') === 'schoolname'
      ? { plainSchoolName: true }
      : {}),
  };
}
