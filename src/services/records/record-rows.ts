/**
 * The writes every student-record import shares, whatever the file format (SIS CSV, Ed-Fi JSON,
 * OneRoster): roster rows and course attempts into one district, inside the caller's transaction.
 * A problem with a row is reported through `issue`, which knows how the format names a place
 * (file:line:column for CSV, file:line:column and JSON path for JSON).
 */
import type { AttemptBatch, WriteCounts } from '../../db/attempt-batch.ts';
import { encodeAttempts } from '../../db/attempt-batch.ts';
import { UPSERT_BATCH, type AttemptRow } from '../../db/transcript-repository.ts';
import { chunks } from '../../db/roster-repository.ts';
import type { RosterStudent } from '../../db/roster-repository.ts';
import { displayName } from '../../importers/person-name.ts';
import type { RosterRow } from '../../importers/roster-csv.ts';
import type { ImportIssue } from '../../importers/tabular.ts';
import { issueText, type IssueText } from '../../importers/issue-text.ts';
import type { TranscriptRow } from '../../importers/transcript-csv.ts';
import type { RecordRepos } from './deps.ts';
import { refuseIssues, type ImportCounts } from './run-import.ts';
import { catalogResolver } from './catalog-resolver.ts';

/** Rows of one format with a way to name a field of a row in a problem. */
export interface RowSource<R> {
  rows: R[];
  /** `field` is the CSV column name (student_id, school_id, email, …); formats map it. */
  issue: (row: R, field: string, message: string | IssueText) => ImportIssue;
  /**
   * True when the format already refused any attempt repeated (same student, school, year, term
   * and course), as the transcript CSV does; otherwise the writes check for themselves.
   */
  uniqueAttempts?: boolean;
}

export type Progress = ((done: number, total: number) => void) | undefined;

/** A hint for transcript rows whose school is outside the district (transfer credit). */
export const TRANSFER_HINT = { hint: 'transfer', path: '/api/v1/students/{id}/transfer-credits' };

/** Problems for rows naming a school that is not one of the district's. */
export function schoolIssues<R extends { schoolId: string }>(
  source: RowSource<R>,
  schools: Set<string>,
  districtId: string,
  hint?: typeof TRANSFER_HINT,
): ImportIssue[] {
  return source.rows
    .filter((row) => !schools.has(row.schoolId))
    .map((row) =>
      source.issue(
        row,
        'school_id',
        issueText('no_school', {
          school: row.schoolId,
          district: districtId,
          ...(hint ?? { hint: 'none', path: '' }),
        }),
      ),
    );
}

const byPlace = (a: ImportIssue, b: ImportIssue) =>
  a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;

/** Adds new students, updates changed ones, leaves the rest; matched by local id. */
/** A roster row; a format without a class-of year gives undefined, which keeps the stored one. */
type StudentInput = Omit<RosterRow, 'graduationYear'> & {
  graduationYear: number | null | undefined;
};

