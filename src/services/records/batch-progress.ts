/**
 * `wayfinder progress --district ID --out FILE.csv`: every student of a district checked, a page
 * of students at a time (their attempts and exceptions read per page), each row handed on as
 * soon as it is made, so memory stays flat however large the district.
 */
import type { TRequirementSet } from '../../contracts/requirements.ts';
import { checkProgress, type ProgressCheck } from '../../domain/requirements/evaluate.ts';
import type { StudentRow } from '../../db/roster-repository.ts';
import { auditDistrictAction } from './run-import.ts';
import { CLI } from '../accounts/caller.ts';
import type { RecordsDeps } from './deps.ts';
import { toCourseAttempts } from './present-progress.ts';
import { requirementSetFor } from './requirement-sets.ts';

export interface BatchRow {
  student: StudentRow;
  setId: string;
  check: ProgressCheck;
}

export const BATCH_COLUMNS = [
  'student_id',
  'user_id',
  'school_id',
  'grade_level',
  'graduation_year',
  'requirement_set',
  'status',
  'credits_required',
  'credits_earned',
  'credits_in_progress',
  'credits_planned',
  'not_met',
] as const;

export function batchRowValues(row: BatchRow): Array<string | number | null> {
  const { root } = row.check;
  const notMet = root.children
    .filter((c) => c.status !== 'met')
    .map((c) => `${c.id}:${c.status}`)
    .join('; ');
  return [
    row.student.localId,
    row.student.userId,
    row.student.schoolId,
    row.student.grade,
    row.student.graduationYear,
    row.setId,
    row.check.status,
    root.required.credits,
    root.earned,
    root.inProgress,
    root.planned,
    notMet,
  ];
}

export async function* checkDistrict(
  deps: RecordsDeps,
  options: { districtId: string; setId?: string; pageSize?: number },
): AsyncGenerator<BatchRow> {
  const set: TRequirementSet = await requirementSetFor(deps, options.districtId, options.setId);
  const facts = await deps.transcripts.catalogFacts(options.districtId);
  const size = options.pageSize ?? 500;
  let after: string | null = null;
  let checked = 0;
  for (;;) {
    const students = await deps.roster.page(options.districtId, after, size);
    if (students.length === 0) break;
    const ids = students.map((s) => s.userId);
    const [attempts, exceptions] = await Promise.all([
      deps.transcripts.ofStudents(options.districtId, ids),
      deps.requirements.exceptions(options.districtId, ids),
    ]);
    for (const student of students) {
      const mine = exceptions.filter((e) => e.studentId === student.userId && e.setId === set.id);
      const check = checkProgress(
        set,
        toCourseAttempts(attempts.get(student.userId) ?? [], facts),
        mine,
      );
      yield { student, setId: set.id, check };
    }
    checked += students.length;
    after = students[students.length - 1]!.userId;
  }
  await auditDistrictAction(deps, CLI, 'progress.batch', options.districtId, {
    students: checked,
    set: set.id,
  });
}
