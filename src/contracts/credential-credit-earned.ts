/**
 * The college credit a student's earned credentials bring (credential credit), as the progress
 * check gives it beside the requirements: each credential the records name with the day earned,
 * the credit counted, and each agreement that did not count with why.
 */
import { z } from 'zod';
import { ZLang } from './framework.ts';

const ZTitled = z.object({ id: z.string(), title: z.string(), titleLang: ZLang });

const ZCreditLine = z.object({
  credential: ZTitled,
  earnedOn: z.string().describe('The day the credential was earned (YYYY-MM-DD)'),
  agreementId: z.string(),
  credits: z.number().describe('College credit hours'),
  course: ZTitled.extend({ code: z.string() }).describe('The college course whose credit it is'),
  institution: z.string().describe('The college that grants the credit'),
  effectiveFrom: z.string(),
  effectiveTo: z.string().optional(),
});

export const ZCredentialCreditEarned = z.object({
  credentials: z
    .array(z.object({ credential: ZTitled, earnedOn: z.string() }))
    .describe('The credentials the records name, earliest first (a yes/no fact names none)'),
  credits: z.number().describe('College credit hours counted as earned'),
  counted: z.array(ZCreditLine).describe('Credit counted: the agreement was in force that day'),
  notCounted: z
    .array(
      ZCreditLine.extend({
        reason: z.enum(['expired', 'not-yet', 'not-party']),
        sentence: z.string().describe('Why, in the language asked for'),
      }),
    )
    .describe('Agreements of an earned credential that bring no credit, with why'),
});
export type TCredentialCreditEarned = z.infer<typeof ZCredentialCreditEarned>;
