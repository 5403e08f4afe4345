/**
 * Credit earned outside the district (requirements/transfer.ts) as Perkins V counts it.
 *
 * Perkins V (20 U.S.C. 2302(12)) makes a secondary concentrator of a student who "has completed
 * at least 2 courses in a single career and technical education program or program of study",
 * and a participant of one who completed one course in it (2302(13)). The law asks that the
 * courses be the program's; it does not ask where they were taken. So a transfer credit counts as
 * the program's course it is:
 *
 * - standing for one of our courses (`countsAs: course`): as that course. Dual or concurrent
 *   enrollment in the program's CTE course at a college, the same course at summer school, online,
 *   or at another school: the district recorded it as its own course, so it is one of the
 *   program's courses;
 * - counted by SCED code (`countsAs: sced`): as the district's CTE course with that SCED code
 *   (the same course taught in another district). When two of the district's course codes share
 *   the SCED code, which course it is cannot be told, and it does not count;
 * - elective credit only: not a course of any program, never counted;
 * - credit by examination (`kind: exam`): a test passed, not a course completed; never counted,
 *   whatever it stands for.
 *
 * Like an attempt here, only a passed credit of the school year or before counts, and a course
 * counts once: credit elsewhere for a course also taken here is a retake of it (same code), its
 * credits capped as status.ts caps them. Transfer credit does not enrol a student: the students
 * counted for a year are still those with a course attempt here in it (the district that served
 * them reports them).
 */
import type { TransferCredit } from '../requirements/transfer.ts';
import { courseCodeKey } from '../requirements/course-code-key.ts';
import type { PerkinsAttempt } from './status.ts';

/** The kinds of transfer credit that are completed courses (all but credit by examination). */
export const PERKINS_TRANSFER_KINDS = ['transfer', 'summer', 'dual_credit', 'online'] as const;

/**
 * The code a transfer credit counts as for Perkins (its course-code key), or null when it counts
 * as no course.
 */
export function perkinsCode(
  credit: Pick<TransferCredit, 'kind' | 'countsAs'>,
  scedCodes: ReadonlyMap<string, string>,
): string | null {
  if (!(PERKINS_TRANSFER_KINDS as readonly string[]).includes(credit.kind)) return null;
  const counts = credit.countsAs;
  if (counts.kind === 'course') return courseCodeKey(counts.code);
  if (counts.kind === 'sced') return scedCodes.get(counts.scedCode) ?? null;
  return null;
}

/** A student's transfer credits as the attempts Perkins counts (those counting as no course left out). */
export function perkinsTransferAttempts(
  credits: readonly TransferCredit[],
  scedCodes: ReadonlyMap<string, string>,
): PerkinsAttempt[] {
  const attempts: PerkinsAttempt[] = [];
  for (const credit of credits) {
    const code = perkinsCode(credit, scedCodes);
    if (code === null) continue;
    attempts.push({
      code,
      schoolYear: credit.schoolYear,
      result: credit.result,
      creditsAttempted: credit.creditsAttempted,
      creditsEarned: credit.creditsEarned,
    });
  }
  return attempts;
}
