/** Links a guardian to their own child, and a student to a counselor's caseload, in one district. */
import { auditCaller, authorizeCaller, type Caller } from './caller.ts';
import type { AccountsDeps } from './deps.ts';
import { counselorSchoolIds } from './counselor-schools.ts';
import { accountRefusal } from '../../domain/auth/account-refusal.ts';

async function pair(
  deps: AccountsDeps,
  studentEmail: string,
  otherEmail: string,
  role: 'guardian' | 'counselor',
) {
  const studentUser = await deps.users.findByEmail(studentEmail);
  const student = studentUser && (await deps.students.find(studentUser.id));
  if (!student)
    throw accountRefusal('not_found', 'noStudentEmail', { email: studentEmail }, 'student');
  const other = await deps.users.findByEmail(otherEmail);
  if (!other || other.role !== role)
    throw accountRefusal('not_found', 'noRoleEmail', { role, email: otherEmail }, role);
  if (other.districtId !== student.districtId)
    throw accountRefusal('invalid', 'sameDistrict', { role }, role);
  if (role === 'counselor' && !(await counselorSchoolIds(deps, other)).has(student.schoolId))
    throw accountRefusal('invalid', 'counselorSchool', {}, role);
  return { student, other };
}

export async function linkGuardian(
  deps: AccountsDeps,
  caller: Caller,
  options: { student: string; guardian: string },
): Promise<void> {
  const { student, other } = await pair(deps, options.student, options.guardian, 'guardian');
  await authorizeCaller(deps, caller, 'user.write', {
    type: 'student',
    id: student.userId,
    districtId: student.districtId,
  });
  await deps.students.linkGuardian(student.districtId, student.userId, other.id);
  await auditCaller(deps, caller, {
    action: 'student.link_guardian',
    targetType: 'student',
    targetId: student.userId,
    districtId: student.districtId,
    detail: { guardianId: other.id },
  });
}

export async function assignCaseload(
  deps: AccountsDeps,
  caller: Caller,
  options: { student: string; counselor: string },
): Promise<void> {
  const { student, other } = await pair(deps, options.student, options.counselor, 'counselor');
  await authorizeCaller(deps, caller, 'user.write', {
    type: 'student',
    id: student.userId,
    districtId: student.districtId,
  });
  await deps.students.addToCaseload(student.districtId, other.id, student.userId);
  await auditCaller(deps, caller, {
    action: 'student.assign_caseload',
    targetType: 'student',
    targetId: student.userId,
    districtId: student.districtId,
    detail: { counselorId: other.id },
  });
}
