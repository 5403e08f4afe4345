/** The order of a program's steps: grade 9 … 12, then postsecondary years 1 … 6, terms within. */
import type { TStep, TStepLevel } from '../../contracts/program.ts';

/** Every course a step names: those listed, then those of its choices ("choose 1 of"). */
export function stepCourseIds(step: Pick<TStep, 'courses' | 'choices'>): string[] {
  const ids = [...step.courses];
  for (const choice of step.choices ?? []) ids.push(...choice.courses);
  return ids;
}

/** Every credential a step names: those earned, then those of its choices ("one of"). */
export function stepCredentialIds(
  step: Pick<TStep, 'credentials' | 'credentialChoices'>,
): string[] {
  const ids = [...step.credentials];
  for (const choice of step.credentialChoices ?? []) ids.push(...choice.credentials);
  return ids;
}

export const LEVEL_ORDER: Readonly<Record<TStepLevel, number>> = {
  'grade-9': 0,
  'grade-10': 1,
  'grade-11': 2,
  'grade-12': 3,
  'postsecondary-1': 4,
  'postsecondary-2': 5,
  'postsecondary-3': 6,
  'postsecondary-4': 7,
  'postsecondary-5': 8,
  'postsecondary-6': 9,
};

/** Terms that come one after another within a level; "year" (or no term) spans them all. */
const TERM_ORDER: Readonly<Record<string, number>> = { fall: 0, winter: 1, spring: 2, summer: 3 };

export const isGradeLevel = (level: TStepLevel): boolean => LEVEL_ORDER[level] <= 3;

/** The grade (9–12) of a high school level, or undefined for a postsecondary year. */
export function gradeOf(level: TStepLevel): number | undefined {
  const order = LEVEL_ORDER[level];
  return order <= 3 ? order + 9 : undefined;
}

/** The postsecondary year (1–6) of a level, or undefined for a grade. */
export function postsecondaryYearOf(level: TStepLevel): number | undefined {
  const order = LEVEL_ORDER[level];
  return order >= 4 ? order - 3 : undefined;
}

/** True when step `a` is over before step `b` starts. */
export function isBefore(
  a: Pick<TStep, 'level' | 'term'>,
  b: Pick<TStep, 'level' | 'term'>,
): boolean {
  const la = LEVEL_ORDER[a.level];
  const lb = LEVEL_ORDER[b.level];
  if (la !== lb) return la < lb;
  const ta = a.term === undefined ? undefined : TERM_ORDER[a.term];
  const tb = b.term === undefined ? undefined : TERM_ORDER[b.term];
  return ta !== undefined && tb !== undefined && ta < tb;
}
