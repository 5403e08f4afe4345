/** The rows of an import that name a student the district does not have, as problems. */
import { issueText } from '../../importers/issue-text.ts';
import type { ImportIssue } from '../../importers/tabular.ts';
import type { RecordRepos } from './deps.ts';
import type { RowSource } from './record-rows.ts';

/**
 * Problems for rows naming a student the district does not have; an all-digit id that may have
 * lost its leading zeros in a spreadsheet names the roster's id.
 */
export async function missingStudentIssues<R extends { localId: string }>(
  repos: RecordRepos,
  districtId: string,
  source: RowSource<R>,
  students: ReadonlyMap<string, unknown>,
): Promise<ImportIssue[]> {
  const missing = source.rows.filter((row) => !students.has(row.localId));
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
  return issues;
}
