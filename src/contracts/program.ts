/**
 * Programs of study and the catalog they draw on, as zod schemas: the one source of the JSON
 * file format (schemas/program.schema.json is generated from it), the API's request and response
 * bodies, and the TypeScript types of the domain rules. The `.describe()` texts become the JSON
 * Schema's descriptions, which editors show while an author writes a program file.
 */
import { z } from 'zod';
import { ZCourse } from './program-course.ts';
import { ZCreditAgreement } from './program-agreement.ts';
import { ZCourseChoice, ZCredentialChoice } from './program-choices.ts';
import { ZCipCode, ZId, ZSocCode, ZText } from './program-base.ts';
import { ZPathwayCode } from './framework.ts';

export * from './program-base.ts';
export * from './program-course.ts';
export * from './program-agreement.ts';
export * from './program-choices.ts';

export const INSTITUTION_KINDS = [
  'district',
  'high_school',
  'college',
  'university',
  'employer',
] as const;
export const ZInstitution = z
  .object({
    id: ZId,
    kind: z.enum(INSTITUTION_KINDS),
    name: z.string().min(1, 'must not be empty'),
    /** A high school's district. */
    parentId: ZId.optional().describe("A high school's district"),
    city: z.string().optional(),
    state: z.string().length(2, 'must be a two-letter state code').optional(),
    programProfile: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be a profile name such as federal')
      .optional()
      .describe(
        'The rules profile this organization checks the programs it owns against (classic when omitted; see schemas/profile.schema.json)',
      ),
  })
  .describe('A district, high school, college, university or employer');
export type TInstitution = z.infer<typeof ZInstitution>;

export const CREDENTIAL_TYPES = [
  'industry_certification',
  'license',
  'certificate',
  'apprenticeship',
  'associate',
  'bachelor',
] as const;
export const ZCredential = z
  .object({
    id: ZId,
    title: ZText,
    type: z.enum(CREDENTIAL_TYPES),
    issuer: z
      .string()
      .optional()
      .describe('Who issues it: a certification body, state board or college'),
    /** Entry, mid or high: the skill level the credential certifies. */
    level: z
      .enum(['entry', 'mid', 'high'])
      .optional()
      .describe('The skill level the credential certifies'),
    /** How long the credential stays valid before it must be renewed (CPR cards: 2 years). */
    validYears: z
      .number()
      .positive('must be more than 0')
      .max(10, 'must be at most 10')
      .optional()
      .describe(
        'Years the credential stays valid before it must be renewed (a CPR card: 2); omitted when it does not expire',
      ),
    /** Credentials this one counts toward. */
    stacksInto: z
      .array(ZId)
      .default([])
      .describe('Credentials this one counts toward (ids in catalog.credentials)'),
  })
  .describe('An industry certification, license, certificate, apprenticeship or degree');
export type TCredential = z.infer<typeof ZCredential>;

export const STEP_LEVELS = [
  'grade-9',
  'grade-10',
  'grade-11',
  'grade-12',
  'postsecondary-1',
  'postsecondary-2',
  'postsecondary-3',
  'postsecondary-4',
  // A registered apprenticeship may run five or six years after high school.
  'postsecondary-5',
  'postsecondary-6',
] as const;
export type TStepLevel = (typeof STEP_LEVELS)[number];

/**
 * How state templates name the postsecondary years: grades 13 and 14 (the two college years
 * of a program of study), 15 and 16 (the bachelor's years). A file or request may say either; the
 * program keeps postsecondary-1 … postsecondary-4.
 */
export const STEP_LEVEL_ALIASES = {
  'grade-13': 'postsecondary-1',
  'grade-14': 'postsecondary-2',
  'grade-15': 'postsecondary-3',
  'grade-16': 'postsecondary-4',
} as const satisfies Record<string, TStepLevel>;

const ZStepLevelStored = z.enum(STEP_LEVELS);
export const ZStepLevel = z
  .codec(
    z.enum([
      ...STEP_LEVELS,
      ...(Object.keys(STEP_LEVEL_ALIASES) as (keyof typeof STEP_LEVEL_ALIASES)[]),
    ]),
    ZStepLevelStored,
    {
      decode: (level) =>
        level in STEP_LEVEL_ALIASES
          ? STEP_LEVEL_ALIASES[level as keyof typeof STEP_LEVEL_ALIASES]
          : (level as TStepLevel),
      encode: (level) => level,
    },
  )
  .describe(
    'High school grade (grade-9 … grade-12) or postsecondary year (postsecondary-1 … postsecondary-6, the last two for long apprenticeships; grade-13 … grade-16 are read as postsecondary years 1 … 4)',
  );

/**
 * Terms within a grade or postsecondary year, in the order they come: semester colleges have fall
 * and spring, quarter colleges fall, winter and spring; summer after them; "year" spans them all.
 */
