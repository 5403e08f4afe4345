/**
 * `wayfinder import students` and its API twin: a roster CSV into one district. A student is
 * matched by their local (SIS) id in the district: new ones are added, changed ones updated, the
 * rest left alone, so the same file imported twice changes nothing the second time.
 */
import type { TImportSummary } from '../../contracts/records.ts';
import type { RosterStudent } from '../../db/roster-repository.ts';
import type { SourceFile } from '../../importers/import-plan.ts';
import { parseRosterCsv } from '../../importers/roster-csv.ts';
import type { ImportIssue } from '../../importers/tabular.ts';
import type { Caller } from '../accounts/caller.ts';
import type { RecordsDeps } from './deps.ts';
import {
  auditDistrictAction,
  authorizeImport,
  refuseIssues,
  writeAll,
  type ImportOptions,
} from './run-import.ts';

export async function importStudents(
  deps: RecordsDeps,
  caller: Caller,
  file: SourceFile,
  options: ImportOptions,
): Promise<TImportSummary> {
  const { districtId } = options;
  const { schools } = await authorizeImport(deps, caller, districtId);
  const parsed = parseRosterCsv(file);
  refuseIssues(parsed.issues);
  const issues: ImportIssue[] = [];
  const fail = (line: number, column: string, message: string) =>
    issues.push({
      file: file.name,
      line,
      column: parsed.columns[column]!,
      columnName: column,
      message,
    });
  for (const row of parsed.rows)
    if (!schools.has(row.schoolId))
      fail(row.line, 'school_id', `no school ${row.schoolId} in the district ${districtId}`);
  refuseIssues(issues);

  const total = parsed.rows.length;
  const counts = await writeAll(deps, options.dryRun ?? false, async (repos) => {
    const existing = await repos.roster.byLocalIds(
      districtId,
      parsed.rows.map((r) => r.localId),
    );
    const owners = await repos.roster.usersByEmail(parsed.rows.map((r) => r.email));
    const fresh: RosterStudent[] = [];
    const changed: RosterStudent[] = [];
    const userIds: string[] = [];
    for (const row of parsed.rows) {
      const current = existing.get(row.localId);
      const owner = owners.get(row.email);
      if (owner !== undefined && owner !== current?.userId)
        fail(row.line, 'email', 'belongs to another account');
      const next: RosterStudent = {
        userId: current?.userId ?? deps.newId(),
        localId: row.localId,
        schoolId: row.schoolId,
        name: `${row.firstName} ${row.lastName}`,
        email: row.email,
        grade: row.grade,
        graduationYear: row.graduationYear,
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
    refuseIssues(issues.sort((a, b) => a.line - b.line));
    await repos.roster.insertStudents(districtId, fresh);
    options.onProgress?.(fresh.length, total);
    for (const [i, student] of changed.entries()) {
      await repos.roster.updateStudent(districtId, student);
      if (i % 200 === 0) options.onProgress?.(fresh.length + i, total);
    }
    // Optional group and outcome columns: only students already stored can have changed ones.
    const factsChanged = await repos.roster.replaceFacts(
      districtId,
      parsed.rows.map((row, i) => ({ studentId: userIds[i]!, facts: row.facts })),
    );
    const touched = new Set([...fresh, ...changed].map((s) => s.userId));
    const updated = changed.length + [...factsChanged].filter((id) => !touched.has(id)).length;
    options.onProgress?.(total, total);
    return {
      inserted: fresh.length,
      updated,
      unchanged: total - fresh.length - updated,
    };
  });
  const summary: TImportSummary = {
    kind: 'students',
    districtId,
    file: file.name,
    dryRun: options.dryRun ?? false,
    rowsRead: total,
    ...counts,
    unknownCourses: [],
  };
  if (!summary.dryRun)
    await auditDistrictAction(deps, caller, 'records.import_students', districtId, {
      rows: total,
      ...counts,
    });
  return summary;
}
