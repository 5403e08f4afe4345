/** The programs-of-study API's request and response shapes. */
import { z } from 'zod';
import { ZClusterCode, ZLang, ZPathwayCode } from './framework.ts';
import {
  CREDENTIAL_TYPES,
  CREDIT_AGREEMENT_TYPES,
  INSTITUTION_KINDS,
  PROGRAM_STATUSES,
  STEP_LEVELS,
  STEP_TERMS,
  SUBJECTS,
  ZCatalog,
  ZId,
  ZProgramBody,
  ZProgramFile,
  ZWorkBasedLearning,
} from './program.ts';

export const ZProgramStatus = z.enum(PROGRAM_STATUSES);

/** What a save sends: the program, and any catalog entries it adds or changes. */
export const ZProgramSave = z.object({
  id: ZId.optional().describe('Program id; chosen from the title when omitted on create'),
  program: ZProgramBody,
  catalog: ZCatalog.optional(),
  removeCreditAgreements: z
    .array(ZId)
    .max(500)
    .optional()
    .describe(
      'Ids of stored credit agreements to delete, as far as the caller acts for their owner (others are reported in ignoredCatalog); an id here may not also be sent in catalog.creditAgreements',
    ),
});
export type TProgramSave = z.infer<typeof ZProgramSave>;

export const ZFindingView = z.object({
  rule: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  path: z.string(),
  stepLevel: z.enum(STEP_LEVELS).optional(),
  courseId: z.string().optional(),
  profile: z.string().optional().describe('The rules profile that ran the rule'),
  reason: z.string().optional().describe('Why the profile checks the rule at this severity'),
});
export type TFindingView = z.infer<typeof ZFindingView>;

const ZRef = z.object({ code: z.string(), title: z.string() });

export const ZProgramSummary = z.object({
  id: z.string(),
  version: z.number().int(),
  status: ZProgramStatus,
  title: z.string(),
  cluster: ZRef,
  pathway: ZRef,
  cipCode: z.string().optional(),
  owner: z.object({ id: z.string(), name: z.string() }),
  updatedAt: z.string(),
  errorCount: z.number().int(),
  warningCount: z.number().int(),
});
export type TProgramSummary = z.infer<typeof ZProgramSummary>;

export const ZEarlyCreditView = z.object({
  id: z.string(),
  type: z.enum(CREDIT_AGREEMENT_TYPES),
  credits: z.number(),
  institution: z.string().describe('Where the credit transfers'),
  course: z.object({ id: z.string(), code: z.string(), title: z.string() }),
  exam: z.string().optional(),
});

export const ZCourseView = z.object({
  id: z.string(),
  title: z.string(),
  code: z.string().describe('State course code, or prefix and number'),
  level: z.enum(['secondary', 'postsecondary']),
  kind: z.enum(['academic', 'cte']),
  subject: z.enum(SUBJECTS),
  credits: z.number().describe('The credit the course earns; for variable credit, the most'),
  creditsMin: z
    .number()
    .optional()
    .describe('For a course of variable credit, the least it earns ("0–3 cr")'),
  creditUnit: z.enum(['carnegie_units', 'credit_hours']),
  clockHours: z
    .number()
    .optional()
    .describe(
      'Hours of instruction, for a course counted in clock hours (apprenticeship related instruction)',
    ),
  institution: z.string(),
  earlyCredit: z.array(ZEarlyCreditView),
});
export type TCourseView = z.infer<typeof ZCourseView>;

export const ZCredentialView = z.object({
  id: z.string(),
  title: z.string(),
  type: z.enum(CREDENTIAL_TYPES),
  issuer: z.string().optional(),
  level: z.enum(['entry', 'mid', 'high']).optional(),
  validYears: z
    .number()
    .optional()
    .describe('Years the credential stays valid before it must be renewed'),
  earlyCredit: z
    .array(ZEarlyCreditView)
    .optional()
    .describe(
      'College credit a student who holds the credential earns (credential credit agreements): the college course and where',
    ),
});
export type TCredentialView = z.infer<typeof ZCredentialView>;

