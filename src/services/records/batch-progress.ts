/**
 * `wayfinder progress --district ID --out FILE.csv`: every student of a district checked, a page
 * of students at a time (their attempts and exceptions read per page), each row handed on as
 * soon as it is made, so memory stays flat however large the district.
 */
import type { TRequirementSet } from '../../contracts/requirements.ts';
import { checkProgress, type ProgressCheck } from '../../domain/requirements/evaluate.ts';
import type { ExceptionRecord } from '../../db/requirement-repository.ts';
import type { StudentRow } from '../../db/roster-repository.ts';
import type { AttemptRow } from '../../db/transcript-repository.ts';
import type { TransferCredit } from '../../domain/requirements/transfer.ts';
import { auditDistrictAction } from './run-import.ts';
import { CLI } from '../accounts/caller.ts';
import type { RecordsDeps } from './deps.ts';
import { recordAttempts } from './present-progress.ts';
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
  /** What the credits_ columns count: credits, or years for a set such as UC a-g. */
  'unit',
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
    root.required.unit,
  ];
}

interface Page {
  students: StudentRow[];
  attempts: AttemptRow[];
  transfers: TransferCredit[];
  exceptions: ExceptionRecord[];
}

/**
 * Every student of a district checked, streamed: a page of students (keyset on the user id), then
 * that page's attempts as one key range ordered by student and its exceptions; each student's
 * row is made and handed on, and the page dropped. The next page is read while this one is
 * checked. The requirement set and the catalog facts are read once.
 */
export async function* checkDistrict(
  deps: RecordsDeps,
  options: { districtId: string; setId?: string; pageSize?: number },
): AsyncGenerator<BatchRow> {
  const { districtId } = options;
  const set: TRequirementSet = await requirementSetFor(deps, districtId, options.setId);
  const facts = await deps.transcripts.catalogFacts(districtId);
  const size = options.pageSize ?? 1_000;
  const load = async (after: string | null): Promise<Page | undefined> => {
    const students = await deps.roster.page(districtId, after, size);
    if (students.length === 0) return undefined;
    const first = students[0]!.userId;
    const last = students[students.length - 1]!.userId;
    const [attempts, transfers, exceptions] = await Promise.all([
      deps.transcripts.inStudentRange(districtId, first, last),
      deps.transfers.inStudentRange(districtId, first, last),
      deps.requirements.exceptionsInRange(districtId, first, last),
    ]);
    return { students, attempts, transfers, exceptions };
  };
  let checked = 0;
  let next = load(null);
  for (;;) {
    const page = await next;
    if (!page) break;
    next = load(page.students[page.students.length - 1]!.userId);
    // Not awaited when the caller stops early: its failure then must not go unhandled.
    next.catch(() => undefined);
    const exceptions = groupBy(
      page.exceptions.filter((e) => e.setId === set.id),
      (e) => e.studentId,
    );
    const attempts = groupBy(page.attempts, (a) => a.studentId);
    const transfers = groupBy(page.transfers, (t) => t.studentId);
    for (const student of page.students) {
      const mine = recordAttempts(
        attempts.get(student.userId) ?? [],
        transfers.get(student.userId) ?? [],
        facts,
      );
      const check = checkProgress(set, mine, exceptions.get(student.userId) ?? []);
      yield { student, setId: set.id, check };
    }
    checked += page.students.length;
  }
  await auditDistrictAction(deps, CLI, 'progress.batch', districtId, {
    students: checked,
    set: set.id,
  });
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
