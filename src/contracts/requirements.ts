/**
 * Graduation requirement sets as data: the one source of the requirement file format
 * (schemas/requirement-set.schema.json is generated from it) and of the types the pure evaluator
 * in src/domain/requirements works on. A set is a tree: all-of, n-of and credits-of nodes above
 * course-set leaves; each leaf selects the course attempts that may fill it.
 */
import { z } from 'zod';
import { ZId, ZText } from './program.ts';

export const LETTER_GRADES = [
  'A+',
  'A',
  'A-',
  'B+',
  'B',
  'B-',
  'C+',
  'C',
  'C-',
  'D+',
  'D',
  'D-',
  'F',
] as const;
export const ZLetterGrade = z.enum(LETTER_GRADES);

/** What a set's numbers count: transcript credits, or years of coursework (UC a-g counts years). */
export const REQUIREMENT_UNITS = ['credits', 'years'] as const;
export type RequirementUnit = (typeof REQUIREMENT_UNITS)[number];

const ZCodePattern = z
  .string()
  .regex(/^[A-Za-z0-9.\-_ *?]{1,40}$/, 'must be a course code, with * or ? as wildcards')
  .describe('A course code; * matches any run of characters, ? one character ("02*", "MATH-1??")');

export const ZCourseSelector = z
  .object({
    codes: z
      .array(ZCodePattern)
      .optional()
      .describe('Course codes (local or SCED) with wildcards; the course matches one of them'),
    scedSubjects: z
      .array(z.string().regex(/^\d{2}$/, 'must be a two-digit SCED subject area such as 02'))
      .optional()
      .describe('SCED subject areas (first two digits): 01 English, 02 mathematics, 03 science, …'),
    cte: z.boolean().optional().describe('true: only CTE courses; false: only academic courses'),
    pathways: z
      .array(z.string().regex(/^\d{2}-\d{2}$/, 'must be a pathway code such as 11-03'))
      .optional()
      .describe('Courses that belong to one of these pathways'),
    clusters: z
      .array(z.string().regex(/^\d{2}$/, 'must be a two-digit cluster code such as 11'))
      .optional()
      .describe('Courses that belong to a pathway of one of these clusters'),
    dualCredit: z
      .boolean()
      .optional()
      .describe('true: only courses that earn college credit (dual credit)'),
    advanced: z
      .boolean()
      .optional()
      .describe('true: only advanced courses (a catalog course with a prerequisite)'),
    exclude: z
      .array(ZCodePattern)
      .optional()
      .describe('Course codes (with wildcards) never selected, even when the rest matches'),
  })
  .describe('Which course attempts may fill a requirement; every given condition must hold');
export type TCourseSelector = z.infer<typeof ZCourseSelector>;

const nodeCommon = {
  id: ZId.describe('Id of the requirement, unique in the set ("math", "math-alg1")'),
  title: ZText,
};

export const ZCourseSetNode = z
  .object({
    ...nodeCommon,
    type: z.literal('course_set'),
    select: ZCourseSelector,
    minCredits: z
      .number()
      .min(0, 'must be 0 or more')
      .max(40, 'must be at most 40')
      .optional()
      .describe(
        'Credits the selected courses must add up to (years, in a set whose unit is years)',
      ),
    minCourses: z
      .number()
      .int()
      .min(0, 'must be 0 or more')
      .max(40, 'must be at most 40')
      .optional()
      .describe(
        'Courses needed, each bringing credit (a course carrying no credit does not count); 1 when neither minCredits nor minCourses is given, and then a course carrying no credit counts too',
      ),
    minGrade: ZLetterGrade.optional().describe('The lowest letter grade that counts'),
    shared: z
      .boolean()
      .default(false)
      .describe('A course counted here may also count toward another requirement'),
  })
  .describe('Courses selected by code, subject area, CTE flag, pathway or dual credit');

export type TCourseSetNode = z.infer<typeof ZCourseSetNode>;

