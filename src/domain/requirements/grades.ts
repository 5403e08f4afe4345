/** Letter grades in order, for minimum grades and for choosing the best of several attempts. */
import { LETTER_GRADES } from '../../contracts/requirements.ts';

/**
 * The letter a percentage grade stands for, on the common US high-school scale with plus and
 * minus (97 A+, 93 A, 90 A-, 87 B+, 83 B, 80 B-, 77 C+, 73 C, 70 C-, 67 D+, 63 D, 60 D-, below 60
 * F): lowest percentage of each letter, best first, as LETTER_GRADES lists them.
 */
const PERCENT_FLOORS = [97, 93, 90, 87, 83, 80, 77, 73, 70, 67, 63, 60, 0];

/**
 * The letter a grade is: a letter grade as written (case and surrounding spaces aside), or a percentage's
 * letter ("93" → "A", "87.5" → "B+"); undefined for anything else (P, CR, IP, "101").
 */
export function letterOf(grade: string | null): (typeof LETTER_GRADES)[number] | undefined {
  if (grade === null) return undefined;
  const text = grade.trim().toUpperCase();
  const index = (LETTER_GRADES as readonly string[]).indexOf(text);
  if (index >= 0) return LETTER_GRADES[index];
  if (!/^\d{1,3}(\.\d+)?$/.test(text)) return undefined;
  const value = Number(text);
  if (value > 100) return undefined;
  return LETTER_GRADES[PERCENT_FLOORS.findIndex((floor) => value >= floor)];
}

/**
 * Higher is better: A+ is 12, F is 0; a percentage counts as its letter (93 as A); a pass without
 * a letter (P, S, CR) ranks below D-.
 */
export function gradeRank(grade: string | null): number {
  const letter = letterOf(grade);
  return letter === undefined ? -1 : LETTER_GRADES.length - 1 - LETTER_GRADES.indexOf(letter);
}

/** Whether a grade reaches a minimum. A grade without a letter or percentage never meets a minimum. */
export function meetsMinimum(grade: string | null, minimum: string | undefined): boolean {
  if (minimum === undefined) return true;
  const rank = gradeRank(grade);
  return rank >= 0 && rank >= gradeRank(minimum);
}
