/**
 * Removing one guardian link or one caseload link (FERPA least privilege): the path names the
 * district, the student and the adult; the answer names both ends by user id.
 */
import { z } from 'zod';
import { ZDistrictParams, ZImportQuery } from './records.ts';

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

/** The student whose links are read: their district and their local id or user id. */
export const ZStudentLinksParams = ZDistrictParams.extend({ studentId: student });

const ZLinkedAdult = z.object({
  id: z.string().describe("The guardian's or counselor's user id"),
  name: z.string(),
  email: z.string(),
});

export const ZStudentLinks = z.object({
  districtId: z.string(),
  student: z.object({
    id: z.string().describe("The student's user id"),
    localId: z.string().nullable(),
    name: z.string(),
  }),
  guardians: z.array(ZLinkedAdult).describe('The guardians linked to the student, by name'),
  counselors: z
    .array(ZLinkedAdult)
    .describe('The counselors who have the student on their caseload, by name'),
});
export type TStudentLinks = z.infer<typeof ZStudentLinks>;
export type TLinkedAdult = z.infer<typeof ZLinkedAdult>;

export const LINK_STUDENT_SEARCH_LIMIT = 20;

export const ZLinkStudentQuery = z.object({
  q: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .describe("Part of the student's name or local (SIS) id, without regard to case"),
  lang: ZImportQuery.shape.lang,
});

export const ZLinkStudentResults = z.object({
  items: z
    .array(
      z.object({
        id: z.string().describe("The student's user id"),
        localId: z.string().nullable(),
        name: z.string(),
        grade: z.number().int().nullable(),
        schoolName: z.string(),
      }),
    )
    .describe(`The first ${LINK_STUDENT_SEARCH_LIMIT} matches, by name`),
  more: z.boolean().describe('Whether more students match than are listed'),
});
export type TLinkStudentResults = z.infer<typeof ZLinkStudentResults>;
