/** The API's shapes for a student's saved interest results, saved items and home. */
import { z } from 'zod';
import { ZStudent } from './accounts.ts';
import { ZPathwayCode } from './framework.ts';
import { ZAnswers, ZProfilerFormNumber, ZProfilerResults, ZScores } from './interests.ts';

export const ZStudentIdParams = z.object({ id: z.string().min(1).max(64) });

export const ZSaveResultRequest = z.object({ form: ZProfilerFormNumber, answers: ZAnswers });

export const ZSavedResult = z.object({
  id: z.string(),
  form: ZProfilerFormNumber,
  takenAt: z.string().describe('When the student finished it (ISO 8601)'),
  scores: ZScores,
  max: z.number().int(),
  code: z.string(),
});
export type TSavedResult = z.infer<typeof ZSavedResult>;

export const ZResultList = z.object({
  districtId: z.string(),
  studentId: z.string(),
  items: z.array(ZSavedResult).describe('Newest first'),
  change: ZScores.nullable().describe(
    'How each area moved from the previous result to the latest, in percentage points of the maximum',
  ),
});
export type TResultList = z.infer<typeof ZResultList>;

export const ZSavedItemKind = z.enum(['occupation', 'pathway', 'program']);
export const ZSaveItemRequest = z.object({
  kind: ZSavedItemKind,
  ref: z.string().min(1).max(100).describe('Occupation code, pathway code or program id'),
});
export const ZSavedItem = ZSaveItemRequest.extend({ title: z.string(), savedAt: z.string() });
export type TSavedItem = z.infer<typeof ZSavedItem>;
export const ZSavedItemList = z.object({
  districtId: z.string(),
  studentId: z.string(),
  items: z.array(ZSavedItem),
});
export type TSavedItemList = z.infer<typeof ZSavedItemList>;

export const ZOfferedProgram = z.object({
  id: z.string(),
  title: z.string(),
  pathwayCode: ZPathwayCode,
});
export const ZProgramsQuery = z.object({
  pathways: z
    .string()
    .regex(/^\d{2}-\d{2}(,\d{2}-\d{2}){0,19}$/, 'must be up to 20 pathway codes, comma-separated')
    .describe('Pathway codes, comma-separated: 08-05,11-04'),
  lang: z.enum(['en', 'es']).optional(),
});
export const ZOfferedPrograms = z.object({
  districtId: z.string(),
  items: z.array(ZOfferedProgram),
});
export type TOfferedPrograms = z.infer<typeof ZOfferedPrograms>;

export const ZStudentHome = z.object({
  student: ZStudent.pick({ id: true, name: true, districtId: true, schoolId: true }),
  latest: ZSavedResult.nullable(),
  change: ZScores.nullable(),
  results: ZProfilerResults.nullable().describe('Matches for the latest result'),
  saved: z.array(ZSavedItem),
  programs: z
    .array(ZOfferedProgram)
    .describe("Their school's and district's programs of study in their top pathways"),
  next: z.array(
    z.enum([
      'take_profiler',
      'retake_profiler',
      'explore_pathways',
      'save_items',
      'talk_to_counselor',
    ]),
  ),
});
export type TStudentHome = z.infer<typeof ZStudentHome>;