export async function writeStudents<R extends StudentInput>(
  repos: RecordRepos,
  newId: () => string,
  districtId: string,
  source: RowSource<R>,
  onProgress: Progress,
): Promise<ImportCounts> {
  const { rows } = source;
  const existing = await repos.roster.byLocalIds(
    districtId,
    rows.map((r) => r.localId),
  );
  const owners = await repos.roster.usersByEmail(rows.map((r) => r.email));
  const issues: ImportIssue[] = [];
  const fresh: RosterStudent[] = [];
  const changed: RosterStudent[] = [];
  const userIds: string[] = [];
  for (const row of rows) {
    const current = existing.get(row.localId);
    const owner = owners.get(row.email);
    if (owner !== undefined && owner !== current?.userId)
      issues.push(source.issue(row, 'email', 'belongs to another account'));
    const next: RosterStudent = {
      userId: current?.userId ?? newId(),
      localId: row.localId,
      schoolId: row.schoolId,
      name: displayName(row.firstName, row.lastName),
      email: row.email,
      grade: row.grade,
      graduationYear:
        row.graduationYear === undefined ? (current?.graduationYear ?? null) : row.graduationYear,
    };
    userIds.push(next.userId);
    if (!current) fresh.push(next);
    else if (
      current.schoolId !== next.schoolId ||
      current.name !== next.name ||
      current.email !== next.email ||
      current.grade !== next.grade ||
      current.graduationYear !== next.graduationYear
    )
      changed.push(next);
  }
  refuseIssues(issues.sort(byPlace));
  const total = rows.length;
  await repos.roster.insertStudents(districtId, fresh);
  onProgress?.(fresh.length, total);
  for (const [i, student] of changed.entries()) {
    await repos.roster.updateStudent(districtId, student);
    if (i % 200 === 0) onProgress?.(fresh.length + i, total);
  }
  // Optional group and outcome columns (only the SIS CSV has them): a row that names none
  // leaves what is stored; only students already stored can have changed ones.
  const factsChanged = await repos.roster.replaceFacts(
    districtId,
    rows.map((row, i) => ({ studentId: userIds[i]!, facts: row.facts })),
  );
  const touched = new Set([...fresh, ...changed].map((s) => s.userId));
  const updated = changed.length + [...factsChanged].filter((id) => !touched.has(id)).length;
  onProgress?.(total, total);
  return {
    inserted: fresh.length,
    updated,
    unchanged: total - fresh.length - updated,
  };
}

export interface UnknownCourse {
  code: string;
  title: string;
  rows: number;
}

export interface TranscriptCounts extends ImportCounts {
  unknownCourses: UnknownCourse[];
}

/**
 * Upserts course attempts; every row must name a student of the district (looked up in the same
 * transaction, so students imported just before count). Unknown course codes are kept and listed.
 */
export async function writeTranscripts<R extends TranscriptRow>(
  repos: RecordRepos,
  districtId: string,
  source: RowSource<R>,
  onProgress: Progress,
): Promise<TranscriptCounts> {
  const students = await repos.roster.byLocalIds(districtId, [
    ...new Set(source.rows.map((r) => r.localId)),
  ]);
  const missing = source.rows.filter((row) => !students.has(row.localId));
  // An all-digit id may have lost its leading zeros in a spreadsheet: name the roster's id.
  const zeroless = [
    ...new Set(missing.map((r) => r.localId).filter((id) => /^[1-9]\d*$/.test(id))),
  ];
  const padded =
    zeroless.length > 0
      ? await repos.roster.withLeadingZeros(districtId, zeroless)
      : new Map<string, string[]>();
  const issues = missing.map((row) => {
    const meant = padded.get(row.localId);
    return source.issue(
      row,
      'student_id',
      issueText('no_student', {
        student: row.localId,
        district: districtId,
        roster: meant ? meant.join(', ') : 'none',
      }),
    );
  });
  refuseIssues(issues);
  const known = await repos.transcripts.catalogCodes(districtId);
  const resolve = catalogResolver(known);
  const unknown = new Map<string, { title: string; rows: number }>();
  const codes = source.rows.map((row) => resolve(row.courseCode) ?? row.courseCode);
  source.rows.forEach((row, i) => {
    const code = codes[i]!;
    if (known.has(code)) return;
    const entry = unknown.get(code) ?? { title: row.courseTitle, rows: 0 };
    entry.rows += 1;
    unknown.set(code, entry);
  });
  // Two spellings of one catalog code ("2052" and "02052") may now name the same attempt.
  const first = new Map<string, R>();
  const repeats: ImportIssue[] = [];
  const renamed = codes.some((code, i) => code !== source.rows[i]!.courseCode);
  source.rows.forEach((row, i) => {
    if (!renamed) return;
    const key = [row.localId, row.schoolId, row.schoolYear, row.term, codes[i]].join('\u0000');
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, row);
      return;
    }
    const place = source.issue(earlier, 'course_code', '');
    repeats.push(
      source.issue(
        row,
        'course_code',
        issueText('repeats_catalog_attempt', {
          place: `${place.file}:${place.line}`,
          code: earlier.courseCode,
          other: row.courseCode,
          catalog: codes[i]!,
        }),
      ),
    );
  });
  refuseIssues(repeats.sort(byPlace));
  const rows: AttemptRow[] = source.rows.map((r, i) => ({
    districtId,
    studentId: students.get(r.localId)!.userId,
    schoolId: r.schoolId,
    schoolYear: r.schoolYear,
    term: r.term,
    courseCode: codes[i]!,
    courseTitle: r.courseTitle,
    // A row without a SCED code takes the catalog course's, so subject-area requirements see it.
    scedCode: r.scedCode ?? known.get(codes[i]!) ?? null,
    creditsAttempted: r.creditsAttempted,
    creditsEarned: r.creditsEarned,
    letterGrade: r.letterGrade,
    result: r.result,
    courseFlags: r.courseFlags ?? null,
  }));
  const total = rows.length;
  const { inserted, updated } = await writeAttempts(
    repos,
    districtId,
    rows,
    source.uniqueAttempts ?? false,
    (done) => onProgress?.(done, total),
  );
  return {
    inserted,
    updated,
    unchanged: total - inserted - updated,
    unknownCourses: [...unknown]
      .map(([code, v]) => ({ code, title: v.title, rows: v.rows }))
      .sort((a, b) => b.rows - a.rows || a.code.localeCompare(b.code)),
  };
}

