/**
 * A minimum grade point average as a requirement (Florida's standard diploma asks a cumulative
 * 2.0 on the unweighted 4.0 scale; University of California eligibility a 3.0 in a-g courses, with
 * an extra point for honors grades of C or better, at most eight semesters of them). The average
 * is over the finished attempts the node selects, passed and failed, each by its credits
 * attempted (in years for a set that counts years), on the scale of triage/gpa.ts. Left out: a
 * failed try of a course passed later (grade forgiveness), a try the check does not count (a
 * retake beyond what the course offers), attempts under way or planned, and marks without a
 * letter (P, CR). Honors points go to grades of C- or better in the honors courses, to the first
 * `maxCredits` of them by date. A pass whose credit was withheld keeps its grade in the average
 * (by its credits attempted, as the transcript's GPA keeps it), though it fills no requirement; a
 * course carrying no credit weighs nothing.
 */
import type { TGpaNode } from '../../contracts/requirements.ts';
import { GRADE_POINTS } from '../triage/gpa.ts';
import { chronological, type CourseAttempt } from './attempts.ts';
import { gradeRank, letterOf } from './grades.ts';
import { selects } from './select.ts';
import { courseCodeKey } from './course-code-key.ts';

const C_MINUS = gradeRank('C-');

/** The node's grade point average, to two decimals, or null when no grade counts. */
export function gpaFor(
  node: TGpaNode,
  attempts: readonly CourseAttempt[],
  notCountedKeys: ReadonlySet<string>,
): number | null {
  const passed = new Set(
    attempts.filter((a) => a.result === 'pass').map((a) => courseCodeKey(a.code)),
  );
  let points = 0;
  let credits = 0;
  let honorsLeft = node.honors?.maxCredits ?? Infinity;
  for (const a of [...attempts].sort(chronological)) {
    if (a.result !== 'pass' && a.result !== 'fail') continue;
    if (a.result === 'fail' && passed.has(courseCodeKey(a.code))) continue;
    if (a.result === 'pass' && notCountedKeys.has(a.key)) continue;
    if (node.select && !selects(node.select, a)) continue;
    const letter = letterOf(a.grade);
    const value = letter === undefined ? undefined : GRADE_POINTS[letter];
    if (value === undefined || !(a.creditsAttempted > 0)) continue;
    let weighted = value * a.creditsAttempted;
    const honors = node.honors;
    if (honors && honorsLeft > 0 && gradeRank(a.grade) >= C_MINUS && selects(honors.select, a)) {
      const share = Math.min(a.creditsAttempted, honorsLeft);
      weighted += honors.points * share;
      honorsLeft -= share;
    }
    points += weighted;
    credits += a.creditsAttempted;
  }
  return credits === 0 ? null : Math.round((points / credits) * 100) / 100;
}
