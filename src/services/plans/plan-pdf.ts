/**
 * The current plan as its one-page PDF: the plan as `readPlan` gives it (authorized and audited
 * there), the student's name, the postsecondary titles, and the transfer credit the student
 * already earned (the same record the progress check counts), printed by importers/plan-pdf.ts.
 */
import type { TPlan } from '../../contracts/plans.ts';
import type { Lang } from '../../domain/framework.ts';
import { planToPdf } from '../../importers/plan-pdf.ts';
import type { Caller } from '../accounts/caller.ts';
import type { RecordsDeps } from '../records/deps.ts';
import { readPlan } from './manage-plan.ts';
import { postsecondaryNames } from './plan-context.ts';
import { earnedTransfers } from './plan-transfers.ts';

export async function planPdf(
  deps: RecordsDeps,
  caller: Caller,
  options: { studentId: string; lang: Lang },
): Promise<{ plan: TPlan; pdf: Buffer }> {
  const plan = await readPlan(deps, caller, options);
  const [student, names, transfers] = await Promise.all([
    deps.roster.find(plan.studentId),
    postsecondaryNames(deps, plan.postsecondary, options.lang),
    earnedTransfers(deps, plan),
  ]);
  const pdf = await planToPdf(
    plan,
    student?.name ?? plan.studentId,
    options.lang,
    names,
    transfers,
  );
  return { plan, pdf };
}
