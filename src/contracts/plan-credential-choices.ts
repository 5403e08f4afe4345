/**
 * A program's choices of credentials ("earn 1 of: CNA or Patient Care Technician") as a learning
 * plan keeps them: every choice of the program, high school and college years alike, with the
 * options the plan picks. The stored shape, the edit's picks and the API's view; and the college
 * credit a plan's credential would bring.
 */
import { z } from 'zod';
import { ZLang } from './framework.ts';
import { CREDENTIAL_TYPES, STEP_LEVELS, ZId } from './program.ts';
import { ZEarlyCreditView } from './program-api.ts';

/**
 * College credit a credential of the plan would bring (a credential-credit agreement not ended
 * before today), with the agreement's dates. Planned, never earned: records do not say which
 * credentials a student holds.
 */
export const ZPlanCredentialCredit = ZEarlyCreditView.extend({
  effectiveFrom: z.string().describe('The first day the agreement is in force (YYYY-MM-DD)'),
  effectiveTo: z.string().optional().describe('Its last day, when it ends (YYYY-MM-DD)'),
  earnedOn: z
    .string()
    .optional()
    .describe(
      "Set when the student's records show the credential earned on this day (YYYY-MM-DD), with the agreement in force: the credit is earned, not only planned",
    ),
});
export type TPlanCredentialCredit = z.infer<typeof ZPlanCredentialCredit>;

const ZNote = z
  .object({ en: z.string(), es: z.string().optional() })
  .describe('What the choice is for, as the program words it');

/** Stored in the plan version's body (`credentialChoices`), in the program's order. */
export const ZPlanCredentialChoice = z.object({
  level: z.enum(STEP_LEVELS).describe('The grade or college year the program puts the choice in'),
  choose: z.number().int().min(1).describe('How many of the options a student earns'),
  options: z.array(ZId).min(2).describe('The credentials to choose from (catalog ids)'),
  note: ZNote.optional(),
  picked: z
    .array(ZId)
    .describe('The options the plan takes (at most choose; fewer while the student decides)'),
});
export type TPlanCredentialChoice = z.infer<typeof ZPlanCredentialChoice>;

/** What an edit says of the choices: the options picked for each, by the choice's index. */
export const ZPlanCredentialPicks = z
  .array(z.array(ZId).max(20))
  .max(40)
  .describe(
    "The options picked for each of the plan's choices of credentials (credentialPicks[i] for credentialChoices[i]); omitted keeps the picks the plan has",
  );

/** A choice of credentials as the API shows it, titles in the reader's language. */
export const ZPlanCredentialChoiceView = z.object({
  level: z.enum(STEP_LEVELS),
  choose: z.number().int(),
  note: z.string().optional(),
  noteLang: ZLang.optional(),
  options: z.array(
    z.object({
      credentialId: z.string(),
      title: z.string(),
      titleLang: ZLang.describe('English where no Spanish title has been written yet'),
      type: z.enum(CREDENTIAL_TYPES).nullable().describe('Null when the catalog lacks it'),
      earlyCredit: z.array(ZPlanCredentialCredit).optional(),
    }),
  ),
  picked: z.array(z.string()).describe('The options the plan takes'),
});
export type TPlanCredentialChoiceView = z.infer<typeof ZPlanCredentialChoiceView>;
