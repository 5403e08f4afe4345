/**
 * The caseload list (a counselor's students, or a district admin's district) with each student's
 * off-track signals and their reasons, and counselor notes on a student.
 */
import { z } from 'zod';
import { SIGNAL_CODES } from '../domain/triage/signals.ts';
import { ZLang } from './framework.ts';
import { ZSentenceParts } from './progress.ts';

export const ZSignalCode = z.enum(SIGNAL_CODES);
export const CASELOAD_SORTS = ['signals', 'name', 'family', 'grade', 'credits'] as const;

export const ZCaseloadFilters = z.object({
  lang: ZLang.optional(),
  signal: ZSignalCode.optional().describe('Only students with this signal'),
  grade: z.coerce.number().int().min(6).max(12).optional().describe('Only this grade'),
  school: z.string().min(1).max(80).optional().describe('Only students of this school (id)'),
  concentrator: z
    .enum(['yes', 'no'])
    .optional()
    .describe(
      'Only CTE concentrators (yes) or only students who are not one (no), by the federal Perkins V rule the counts use',
    ),
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .describe('Part of the name or local (SIS) id, without regard to case'),
  sort: z
    .enum(CASELOAD_SORTS)
    .default('signals')
    .describe(
      'signals: most signals first; name: the name shown; family: family name, then given name (the shown name where the roster gave none); grade; credits: furthest behind first',
    ),
});

export const CASELOAD_PAGE_SIZE = 50;
export const CASELOAD_MAX_PAGE_SIZE = 200;

/** The list's query: the filters and sort, and which page of the filtered list. */
export const ZCaseloadQuery = ZCaseloadFilters.extend({
  page: z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000)
    .default(1)
    .describe('Which page of the filtered, sorted list (from 1); past the last page, no items'),
  pageSize: z.coerce
    .number()
    .int()
    .min(1)
    .max(CASELOAD_MAX_PAGE_SIZE)
    .default(CASELOAD_PAGE_SIZE)
    .describe(`Students per page (at most ${CASELOAD_MAX_PAGE_SIZE})`),
});
export type TCaseloadQuery = z.infer<typeof ZCaseloadQuery>;
export type TCaseloadFilters = z.infer<typeof ZCaseloadFilters>;

/** The list's query, for its download: the whole filtered list (CSV is the one format). */
export const ZCaseloadExportQuery = ZCaseloadFilters.extend({
  format: z.enum(['csv']).default('csv').describe('The file format'),
});

export const ZCaseloadSignal = z.object({
  code: ZSignalCode,
  label: z.string().describe('A short name of the signal'),
  reason: z.string().describe('Why, in a sentence'),
  reasonParts: ZSentenceParts,
});

export const ZCaseloadEntry = z.object({
  id: z.string(),
  districtId: z.string(),
  localId: z.string().nullable(),
  name: z.string(),
  grade: z.number().int().nullable(),
  schoolId: z.string(),
  schoolName: z.string(),
  credits: z.object({
    earned: z.number(),
    required: z.number(),
    expected: z.number().nullable().describe('What the grade expects by now'),
  }),
  grade9Gpa: z.number().nullable(),
  signals: z.array(ZCaseloadSignal),
  concentrator: z
    .array(z.object({ key: z.string(), title: z.string() }))
    .describe(
      'The programs of study the student is a CTE concentrator in this school year (at least two courses of one program, the federal Perkins V rule the counts use); empty when none',
    ),
});
export type TCaseloadEntry = z.infer<typeof ZCaseloadEntry>;

export const ZCaseload = z.object({
  scope: z
    .enum(['caseload', 'school', 'district'])
    .describe("A counselor's caseload, a school admin's school, or a whole district"),
  districtId: z.string().nullable(),
  setId: z.string().nullable().describe('The requirement set credits are counted against'),
  total: z.number().int().describe('Students in scope, before filters'),
  counts: z
    .record(ZSignalCode, z.number().int())
    .describe('Students in scope with each signal, before filters'),
  concentrators: z.number().int().describe('CTE concentrators in scope, before filters'),
  interestsKnown: z
    .boolean()
    .describe(
      'Whether the caller may see interest results (no_interest_profile is left out if not)',
    ),
  schools: z.array(z.object({ id: z.string(), name: z.string() })),
  matched: z.number().int().describe('Students that pass the filters (all pages)'),
  page: z.number().int().describe('This page (from 1); the CSV export is always one page'),
  pageSize: z.number().int().describe('Students per page'),
  items: z.array(ZCaseloadEntry).describe('The students of this page, in the sort order'),
});
export type TCaseload = z.infer<typeof ZCaseload>;

export const ZNoteBody = z.object({
  body: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(10_000, 'must be at most 10,000 characters'),
});
export type TNoteBody = z.infer<typeof ZNoteBody>;

export const ZNoteParams = z.object({
  id: z.string().min(1).max(80),
  noteId: z.string().min(1).max(80),
});

export const ZNote = z.object({
  id: z.string(),
  studentId: z.string(),
  districtId: z.string(),
  authorId: z.string(),
  authorName: z.string(),
  body: z.string(),
  createdAt: z.string(),
  updatedAt: z.string().nullable(),
  mine: z.boolean().describe('Written by the caller, who alone may edit or delete it'),
});
export type TNote = z.infer<typeof ZNote>;

export const ZNoteList = z.object({ items: z.array(ZNote) });
export type TNoteList = z.infer<typeof ZNoteList>;
