/**
 * Everything Wayfinder stores about one student, as the student (or a guardian) downloads it:
 * the education records FERPA lets them inspect (`GET /students/{id}/data-export`).
 */
import { z } from 'zod';
import { ROLES } from '../domain/auth/roles.ts';
import { ZException } from './progress.ts';
import { ZTransferCredit } from './transfer.ts';

const ZAt = z.string().describe('ISO 8601 date and time');

export const ZStudentData = z.object({
  format: z.literal('wayfinder-student-data'),
  formatVersion: z.literal(1),
  exportedAt: ZAt,
  student: z.object({
    id: z.string(),
    localId: z.string().nullable().describe("The district's own student id"),
    name: z.string(),
    givenName: z.string().nullable().describe('Given name(s), as the roster gave them'),
    familyName: z.string().nullable().describe('Family name(s), as the roster gave them'),
    email: z.string(),
    districtId: z.string(),
    schoolId: z.string(),
    grade: z.number().int().nullable(),
    graduationYear: z.number().int().nullable(),
  }),
  facts: z
    .record(z.string(), z.string())
    .describe('Roster groups and outcomes the district sent (used for the Perkins V counts)'),
  transcript: z
    .array(
      z.object({
        schoolId: z.string(),
        schoolYear: z.number().int(),
        term: z.string(),
        courseCode: z.string(),
        courseTitle: z.string(),
        scedCode: z.string().nullable(),
        creditsAttempted: z.number(),
        creditsEarned: z.number(),
        grade: z.string().nullable(),
        result: z.string(),
        flags: z.array(z.string()).describe('AP, IB, H, DE as the transcript flags the course'),
      }),
    )
    .describe('Course attempts of the district transcript'),
  transferCredit: z
    .array(ZTransferCredit)
    .describe('Every record of credit earned outside the district, whatever its result'),
  exceptions: z
    .array(ZException.omit({ studentId: true, districtId: true }).extend({ createdAt: ZAt }))
    .describe("A counselor's exceptions to the student's requirements"),
  plan: z
    .object({
      currentVersion: z.number().int(),
      reviewedAt: ZAt.nullable(),
      versions: z.array(
        z.object({
          version: z.number().int(),
          createdBy: z.string().nullable(),
          createdAt: ZAt,
          body: z.record(z.string(), z.unknown()).describe('The plan as stored'),
        }),
      ),
      signatures: z.array(
        z.object({
          version: z.number().int(),
          role: z.enum(['student', 'guardian', 'counselor']),
          signerId: z.string(),
          signedAt: ZAt,
          lang: z.enum(['en', 'es']),
        }),
      ),
    })
    .nullable()
    .describe('The learning plan, every version whole, and its sign-offs; null without a plan'),
  interestResults: z.array(
    z.object({
      id: z.string(),
      form: z.number().int(),
      answers: z.record(z.string(), z.number()),
      scores: z.record(z.string(), z.number()),
      code: z.string(),
      takenAt: ZAt,
    }),
  ),
  savedItems: z.array(z.object({ kind: z.string(), ref: z.string(), savedAt: ZAt })),
  counselorNotes: z
    .array(
      z.object({
        id: z.string(),
        body: z.string().describe('The note as its author wrote it'),
        authorName: z.string(),
        authorRole: z.enum(ROLES).describe("The author's role in Wayfinder"),
        createdAt: ZAt,
        updatedAt: ZAt.nullable().describe('When its author last edited it; null if never'),
      }),
    )
    .describe(
      'Staff notes on the student, newest first: education records the student may inspect, since staff other than the author read them (34 CFR 99.3, 99.10)',
    ),
});
export type TStudentData = z.infer<typeof ZStudentData>;
