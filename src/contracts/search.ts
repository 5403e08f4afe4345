/** The API's shapes for search across the framework, occupations and programs. */
import { z } from 'zod';
import { ZLang } from './framework.ts';

/** Types of results, in the order groups are shown. New types are added here and in the search sources. */
export const SEARCH_TYPES = [
  'cluster',
  'pathway',
  'occupation',
  'program',
  'course',
  'credential',
  'cip',
] as const;
export const ZSearchType = z.enum(SEARCH_TYPES);
export type TSearchType = z.infer<typeof ZSearchType>;

export const ZSearchQuery = z.object({
  q: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(200, 'must be at most 200 characters')
    .describe('Words, a prefix, or a code (SOC, O*NET-SOC, CIP, cluster, pathway)'),
  type: z
    .string()
    .regex(
      new RegExp(`^(${SEARCH_TYPES.join('|')})(,(${SEARCH_TYPES.join('|')}))*$`),
      `must be one or more of ${SEARCH_TYPES.join(', ')}, separated by commas`,
    )
    .transform((value) => value.split(',') as TSearchType[])
    .optional()
    .describe('Only these types of result'),
  lang: ZLang.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10).describe('Results per type'),
});
export type TSearchQuery = z.infer<typeof ZSearchQuery>;

export const ZSearchItem = z.object({
  type: ZSearchType,
  id: z.string(),
  code: z.string().nullable(),
  title: z.string(),
  titleLang: ZLang.describe(
    'The language the title is written in: English where no Spanish title exists yet',
  ),
  subtitle: z.string().nullable(),
  subtitleLang: ZLang.nullable(),
  alsoCalled: z
    .string()
    .nullable()
    .describe(
      'The other name (an O*NET alternate or short title, in English) the result was found by, when its title does not have the words; in Spanish, only one holding a word as typed (not only its translations)',
    ),
  /** The API address of the full record. */
  href: z.string(),
});
export type TSearchItem = z.infer<typeof ZSearchItem>;

export const ZSearchResult = z.object({
  q: z.string(),
  lang: ZLang,
  total: z.number().int(),
  groups: z.array(
    z.object({
      type: ZSearchType,
      label: z.string(),
      total: z.number().int(),
      items: z.array(ZSearchItem),
    }),
  ),
});
export type TSearchResult = z.infer<typeof ZSearchResult>;
