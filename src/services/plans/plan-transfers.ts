/**
 * The transfer credit a plan shows beside its courses (the PDF's column, the JSON export's list):
 * the student's passed credit earned elsewhere, by school year then title. Read for a plan that
 * `readPlan` has already authorized and audited.
 */
import type { TPlan } from '../../contracts/plans.ts';
import type { TTransferCredit } from '../../contracts/transfer.ts';
import type { RecordsDeps } from '../records/deps.ts';
import { presentTransfer } from '../records/transfer-credit.ts';

export async function earnedTransfers(
  deps: RecordsDeps,
  plan: Pick<TPlan, 'districtId' | 'studentId'>,
): Promise<TTransferCredit[]> {
  const credits = await deps.transfers.ofStudent(plan.districtId, plan.studentId);
  return credits
    .filter((c) => c.result === 'pass')
    .map(presentTransfer)
    .sort(
      (a, b) =>
        a.schoolYear - b.schoolYear ||
        a.course.title.localeCompare(b.course.title) ||
        a.id.localeCompare(b.id),
    );
}
