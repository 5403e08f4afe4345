/**
 * The current plan as a JSON file: the plan as `readPlan` gives it (authorized and audited there)
 * and the transfer credit already earned, the same list the plan PDF prints.
 */
import type { TPlanExport } from '../../contracts/plan-export.ts';
import type { Lang } from '../../domain/framework.ts';
import type { Caller } from '../accounts/caller.ts';
import type { RecordsDeps } from '../records/deps.ts';
import { readPlan } from './manage-plan.ts';
import { earnedTransfers } from './plan-transfers.ts';

export async function planExport(
  deps: RecordsDeps,
  caller: Caller,
  options: { studentId: string; lang: Lang },
): Promise<TPlanExport> {
  const plan = await readPlan(deps, caller, options);
  const transferCredit = await earnedTransfers(deps, plan);
  return { format: 'wayfinder-plan', formatVersion: 1, plan, transferCredit };
}
