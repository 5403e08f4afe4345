/**
 * `wayfinder links remove-guardian|remove-caseload` and `DELETE /districts/{id}/students/
 * {studentId}/guardians/{guardianId}` and `…/caseload/{counselorId}`: one guardian link or one
 * caseload link ended (a court order, a reassignment, a data-entry fix). Authorized against the
 * district the link is kept under (`records.link_remove`); the student and the adult are looked
 * up in that district only, so another district's are "no such student" or "no such guardian".
 * Audited with ids only. Access ends at once: this process drops the adult's cached sessions
 * (accessChanged), and the repository announces it to other servers on commit.
 */
import type { TLinkRemoval } from '../../contracts/links.ts';
import { findUnstorable } from '../../contracts/unstorable-text.ts';
import {
  adultField,
  linkProblem,
  type LinkField,
  type LinkKind,
} from '../../domain/records/link-removal.ts';
import { unknownDistrict } from '../../domain/records/unknown-district.ts';
import { auditCaller, authorizeCaller, type Caller } from '../accounts/caller.ts';
import type { RecordsDeps } from './deps.ts';
import { findDistrictStudent } from './district-student.ts';

export interface RemoveLinkOptions {
  districtId: string;
  kind: LinkKind;
  /** The student's local id in the district, or their user id. */
  student: string;
  /** The guardian's or counselor's email or user id. */
  adult: string;
}

function refuseUnstorable(field: LinkField, value: string): void {
  if (findUnstorable(value) || value.trim() === '')
    throw linkProblem('invalid', 'unstorable', field, {});
}

export async function removeLink(
  deps: RecordsDeps,
  caller: Caller,
  options: RemoveLinkOptions,
): Promise<TLinkRemoval> {
  const { districtId, kind } = options;
  const field = adultField(kind);
  await authorizeCaller(deps, caller, 'records.link_remove', {
    type: 'district',
    id: districtId,
    districtId,
  });
  refuseUnstorable('studentId', options.student);
  refuseUnstorable(field, options.adult);
  if (findUnstorable(districtId) || !(await deps.roster.district(districtId)))
    throw unknownDistrict(districtId);
  const removal = await deps.transaction(async (repos) => {
    // After any import into the district under way: it may be writing this very link.
    await repos.roster.lockImports(districtId);
    const student = await findDistrictStudent(repos, districtId, options.student);
    const role = kind === 'guardian' ? 'guardian' : 'counselor';
    const adult = await repos.rosterLinks.adultOf(districtId, role, options.adult);
    if (!adult)
      throw linkProblem('not_found', 'noAdult', field, {
        district: districtId,
        kind,
        adult: options.adult,
      });
    const removed = await repos.rosterLinks.removeLinks(districtId, kind, [
      { adult: adult.id, student: student.userId },
    ]);
    if (removed.length === 0)
      throw linkProblem('not_found', 'notLinked', field, {
        kind,
        adult: options.adult,
        student: options.student,
      });
    return {
      districtId,
      kind,
      studentId: student.userId,
      localId: student.localId,
      adultId: adult.id,
    } satisfies TLinkRemoval;
  });
  deps.accessChanged?.([removal.adultId]);
  await auditCaller(deps, caller, {
    action: kind === 'guardian' ? 'records.remove_guardian_link' : 'records.remove_caseload_link',
    targetType: 'student',
    targetId: removal.studentId,
    districtId,
    detail: { [field]: removal.adultId },
  });
  return removal;
}
