/**
 * Removing one guardian link or one caseload link (FERPA least privilege): the path names the
 * district, the student and the adult; the answer names both ends by user id.
 */
import { z } from 'zod';
import { ZDistrictParams } from './records.ts';

const student = z
  .string()
  .min(1)
  .max(200)
  .describe("The student: their local id in the district (the roster's student_id) or user id");
const adult = (who: string) =>
  z.string().min(1).max(320).describe(`The ${who}: their email or user id`);

export const ZGuardianLinkParams = ZDistrictParams.extend({
  studentId: student,
  guardianId: adult('guardian'),
});
export const ZCaseloadLinkParams = ZDistrictParams.extend({
  studentId: student,
  counselorId: adult('counselor'),
});

export const ZLinkRemoval = z.object({
  districtId: z.string(),
  kind: z.enum(['guardian', 'caseload']),
  studentId: z.string().describe("The student's user id"),
  localId: z.string().nullable(),
  adultId: z.string().describe("The guardian's or counselor's user id"),
});
export type TLinkRemoval = z.infer<typeof ZLinkRemoval>;
