/**
 * High school and college courses as program files and the API write them: part of the
 * program-of-study contracts (src/contracts/program.ts re-exports them).
 */
import { z } from 'zod';
import { ZPathwayCode } from './framework.ts';
import { ZId, ZText } from './program-base.ts';

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
 * with their ampersand (ENGL&, MATH&), two-word university subjects (COM SCI, I&C SCI), and the
 * numeric subject of Wisconsin's technical colleges (413 in 413-520, 10-804 in 10-804-107).
 */
const COURSE_PREFIX = /^(?:[A-Z][A-Z&]{1,5}(?: [A-Z][A-Z&]{0,5})?|\d{2,3}(?:-\d{2,3})?)$/;

/**
 * A college course's code as the college writes it: "ENGL 101"; a numeric subject joins its
 * number with a dash ("413-520", Chippewa Valley Technical College's apprenticeship courses).
 */
export const collegeCourseCode = (course: { prefix: string; number: string }): string =>
  /^\d/.test(course.prefix)
    ? `${course.prefix}-${course.number}`
    : `${course.prefix} ${course.number}`;
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
      .regex(
        COURSE_PREFIX,
        'must be the subject prefix in letters, such as ENGL, MATH& or COM SCI, or a numeric subject such as 413',
      )
      .describe(
        'Course prefix (subject), such as ENGL; Washington common course numbers keep their ampersand (MATH&), a few universities write two words (COM SCI), Wisconsin technical colleges a number (413 of 413-520)',
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
      .min(0, 'must be 0 or more')
      .max(20, 'must be at most 20')
      .describe(
        "Credit hours: semester hours, or quarter credits at a college on quarters (where a technical course may carry 10 to 15); for a course of variable credit, the most it earns; 0 for a course of no college credit (an apprenticeship's related instruction, a noncredit workforce course), which then gives its clockHours",
      ),
    clockHours: z
      .number()
      .int('must be a whole number of hours')
      .positive('must be more than 0')
      .max(10000, 'must be at most 10000')
      .optional()
      .describe(
        'Hours of instruction, as registered apprenticeships count related instruction (144 a year) and clock-hour career programs count their courses; required when creditHours is 0',
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
    if (course.creditHours === 0 && course.clockHours === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['clockHours'],
        message:
          'must be given for a course of no credit (creditHours 0): its hours of instruction',
      });
  })
  .describe('A college or university course');

export const ZCourse = z.discriminatedUnion('level', [ZSecondaryCourse, ZPostsecondaryCourse]);
export type TCourse = z.infer<typeof ZCourse>;
export type TSecondaryCourse = z.infer<typeof ZSecondaryCourse>;
export type TPostsecondaryCourse = z.infer<typeof ZPostsecondaryCourse>;
