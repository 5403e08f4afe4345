/**
 * `GET /api/v1/students/{id}/progress` and `wayfinder progress STUDENT_ID`: a student's record
 * against their district's requirement set (or another, by id), with the counselor's exceptions;
 * what-if adds the same check against a second set, side by side, and saves nothing. The student,
 * their guardians, their counselor and admins may look; every look by staff is audited.
 */
import type { TStudentProgress } from '../../contracts/progress.ts';
import type { Actor } from '../../domain/auth/policy.ts';
import type { Action } from '../../domain/auth/policy.ts';
import { notFound } from '../../domain/errors.ts';
import type { Lang } from '../../domain/framework.ts';
import { checkProgress } from '../../domain/requirements/evaluate.ts';
import type { StudentRow } from '../../db/roster-repository.ts';
import { audit } from '../accounts/audit.ts';
import { authorize } from '../accounts/authorize.ts';
import type { Caller } from '../accounts/caller.ts';
import type { RecordsDeps } from './deps.ts';
import { presentCheck, recordAttempts } from './present-progress.ts';
import { presentTransfer } from './transfer-credit.ts';
import { presentCreditOfEarned } from './credential-credit-earned.ts';
import { plannedAttempts } from '../plans/planned-attempts.ts';
import { programSet, requirementSetFor } from './requirement-sets.ts';

/** Finds the student and applies the policy; a missing student is a 404 only to whom may know. */
export async function reachStudent(
  deps: RecordsDeps,
  caller: Caller,
  studentId: string,
  action: Action,
): Promise<StudentRow> {
  const student = await deps.roster.find(studentId);
  const actor: Actor | null = 'cli' in caller ? null : caller.actor;
  const origin = 'cli' in caller ? undefined : caller.origin;
  if (!student) {
    if (actor && actor.role !== 'state_admin')
      await authorize(
        deps,
        actor,
        action,
        { type: 'student', id: studentId, districtId: null },
        origin,
      );
    throw notFound(`No student has the id ${studentId}.`, 'id');
  }
  if (actor)
    await authorize(
      deps,
      actor,
      action,
      {
        type: 'student',
        id: student.userId,
        districtId: student.districtId,
        schoolId: student.schoolId,
        userId: student.userId,
      },
      origin,
    );
  return student;
}

export async function studentProgress(
  deps: RecordsDeps,
  caller: Caller,
  options: { studentId: string; lang: Lang; setId?: string; whatIf?: string },
): Promise<TStudentProgress> {
  const student = await reachStudent(deps, caller, options.studentId, 'progress.read');
  const set = await requirementSetFor(deps, student.districtId, options.setId);
  const other = options.whatIf
    ? await requirementSetFor(deps, student.districtId, options.whatIf, 'whatIf')
    : undefined;
  const [rows, transfers, facts, exceptions] = await Promise.all([
    deps.transcripts.ofStudent(student.districtId, student.userId),
    deps.transfers.ofStudent(student.districtId, student.userId),
    deps.transcripts.catalogFacts(student.districtId),
    deps.requirements.exceptions(student.districtId, [student.userId]),
  ]);
  const taken = recordAttempts(rows, transfers, facts);
  const attempts = [...taken, ...(await plannedAttempts(deps, student, taken, deps.clock()))];
  const forSet = (setId: string) => exceptions.filter((e) => e.setId === setId);
  const check = checkProgress(set, attempts, forSet(set.id));
  const whatIf = other ? checkProgress(other, attempts, forSet(other.id)) : undefined;
  const planHead = await deps.plans.head(student.districtId, student.userId);
  const planVersion = planHead
    ? (await deps.plans.versions(student.districtId, student.userId)).find(
        (v) => v.version === planHead.currentVersion,
      )
    : undefined;
  // A plan whose program is no longer approved simply has no second requirement to show.
  const ofProgram = planVersion?.body.programId
    ? await programSet(deps, planVersion.body.programId, 'program').catch(() => undefined)
    : undefined;
  const programCheck = ofProgram ? checkProgress(ofProgram, attempts, []) : undefined;
  const actor = 'cli' in caller ? null : caller.actor;
  if (actor?.userId !== student.userId)
    await audit(
      deps,
      actor,
      {
        action: 'progress.read',
        outcome: 'ok',
        targetType: 'student',
        targetId: student.userId,
        districtId: student.districtId,
        detail: {
          set: set.id,
          ...(other ? { whatIf: other.id } : {}),
          ...('cli' in caller ? { via: 'cli' } : {}),
        },
      },
      'cli' in caller ? undefined : caller.origin,
    );
  return {
    student: {
      id: student.userId,
      districtId: student.districtId,
      schoolId: student.schoolId,
      name: student.name,
      grade: student.grade,
    },
    check: presentCheck(check, attempts, options.lang),
    program: programCheck ? presentCheck(programCheck, attempts, options.lang) : null,
    whatIf: whatIf ? presentCheck(whatIf, attempts, options.lang) : null,
    transfers: transfers.map(presentTransfer),
    credentialCredit: await presentCreditOfEarned(deps, student, options.lang),
    planVersion: planHead?.currentVersion ?? null,
  };
}
