/**
 * A student's home (`/me`): their latest profile and how it moved, its best matches, their saved
 * items, the programs of study their own school and district offer in their top pathways, and
 * what to do next. Guardians and caseload counselors read the same, read-only (audited).
 */
import type { TStudentHome } from '../../contracts/student-interests.ts';
import type { Lang } from '../../domain/framework.ts';
import type { ProfilerForm } from '../../domain/interests/profiler.ts';
import type { InterestProfiler } from './interest-profiler.ts';
import {
  changeOf,
  presentResult,
  programsFor,
  reachStudent,
  savedItemsOf,
  type StudentCall,
  type StudentInterestsDeps,
} from './student-interests.ts';

/** After this long a result is worth retaking: interests move, especially in high school. */
export const RETAKE_AFTER_DAYS = 180;
const TOP_PATHWAYS = 3;

export async function studentHome(
  deps: StudentInterestsDeps & { profiler: InterestProfiler },
  call: StudentCall,
  lang: Lang,
): Promise<TStudentHome> {
  const student = await reachStudent(deps, call, 'interest_result.read', 'home');
  const records = await deps.results.list(student.districtId, student.userId);
  const items = records.map(presentResult);
  const latest = records[0];
  const results = latest
    ? await deps.profiler.results(
        { form: latest.form as ProfilerForm, answers: latest.answers, limit: 10 },
        lang,
      )
    : null;
  const top = results?.pathways.slice(0, TOP_PATHWAYS).map((p) => p.code) ?? [];
  const [saved, programs] = await Promise.all([
    savedItemsOf(deps, student, lang),
    programsFor(deps, student, top, lang),
  ]);
  const ageDays = latest
    ? (deps.accounts.clock().getTime() - latest.takenAt.getTime()) / 86_400_000
    : 0;
  const next: TStudentHome['next'] = [];
  if (!latest) next.push('take_profiler');
  else if (ageDays > RETAKE_AFTER_DAYS) next.push('retake_profiler');
  if (results) next.push('explore_pathways');
  if (saved.length === 0) next.push('save_items');
  next.push('talk_to_counselor');
  return {
    student: {
      id: student.userId,
      name: student.name,
      districtId: student.districtId,
      schoolId: student.schoolId,
    },
    latest: items[0] ?? null,
    change: changeOf(items),
    results,
    saved,
    programs,
    next,
  };
}
