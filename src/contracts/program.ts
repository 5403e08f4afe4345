/**
 * Programs of study and the catalog they draw on, as zod schemas: the one source of the JSON
 * file format (schemas/program.schema.json is generated from it), the API's request and response
 * bodies, and the TypeScript types of the domain rules. The `.describe()` texts become the JSON
 * Schema's descriptions, which editors show while an author writes a program file.
 */
import { z } from 'zod';
import { ZPathwayCode } from './framework.ts';

/** Ids are slugs chosen by the author, unique within their kind: "whs", "eng-1", "cna-cert". */
export const ZId = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9._-]{0,79}$/,
    'must be 1–80 lower-case letters, digits, dots, dashes or underscores',
  )
  .describe(
    'Id chosen by the author: 1–80 lower-case letters, digits, dots, dashes or underscores',
  );

export const ZSocCode = z
  .string()
  .regex(/^\d{2}-\d{4}(\.\d{2})?$/, 'must be a SOC or O*NET-SOC code such as 15-1252 or 15-1252.00')
  .describe('SOC 2018 or O*NET-SOC occupation code, such as 15-1252 or 15-1252.00');
export const ZCipCode = z
  .string()
  .regex(/^\d{2}\.\d{4}$/, 'must be a six-digit CIP code such as 11.0201')
  .describe('Six-digit CIP 2020 code of the instructional program, such as 11.0201');
export const ZIsoDate = z.iso.date('must be a date written YYYY-MM-DD');

export const ZText = z
  .object({
    en: z.string().min(1, 'must not be empty').describe('English text'),
    es: z.string().optional().describe('Spanish text'),
  })
  .describe('A text in English and, optionally, Spanish');
export type TText = z.infer<typeof ZText>;

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

export const SUBJECTS = [
  'english',
  'mathematics',
  'science',
  'social_studies',
  'cte',
  'world_language',
  'fine_arts',
  'other',
] as const;
export type TSubject = (typeof SUBJECTS)[number];

/** The least credit a course of variable credit earns: 0 or more. */
const ZCreditMin = z.number().min(0, 'must be 0 or more').optional();

const courseCommon = {
  id: ZId,
  institutionId: ZId.describe('The institution that offers the course'),
  title: ZText,
  /** Academic or career and technical education content. */
  kind: z
    .enum(['academic', 'cte'])
    .describe('Academic or career and technical education (CTE) content'),
  subject: z.enum(SUBJECTS),
  pathwayCodes: z
    .array(ZPathwayCode)
    .default([])
    .describe('Pathways the course belongs to; empty for courses that serve any pathway'),
  prerequisites: z
    .array(ZId)
    .default([])
    .describe('Courses to complete before this one (ids in catalog.courses)'),
  corequisites: z
    .array(ZId)
    .default([])
    .describe('Courses to take with this one or before it (ids in catalog.courses)'),
  competencies: z
    .array(z.string().trim().min(1, 'must not be empty').max(300, 'must be at most 300 characters'))
    .max(200, 'must list at most 200 competencies')
    .optional()
    .describe(
      'Learning outcomes or competencies the course teaches: short statements or standard ids (e.g. CASE identifiers)',
    ),
  equivalentTo: z
    .array(ZId)
    .optional()
    .describe('Courses documented as teaching the same content (ids in catalog.courses)'),
  timesForCredit: z
    .number()
    .int()
    .min(2, 'must be at least 2 (omit it for a course taken once)')
    .max(4, 'must be at most 4')
    .optional()
    .describe(
      'How many times a student may take the course for credit, when more than once (a Texas practicum may be repeated once: 2); the program may then list it in that many steps',
    ),
  sequenceLevel: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(40, 'must be at most 40 characters')
    .optional()
    .describe(
      "The course's place from broad to occupation-specific: introductory, intermediate or capstone, or a name the state's profile maps to one of them (such as Level 1)",
    ),
};

export const ZSecondaryCourse = z
  .object({
    ...courseCommon,
    level: z.literal('secondary'),
    stateCode: z
      .string()
      .min(1, 'must not be empty')
      .optional()
      .describe(
        "The state's course code; omitted when the published plan names the course by title only (Texas statewide programs of study do), and then transcripts cannot match the course by code",
      ),
    scedCode: z
      .string()
      .regex(/^\d{5}$/, 'must be a five-digit SCED course code')
      .optional()
      .describe('Five-digit SCED course code'),
    carnegieUnits: z
      .number()
      .positive('must be more than 0')
      .max(4, 'must be at most 4')
      .describe(
        'Credit in Carnegie units (1 = a year-long course); for a course of variable credit, the most it earns',
      ),
    carnegieUnitsMin: ZCreditMin.describe(
      'For a course of variable credit ("0.5–1"), the least it earns; omitted when the credit is fixed',
    ),
    gradeMin: z.number().int().min(9).max(12).describe('Lowest grade the course is offered in'),
    gradeMax: z.number().int().min(9).max(12).describe('Highest grade the course is offered in'),
  })
  .superRefine((course, ctx) => {
    if (course.carnegieUnitsMin !== undefined && course.carnegieUnitsMin >= course.carnegieUnits)
      ctx.addIssue({
        code: 'custom',
        path: ['carnegieUnitsMin'],
        message: 'must be less than carnegieUnits, the most the course earns',
      });
  })
  .describe('A high school course');