export const ZStepView = z.object({
  level: z.enum(STEP_LEVELS),
  term: z.enum(STEP_TERMS).optional(),
  label: z.string(),
  courses: z.array(ZCourseView).describe('The courses every student of the program takes here'),
  choices: z
    .array(
      z.object({
        choose: z.number().int().describe('How many of the courses a student takes'),
        note: z.string().optional(),
        courses: z.array(ZCourseView),
      }),
    )
    .optional()
    .describe('Courses a student chooses among here: "choose 1 of" these'),
  credentials: z.array(ZCredentialView).describe('The credentials every student earns here'),
  credentialChoices: z
    .array(
      z.object({
        choose: z.number().int().describe('How many of the credentials a student earns'),
        note: z.string().optional(),
        credentials: z.array(ZCredentialView),
      }),
    )
    .optional()
    .describe('Credentials a student earns some of here: "earn 1 of" these'),
  workBasedLearning: z.array(
    z.object({
      type: ZWorkBasedLearning.shape.type,
      title: z.string(),
      employer: z.string().optional(),
    }),
  ),
  exitOccupations: z
    .array(
      z.object({
        code: z.string().describe('O*NET-SOC code, such as 15-1252.00'),
        title: z.string(),
        titleLang: ZLang.describe('English where no Spanish title has been written yet'),
      }),
    )
    .optional()
    .describe(
      'When students may leave after this step with its credentials: the jobs open to them there (listed, tied to its credentials, or at its level by typical entry education)',
    ),
});
export type TStepView = z.infer<typeof ZStepView>;

export const ZProgramDetail = ZProgramSummary.extend({
  lang: ZLang,
  partners: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      kind: z.enum(INSTITUTION_KINDS),
      role: z.string(),
    }),
  ),
  steps: z.array(ZStepView),
  occupations: z.array(
    z.object({
      soc: z.string(),
      title: z.string(),
      point: z.enum(['entry', 'mid', 'exit']),
      credential: z.string().optional(),
      medianAnnualWage: z
        .number()
        .int()
        .nullable()
        .optional()
        .describe('Median annual wage in US dollars, where data exists'),
      wageTopCoded: z.boolean().optional(),
      growthPct: z
        .number()
        .nullable()
        .optional()
        .describe('Projected employment change, in percent'),
      annualOpenings: z.number().int().nullable().optional(),
      brightOutlook: z.boolean().nullable().optional(),
      jobZone: z.number().int().nullable().optional().describe('O*NET job zone, 1–5'),
      entryEducation: z
        .string()
        .nullable()
        .optional()
        .describe('BLS typical education needed for entry, as BLS writes it'),
      pathways: z
        .array(z.string())
        .optional()
        .describe(
          "The pathway codes of the program's framework the occupation data links this occupation to (the editor checks occupation fit with them)",
        ),
    }),
  ),
  findings: z.array(ZFindingView),
  versions: z.array(
    z.object({ version: z.number().int(), status: ZProgramStatus, updatedAt: z.string() }),
  ),
  /** The version as a program file, for editing or download. */
  document: ZProgramFile,
});
export type TProgramDetail = z.infer<typeof ZProgramDetail>;

/** A catalog entry a save left out: another organization owns it (it is referenced as stored). */
export const ZIgnoredCatalogEntry = z.object({
  kind: z.enum(['institution', 'course', 'creditAgreement', 'credential']),
  id: z.string(),
  reason: z.enum(['owned_by_other']),
  ownerId: z.string().nullable(),
});
export type TIgnoredCatalogEntry = z.infer<typeof ZIgnoredCatalogEntry>;

export const ZProgramSaved = z.object({
  program: ZProgramDetail,
  findings: z.array(ZFindingView),
  ignoredCatalog: z
    .array(ZIgnoredCatalogEntry)
    .default([])
    .describe(
      'Catalog entries sent with the program but not written: another organization owns them, so the stored row is used',
    ),
});
export type TProgramSaved = z.infer<typeof ZProgramSaved>;

export const ZProgramListQuery = z.object({
  lang: ZLang.optional(),
  cluster: ZClusterCode.optional(),
  pathway: ZPathwayCode.optional(),
  institution: ZId.optional(),
  status: ZProgramStatus.optional(),
  q: z.string().max(200, 'must be at most 200 characters').optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type TProgramListQuery = z.infer<typeof ZProgramListQuery>;

export const ZProgramList = z.object({
  lang: ZLang,
  total: z.number().int(),
  items: z.array(ZProgramSummary),
});
export type TProgramList = z.infer<typeof ZProgramList>;
