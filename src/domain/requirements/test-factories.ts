/** Small factories for hand-built transcripts and requirement sets in tests. */
import type {
  TCourseSelector,
  TRequirementNode,
  TRequirementSet,
} from '../../contracts/requirements.ts';
import type { CourseAttempt } from './attempts.ts';
import type { NodeProgress, ProgressCheck } from './evaluate.ts';

/** A node of a check by id (throws when the set has none). */
export function nodeOf(check: ProgressCheck, id: string): NodeProgress {
  const find = (n: NodeProgress): NodeProgress | undefined =>
    n.id === id ? n : n.children.map(find).find(Boolean);
  const found = find(check.root);
  if (!found) throw new Error(`no node ${id}`);
  return found;
}

/** Status, credits earned and under way of some nodes, by id, for one toEqual. */
export const summary = (check: ProgressCheck, ids: readonly string[]) =>
  Object.fromEntries(
    ids.map((id) => {
      const n = nodeOf(check, id);
      return [id, `${n.status} ${n.earned}+${n.inProgress}`];
    }),
  );

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

/**
 * One line of a transcript as a registrar writes it: the mark decides the result (F fail, W
 * withdrawn, I incomplete, IP under way, PLAN planned, any other mark passed, with its credits
 * earned). Keys are `year:term:code` as the progress API names attempts.
 */
export function took(
  code: string,
  title: string,
  schoolYear: number,
  term: string,
  credits: number,
  mark: string,
  over: Partial<CourseAttempt> = {},
): CourseAttempt {
  const result: CourseAttempt['result'] =
    mark === 'F'
      ? 'fail'
      : mark === 'W'
        ? 'withdrawn'
        : mark === 'I'
          ? 'incomplete'
          : mark === 'IP'
            ? 'in_progress'
            : mark === 'PLAN'
              ? 'planned'
              : 'pass';
  return {
    key: `${schoolYear}:${term}:${code}`,
    code,
    title,
    scedCode: /^\d{5}$/.test(code) ? code : null,
    schoolYear,
    term,
    creditsAttempted: credits,
    creditsEarned: result === 'pass' ? credits : 0,
    grade: result === 'pass' || result === 'fail' ? mark : null,
    result,
    cte: false,
    pathways: [],
    dualCredit: false,
    advanced: false,
    ...over,
  };
}

/** A year-long course written as two semester lines (s1, s2), each with its own mark. */
export const semesters = (
  code: string,
  title: string,
  schoolYear: number,
  marks: readonly [string, string],
  creditsEach: number,
  over: Partial<CourseAttempt> = {},
) => [
  took(code, title, schoolYear, 's1', creditsEach, marks[0], over),
  took(code, title, schoolYear, 's2', creditsEach, marks[1], over),
];

/**
 * The same transcript as a district reports it whose SCED files world languages under subject
 * area 24, World Languages (the current list: CEDS "SCED Course Subject Area", which has no 06),
 * rather than 06, Foreign Language and Literature (older SCED versions): each 06 course gets a
 * local code and a 24 SCED code. The course number is kept as it was; only the subject area
 * (what the sets select on) is the point.
 */
export const asWorldLanguages = (attempts: readonly CourseAttempt[]): CourseAttempt[] =>
  attempts.map((a) =>
    a.scedCode?.startsWith('06')
      ? { ...a, code: `WL-${a.scedCode.slice(2)}`, scedCode: `24${a.scedCode.slice(2)}` }
      : a,
  );
