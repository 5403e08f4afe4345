/** Letter grades in order, for minimum grades and for choosing the best of several attempts. */
import { LETTER_GRADES } from '../../contracts/requirements.ts';

/** Higher is better: A+ is 12, F is 0; a pass without a letter (P, S, CR) ranks below D-. */
export function gradeRank(grade: string | null): number {
  if (grade === null) return -1;
  const index = (LETTER_GRADES as readonly string[]).indexOf(grade.trim().toUpperCase());
  return index < 0 ? -1 : LETTER_GRADES.length - 1 - index;
}

/** Whether a grade reaches a minimum. A grade without a letter never meets a minimum. */
export function meetsMinimum(grade: string | null, minimum: string | undefined): boolean {
  if (minimum === undefined) return true;
  const rank = gradeRank(grade);
  return rank >= 0 && rank >= gradeRank(minimum);
}
