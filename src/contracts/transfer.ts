/**
 * Credit earned outside the district (domain/requirements/transfer.ts): what a counselor or
 * registrar sends to record it, and how the API gives it back.
 */
import { z } from 'zod';
import { COURSE_FLAGS } from '../domain/requirements/course-flags.ts';

const ZScedCode = z
  .string()
  .regex(/^\d{5}$/, 'must be a five-digit SCED course code such as 02052')
  .describe('SCED course code: two-digit subject area and three-digit course number');

const ZCredits = z
  .number()
  .min(0, 'must be 0 or more')
  .max(10, 'must be at most 10')
  .describe('Credits (Carnegie units): 1 for a year course, 0.5 for a semester');

export const ZTransferKind = z
  .enum(['transfer', 'exam', 'summer', 'dual_credit', 'online'])
  .describe(
    'transfer: another school; exam: credit by examination; summer: summer school elsewhere; dual_credit: a college course; online: an online school',
  );

export const ZTransferResult = z.enum(['pass', 'fail', 'incomplete', 'withdrawn', 'in_progress']);

export const ZCountsAs = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('course'),
      code: z
        .string()
        .trim()
        .min(1)
        .max(40)
        .describe('The course of our catalog it stands for (state course code)'),
    }),
    z.object({ kind: z.literal('sced'), scedCode: ZScedCode }),
    z.object({ kind: z.literal('elective') }),
  ])
  .describe(
    'How it counts here: as a local course, as a SCED course code, or only as elective credit',
  );

export const ZCourseFlags = z
  .array(z.enum(COURSE_FLAGS))
  .max(COURSE_FLAGS.length)
  .refine((flags) => new Set(flags).size === flags.length, 'must not repeat a flag')
  .describe(
    'How the course was flagged there: AP (Advanced Placement), IB (International Baccalaureate), H (honors), DE (dual enrollment)',
  );

export const ZEarnedAt = z.object({
  name: z
    .string()
    .trim()
    .min(2, 'must name the school or institution')
    .max(200)
    .describe('Where it was earned: school, college or exam board'),
  state: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be a two-letter state code such as TX')
    .optional()
    .describe('Its US state or territory'),
  institutionId: z
    .string()
    .regex(/^[0-9A-Za-z-]{1,20}$/, 'must be an NCES id or CEEB code (letters, digits, -)')
    .optional()
    .describe('NCES school id, IPEDS unit id or CEEB code'),
});

export const ZTransferCreate = z
  .object({
    kind: ZTransferKind.default('transfer'),
    earnedAt: ZEarnedAt,
    course: z.object({
      title: z.string().trim().min(1, 'must be given').max(200).describe('As written there'),
      code: z.string().trim().min(1).max(40).optional().describe('As written there'),
      scedCode: ZScedCode.optional(),
    }),
    flags: ZCourseFlags.default([]),
    schoolYear: z
      .number()
      .int()
      .min(1950, 'must be 1950 or later')
      .max(2100, 'must be 2100 or earlier')
      .describe('The school year by its ending year: 2026 is 2025–26'),
    term: z.string().trim().min(1).max(20).describe('S1, S2, Q1–Q4, T1–T3, year, summer, …'),
    creditsAttempted: ZCredits.optional().describe('The credits earned when left out'),
    creditsEarned: ZCredits,
    grade: z
      .string()
      .trim()
      .min(1)
      .max(5)
      .regex(/^[A-Za-z0-9.+-]+$/, 'must be a letter grade, a percentage or a mark such as P or CR')
      .optional(),
    result: ZTransferResult.default('pass'),
    countsAs: ZCountsAs,
  })
  .superRefine((t, ctx) => {
    if (t.result !== 'pass' && t.creditsEarned > 0)
      ctx.addIssue({
        code: 'custom',
        path: ['creditsEarned'],
        message: `must be 0 when the result is ${t.result}`,
      });
    if (t.creditsAttempted !== undefined && t.creditsEarned > t.creditsAttempted)
      ctx.addIssue({
        code: 'custom',
        path: ['creditsEarned'],
        message: 'is more than the credits attempted',
      });
  });
export type TTransferCreate = z.input<typeof ZTransferCreate>;
export type TTransferCreateParsed = z.output<typeof ZTransferCreate>;

export const ZTransferCredit = z.object({
  id: z.string(),
  studentId: z.string(),
  districtId: z.string(),
  kind: ZTransferKind,
  earnedAt: z.object({
    name: z.string(),
    state: z.string().nullable(),
    institutionId: z.string().nullable(),
  }),
  course: z.object({
    title: z.string(),
    code: z.string().nullable(),
    scedCode: z.string().nullable(),
  }),
  flags: ZCourseFlags,
  schoolYear: z.number().int(),
  term: z.string(),
  creditsAttempted: z.number(),
  creditsEarned: z.number(),
  grade: z.string().nullable(),
  result: ZTransferResult,
  countsAs: ZCountsAs,
  attemptKey: z.string().describe('Its id among the attempts of the progress check'),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});
export type TTransferCredit = z.infer<typeof ZTransferCredit>;

export const ZTransferParams = z.object({
  id: z.string().min(1).max(80).describe('Student id'),
  creditId: z.string().min(1).max(80).describe('Transfer credit id'),
});
