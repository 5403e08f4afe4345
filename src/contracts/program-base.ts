/** The ids, codes and texts every program-of-study schema uses (src/contracts/program.ts). */
import { z } from 'zod';

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
