/**
 * Credit agreements (src/contracts/program.ts re-exports them): a high school course earns credit
 * for a college course (dual, articulated, concurrent or exam credit), or a credential a student
 * holds does (credential credit: credit for prior learning, such as CompTIA A+ for a college's
 * hardware course). The source is one or the other, never both, so a file that mixes them is
 * refused with the field named.
 */
import { z } from 'zod';
import { ZId, ZIsoDate } from './program-base.ts';

export const CREDIT_AGREEMENT_TYPES = [
  'dual_credit',
  'articulated_credit',
  'concurrent_enrollment',
  'exam_credit',
  'credential_credit',
] as const;
export type TCreditAgreementType = (typeof CREDIT_AGREEMENT_TYPES)[number];

export const ZCreditAgreement = z
  .object({
    id: ZId,
    type: z
      .enum(CREDIT_AGREEMENT_TYPES)
      .describe(
        'Dual credit (high school and college credit at once), articulated credit (college credit granted later), concurrent enrollment, credit by exam, or credential credit (college credit for holding an industry certification, license or other credential: credit for prior learning)',
      ),
    secondaryCourseId: ZId.optional().describe(
      'The high school course that earns the credit (an id in catalog.courses); required unless the type is credential_credit, and omitted then',
    ),
    credentialId: ZId.optional().describe(
      'For credential credit: the credential a student holds to earn the credit (an id in catalog.credentials); omitted for the other types',
    ),
    postsecondaryCourseId: ZId.describe('The college course it earns credit for'),
    credits: z.number().positive('must be more than 0').describe('College credit hours earned'),
    secondaryInstitutionId: ZId.optional().describe(
      'The high school or district that is party to the agreement; required unless the type is credential_credit (a college grants that credit to any holder)',
    ),
    postsecondaryInstitutionId: ZId,
    /** For exam credit: the exam and the score it takes ("AP Computer Science A", 3). */
    exam: z
      .object({ name: z.string().min(1, 'must not be empty'), minScore: z.number() })
      .optional()
      .describe('For exam credit: the exam and the score it takes'),
    effectiveFrom: ZIsoDate.describe('The first day the agreement is in force (YYYY-MM-DD)'),
    effectiveTo: ZIsoDate.optional().describe(
      'The last day the agreement is in force (YYYY-MM-DD); omitted while it has no end date',
    ),
    registrationDeadline: ZIsoDate.optional().describe(
      'The next day by which a student must register with the college to earn the credit (YYYY-MM-DD); counselors see it coming 30 days ahead',
    ),
  })
  .superRefine((a, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message });
    if (a.type === 'credential_credit') {
      if (a.credentialId === undefined)
        issue('credentialId', 'is required for credential credit: the credential that earns it');
      if (a.secondaryCourseId !== undefined)
        issue(
          'secondaryCourseId',
          'must be omitted for credential credit: the credential, not a course, earns it',
        );
      return;
    }
    if (a.secondaryCourseId === undefined)
      issue('secondaryCourseId', `is required for ${a.type}: the high school course that earns it`);
    if (a.secondaryInstitutionId === undefined)
      issue('secondaryInstitutionId', `is required for ${a.type}: the high school that is party`);
    if (a.credentialId !== undefined)
      issue(
        'credentialId',
        'is only for credential credit: omit it, or set type to credential_credit',
      );
  })
  .describe(
    'An agreement that a high school course, or a credential a student holds, earns credit for a college course',
  );
export type TCreditAgreement = z.infer<typeof ZCreditAgreement>;

/** What earns an agreement's credit: a high school course, or a credential held. */
export type AgreementSource =
  { kind: 'course'; courseId: string } | { kind: 'credential'; credentialId: string };

export function agreementSource(a: TCreditAgreement): AgreementSource | undefined {
  if (a.type === 'credential_credit')
    return a.credentialId === undefined
      ? undefined
      : { kind: 'credential', credentialId: a.credentialId };
  return a.secondaryCourseId === undefined
    ? undefined
    : { kind: 'course', courseId: a.secondaryCourseId };
}
