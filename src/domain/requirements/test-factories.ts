/** Small factories for hand-built transcripts and requirement sets in tests. */
import type {
  TCourseSelector,
  TRequirementNode,
  TRequirementSet,
} from '../../contracts/requirements.ts';
import type { CourseAttempt } from './attempts.ts';

let next = 0;

/** A passed one-credit course attempt in 2025–26 unless told otherwise. */
export function attempt(code: string, over: Partial<CourseAttempt> = {}): CourseAttempt {
  next += 1;
  const credits = over.creditsAttempted ?? 1;
  const result = over.result ?? 'pass';
  return {
    key: `a${next}`,
    code,
    title: `Course ${code}`,
    scedCode: /^\d{5}$/.test(code) ? code : null,
    schoolYear: 2026,
    term: 'year',
    creditsAttempted: credits,
    creditsEarned: result === 'pass' ? credits : 0,
    grade: result === 'pass' ? 'B' : result === 'fail' ? 'F' : null,
    result,
    cte: false,
    pathways: [],
    dualCredit: false,
    advanced: false,
    ...over,
  };
}

export const leaf = (
  id: string,
  select: TCourseSelector,
  over: Partial<Extract<TRequirementNode, { type: 'course_set' }>> = {},
): TRequirementNode => ({
  id,
  title: { en: id },
  type: 'course_set',
  select,
  shared: false,
  ...over,
});

export const setOf = (
  root: TRequirementNode,
  over: Partial<TRequirementSet> = {},
): TRequirementSet => ({
  id: 'test-set',
  title: { en: 'Test set' },
  districts: [],
  root,
  ...over,
});

/** Many attempts of one SCED subject: english(4) → 01001…01004. */
export const subject = (sced: string, count: number, over: Partial<CourseAttempt> = {}) =>
  Array.from({ length: count }, (_, i) =>
    attempt(`${sced}${String(i + 1).padStart(3, '0')}`, over),
  );
