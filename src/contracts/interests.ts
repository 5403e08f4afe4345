/** The API's shapes for the O*NET Interest Profiler: the forms, results, saved results and items. */
import { z } from 'zod';
import { ZClusterCode, ZLang, ZPathwayCode } from './framework.ts';
import { ZEntryLevel, ZOnetSocCode, ZSource } from './occupation.ts';

export const ZRiasecLetter = z.enum(['R', 'I', 'A', 'S', 'E', 'C']);
export const ZProfilerFormNumber = z
  .union([z.literal(60), z.literal(30)])
  .describe('60: the O*NET Interest Profiler Short Form; 30: the Mini Interest Profiler');
export const ZFitLabel = z
  .enum(['best', 'great', 'good', 'weak'])
  .describe('Best r ≥ 0.75, Great r ≥ 0.50, Good r ≥ 0.25 (Pearson r of the six scores)');

export const ZProfilerQuery = z.object({
  form: z.enum(['60', '30']).default('60').describe('Which form: 60 items or the 30-item Mini-IP'),
  lang: ZLang.optional(),
});

export const ZProfilerForm = z.object({
  form: ZProfilerFormNumber,
  lang: ZLang,
  items: z.array(z.object({ id: z.string(), area: ZRiasecLetter, text: z.string() })),
  answers: z
    .array(z.object({ value: z.number().int().min(1).max(5), label: z.string() }))
    .describe('The five answers, 1 Strongly dislike … 5 Strongly like'),
  areas: z.array(z.object({ code: ZRiasecLetter, name: z.string() })),
  attribution: z.object({
    text: z.string().describe('The exact attribution the item licence asks for (English)'),
    license: z.string(),
    licenseUrl: z.string(),
  }),
});
export type TProfilerForm = z.infer<typeof ZProfilerForm>;

export const ZAnswers = z
  .record(z.string().min(1).max(16), z.number().int().min(1).max(5))
  .describe('Item id → answer 1–5; every item of the form must be answered');

export const ZResultsRequest = z.object({
  form: ZProfilerFormNumber,
  answers: ZAnswers,
  jobZone: z
    .number()
    .int()
    .min(1)
    .max(5)
    .optional()
    .describe('Only occupations of this O*NET job zone (1 little preparation … 5 extensive)'),
  entryLevel: ZEntryLevel.optional(),
  limit: z
    .number()
    .int()
    .min(1)
    .max(200)
    .optional()
    .describe('Occupations to return (default 10, what the results page shows; the home shows 5)'),
});
export type TResultsRequest = z.infer<typeof ZResultsRequest>;

export const ZScores = z.object({
  R: z.number().int(),
  I: z.number().int(),
  A: z.number().int(),
  S: z.number().int(),
  E: z.number().int(),
  C: z.number().int(),
});

const ZGroupFit = z.object({
  r: z.number(),
  fit: ZFitLabel,
  count: z.number().int().describe('Occupations (or pathways, for a cluster) averaged'),
});

export const ZProfilerResults = z.object({
  form: ZProfilerFormNumber,
  lang: ZLang,
  scores: ZScores,
  max: z.number().int().describe('Highest score an area can have on this form (40 or 20)'),
  code: z.string().describe('High-point code: the top three areas; ties in RIASEC order'),
  tied: z.array(ZRiasecLetter).describe('Areas scoring the same as the third letter'),
  flat: z.boolean().describe('All six scores equal: no occupation can be matched'),
  areas: z.array(z.object({ code: ZRiasecLetter, name: z.string(), score: z.number().int() })),
  jobZones: z.array(z.number().int()).describe('The job zones the matches were narrowed to'),
  matchable: z.number().int().describe('Occupations with O*NET interest scores to match against'),
  clusters: z
    .array(ZGroupFit.extend({ code: ZClusterCode, title: z.string() }))
    .describe('Clusters that fit (best, great or good), best first; weak fits are left out'),
  pathways: z
    .array(ZGroupFit.extend({ code: ZPathwayCode, title: z.string(), clusterCode: ZClusterCode }))
    .describe('Pathways that fit (best, great or good), best first; weak fits are left out'),
  occupations: z.array(
    z.object({
      code: ZOnetSocCode,
      title: z.string(),
      fit: ZFitLabel,
      r: z.number(),
      jobZone: z.number().int().nullable(),
      entryLevel: ZEntryLevel.nullable(),
      drivers: z.array(ZRiasecLetter).describe('Areas high for both: why this match'),
      medianAnnualWage: z.number().int().nullable(),
      wageTopCoded: z.boolean(),
      growthPct: z.number().nullable(),
      brightOutlook: z.boolean().nullable(),
      pathwayCodes: z.array(ZPathwayCode),
    }),
  ),
  sources: z.array(ZSource),
});
export type TProfilerResults = z.infer<typeof ZProfilerResults>;
