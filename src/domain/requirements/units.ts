/**
 * Sets that count years of coursework rather than transcript credits. The UC/CSU "a-g" subject
 * requirements, for one, ask for "two years" of history or "one year" of visual and performing
 * arts, where a year is two semesters of a course (UC: one semester counts as half a year), and
 * California high schools award 5 or 10 credits a semester while most other states award 0.5.
 * Counting by term keeps such a set the same for every district: a full-year attempt is one
 * year, a semester half, a trimester a third, a quarter a fourth. An attempt whose term says
 * nothing of its length (summer school, a name no rule knows) counts its credits over the credits
 * a year of a course earns: the set's `creditsPerYear` when it gives one, else the scale the
 * student's own transcript shows (a semester attempted for 5 credits: 10 a year, so a 5-credit
 * summer course is half a year), else 1. A passed attempt that earned no credit counts nothing.
 */
import type { TRequirementSet } from '../../contracts/requirements.ts';
import type { CourseAttempt } from './attempts.ts';

/** Length in years of the terms whose name says it (terms.ts's kept names). */
const TERM_YEARS: Readonly<Record<string, number>> = {
  year: 1,
  s1: 1 / 2,
  s2: 1 / 2,
  fall: 1 / 2,
  spring: 1 / 2,
  t1: 1 / 3,
  t2: 1 / 3,
  t3: 1 / 3,
  q1: 1 / 4,
  q2: 1 / 4,
  q3: 1 / 4,
  q4: 1 / 4,
};

/** The years an attempt stands for, from its term, else from its credits. */
export function yearsOf(credits: number, term: string, creditsPerYear: number): number {
  if (!(credits > 0)) return 0;
  return TERM_YEARS[term.toLowerCase()] ?? credits / creditsPerYear;
}

/**
 * The credits a year of a course earns on this transcript: the most common ratio of credits
 * attempted to term length among attempts whose term tells its length (the larger on a tie);
 * undefined when none does.
 */
export function transcriptCreditsPerYear(attempts: readonly CourseAttempt[]): number | undefined {
  const counts = new Map<number, number>();
  for (const a of attempts) {
    const years = TERM_YEARS[a.term.toLowerCase()];
    if (years === undefined || !(a.creditsAttempted > 0)) continue;
    const ratio = Math.round((a.creditsAttempted / years) * 1000) / 1000;
    counts.set(ratio, (counts.get(ratio) ?? 0) + 1);
  }
  let best: number | undefined;
  let most = 0;
  for (const [ratio, n] of counts)
    if (n > most || (n === most && best !== undefined && ratio > best)) {
      best = ratio;
      most = n;
    }
  return best;
}

/**
 * The attempts as the set counts them: unchanged for a set of credits; for a set of years, each
 * attempt's credits attempted and earned given in years (so a retake's cap, one year's worth of
 * a course, is in years too). The keys stay, so the check's answers name the stored attempts.
 */
export function inSetUnits(
  set: Pick<TRequirementSet, 'unit' | 'creditsPerYear'>,
  attempts: readonly CourseAttempt[],
): readonly CourseAttempt[] {
  if (set.unit !== 'years') return attempts;
  const perYear = set.creditsPerYear ?? transcriptCreditsPerYear(attempts) ?? 1;
  return attempts.map((a) => ({
    ...a,
    creditsAttempted: yearsOf(a.creditsAttempted, a.term, perYear),
    creditsEarned: yearsOf(a.creditsEarned, a.term, perYear),
  }));
}
