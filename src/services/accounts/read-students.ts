/**
 * Reading student records. Every read by staff (anyone but the student) is written to the audit
 * log; a refused read is logged too. Lists contain only the students the reader may see.
 */
import type { Actor } from '../../domain/auth/policy.ts';
import { byFamilyName, nameCollator } from '../../domain/people/name-order.ts';
import type { TStudent } from '../../contracts/accounts.ts';
import { audit } from './audit.ts';
import { authorize } from './authorize.ts';
import type { AccountsDeps, RequestOrigin } from './deps.ts';
import { presentStudent } from './present.ts';
import { accountRefusal } from '../../domain/auth/account-refusal.ts';

export async function readStudent(
  deps: AccountsDeps,
  actor: Actor,
  options: { studentId: string; origin?: RequestOrigin },
): Promise<TStudent> {
  const student = await deps.students.find(options.studentId);
  if (!student) {
    if (actor.role !== 'state_admin') {
      await authorize(
        deps,
        actor,
        'student.read',
        { type: 'student', id: options.studentId, districtId: null },
        options.origin,
      );
    }
    throw accountRefusal('not_found', 'noStudentId', { id: options.studentId }, 'id');
  }
  const target = {
    type: 'student',
    id: student.userId,
    districtId: student.districtId,
    schoolId: student.schoolId,
    userId: student.userId,
  };
  await authorize(deps, actor, 'student.read', target, options.origin);
  if (actor.userId !== student.userId) {
    await audit(
      deps,
      actor,
      {
        action: 'student.read',
        outcome: 'ok',
        targetType: 'student',
        targetId: student.userId,
        districtId: student.districtId,
      },
      options.origin,
    );
  }
  return presentStudent(student);
}

export async function listStudents(
  deps: AccountsDeps,
  actor: Actor,
  options: { origin?: RequestOrigin } = {},
): Promise<TStudent[]> {
  const district = actor.districtId ?? undefined;
  const rows = await (async () => {
    switch (actor.role) {
      case 'state_admin':
        return deps.students.list({});
      case 'district_admin':
        return district ? deps.students.list({ districtId: district }) : [];
      case 'teacher':
      case 'school_admin':
        return district ? deps.students.list({ districtId: district, schoolId: actor.orgId }) : [];
      case 'counselor':
        return district
          ? deps.students.list({ districtId: district, userIds: actor.caseloadIds })
          : [];
      case 'guardian':
        return district
          ? deps.students.list({ districtId: district, userIds: actor.childIds })
          : [];
      default:
        return [];
    }
  })();
  await audit(
    deps,
    actor,
    {
      action: 'student.list',
      outcome: 'ok',
      targetType: 'students',
      targetId: null,
      detail: { count: rows.length },
    },
    options.origin,
  );
  // Family name first, as a school roster reads (the database's own collation differs by engine).
  const order = byFamilyName(nameCollator('en'));
  return [...rows]
    .sort((a, b) => order(a, b) || (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0))
    .map(presentStudent);
}
