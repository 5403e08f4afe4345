/**
 * Perkins V counting profiles and reports. A profile is a JSON file (schemas/perkins-profile.schema.json
 * is generated from ZPerkinsProfile); the built-in ones are in src/domain/perkins/profiles/. A
 * profile sets, for each status (participant, concentrator, completer), how many counted courses
 * and credits in one program of study (or one pathway) it takes, and which course levels count.
 */
import { z } from 'zod';
import { SEQUENCE_LEVELS } from './program-profile.ts';

const ZBilingual = z
  .object({
    en: z.string().min(1, 'must not be empty').describe('English text'),
    es: z.string().min(1, 'must not be empty').describe('Spanish text'),
  })
  .describe('A text in English and Spanish');

export const PERKINS_STATUSES = ['participant', 'concentrator', 'completer'] as const;
export type TPerkinsStatus = (typeof PERKINS_STATUSES)[number];

export const ZStatusRule = z
  .object({
    minCourses: z
      .number()
      .int()
      .min(1, 'must be at least 1')
      .max(20, 'must be at most 20')
      .describe('Counted courses (each course once, however often taken) it takes at least'),
    minCredits: z
      .number()
      .min(0, 'must not be negative')
      .max(40, 'must be at most 40')
      .default(0)
      .describe('Credits (Carnegie units) earned in counted courses it takes at least; 0: none'),
    minAtRank: z
      .object({
        rank: z.number().int().min(1).max(4).describe('The lowest course rank that qualifies'),
        courses: z.number().int().min(1).max(20).describe('How many such courses it takes'),
      })
      .optional()
      .describe('At least this many counted courses at this rank or above ("one of level 3 or 4")'),
    countedLevels: z
      .array(z.enum(SEQUENCE_LEVELS))
      .min(1, 'must name at least one level')
      .optional()
      .describe(
        'Only courses of these levels count (Nebraska: intermediate and capstone); omitted: every CTE course counts, with or without a level',
      ),
  })
  .describe('What a student needs, in one program of study (or one pathway), for a status');
export type TStatusRule = z.infer<typeof ZStatusRule>;

export const ZLevelName = z
  .object({
    level: z.enum(SEQUENCE_LEVELS).describe('What the name means among the three levels'),
    rank: z.number().int().min(1).max(4).describe('Its rank, 1 (first course) to 4'),
  })
  .describe('A state name for a course level');

export const ZPerkinsProfile = z
  .object({
    $schema: z.string().optional().describe('The JSON Schema of this file, for editors'),
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be 1–40 lower-case letters, digits or dashes')
      .describe('The profile name, as `wayfinder perkins --profile NAME` takes it'),
    title: ZBilingual,
    description: ZBilingual,
    scope: z
      .enum(['program', 'pathway'])
      .default('program')
      .describe(
        'program: courses must be in a single program of study; pathway: courses in a single career pathway (by the course pathway codes)',
      ),
    levelNames: z
      .record(z.string().min(1).max(40), ZLevelName)
      .default({})
      .describe(
        'The state\'s names for course levels ("Level 3": capstone, rank 3); introductory (1), intermediate (2) and capstone (3) are always known',
      ),
    participant: ZStatusRule,
    concentrator: ZStatusRule,
    completer: ZStatusRule.optional().describe('Omitted when the state defines no completer'),
    postsecondary: z
      .object({
        minCredits: z
          .number()
          .positive()
          .default(12)
          .describe('College credit hours in one program that make a concentrator'),
      })
      .default({ minCredits: 12 })
      .describe(
        'Postsecondary concentrators: at least this many credit hours in one program (counted only where college transcripts exist)',
      ),
    suppression: z
      .object({
        threshold: z
          .number()
          .int()
          .min(1)
          .max(100)
          .default(10)
          .describe('A cell under this count is shown as "< threshold"'),
      })
      .default({ threshold: 10 })
      .describe('Small-cell suppression of disaggregated counts'),
  })
  .describe(
    'A Wayfinder Perkins V counting profile: who is a participant, concentrator, completer',
  );
export type TPerkinsProfile = z.infer<typeof ZPerkinsProfile>;
export type TPerkinsProfileInput = z.input<typeof ZPerkinsProfile>;

/** The measures a report counts, in the order of the funnel. */
export const PERKINS_MEASURES = [
  'participants',
  'concentrators',
  'completers',
  '5S1',
  '5S2',
  '5S3',
  '1S1',
] as const;
export type TPerkinsMeasure = (typeof PERKINS_MEASURES)[number];

/**
 * A count, or a suppressed cell, or a measure the district has no data for. A suppressed cell is
 * a small count (under the threshold), or — `complementary` — a count of any size hidden so that
 * a small one cannot be worked out from the totals.
 */
export const ZCell = z.union([
  z.object({ value: z.number().int().nonnegative() }),
  z.object({ suppressed: z.literal(true), complementary: z.literal(true).optional() }),
  z.object({ notAvailable: z.literal(true) }),
]);
export type TCell = z.infer<typeof ZCell>;

export const ZPerkinsRow = z.object({
  level: z.enum(['state', 'district', 'school']),
  orgId: z.string(),
  orgName: z.string(),
  programKey: z.string().describe('A program id, a pathway code, or "*" for all CTE'),
  programTitle: z.string(),
  group: z.string().describe('"all", or dimension:code such as gender:F'),
  measure: z.enum(PERKINS_MEASURES),
  cell: ZCell,
});
export type TPerkinsRow = z.infer<typeof ZPerkinsRow>;

export const ZPerkinsQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  profile: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/)
    .default('federal'),
  district: z.string().min(1).max(64).optional(),
});
export type TPerkinsQuery = z.infer<typeof ZPerkinsQuery>;

export const ZPerkinsReport = z.object({
  year: z.number().int(),
  profile: z.string(),
  threshold: z.number().int(),
  programs: z
    .array(
      z.object({
        key: z.string(),
        title: z.object({ en: z.string(), es: z.string().optional() }),
      }),
    )
    .describe(
      'The programs of study (or pathways) the rows name, with their titles in English and, where one is written, in Spanish',
    ),
  rows: z.array(ZPerkinsRow),
});
export type TPerkinsReport = z.infer<typeof ZPerkinsReport>;

export const ZMyPerkinsStatus = z.object({
  year: z.number().int(),
  profile: z.string(),
  programs: z.array(
    z.object({
      programKey: z.string(),
      title: z
        .object({ en: z.string(), es: z.string().optional() })
        .describe('In English, and in Spanish when the program has a Spanish title'),
      status: z.enum(PERKINS_STATUSES),
    }),
  ),
});
export type TMyPerkinsStatus = z.infer<typeof ZMyPerkinsStatus>;

export const ZMyPerkinsQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  profile: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/)
    .default('federal'),
});
