/**
 * Choices within a step (src/contracts/program.ts re-exports them): courses a student chooses
 * among ("choose 1 of" ENG 101 or COM 181) and credentials a student earns one of ("one of: CNA
 * or Patient Care Technician"). A choice offers more than a student takes.
 */
import { z } from 'zod';
import { ZId, ZText } from './program-base.ts';

/** A choice's `choose` below the number it lists (`message` names them: schema-messages.ts). */
function offersMore(kind: 'courses' | 'credentials', message: string) {
  return (choice: { choose: number } & Record<string, unknown>, ctx: z.core.$RefinementCtx) => {
    const listed = choice[kind];
    if (Array.isArray(listed) && choice.choose >= listed.length)
      ctx.addIssue({
        code: 'custom',
        path: ['choose'],
        message,
      });
  };
}

const ZChoose = (what: string) =>
  z.number().int().min(1, 'must be at least 1').describe(`How many of the ${what} a student takes`);

export const ZCourseChoice = z
  .object({
    choose: ZChoose('courses'),
    courses: z
      .array(ZId)
      .min(2, 'must list at least two courses to choose from')
      .describe('The courses to choose from (ids in catalog.courses)'),
    note: ZText.optional().describe(
      'What the choice is for, as the plan words it ("Human relations")',
    ),
  })
  .superRefine(offersMore('courses', 'must be less than the number of courses to choose from'))
  .describe('Courses a student chooses among: "choose 1 of" (A or B) or "choose 2 of" electives');
export type TCourseChoice = z.infer<typeof ZCourseChoice>;

export const ZCredentialChoice = z
  .object({
    choose: ZChoose('credentials').default(1),
    credentials: z
      .array(ZId)
      .min(2, 'must list at least two credentials to choose from')
      .describe('The credentials to choose from (ids in catalog.credentials)'),
    note: ZText.optional().describe('What the choice is for ("Patient care credential")'),
  })
  .superRefine(
    offersMore('credentials', 'must be less than the number of credentials to choose from'),
  )
  .describe(
    'Credentials a student earns some of at a step: "one of: CNA or Patient Care Technician" (choose defaults to 1)',
  );
export type TCredentialChoice = z.infer<typeof ZCredentialChoice>;
