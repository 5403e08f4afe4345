/**
 * A student's Perkins V status in each program of study (or pathway), from their transcript and
 * the transfer credit that counts (domain/perkins/transfer.ts), by the pure rules
 * (domain/perkins/status.ts) over the course map the count query reads (perkins-report.ts
 * loadCourseMap): the one definition the report's numbers are held to, used by a student's own
 * status (my-status.ts) and the counselor's caseload (caseload/caseload.ts).
 */
import type { TPerkinsProfile, TPerkinsStatus } from '../../contracts/perkins.ts';
import type { AttemptRow } from '../../db/transcript-repository.ts';
import type { CourseMap } from '../../domain/perkins/course-map.ts';
import { studentStatuses } from '../../domain/perkins/status.ts';
import { perkinsTransferAttempts } from '../../domain/perkins/transfer.ts';
import type { AttemptResult } from '../../domain/requirements/attempts.ts';
import type { TransferCredit } from '../../domain/requirements/transfer.ts';

export interface StatusInput {
  districtId: string;
  attempts: ReadonlyArray<
    Pick<AttemptRow, 'courseCode' | 'schoolYear' | 'result' | 'creditsAttempted' | 'creditsEarned'>
  >;
  transfers: readonly TransferCredit[];
}

export function perkinsStatuses(
  profile: TPerkinsProfile,
  map: Pick<CourseMap, 'facts' | 'scedCodes'>,
  student: StatusInput,
  year: number,
): Map<string, TPerkinsStatus> {
  return studentStatuses(
    profile,
    [
      ...student.attempts.map((r) => ({
        code: r.courseCode,
        schoolYear: r.schoolYear,
        result: r.result as AttemptResult,
        creditsAttempted: r.creditsAttempted,
        creditsEarned: r.creditsEarned,
      })),
      ...perkinsTransferAttempts(
        student.transfers,
        map.scedCodes.get(student.districtId) ?? new Map(),
      ),
    ],
    map.facts.get(student.districtId) ?? new Map(),
    year,
  );
}