export const STEP_TERMS = ['fall', 'winter', 'spring', 'summer', 'year'] as const;
export type TStepTerm = (typeof STEP_TERMS)[number];

export const ZWorkBasedLearning = z
  .object({
    type: z
      .enum([
        'job_shadow',
        'internship',
        'practicum',
        'cooperative_education',
        'pre_apprenticeship',
        'apprenticeship',
        'clinical',
        'service_learning',
        'school_enterprise',
        'other',
      ])
      .describe(
        'Job shadowing, internship, practicum, cooperative education (co-op), pre-apprenticeship, registered apprenticeship, clinical experience, service learning, school-based enterprise, or other',
      ),
    title: ZText,
    employerId: ZId.optional().describe(
      'The employer that hosts it (an id in catalog.institutions)',
    ),
  })
  .describe('A work-based learning experience');

export const ZStep = z
  .object({
    level: ZStepLevel,
    /** Optional term within the level ("fall", "winter", "spring", "summer"). */
    term: z
      .enum(STEP_TERMS)
      .optional()
      .describe(
        'Term within the grade or year (semesters: fall, spring; quarters: fall, winter, spring; and summer); omitted or "year" for the whole year',
      ),
    courses: z
      .array(ZId)
      .default([])
      .describe('Courses taken in this step (ids in catalog.courses)'),
    choices: z
      .array(ZCourseChoice)
      .optional()
      .describe(
        'Courses taken in this step by choice: each lists the courses and how many of them a student takes',
      ),
    credentials: z
      .array(ZId)
      .default([])
      .describe('Credentials earned at the end of this step (ids in catalog.credentials)'),
    credentialChoices: z
      .array(ZCredentialChoice)
      .optional()
      .describe(
        'Credentials earned at the end of this step by choice: each lists the credentials and how many of them a student earns ("one of: CNA or Patient Care Technician")',
      ),
    workBasedLearning: z.array(ZWorkBasedLearning).default([]),
    exitOccupations: z
      .array(ZSocCode)
      .optional()
      .describe(
        'Occupations students can enter when they leave after this step with its credentials (codes in program.occupations); when omitted, the occupations tied to its credentials, else those whose typical entry education matches the step',
      ),
  })
  .describe('One grade or postsecondary year (or a term of it) of the course sequence');
export type TStep = z.infer<typeof ZStep>;

export const ZOccupationTarget = z
  .object({
    soc: ZSocCode,
    title: z.string().min(1, 'must not be empty'),
    /** The credential that opens this occupation, and whether it is an entry, mid or exit point. */
    credentialId: ZId.optional().describe('The credential that opens this occupation'),
    point: z
      .enum(['entry', 'mid', 'exit'])
      .describe('Whether the occupation is an entry, mid or exit point of the program'),
  })
  .describe('An occupation the program leads to');

export const ZPartner = z
  .object({
    institutionId: ZId.describe('An id in catalog.institutions'),
    role: z.enum(['secondary', 'postsecondary', 'employer']),
  })
  .describe('A high school, college or employer that takes part in the program');

export const PROGRAM_STATUSES = ['draft', 'submitted', 'approved', 'retired'] as const;
export type TProgramStatus = (typeof PROGRAM_STATUSES)[number];

/** What an author writes: the program and the catalog entries it uses. */
export const ZProgramBody = z
  .object({
    title: ZText,
    frameworkId: z.string().default('nccf-16').describe('The Career Clusters framework'),
    pathwayCode: ZPathwayCode,
    cipCode: ZCipCode.optional(),
    ownerId: ZId.describe('The institution that owns the program (an id in catalog.institutions)'),
    partners: z.array(ZPartner).default([]),
    steps: z
      .array(ZStep)
      .min(1, 'a program needs at least one step')
      .describe('The course sequence from grade 9 into the postsecondary years'),
    occupations: z.array(ZOccupationTarget).default([]),
  })
  .describe('A program of study');
export type TProgramBody = z.infer<typeof ZProgramBody>;

/** The catalog a program is checked against. */
export const ZCatalog = z
  .object({
    institutions: z.array(ZInstitution).default([]),
    courses: z.array(ZCourse).default([]),
    creditAgreements: z.array(ZCreditAgreement).default([]),
    credentials: z.array(ZCredential).default([]),
  })
  .describe('The institutions, courses, credit agreements and credentials the program uses');
export type TCatalog = z.infer<typeof ZCatalog>;

/** A program of study as a file: the program plus the catalog entries it uses. */
export const ZProgramFile = z
  .object({
    $schema: z.string().optional().describe('The JSON Schema of this file, for editors'),
    id: ZId.optional(),
    program: ZProgramBody,
    catalog: ZCatalog.default({
      institutions: [],
      courses: [],
      creditAgreements: [],
      credentials: [],
    }),
  })
  .describe('A Wayfinder program of study file: the program and the catalog entries it uses');
export type TProgramFile = z.infer<typeof ZProgramFile>;
