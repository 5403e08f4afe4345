/**
 * The writes every student-record import shares, whatever the file format (SIS CSV, Ed-Fi JSON,
 * OneRoster): roster rows into one district, inside the caller's transaction (course attempts:
 * transcript-rows.ts).
 * A problem with a row is reported through `issue`, which knows how the format names a place
 * (file:line:column for CSV, file:line:column and JSON path for JSON).
 */
import type { RosterStudent } from '../../db/roster-repository.ts';
import { saysNoCredential } from '../../domain/records/credential-earned-fact.ts';
import { displayName } from '../../importers/person-name.ts';
import type { RosterRow } from '../../importers/roster-csv.ts';
import type { ImportIssue } from '../../importers/tabular.ts';
import { issueText, type IssueText } from '../../importers/issue-text.ts';
import type { RecordRepos } from './deps.ts';
import { refuseIssues, type ImportCounts } from './run-import.ts';

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

/** Problems in the order of the file: by file, line, then column. */
export const byPlace = (a: ImportIssue, b: ImportIssue) =>
  a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;

/** A roster row; a format without a class-of year gives undefined, which keeps the stored one. */
type StudentInput = Omit<RosterRow, 'graduationYear'> & {
  graduationYear: number | null | undefined;
};

/** What writing roster rows did: the counts, and the rows whose "no credential" was overruled. */
export interface StudentCounts extends ImportCounts {
  /**
   * Lines whose `credential_earned` said N for a student the credentials records show holding a
   * named credential: kept Y (domain/records/credential-earned-fact.ts).
   */
  credentialKept: number[];
}

/** Student counts as an import summary gives them (the first 20 overruled lines). */
export function studentSummary({ credentialKept, ...counts }: StudentCounts) {
  return {
    ...counts,
    ...(credentialKept.length > 0
      ? { credentialKept: { rows: credentialKept.length, lines: credentialKept.slice(0, 20) } }
      : {}),
  };
}

/** Adds new students, updates changed ones, leaves the rest; matched by local id. */
export async function writeStudents<R extends StudentInput>(
  repos: RecordRepos,
  newId: () => string,
  districtId: string,
  source: RowSource<R>,
  onProgress: Progress,
): Promise<StudentCounts> {
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
      givenName: displayName(row.firstName) || null,
      familyName: displayName(row.lastName) || null,
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
      current.givenName !== next.givenName ||
      current.familyName !== next.familyName ||
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
  // leaves what is stored; only students already stored can have changed ones. A "no
  // credential" never erases a credential the records name (the fact stays Y while one is held:
  // db/credential-earned-facts.ts); those rows are reported.
  const holders = await repos.credentials.holders(
    districtId,
    rows.flatMap((row, i) =>
      existing.has(row.localId) && saysNoCredential(row.facts) ? [userIds[i]!] : [],
    ),
  );
  const credentialKept = rows.flatMap((row, i) =>
    holders.has(userIds[i]!) && saysNoCredential(row.facts) ? [row.line] : [],
  );
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
    credentialKept,
  };
}
