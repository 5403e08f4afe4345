/** For tests: a credit earned outside the district, with plain defaults. */
import type { TransferCredit } from '../src/domain/requirements/transfer.ts';

/**
 * A year's credit passed elsewhere (Lakeview High School, 1 credit, school year 2025–26) by a
 * student of `rusd`, counting as the given course, SCED code or elective.
 */
export const transferCredit = (
  id: string,
  studentId: string,
  over: Partial<TransferCredit> & Pick<TransferCredit, 'countsAs'>,
): TransferCredit => ({
  id,
  districtId: 'rusd',
  studentId,
  kind: 'transfer',
  earnedAt: { name: 'Lakeview High School', state: 'TX', institutionId: null },
  course: { title: 'Programming I', code: 'CS 110', scedCode: null },
  flags: null,
  schoolYear: 2026,
  term: 'year',
  creditsAttempted: 1,
  creditsEarned: 1,
  grade: 'A',
  result: 'pass',
  createdBy: null,
  createdAt: new Date(0),
  ...over,
});