const attemptKey = (r: AttemptRow) =>
  `${r.studentId}\u0000${r.schoolId}\u0000${r.schoolYear}\u0000${r.term}\u0000${r.courseCode}`;

/**
 * Writes the attempts in batches. Attempts of students with nothing stored yet are inserted
 * without the conflict check, when no key repeats among them (the transcript CSV refuses
 * repeats; for other formats the keys are checked here); the rest are upserted. Each batch is encoded while the database writes the
 * one before (on PostgreSQL the server is another process, so the two overlap), one statement
 * in flight at a time.
 */
async function writeAttempts(
  repos: RecordRepos,
  districtId: string,
  rows: readonly AttemptRow[],
  unique: boolean,
  onDone: (done: number) => void,
): Promise<WriteCounts> {
  const stored = await repos.transcripts.studentsWithAttempts(districtId, [
    ...new Set(rows.map((r) => r.studentId)),
  ]);
  const fresh = rows.filter((r) => !stored.has(r.studentId));
  const insertable = unique || new Set(fresh.map(attemptKey)).size === fresh.length;
  const jobs: Array<{ rows: AttemptRow[]; insert: boolean }> = [
    ...chunks(insertable ? fresh : rows, UPSERT_BATCH).map((part) => ({
      rows: part,
      insert: insertable,
    })),
    ...(insertable
      ? chunks(
          rows.filter((r) => stored.has(r.studentId)),
          UPSERT_BATCH,
        ).map((part) => ({ rows: part, insert: false }))
      : []),
  ];
  const counts: WriteCounts = { inserted: 0, updated: 0 };
  let done = 0;
  let pending: { size: number; result: Promise<WriteCounts> } | undefined;
  const settle = async () => {
    if (!pending) return;
    const { inserted, updated } = await pending.result;
    counts.inserted += inserted;
    counts.updated += updated;
    done += pending.size;
    pending = undefined;
    onDone(done);
  };
  for (const job of jobs) {
    const batch: AttemptBatch = encodeAttempts(job.rows);
    await settle();
    const result = job.insert
      ? repos.transcripts.insertBatch(batch)
      : repos.transcripts.upsertBatch(batch);
    // Awaited in settle(); marked handled now so a failure while the next batch is encoded is
    // not reported as unhandled.
    result.catch(() => undefined);
    pending = { size: batch.size, result };
    // Lets the statement go out before the next batch is encoded.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await settle();
  return counts;
}
