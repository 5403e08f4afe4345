/**
 * The links page's reads (`GET /districts/{id}/students/{studentId}/links` and
 * `GET /districts/{id}/link-students?q=`): a student's guardians and caseload counselors, and the
 * district's students found by part of their name or local id. Authorized by `records.link_read`
 * on the district (its admin, or the state's: the roles that may end a link, with a permission of
 * their own so that reading can be granted without removing); another district's student is "no
 * such student".
 * Every read is audited with ids only (never the words searched for: they may be a name).
 */
import {
  LINK_STUDENT_SEARCH_LIMIT,
  type TLinkStudentResults,
  type TStudentLinks,
} from '../../contracts/links.ts';
import { findUnstorable } from '../../contracts/unstorable-text.ts';
import { linkProblem } from '../../domain/records/link-removal.ts';
import { badStudentSearch } from '../../domain/records/student-search.ts';
import { unknownDistrict } from '../../domain/records/unknown-district.ts';
import { auditCaller, authorizeCaller, type Caller } from '../accounts/caller.ts';
import type { RecordsDeps } from './deps.ts';
import { findDistrictStudent } from './district-student.ts';

async function authorizeDistrict(deps: RecordsDeps, caller: Caller, districtId: string) {
  await authorizeCaller(deps, caller, 'records.link_read', {
    type: 'district',
    id: districtId,
    districtId,
  });
  if (findUnstorable(districtId) || !(await deps.roster.district(districtId)))
    throw unknownDistrict(districtId);
}

export async function readStudentLinks(
  deps: RecordsDeps,
  caller: Caller,
  options: { districtId: string; student: string },
): Promise<TStudentLinks> {
  const { districtId } = options;
  await authorizeDistrict(deps, caller, districtId);
  if (findUnstorable(options.student) || options.student.trim() === '')
    throw linkProblem('invalid', 'unstorable', 'studentId', {});
  const found = await findDistrictStudent(deps, districtId, options.student);
  const student = await deps.roster.find(found.userId);
  const { guardians, counselors } = await deps.studentLinks.adultsOf(districtId, found.userId);
  await auditCaller(deps, caller, {
    action: 'records.links_read',
    targetType: 'student',
    targetId: found.userId,
    districtId,
    detail: {
      guardians: guardians.map((g) => g.id),
      counselors: counselors.map((c) => c.id),
    },
  });
  return {
    districtId,
    student: { id: found.userId, localId: found.localId, name: student?.name ?? '' },
    guardians,
    counselors,
  };
}

export async function searchLinkStudents(
  deps: RecordsDeps,
  caller: Caller,
  options: { districtId: string; q: string },
): Promise<TLinkStudentResults> {
  const { districtId } = options;
  await authorizeDistrict(deps, caller, districtId);
  const q = options.q.trim();
  if (q === '' || q.length > 100 || findUnstorable(q)) throw badStudentSearch();
  const rows = await deps.studentLinks.search(districtId, q, LINK_STUDENT_SEARCH_LIMIT + 1);
  const items = rows.slice(0, LINK_STUDENT_SEARCH_LIMIT);
  await auditCaller(deps, caller, {
    action: 'records.link_students_search',
    targetType: 'district',
    targetId: districtId,
    districtId,
    detail: { students: items.map((s) => s.id) },
  });
  return { items, more: rows.length > items.length };
}
