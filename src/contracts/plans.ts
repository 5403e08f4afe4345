/**
 * Individual learning plans: a student's four-year course plan started from an approved program
 * of study, with goals, sign-offs per version and a yearly review. The stored plan body and the
 * API's responses; the requests that start, edit and sign a plan are in plan-requests.ts.
 */
import { z } from 'zod';
import { ZLang } from './framework.ts';
import {
  CREDENTIAL_TYPES,
  ZCourse,
  ZId,
  ZSocCode,
  ZWorkBasedLearning,
  STEP_LEVELS,
  STEP_TERMS,
} from './program.ts';
import { ZPlanCredentialChoiceView, ZPlanCredentialCredit } from './plan-credential-choices.ts';

/** The language a title is given in: English on a Spanish page where no Spanish one is written. */
const ZTitleLang = ZLang.describe('English where no Spanish title has been written yet');

export const SECONDARY_LEVELS = ['grade-9', 'grade-10', 'grade-11', 'grade-12'] as const;

export const ZPlanCourse = z.object({
  courseId: ZId.describe('A course of the catalog (an id in the program or school catalog)'),
  level: z.enum(SECONDARY_LEVELS).describe('The grade the student plans to take it in'),
  dualCredit: z.boolean().default(false).describe('Taken for college credit as well'),
  choice: z
    .number()
    .int()
    .min(0)
    .max(79)
    .optional()
    .describe(
      "Picked for one of the plan's choices (an index in the plan's choices): the course must be one of that choice's options",
    ),
});
export type TPlanCourse = z.infer<typeof ZPlanCourse>;

export const ZPlanCredential = z.object({
  credentialId: ZId.describe('A credential of the catalog (an id in catalog.credentials)'),
  level: z.enum(SECONDARY_LEVELS).describe('The grade the student plans to earn it in'),
});
export type TPlanCredential = z.infer<typeof ZPlanCredential>;

/** A "choose N of" of the program, kept in the plan so it reads and checks without the program. */
export const ZPlanChoice = z.object({
  level: z.enum(SECONDARY_LEVELS).describe('The grade the program puts the choice in'),
  choose: z.number().int().min(1).describe('How many of the options a student takes'),
  options: z.array(ZId).min(2).describe('The courses to choose from (catalog ids)'),
  note: z
    .object({ en: z.string(), es: z.string().optional() })
    .optional()
    .describe('What the choice is for, as the program words it'),
});
export type TPlanChoice = z.infer<typeof ZPlanChoice>;

const ZWblTitle = z.string().trim().min(1, 'must not be empty').max(200);
export const ZPlanWorkBasedLearning = z.object({
  level: z.enum(SECONDARY_LEVELS).describe('The grade it is planned in'),
  type: ZWorkBasedLearning.shape.type,
  title: z
    .object({ en: ZWblTitle, es: ZWblTitle.optional() })
    .describe('Copied from the program in both languages; one the student adds, as written'),
  employerId: ZId.optional().describe('The employer that hosts it (an organization id)'),
});
export type TPlanWorkBasedLearning = z.infer<typeof ZPlanWorkBasedLearning>;

export const POSTSECONDARY_GOALS = [
  'program',
  'credential',
  'degree',
  'apprenticeship',
  'military',
  'work',
] as const;

export const ZPlanGoals = z.object({
  career: z
    .object({ soc: ZSocCode.optional(), title: z.string().trim().min(1).max(200) })
    .nullable()
    .default(null)
    .describe('The occupation the student aims at'),
  postsecondary: z
    .object({ kind: z.enum(POSTSECONDARY_GOALS), text: z.string().trim().min(1).max(300) })
    .nullable()
    .default(null)
    .describe('What the student plans after high school'),
  benchmarks: z
    .array(
      z.object({
        grade: z.number().int().min(6).max(12),
        text: z.string().trim().min(1).max(300),
        done: z.boolean().default(false),
      }),
    )
    .max(40)
    .default([])
    .describe('Yearly benchmarks toward the goals'),
});
export type TPlanGoals = z.infer<typeof ZPlanGoals>;

export const SIGNER_ROLES = ['student', 'guardian', 'counselor'] as const;

export const ZPlanFinding = z.object({
  rule: z.enum([
    'unknown_course',
    'not_offered',
    'grade_range',
    'prerequisite',
    'duplicate',
    'dual_credit',
  ]),
  courseId: z.string(),
  level: z.string(),
  message: z.string(),
});

