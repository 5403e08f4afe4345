/**
 * Grade point average from letter grades, on the common unweighted 4.0 scale: A+ and A 4.0,
 * A- 3.7, B+ 3.3, B 3.0, B- 2.7, C+ 2.3, C 2.0, C- 1.7, D+ 1.3, D 1.0, D- 0.7, F 0. Each finished
 * attempt (passed or failed) with a letter counts by its credits attempted (a percentage grade
 * by its letter: 93 as A); attempts without a letter (P, S, CR), in progress, withdrawn or
 * incomplete do not count. A pass whose credit was withheld keeps its grade, by its credits
 * attempted; a course carrying no credit weighs nothing. No honors weighting.
 */
import type { CourseAttempt } from '../requirements/attempts.ts';
import { letterOf } from '../requirements/grades.ts';

export const GRADE_POINTS: Readonly<Record<string, number>> = {
  'A+': 4,
  A: 4,
  'A-': 3.7,
  'B+': 3.3,
  B: 3,
  'B-': 2.7,
  'C+': 2.3,
  C: 2,
  'C-': 1.7,
  'D+': 1.3,
  D: 1,
  'D-': 0.7,
  F: 0,
};

/** The credits-weighted GPA of the attempts, or null when none of them has a letter that counts. */
export function gradePointAverage(attempts: readonly CourseAttempt[]): number | null {
  let points = 0;
  let credits = 0;
  for (const a of attempts) {
    if (a.result !== 'pass' && a.result !== 'fail') continue;
    const letter = letterOf(a.grade);
    const value = letter === undefined ? undefined : GRADE_POINTS[letter];
    if (value === undefined || a.creditsAttempted <= 0) continue;
    points += value * a.creditsAttempted;
    credits += a.creditsAttempted;
  }
  return credits === 0 ? null : Math.round((points / credits) * 100) / 100;
}
