/**
 * The API's shapes for the public pages of catalog entries: one course, one credential, one
 * CIP 2020 field of study, each with the approved programs of study that use it.
 */
import { z } from 'zod';
import { ZClusterCode, ZLang, ZPathwayCode } from './framework.ts';
import { ZEntryLevel, ZOccupationSummary, ZSource } from './occupation.ts';
import {
  CREDENTIAL_TYPES,
  CREDIT_AGREEMENT_TYPES,
  INSTITUTION_KINDS,
  SUBJECTS,
  ZCipCode,
  ZId,
} from './program.ts';

export const ZCatalogQuery = z.object({ lang: ZLang.optional() });

export const ZCourseParams = z.object({ id: ZId });
export const ZCredentialParams = z.object({ id: ZId });
export const ZCipParams = z.object({
  code: ZCipCode.describe('Six-digit CIP 2020 code, such as 51.3801'),
});

/** An approved program of study, as the catalog pages list it. */
export const ZProgramRef = z.object({
  id: z.string(),
  title: z.string(),
  pathway: z.object({ code: ZPathwayCode, title: z.string() }),
  cluster: z.object({ code: ZClusterCode, title: z.string() }),
  cipCode: z.string().nullable(),
});
export type TProgramRef = z.infer<typeof ZProgramRef>;

export const ZInstitutionRef = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(INSTITUTION_KINDS),
  city: z.string().nullable(),
  state: z.string().nullable(),
});

export const ZCourseRef = z.object({
  id: z.string(),
  code: z.string().describe('State course code, or prefix and number'),
  title: z.string(),
});
export type TCourseRef = z.infer<typeof ZCourseRef>;

export const ZCredentialRef = z.object({
  id: z.string(),
  title: z.string(),
  type: z.enum(CREDENTIAL_TYPES),
});

/** The dates an agreement is in force. */
const ZInForce = {
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
};

export const ZCourseDetail = z.object({
  lang: ZLang,
  id: z.string(),
  title: z.string(),
  code: z.string().describe('State course code, or prefix and number'),
  level: z.enum(['secondary', 'postsecondary']),
  kind: z.enum(['academic', 'cte']).describe('Academic or career and technical education (CTE)'),
  subject: z.enum(SUBJECTS),
  credits: z.number().describe('The credit the course earns; for variable credit, the most'),
  creditsMin: z.number().optional().describe('For a course of variable credit, the least it earns'),
  creditUnit: z.enum(['carnegie_units', 'credit_hours']),
  clockHours: z
    .number()
    .optional()
    .describe(
      'Hours of instruction, for a course counted in clock hours (apprenticeship related instruction)',
    ),
  scedCode: z.string().nullable().describe('Five-digit SCED course code (high school courses)'),
  grades: z
    .object({ min: z.number().int(), max: z.number().int() })
    .nullable()
    .describe('Grades a high school course is offered in'),
  institution: ZInstitutionRef.describe('The institution that offers the course'),
  pathways: z.array(z.object({ code: ZPathwayCode, title: z.string() })),
  prerequisites: z.array(ZCourseRef),
  corequisites: z.array(ZCourseRef),
  creditAgreements: z
    .array(
      z.object({
        id: z.string(),
        type: z.enum(CREDIT_AGREEMENT_TYPES),
        credits: z.number().describe('College credit hours earned'),
        course: ZCourseRef.describe(
          'The other course: the college course this high school course earns credit for, or the high school course that earns credit for this college course',
        ),
        institution: z.string().describe('Where the other course is taught'),
        exam: z.object({ name: z.string(), minScore: z.number() }).nullable(),
        ...ZInForce,
      }),
    )
    .describe('Dual, articulated, concurrent or exam credit between high school and college'),
  credentialCredit: z
    .array(
      z.object({
        id: z.string(),
        credits: z.number().describe('College credit hours a holder receives'),
        credential: ZCredentialRef.describe('The credential a student holds'),
        ...ZInForce,
      }),
    )
    .describe(
      "Credential credit (credit for prior learning): credentials whose holders receive this college course's credit",
    ),
  programs: z.array(ZProgramRef).describe('Approved programs of study that include the course'),
});
export type TCourseDetail = z.infer<typeof ZCourseDetail>;

export const ZCredentialDetail = z.object({
  lang: ZLang,
  id: z.string(),
  title: z.string(),
  type: z.enum(CREDENTIAL_TYPES),
  issuer: z.string().nullable(),
  level: z.enum(['entry', 'mid', 'high']).nullable(),
  stacksInto: z.array(ZCredentialRef).describe('Credentials this one counts toward'),
  stackedFrom: z.array(ZCredentialRef).describe('Credentials that count toward this one'),
  credit: z
    .array(
      z.object({
        id: z.string(),
        credits: z.number().describe('College credit hours a holder receives'),
        course: ZCourseRef.describe('The college course whose credit a holder receives'),
        institution: z.string().describe('The college that grants the credit'),
        ...ZInForce,
      }),
    )
    .describe(
      'Credential credit: the college courses whose credit holders of this credential receive',
    ),
  occupations: z
    .array(
      z.object({
        code: z.string().describe('O*NET-SOC code'),
        title: z.string(),
        point: z.enum(['entry', 'mid', 'exit']),
        entryLevel: ZEntryLevel.nullable(),
        known: z.boolean().describe('Whether the occupation has a page of its own'),
      }),
    )
    .describe('Occupations that approved programs say this credential opens'),
  programs: z.array(ZProgramRef).describe('Approved programs of study that lead to the credential'),
  sources: z.array(ZSource).describe('Where the occupations’ titles and entry levels come from'),
});
export type TCredentialDetail = z.infer<typeof ZCredentialDetail>;

export const ZCipDetail = z.object({
  lang: ZLang,
  code: ZCipCode,
  title: z.string().nullable().describe('CIP 2020 title (English), when the CIP list is imported'),
  definition: z.string().nullable(),
  occupations: z
    .array(ZOccupationSummary)
    .describe('Occupations the program prepares for (NCES CIP–SOC crosswalk)'),
  programs: z.array(ZProgramRef).describe('Approved programs of study with this CIP code'),
  sources: z.array(ZSource),
});
export type TCipDetail = z.infer<typeof ZCipDetail>;
