/**
 * The progress check as the API, the CLI and the web show it: each requirement (flat, in tree
 * order, with its parent) with its status, credits and the course attempts that fill it, each
 * with a sentence; what-if checks the same student against another requirement set, unsaved.
 */
import { z } from 'zod';
import { ZLang } from './framework.ts';
import { REQUIREMENT_UNITS } from './requirements.ts';
import { ZTransferCredit } from './transfer.ts';
import { ZCredentialCreditEarned } from './credential-credit-earned.ts';

/** A sentence in pieces, so a page can mark a title that exists only in English. */
export const ZSentenceParts = z
  .array(
    z.object({
      text: z.string(),
      lang: ZLang.optional().describe(
        'Set when the piece is in another language than the sentence (a course title the school wrote only in English)',
      ),
    }),
  )
  .describe('The sentence in pieces; joined they read as `sentence`');
export type TSentenceParts = z.infer<typeof ZSentenceParts>;

const ZTitleLang = ZLang.describe('English where no Spanish title has been written');

export const ZNodeStatus = z.enum(['met', 'in_progress', 'planned', 'missing']);

/** On a course earned outside the district: where, how, and its code as written there. */
const ZTransferMark = z
  .object({
    earnedAt: z.string(),
    kind: z.string(),
    code: z.string().nullable().describe('The course code as the other school wrote it'),
  })
  .describe('Present when the credit was earned outside the district');

export const ZCountedCourse = z.object({
  attemptKey: z.string().describe('Id of the attempt in the student record'),
  code: z.string(),
  title: z.string(),
  titleLang: ZTitleLang,
  schoolYear: z.string().describe('"2025–26"'),
  term: z.string(),
  grade: z.string().nullable(),
  credits: z.number(),
  state: z.enum(['completed', 'in_progress', 'planned']),
  extra: z.boolean().describe('Counted beyond what the requirement needs'),
  substituted: z.boolean().describe("Counted here by a counselor's substitution"),
  sentence: z.string(),
  sentenceParts: ZSentenceParts,
  transfer: ZTransferMark.optional(),
});

export const ZRequirementProgress = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  depth: z.number().int(),
  type: z.enum(['all_of', 'n_of', 'credits_of', 'course_set', 'min_gpa']),
  title: z.string(),
  titleLang: ZTitleLang,
  status: ZNodeStatus,
  required: z.object({
    credits: z.number().nullable(),
    courses: z.number().nullable(),
    n: z.number().nullable(),
    unit: z
      .enum(REQUIREMENT_UNITS)
      .describe(
        'What credits, earned, inProgress and planned count: credits, or years of coursework (a semester is 0.5)',
      ),
    gpa: z.number().optional().describe('A minimum GPA requirement: the average it asks for'),
  }),
  gpa: z
    .number()
    .nullable()
    .optional()
    .describe("A minimum GPA requirement: the student's average over its courses (null: none yet)"),
  earned: z.number(),
  inProgress: z.number(),
  planned: z.number(),
  exception: z
    .object({ kind: z.enum(['substitute', 'waive', 'force_complete']), reason: z.string() })
    .nullable(),
  sentence: z.string(),
  sentenceParts: ZSentenceParts,
  courses: z.array(ZCountedCourse),
});

export const ZProgressCheck = z.object({
  setId: z.string(),
  setTitle: z.string(),
  setTitleLang: ZTitleLang,
  status: ZNodeStatus,
  requirements: z.array(ZRequirementProgress),
  notCounted: z.array(
    z.object({
      attemptKey: z.string(),
      code: z.string(),
      title: z.string(),
      titleLang: ZTitleLang,
      reason: z.enum(['failed', 'withdrawn', 'incomplete', 'retake', 'no_credit']),
      sentence: z.string(),
      sentenceParts: ZSentenceParts,
      transfer: ZTransferMark.optional(),
    }),
  ),
  unused: z
    .array(
      z.object({
        attemptKey: z.string(),
        code: z.string(),
        title: z.string(),
        titleLang: ZTitleLang,
        transfer: ZTransferMark.optional(),
      }),
    )
    .describe('Passed courses that no requirement selects'),
});
export type TProgressCheck = z.infer<typeof ZProgressCheck>;

export const ZStudentProgress = z.object({
  student: z.object({
    id: z.string(),
    districtId: z.string(),
    schoolId: z.string(),
    name: z.string(),
    grade: z.number().nullable(),
  }),
  check: ZProgressCheck,
  program: ZProgressCheck.nullable().describe(
    "The second requirement: the high-school CTE courses of the plan's program of study",
  ),
  whatIf: ZProgressCheck.nullable().describe(
    'The same check against another set (or program:ID, a program of study); nothing saved',
  ),
  transfers: z
    .array(ZTransferCredit)
    .describe('Credit earned outside the district, as recorded, with how each counts here'),
  credentialCredit: ZCredentialCreditEarned.describe(
    'College credit earned through credentials the records name (credential-credit agreements in force on the day earned)',
  ),
  planVersion: z
    .number()
    .int()
    .nullable()
    .describe(
      "The current version of the student's learning plan, null when they have none yet (GET /plan would answer 404)",
    ),
});
export type TStudentProgress = z.infer<typeof ZStudentProgress>;

export const ZProgressQuery = z.object({
  lang: ZLang.optional(),
  set: z.string().max(80).optional().describe('Check against this requirement set instead'),
  whatIf: z.string().max(80).optional().describe('Also check against this set, side by side'),
});

export const ZStudentParams = z.object({ id: z.string().min(1).max(80) });

export const ZExceptionCreate = z
  .object({
    kind: z.enum(['substitute', 'waive', 'force_complete']),
    nodeId: z.string().min(1).max(80).describe('The requirement (its id in the set)'),
    attemptKey: z.string().min(1).max(200).optional().describe('substitute: the course attempt'),
    reason: z.string().trim().min(3, 'must say why, in a few words').max(500),
    set: z.string().max(80).optional().describe('The set; the district default if omitted'),
  })
  .refine((e) => e.kind !== 'substitute' || e.attemptKey !== undefined, {
    message: 'is required for a substitution',
    path: ['attemptKey'],
  });
export type TExceptionCreate = z.infer<typeof ZExceptionCreate>;

export const ZException = z.object({
  id: z.string(),
  studentId: z.string(),
  districtId: z.string(),
  setId: z.string(),
  kind: z.enum(['substitute', 'waive', 'force_complete']),
  nodeId: z.string(),
  attemptKey: z.string().nullable(),
  reason: z.string(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});
export type TException = z.infer<typeof ZException>;
