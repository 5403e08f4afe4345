/** For tests: the Perkins counts worked out by the pure rules, student by student. */
import {
  countStudents,
  rowKey,
  type CountRow,
  type PerkinsStudent,
} from '../../domain/perkins/aggregate.ts';
import { DIMENSION_NAMES } from '../../domain/perkins/groups.ts';
import { perkinsProfile } from '../../domain/perkins/profiles.ts';
import { perkinsTransferAttempts } from '../../domain/perkins/transfer.ts';
import { scedRows } from '../../domain/perkins/course-map.ts';
import { earnedCourse, type AttemptResult } from '../../domain/requirements/attempts.ts';
import { courseCodeKey } from '../../domain/requirements/course-code-key.ts';
import type { TPerkinsProfile } from '../../contracts/perkins.ts';
import type { Runtime } from '../../runtime.ts';
import { loadCourseMap } from './perkins-report.ts';
import { perkinsStatuses } from './student-statuses.ts';

/** Count rows in one order, for comparing two ways of counting. */
export const sorted = (rows: CountRow[]) =>
  [...rows].sort((a, b) => rowKey(a).localeCompare(rowKey(b)));

/** A profile's rule as the count statement takes it. */
export const rule = (r: TPerkinsProfile['participant']) => ({
  minCourses: r.minCourses,
  minCredits: r.minCredits,
  minAtRank: r.minAtRank?.courses ?? 0,
});

/** The counts of the set-based statement (what the report runs), for a profile and year. */
export async function queryCounts(
  runtime: Runtime,
  profile: TPerkinsProfile,
  year = 2026,
): Promise<CountRow[]> {
  const map = await loadCourseMap(runtime.perkins, profile);
  return runtime.perkins.perkins.counts({
    year,
    courses: map.rows,
    dualCredit: map.dualCredit,
    scedCodes: scedRows(map),
    participant: rule(profile.participant),
    concentrator: rule(profile.concentrator),
    ...(profile.completer ? { completer: rule(profile.completer) } : {}),
    dimensions: DIMENSION_NAMES,
  });
}

/** The pure specification: every enrolled student's statuses, counted one by one. */
export async function specification(
  runtime: Runtime,
  profileName: string | TPerkinsProfile,
  year = 2026,
): Promise<CountRow[]> {
  const profile = typeof profileName === 'string' ? perkinsProfile(profileName)! : profileName;
  const deps = runtime.perkins;
  const map = await loadCourseMap(deps, profile);
  const db = runtime.database.db;
  const students = await db.selectFrom('student').selectAll().execute();
  const facts = await db.selectFrom('student_fact').selectAll().execute();
  const out: PerkinsStudent[] = [];
  for (const s of students) {
    const rows = (await deps.records.transcripts.ofStudents(s.district_id, [s.user_id])).get(
      s.user_id,
    );
    if (!rows?.some((r) => r.schoolYear === year)) continue;
    const transfers = await deps.records.transfers.ofStudent(s.district_id, s.user_id);
    // 5S2 reads the same courses the statuses do: attempts here and transfer credit counted.
    const attempts = [
      ...rows.map((r) => ({
        code: r.courseCode,
        schoolYear: r.schoolYear,
        result: r.result as AttemptResult,
        creditsAttempted: r.creditsAttempted,
        creditsEarned: r.creditsEarned,
      })),
      ...perkinsTransferAttempts(transfers, map.scedCodes.get(s.district_id) ?? new Map()),
    ];
    const mine = facts.filter((f) => f.district_id === s.district_id && f.student_id === s.user_id);
    const yes = (name: string) => mine.some((f) => f.name === name && f.value === 'Y');
    const dual = new Set(
      map.dualCredit.filter((d) => d.districtId === s.district_id).map((d) => d.code),
    );
    out.push({
      districtId: s.district_id,
      schoolId: s.school_id,
      groups: mine
        .filter((f) => (DIMENSION_NAMES as string[]).includes(f.name))
        .map((f) => `${f.name}:${f.value}`),
      statuses: perkinsStatuses(
        profile,
        map,
        { districtId: s.district_id, attempts: rows, transfers },
        year,
      ),
      dualCredit: attempts.some(
        (a) => a.schoolYear <= year && earnedCourse(a) && dual.has(courseCodeKey(a.code)),
      ),
      credential: yes('credential_earned'),
      workBasedLearning: yes('work_based_learning'),
      graduated: yes('graduated'),
    });
  }
  return countStudents(out);
}