/**
 * College course prefixes as colleges write them: ENGL, WLD, Washington's common course numbers
 * with their ampersand (ENGL&, MATH&), and two-word university subjects (COM SCI, I&C SCI).
 */
const COURSE_PREFIX = /^[A-Z][A-Z&]{1,5}(?: [A-Z][A-Z&]{0,5})?$/;
/**
 * College course numbers: 101, 1301 (Texas), 101L or 110H (lab, honors), 1A or 22A (California),
 * C1000 (California's common course numbers), 2XXX (an elective of a level): up to three letters,
 * a digit, then up to six digits and letters, a dot or dash allowed inside (110.1).
 * (No lookahead: the write-endpoint fuzz test generates strings from these patterns.)
 */
const COURSE_NUMBER = /^[A-Z]{0,3}\d(?:[A-Z0-9.-]{0,5}[A-Z0-9])?$/;

export const ZPostsecondaryCourse = z
  .object({
    ...courseCommon,
    level: z.literal('postsecondary'),
    prefix: z
      .string()
      .trim()
      .toUpperCase()
      .regex(COURSE_PREFIX, 'must be the subject prefix in letters, such as ENGL, MATH& or COM SCI')
      .describe(
        'Course prefix (subject), such as ENGL; Washington common course numbers keep their ampersand (MATH&), a few universities write two words (COM SCI)',
      ),
    number: z
      .string()
      .trim()
      .toUpperCase()
      .regex(COURSE_NUMBER, 'must be a course number such as 101, 1301, 22A, C1000 or 2XXX')
      .describe(
        'Course number as the college writes it: digits with any letters before or after, such as 101, 1301, 101L, 22A or C1000',
      ),
    creditHours: z
      .number()
      .positive('must be more than 0')
      .max(20, 'must be at most 20')
      .describe(
        'Credit hours: semester hours, or quarter credits at a college on quarters (where a technical course may carry 10 to 15); for a course of variable credit, the most it earns',
      ),
    creditHoursMin: ZCreditMin.describe(
      'For a course of variable credit, as catalogs write "1-4" or "0-3" (0 when an equivalent course or a registry listing stands in for it), the least it earns; omitted when the credit is fixed',
    ),
  })
  .superRefine((course, ctx) => {
    if (course.creditHoursMin !== undefined && course.creditHoursMin >= course.creditHours)
      ctx.addIssue({
        code: 'custom',
        path: ['creditHoursMin'],
        message: 'must be less than creditHours, the most the course earns',
      });
  })
  .describe('A college or university course');

export const ZCourse = z.discriminatedUnion('level', [ZSecondaryCourse, ZPostsecondaryCourse]);
export type TCourse = z.infer<typeof ZCourse>;
export type TSecondaryCourse = z.infer<typeof ZSecondaryCourse>;
export type TPostsecondaryCourse = z.infer<typeof ZPostsecondaryCourse>;

export const CREDIT_AGREEMENT_TYPES = [
  'dual_credit',
  'articulated_credit',
  'concurrent_enrollment',
  'exam_credit',
] as const;
export const ZCreditAgreement = z
  .object({
    id: ZId,
    type: z
      .enum(CREDIT_AGREEMENT_TYPES)
      .describe(
        'Dual credit (high school and college credit at once), articulated credit (college credit granted later), concurrent enrollment, or credit by exam',
      ),
    secondaryCourseId: ZId.describe('The high school course (an id in catalog.courses)'),
    postsecondaryCourseId: ZId.describe('The college course it earns credit for'),
    credits: z.number().positive('must be more than 0').describe('College credit hours earned'),
    secondaryInstitutionId: ZId,
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
  .describe('An agreement that a high school course earns credit for a college course');
export type TCreditAgreement = z.infer<typeof ZCreditAgreement>;

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
] as const;
export type TStepLevel = (typeof STEP_LEVELS)[number];

/**
 * How many state templates name the postsecondary years: grades 13 and 14 (the two college years
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
    'High school grade (grade-9 … grade-12) or postsecondary year (postsecondary-1 … postsecondary-4; grade-13 … grade-16 are read as postsecondary years 1 … 4)',
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

export const ZCourseChoice = z
  .object({
    choose: z
      .number()
      .int()
      .min(1, 'must be at least 1')
      .describe('How many of the courses a student takes'),
    courses: z
      .array(ZId)
      .min(2, 'must list at least two courses to choose from')
      .describe('The courses to choose from (ids in catalog.courses)'),
    note: ZText.optional().describe(
      'What the choice is for, as the plan words it ("Human relations")',
    ),
  })
  .superRefine((choice, ctx) => {
    if (choice.choose >= choice.courses.length)
      ctx.addIssue({
        code: 'custom',
        path: ['choose'],
        message: 'must be less than the number of courses to choose from',
      });
  })
  .describe('Courses a student chooses among: "choose 1 of" (A or B) or "choose 2 of" electives');
export type TCourseChoice = z.infer<typeof ZCourseChoice>;

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
