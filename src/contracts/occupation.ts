/** The API's shapes for occupations, labor-market data and their sources. */
import { z } from 'zod';
import { ZClusterCode, ZFrameworkId, ZLang, ZPathwayCode } from './framework.ts';

export const ZOnetSocCode = z
  .string()
  .regex(/^\d{2}-\d{4}\.\d{2}$/, 'must be an O*NET-SOC code such as 15-1252.00')
  .describe('O*NET-SOC occupation code, such as 15-1252.00');

export const ZEntryLevel = z
  .enum(['semi', 'mid', 'high'])
  .describe(
    'Entry level from the O*NET job zone: 1–2 semi-skilled, 3 mid-skilled, 4–5 high-skilled',
  );
export type TEntryLevel = z.infer<typeof ZEntryLevel>;

export const ZSource = z
  .object({
    id: z.string(),
    title: z.string(),
    version: z.string(),
    url: z.string(),
    license: z.string(),
    attribution: z.string(),
    lang: ZLang.optional().describe(
      'Language of title, license and attribution (English when no translation is known)',
    ),
  })
  .describe('Where data shown here comes from, and the attribution its licence asks for');
export type TSource = z.infer<typeof ZSource>;

export const ZOccupationSummary = z.object({
  code: ZOnetSocCode,
  socCode: z.string().describe('2018 SOC code: the first seven characters'),
  title: z.string(),
  titleLang: ZLang.describe(
    'The language the title is in: English where no Spanish title has been written yet',
  ),
  jobZone: z.number().int().nullable(),
  entryLevel: ZEntryLevel.nullable(),
  entryLevelLabel: z.string().nullable(),
  medianAnnualWage: z
    .number()
    .int()
    .nullable()
    .describe('Median annual wage in US dollars (BLS OEWS)'),
  wageTopCoded: z.boolean().describe('The wage is at or above the BLS top code'),
  growthPct: z
    .number()
    .nullable()
    .describe('Projected employment change over the projection period, in percent'),
  annualOpenings: z.number().int().nullable().describe('Projected annual openings'),
  brightOutlook: z.boolean().nullable().describe('O*NET Bright Outlook, when a source provides it'),
  isPrimary: z
    .boolean()
    .optional()
    .describe('In a pathway list: whether this pathway is the occupation’s primary one'),
});
export type TOccupationSummary = z.infer<typeof ZOccupationSummary>;

export const ZOccupation = ZOccupationSummary.extend({
  lang: ZLang,
  description: z.string(),
  descriptionLang: ZLang.describe(
    'The language the description is in: English where no Spanish one has been written yet',
  ),
  typicalEducation: z.string().nullable(),
  employment: z.number().int().nullable(),
  riasec: z.record(z.string(), z.number()).nullable().describe('RIASEC interest scores, 1–7'),
  interestCode: z.string().nullable(),
  pathways: z.array(
    z.object({
      code: ZPathwayCode,
      title: z.string(),
      isPrimary: z.boolean(),
      cluster: z.object({ code: ZClusterCode, title: z.string() }),
    }),
  ),
  related: z.array(
    z.object({
      code: ZOnetSocCode,
      title: z.string(),
      titleLang: ZLang,
      entryLevel: ZEntryLevel.nullable(),
    }),
  ),
  cip: z
    .array(z.object({ code: z.string(), title: z.string().nullable() }))
    .describe('Instructional programs (CIP 2020) that lead here'),
  programs: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      pathwayCode: ZPathwayCode,
      cipCode: z.string().nullable(),
    }),
  ),
  sources: z.array(ZSource),
});
export type TOccupation = z.infer<typeof ZOccupation>;

export const ZOccupationList = z.object({
  lang: ZLang,
  total: z.number().int(),
  items: z.array(ZOccupationSummary),
  sources: z.array(ZSource),
});
export type TOccupationList = z.infer<typeof ZOccupationList>;

export const ZPathwayOccupations = ZOccupationList.extend({
  pathway: z.object({ code: ZPathwayCode, title: z.string() }),
});
export type TPathwayOccupations = z.infer<typeof ZPathwayOccupations>;

const ZCodes = z
  .string()
  .regex(
    /^\d{2}-\d{4}(\.\d{2})?(,\d{2}-\d{4}(\.\d{2})?)*$/,
    'must be SOC or O*NET-SOC codes separated by commas',
  )
  .transform((value) => value.split(','));

export const ZOccupationListQuery = z.object({
  lang: ZLang.optional(),
  framework: ZFrameworkId.optional(),
  pathway: ZPathwayCode.optional(),
  cluster: ZClusterCode.optional(),
  level: ZEntryLevel.optional(),
  codes: ZCodes.optional().describe('Only these SOC or O*NET-SOC codes, separated by commas'),
  cip: z
    .string()
    .regex(/^\d{2}\.\d{4}$/, 'must be a six-digit CIP code such as 51.3801')
    .optional()
    .describe('Only occupations that this CIP 2020 program leads to (NCES CIP–SOC crosswalk)'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type TOccupationListQuery = z.infer<typeof ZOccupationListQuery>;
