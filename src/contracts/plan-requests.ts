/**
 * What a caller sends to start, edit and sign a student's plan, and the plan routes' parameters.
 * The plan itself, as stored and as answered, is in plans.ts.
 */
import { z } from 'zod';
import { ZPathwayCode } from './framework.ts';
import { ZId } from './program.ts';
import { ZPlanCredentialPicks } from './plan-credential-choices.ts';
import { ZPlanCourse, ZPlanCredential, ZPlanGoals, ZPlanWorkBasedLearning } from './plans.ts';

/**
 * A course of an edit. `choice` as in the plan, or `null` for a plain course; an edit in which no
 * course says `choice` at all keeps the picks the plan has (an older client that does not know
 * choices must not turn them into plain courses).
 */
export const ZPlanEditCourse = ZPlanCourse.extend({
  choice: ZPlanCourse.shape.choice
    .unwrap()
    .nullable()
    .optional()
    .describe(
      "Picked for one of the plan's choices (an index in the plan's choices), or null for a plain course. When no course of the edit gives choice, each course the plan has as a pick stays one",
    ),
});
export type TPlanEditCourse = z.infer<typeof ZPlanEditCourse>;

export const ZPlanEdit = z.object({
  baseVersion: z.number().int().min(1).describe('The version the edit starts from'),
  courses: z.array(ZPlanEditCourse).max(80),
  credentials: z
    .array(ZPlanCredential)
    .max(40)
    .optional()
    .describe('High-school credentials by grade; omitted keeps the ones the plan has'),
  credentialPicks: ZPlanCredentialPicks.optional(),
  workBasedLearning: z
    .array(ZPlanWorkBasedLearning)
    .max(40)
    .optional()
    .describe('Work-based learning by grade; omitted keeps what the plan has'),
  goals: ZPlanGoals,
});
export type TPlanEdit = z.infer<typeof ZPlanEdit>;

export const ZPlanStart = z.object({
  programId: ZId.optional().describe(
    'An approved program of study of the student’s district (give this or pathwayCode)',
  ),
  pathwayCode: ZPathwayCode.optional().describe(
    'A pathway: the plan starts from the district’s approved program of study in it (the first by title when there are several), else empty with the pathway as its goal',
  ),
});
export type TPlanStart = z.infer<typeof ZPlanStart>;

export const ZPlanSign = z.object({
  version: z.number().int().min(1).describe('The version being signed'),
  lang: z.enum(['en', 'es']).default('en').describe('The language the signer read the plan in'),
});

export const ZPlanParams = z.object({ id: z.string().min(1).max(80) });
export const ZPlanVersionParams = z.object({
  id: z.string().min(1).max(80),
  version: z.coerce.number().int().min(1).max(100000),
});