export const ZGpaNode = z
  .object({
    ...nodeCommon,
    type: z.literal('min_gpa'),
    gpa: z
      .number()
      .min(0, 'must be 0 or more')
      .max(5, 'must be at most 5')
      .describe('The lowest grade point average that meets it (4.0 scale: A 4, B 3, C 2, D 1)'),
    select: ZCourseSelector.optional().describe(
      'The courses whose grades count (omit: every course with a letter grade)',
    ),
    honors: z
      .object({
        select: ZCourseSelector.describe('Honors, AP, IB or dual credit courses'),
        points: z
          .number()
          .positive('must be more than 0')
          .max(2, 'must be at most 2')
          .describe('Points added to a grade of C- or better in one of them'),
        maxCredits: z
          .number()
          .positive('must be more than 0')
          .max(40, 'must be at most 40')
          .optional()
          .describe('Credits (or years) of honors grades that may earn the points, at most'),
      })
      .optional()
      .describe('Weighting: extra points for honors grades (a weighted GPA)'),
  })
  .describe(
    'A minimum grade point average over the selected courses, passed and failed, each by its credits; a failed course passed later, and a try that does not count, are left out',
  );
export type TGpaNode = z.infer<typeof ZGpaNode>;
export type TRequirementNode =
  | TCourseSetNode
  | TGpaNode
  | { id: string; title: z.infer<typeof ZText>; type: 'all_of'; children: TRequirementNode[] }
  | {
      id: string;
      title: z.infer<typeof ZText>;
      type: 'n_of';
      n: number;
      children: TRequirementNode[];
    }
  | {
      id: string;
      title: z.infer<typeof ZText>;
      type: 'credits_of';
      credits: number;
      select?: TCourseSelector | undefined;
      minGrade?: z.infer<typeof ZLetterGrade> | undefined;
      children: TRequirementNode[];
    };

export const ZRequirementNode: z.ZodType<TRequirementNode> = z.lazy(() =>
  z.discriminatedUnion('type', [
    ZCourseSetNode,
    ZGpaNode,
    z
      .object({
        ...nodeCommon,
        type: z.literal('all_of'),
        children: z.array(ZRequirementNode).min(1, 'must list at least one requirement'),
      })
      .describe('Every child requirement must be met'),
    z
      .object({
        ...nodeCommon,
        type: z.literal('n_of'),
        n: z.number().int().min(1, 'must be at least 1').describe('How many children to meet'),
        children: z.array(ZRequirementNode).min(1, 'must list at least one requirement'),
      })
      .describe('At least n of the child requirements must be met'),
    z
      .object({
        ...nodeCommon,
        type: z.literal('credits_of'),
        credits: z
          .number()
          .positive('must be more than 0')
          .max(60, 'must be at most 60')
          .describe('Credits needed in all: from the children and from other selected courses'),
        select: ZCourseSelector.optional().describe(
          'Further courses that count toward the credits beyond the children (omit: children only)',
        ),
        minGrade: ZLetterGrade.optional().describe('The lowest grade of those further courses'),
        children: z.array(ZRequirementNode).default([]),
      })
      .describe('A number of credits, from the child requirements and other selected courses'),
  ]),
) as z.ZodType<TRequirementNode>;

export const ZRequirementSet = z
  .object({
    $schema: z.string().optional(),
    id: ZId.describe('Id of the set ("rusd-diploma")'),
    title: ZText,
    description: ZText.optional(),
    /** The districts that use it; empty for a set any district may pick. */
    districts: z.array(z.string()).default([]).describe('Districts that use this set'),
    repeatable: ZCourseSelector.optional().describe(
      'Courses that earn credit each time they are passed (band, PE); others count once',
    ),
    unit: z
      .enum(REQUIREMENT_UNITS)
      .optional()
      .describe(
        'What the numbers of the set count: transcript credits (when left out), or years of a course (UC a-g): a full-year course is 1, a semester 1/2, a trimester 1/3, a quarter 1/4',
      ),
    creditsPerYear: z
      .number()
      .positive('must be more than 0')
      .max(40, 'must be at most 40')
      .optional()
      .describe(
        'With unit "years": the credits a full-year course earns, for an attempt whose term does not say how long it ran (summer, an unknown name); left out, the scale the student\'s transcript shows (5-credit semesters: 10), else 1',
      ),
    root: ZRequirementNode,
  })
  .describe('A set of graduation requirements: a tree of requirement nodes');
export type TRequirementSet = z.infer<typeof ZRequirementSet>;
