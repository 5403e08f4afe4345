/** Student records in and out: roster and transcript imports, and what they report. */
import { z } from 'zod';
import { ZLang } from './framework.ts';

export const ZImportQuery = z.object({
  dryRun: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((v) => v === 'true' || v === '1')
    .describe('Check and count, write nothing'),
  lang: ZLang.optional().describe(
    "The language of a refused file's problem (en or es); else Accept-Language, else English",
  ),
});

/**
 * A transcript import's query: the dry run, the district's lowest passing percent and letter,
 * which tell a D or a 65 that earned no credit passed or failed, and the meaning of a college's
 * Banner term codes (checked by the import, which names the parameter of a bad value).
 */
export const ZTranscriptImportQuery = ZImportQuery.extend({
  lowestPassPercent: z
    .string()
    .max(20)
    .optional()
    .describe("The district's lowest passing percent, 1–100 (60, 65, 70, 69.5)"),
  lowestPassLetter: z
    .string()
    .max(20)
    .optional()
    .describe("The district's lowest passing letter, A+ to D- (D-, D, C)"),
  bannerTerms: z
    .string()
    .max(400)
    .optional()
    .describe(
      "What the last two digits of a Banner term code (202410) mean at the college: 10=fall,20=spring,30=summer (+1 after a term in the school year ending the year after the code's)",
    ),
});

export const ZDistrictParams = z.object({
  id: z.string().min(1).max(80).describe('District id'),
});

export const ZImportSummary = z.object({
  kind: z.enum([
    'students',
    'transcripts',
    'credentials',
    'accounts',
    'guardian_links',
    'caseloads',
    'counselor_schools',
  ]),
  districtId: z.string(),
  file: z.string(),
  dryRun: z.boolean(),
  rowsRead: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  removed: z
    .number()
    .int()
    .optional()
    .describe(
      'OneRoster guardian links, caseloads and counselor further schools: those of the district ended (no longer in a bulk file that carries them, no longer on the counselor’s row, or tobedeleted in a delta file)',
    ),
  /** Transcripts: course codes not in the district's catalog, kept and listed here. */
  unknownCourses: z
    .array(z.object({ code: z.string(), title: z.string(), rows: z.number().int() }))
    .describe('Course codes the district catalog does not know: imported all the same'),
  transferCredits: z
    .object({
      inserted: z.number().int(),
      updated: z.number().int(),
      unchanged: z.number().int(),
      places: z.array(z.object({ name: z.string(), rows: z.number().int() })),
      electivesByTitle: z
        .array(z.object({ line: z.number().int(), title: z.string(), matches: z.number().int() }))
        .optional()
        .describe(
          'Transfer courses given by title alone that count as electives: the district catalog has no course of that title (matches 0) or several (matches 2 or more); one of that title is counted as that course',
        ),
    })
    .optional()
    .describe(
      'Transcripts: rows earned outside the district (an "earned at" column naming none of its schools), kept as transfer credit; the places they came from',
    ),
  progressMarks: z
    .object({ rows: z.number().int(), lines: z.array(z.number().int()) })
    .optional()
    .describe(
      'Transcripts: quarter and exam marks under the semester or year mark of the same course, and a mark with no credits beside the one that carries them, not kept as attempts (the first 20 lines)',
    ),
  unknownCredentials: z
    .array(z.object({ name: z.string(), rows: z.number().int() }))
    .optional()
    .describe(
      'Ed-Fi credentials: names (achievementTitle, else diplomaDescription) that no single catalog credential has, with how many diplomas carry each; not recorded',
    ),
  credentialKept: z
    .object({ rows: z.number().int(), lines: z.array(z.number().int()) })
    .optional()
    .describe(
      'Students: rows whose credential_earned said N for a student the credentials records show holding a named credential; the fact stays Y (the first 20 lines)',
    ),
  unmappedDescriptors: z
    .array(z.object({ field: z.string(), value: z.string(), rows: z.number().int() }))
    .optional()
    .describe(
      'Ed-Fi students: descriptor values no special-population group code stands for (reported; the group is not recorded)',
    ),
});
export type TImportSummary = z.infer<typeof ZImportSummary>;

export const ZBundleImportSummary = z.object({
  format: z.enum(['edfi', 'oneroster']),
  districtId: z.string(),
  dryRun: z.boolean(),
  files: z.array(z.string()),
  results: z
    .array(ZImportSummary)
    .describe('One summary per kind of record written (students, transcripts, …)'),
});
export type TBundleImportSummary = z.infer<typeof ZBundleImportSummary>;

export const ZStudentCredentialParams = ZDistrictParams.extend({
  studentId: z
    .string()
    .min(1)
    .max(200)
    .describe("The student: their local id in the district (the CSV's student_id) or user id"),
  credentialId: z
    .string()
    .min(1)
    .max(400)
    .describe('The credential: its catalog id, or its exact English or Spanish title'),
});

export const ZCredentialRemoval = z.object({
  districtId: z.string(),
  studentId: z.string().describe("The student's user id"),
  localId: z.string().nullable(),
  credentialId: z.string(),
  earnedOn: z.string().describe('The day the removed record said it was earned'),
  remaining: z
    .number()
    .int()
    .describe(
      "Named credentials the student still holds (0: credential_earned is the roster's own value)",
    ),
  credentialEarned: z
    .string()
    .nullable()
    .describe('The Perkins fact credential_earned after the removal (null: not recorded)'),
});
export type TCredentialRemoval = z.infer<typeof ZCredentialRemoval>;
