/**
 * Credit earned outside the district, recorded by the student's counselor or a district admin
 * (policy `transfer.write`; a student or guardian never): add one, remove one, list a student's.
 * Authorized here against the student's district and caseload; every change is audited (ids and
 * kinds only, never the course or the grade).
 */
import type {
  TTransferCreate,
  TTransferCredit,
  TTransferCreateParsed,
} from '../../contracts/transfer.ts';
import { ZTransferCreate } from '../../contracts/transfer.ts';
import { conflict, invalid, notFound } from '../../domain/errors.ts';
import { canonicalTerm } from '../../domain/requirements/terms.ts';
import { courseCodeKey } from '../../domain/requirements/course-code-key.ts';
import { flagsText, type CourseFlag } from '../../domain/requirements/course-flags.ts';
import {
  TRANSFER_KEY_PREFIX,
  type CountsAs,
  type TransferCredit,
} from '../../domain/requirements/transfer.ts';
import { audit } from '../accounts/audit.ts';
import type { Caller } from '../accounts/caller.ts';
import type { RecordsDeps } from './deps.ts';
import { reachStudent } from './student-progress.ts';

export function presentTransfer(credit: TransferCredit): TTransferCredit {
  return {
    id: credit.id,
    studentId: credit.studentId,
    districtId: credit.districtId,
    kind: credit.kind,
    earnedAt: credit.earnedAt,
    course: credit.course,
    flags: credit.flags === null ? [] : (credit.flags.split(',') as CourseFlag[]),
    schoolYear: credit.schoolYear,
    term: credit.term,
    creditsAttempted: credit.creditsAttempted,
    creditsEarned: credit.creditsEarned,
    grade: credit.grade,
    result: credit.result,
    countsAs: credit.countsAs,
    attemptKey: `${TRANSFER_KEY_PREFIX}${credit.id}`,
    createdBy: credit.createdBy,
    createdAt: credit.createdAt.toISOString(),
  };
}

/**
 * The stored form of a request, checked: the course it stands for must be one of the district
 * catalog's, compared by course-code key ("ENGL-101" is the catalog's "ENGL 101") and stored as
 * the catalog writes it; a course under way must say the credits it carries.
 */
export function transferFrom(
  input: TTransferCreateParsed,
  ids: { id: string; districtId: string; studentId: string; createdBy: string | null; at: Date },
  catalog: ReadonlyMap<string, string | null>,
): TransferCredit {
  let countsAs: CountsAs = input.countsAs;
  if (countsAs.kind === 'course') {
    const wanted = courseCodeKey(countsAs.code);
    const code = [...catalog.keys()].find((c) => courseCodeKey(c) === wanted);
    if (code === undefined)
      throw invalid(
        `The district catalog has no course ${countsAs.code}: count it by SCED code or as an elective.`,
        'countsAs.code',
      );
    countsAs = { kind: 'course', code };
  }
  if (input.creditsAttempted === undefined && input.result === 'in_progress')
    throw invalid('A course under way needs the credits it carries.', 'creditsAttempted');
  const attempted = input.creditsAttempted ?? (input.result === 'pass' ? input.creditsEarned : 0);
  return {
    id: ids.id,
    districtId: ids.districtId,
    studentId: ids.studentId,
    kind: input.kind,
    earnedAt: {
      name: input.earnedAt.name,
      state: input.earnedAt.state ?? null,
      institutionId: input.earnedAt.institutionId ?? null,
    },
    course: {
      title: input.course.title,
      code: input.course.code ?? null,
      scedCode: input.course.scedCode ?? null,
    },
    flags: flagsText(input.flags),
    schoolYear: input.schoolYear,
    term: canonicalTerm(input.term),
    creditsAttempted: attempted,
    creditsEarned: input.creditsEarned,
    grade: input.grade?.toUpperCase() ?? null,
    result: input.result,
    countsAs,
    createdBy: ids.createdBy,
    createdAt: ids.at,
  };
}

export async function addTransferCredit(
  deps: RecordsDeps,
  caller: Caller,
  options: { studentId: string; input: TTransferCreate },
): Promise<TTransferCredit> {
  const student = await reachStudent(deps, caller, options.studentId, 'transfer.write');
  const parsed = ZTransferCreate.safeParse(options.input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw invalid(issue.message, issue.path.join('.'));
  }
  const actor = 'cli' in caller ? null : caller.actor;
  const catalog = await deps.transcripts.catalogCodes(student.districtId);
  const credit = transferFrom(
    parsed.data,
    {
      id: deps.newId(),
      districtId: student.districtId,
      studentId: student.userId,
      createdBy: actor?.userId ?? null,
      at: deps.clock(),
    },
    catalog,
  );
  await deps.transaction(async (repos) => {
    if (!(await repos.transfers.insert(credit)))
      throw conflict(
        'The record already has this course from this school in this term.',
        'course.code',
      );
    await audit(
      { audit: repos.audit, clock: deps.clock },
      actor,
      {
        action: 'transfer.add',
        outcome: 'ok',
        targetType: 'student',
        targetId: student.userId,
        districtId: student.districtId,
        detail: { credit: credit.id, kind: credit.kind, countsAs: credit.countsAs.kind },
      },
      'cli' in caller ? undefined : caller.origin,
    );
  });
  return presentTransfer(credit);
}

export async function removeTransferCredit(
  deps: RecordsDeps,
  caller: Caller,
  options: { studentId: string; creditId: string },
): Promise<void> {
  const student = await reachStudent(deps, caller, options.studentId, 'transfer.write');
  const actor = 'cli' in caller ? null : caller.actor;
  await deps.transaction(async (repos) => {
    if (!(await repos.transfers.remove(student.districtId, student.userId, options.creditId)))
      throw notFound(`The student has no transfer credit ${options.creditId}.`, 'creditId');
    await audit(
      { audit: repos.audit, clock: deps.clock },
      actor,
      {
        action: 'transfer.remove',
        outcome: 'ok',
        targetType: 'student',
        targetId: student.userId,
        districtId: student.districtId,
        detail: { credit: options.creditId },
      },
      'cli' in caller ? undefined : caller.origin,
    );
  });
}
