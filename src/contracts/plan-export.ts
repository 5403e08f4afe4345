/**
 * The learning plan as a file to keep or take to another platform (`GET
 * /students/{id}/plan/export?format=json`): the plan as the API gives it, and the transfer credit
 * the student already earned, the same credit the plan's PDF prints in its own column.
 */
import { z } from 'zod';
import { ZPlan } from './plans.ts';
import { ZTransferCredit } from './transfer.ts';

export const ZPlanExport = z.object({
  format: z.literal('wayfinder-plan'),
  formatVersion: z
    .literal(1)
    .describe('1: readers of a file without transferCredit take it as an empty list'),
  plan: ZPlan,
  transferCredit: z
    .array(ZTransferCredit)
    .describe(
      'Credit already earned outside the district (passed), by school year, with how it counts here and its course flags (AP, IB, H, DE): what the plan PDF prints',
    ),
});
export type TPlanExport = z.infer<typeof ZPlanExport>;