export const ZPlan = z.object({
  studentId: z.string(),
  districtId: z.string(),
  version: z.number().int(),
  currentVersion: z.number().int(),
  programId: z.string().nullable().describe('Null for a plan started from a pathway alone'),
  programVersion: z.number().int().nullable(),
  programTitle: z.string().describe('The program’s title, else the pathway’s'),
  pathway: z
    .object({ code: z.string(), title: z.string() })
    .nullable()
    .describe('The pathway the plan aims at: its program’s, or the one it was started from'),
  programTitleLang: ZTitleLang,
  careerChoices: z
    .array(z.object({ soc: z.string(), title: z.string(), titleLang: ZLang }))
    .describe('Occupations of the pathway, offered as career goals'),
  courses: z.array(
    ZPlanCourse.extend({
      code: z.string(),
      title: z.string(),
      titleLang: ZTitleLang,
      credits: z.number(),
      kind: z.enum(['academic', 'cte']),
    }),
  ),
  choices: z
    .array(
      z.object({
        level: z.enum(SECONDARY_LEVELS),
        choose: z.number().int(),
        note: z.string().optional(),
        noteLang: ZTitleLang.optional(),
        options: z.array(
          z.object({
            courseId: z.string(),
            code: z.string(),
            title: z.string(),
            titleLang: ZTitleLang,
            credits: z.number(),
          }),
        ),
        picked: z
          .array(z.string())
          .describe('The options the plan takes: its courses marked with this choice'),
      }),
    )
    .describe(
      'The program\'s "choose N of" courses in the high school years: a course of the plan marked with a choice (courses[].choice, an index here) is one of its options',
    ),
  credentials: z
    .array(
      ZPlanCredential.extend({
        title: z.string(),
        type: z.enum(CREDENTIAL_TYPES).nullable().describe('Null when the catalog lacks it'),
        earlyCredit: z
          .array(ZPlanCredentialCredit)
          .optional()
          .describe('College credit the credential would bring (credential credit agreements)'),
      }),
    )
    .describe('High-school credentials by grade (★ on the plan, as on the program diagram)'),
  credentialChoices: z
    .array(ZPlanCredentialChoiceView)
    .describe(
      'The program\'s choices of credentials ("earn 1 of"), high school and college years, with the options the plan picks (not listed again in credentials)',
    ),
  workBasedLearning: z
    .array(
      z.object({
        level: z.enum(SECONDARY_LEVELS),
        type: ZWorkBasedLearning.shape.type,
        title: z.string(),
        titleLang: ZLang,
        titleText: ZPlanWorkBasedLearning.shape.title.describe(
          'The stored title in both languages, as an edit sends it back',
        ),
        employerId: z.string().optional(),
        employer: z.string().optional(),
      }),
    )
    .describe('Work-based learning by grade (◆ on the plan, as on the program diagram)'),
  postsecondary: z
    .array(
      z.object({
        level: z.enum(STEP_LEVELS),
        term: z
          .enum(STEP_TERMS)
          .optional()
          .describe('The term of the year, when the program splits the year into terms'),
        courses: z.array(z.string()),
        credentials: z.array(z.string()),
        workBasedLearning: z.array(
          z.object({ type: ZWorkBasedLearning.shape.type, title: z.string() }),
        ),
      }),
    )
    .describe("The program's postsecondary years, as the program sets them"),
  exitPoints: z
    .array(
      z.object({
        soc: z.string(),
        title: z.string(),
        titleLang: ZTitleLang,
        point: z.enum(['entry', 'mid', 'exit']),
      }),
    )
    .describe("The program's entry, mid and exit points"),
  goals: ZPlanGoals,
  findings: z.array(ZPlanFinding),
  signatures: z.array(
    z.object({
      role: z.enum(SIGNER_ROLES),
      signerId: z.string(),
      signedAt: z.string(),
      lang: z.enum(['en', 'es']),
    }),
  ),
  unsigned: z.array(z.enum(SIGNER_ROLES)).describe('Who has still to sign this version'),
  reviewedAt: z.string().nullable(),
  reviewDue: z.boolean().describe('Not reviewed by a counselor in the current school year'),
  history: z.array(
    z.object({ version: z.number().int(), createdAt: z.string(), signedBy: z.array(z.string()) }),
  ),
});
export type TPlan = z.infer<typeof ZPlan>;

/** What the plan pages need beside the plan: programs to start from, sets for what-if, courses. */
export const ZPlanOptions = z.object({
  programs: z
    .array(
      z.object({
        id: z.string(),
        title: z.string(),
        titleLang: ZTitleLang,
        pathwayCode: z.string(),
      }),
    )
    .describe("Approved programs of study of the student's school and district"),
  requirementSets: z
    .array(z.object({ id: z.string(), title: z.string(), titleLang: ZTitleLang }))
    .describe('Requirement sets a what-if may check against (program:ID sets are the programs)'),
  courses: z
    .array(ZCourse)
    .describe(
      "The courses the plan can use and is checked with: the student's school and district catalog, the plan's and program's courses and their prerequisites",
    ),
  choices: z
    .array(z.string())
    .describe('Ids of the courses offered at the student’s school or district (the swap picker)'),
  offeredBy: z.array(z.string()).describe('Institutions whose courses the student can take'),
  passed: z.array(z.string()).describe('Catalog course ids the student has already passed'),
  creditAgreements: z
    .array(z.string())
    .describe(
      'Course ids a dual-credit, articulated-credit or concurrent-enrollment agreement covers: the only ones a dual credit mark is accepted on',
    ),
  credentials: z
    .array(z.object({ id: z.string(), title: z.string(), titleLang: ZTitleLang }))
    .describe(
      "Credentials a plan may carry: those of the district's approved programs and the plan's own",
    ),
  pathways: z
    .array(z.object({ code: z.string(), title: z.string() }))
    .describe('The pathways of the framework a plan may start from'),
  currentVersion: z
    .number()
    .int()
    .nullable()
    .describe(
      'The current version of the student’s plan, null when they have none yet (then GET /plan answers 404: a page asks for the plan only when there is one)',
    ),
});
export type TPlanOptions = z.infer<typeof ZPlanOptions>;
