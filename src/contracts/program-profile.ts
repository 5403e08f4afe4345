/**
 * Rules profiles: which program-of-study rules run, at what severity and why. A profile is a JSON
 * file (schemas/profile.schema.json is generated from ZProgramProfile); the built-in ones are in
 * src/domain/program/profiles/. A rule the profile does not list does not run, so a rule added
 * later never changes what a profile approves.
 */
import { z } from 'zod';

const ZBilingual = z
  .object({
    en: z.string().min(1, 'must not be empty').describe('English text'),
    es: z.string().min(1, 'must not be empty').describe('Spanish text'),
  })
  .describe('A text in English and Spanish');

export const ZProfileName = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be 1–40 lower-case letters, digits or dashes')
  .describe('The profile name, as `wayfinder validate --profile NAME` takes it');

export const SEQUENCE_LEVELS = ['introductory', 'intermediate', 'capstone'] as const;
export type TSequenceLevel = (typeof SEQUENCE_LEVELS)[number];

export const ZRuleSetting = z
  .object({
    severity: z
      .enum(['error', 'warning'])
      .describe('error: the program cannot be submitted; warning: shown, does not stop it'),
    reason: ZBilingual.describe(
      'Why this profile checks the rule at this severity (the law, a state rule, a design choice); shown with every finding of the rule',
    ),
  })
  .describe('How a profile runs one rule');
export type TRuleSetting = z.infer<typeof ZRuleSetting>;

export const ZProfileOptions = z
  .object({
    agreementsInForceOnly: z
      .boolean()
      .default(false)
      .describe(
        'Early college credit counts only credit agreements in force: within their dates and with partners of the program',
      ),
    agreementNoticeDays: z
      .number()
      .int()
      .min(0)
      .max(365)
      .default(90)
      .describe('Agreements ending within this many days are a warning'),
    levelNames: z
      .record(z.string().min(1).max(40), z.enum(SEQUENCE_LEVELS))
      .default({})
      .describe(
        'The state\'s names for course levels ("Level 1": "introductory"); introductory, intermediate and capstone are always known',
      ),
  })
  .describe('Settings some rules read');

export const ZProgramProfile = z
  .object({
    $schema: z.string().optional().describe('The JSON Schema of this file, for editors'),
    id: ZProfileName,
    title: ZBilingual,
    description: ZBilingual,
    rules: z
      .record(
        z.string().regex(/^pos\.[a-z0-9-]+$/, 'must be a rule id such as pos.starts-by-grade-9'),
        ZRuleSetting,
      )
      .describe('The rules that run, by rule id; a rule not listed does not run'),
    options: ZProfileOptions.default({
      agreementsInForceOnly: false,
      agreementNoticeDays: 90,
      levelNames: {},
    }),
  })
  .describe('A Wayfinder rules profile: which program-of-study rules run, how severe, and why');
export type TProgramProfile = z.infer<typeof ZProgramProfile>;
export type TProgramProfileInput = z.input<typeof ZProgramProfile>;
