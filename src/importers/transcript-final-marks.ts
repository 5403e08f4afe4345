/**
 * Which rows of a transcript export are final marks. Student information systems export every
 * stored grade of a course: PowerSchool's StoredGrades, for one year-long course, can hold Q1,
 * Q2, E1 (the semester exam), S1, Q3, Q4, E2, S2 and Y1. Quarter and exam marks are progress
 * marks towards the semester or year mark that carries the credit; kept as attempts of their own,
 * a Q1 "A" would pass a course whose S1 was an "F".
 *
 * So, for one student, place, school year and course:
 * - a quarter or exam row (q1–q4, e1, e2) under a row whose term contains it (s1 or fall holds
 *   q1, q2 and e1; s2 or spring holds q3, q4 and e2; the year holds them all) is not kept;
 * - of a semester or trimester row and a year row, one carrying no credits attempted is not kept
 *   when the other carries some (schools store the credit on one of the two, and the other mark
 *   is a summary).
 * Every other row is kept as written: a school that gives credit by the quarter exports quarters
 * alone.
 */
import { institutionKey } from '../domain/requirements/transfer.ts';
import type { TranscriptRow } from './transcript-csv.ts';
import { courseCodeKey } from '../domain/requirements/course-code-key.ts';

/**
 * One course of one student in one school year, where it was earned: the attempt a row is but
 * for its term. A course earned elsewhere is told apart by its place's name, one with a code by
 * its key (course-code-key.ts: "ENG 101", "ENG-101" and "eng101" are one course), and one without
 * a code by its title.
 */
export function courseOf(
  row: Pick<
    TranscriptRow,
    'localId' | 'earnedAt' | 'schoolId' | 'schoolYear' | 'courseCode' | 'courseTitle'
  >,
): string {
  const place = row.earnedAt ? `@${institutionKey(row.earnedAt.name)}` : row.schoolId;
  const course =
    row.courseCode === ''
      ? `title:${row.courseTitle.toUpperCase()}`
      : courseCodeKey(row.courseCode);
  return [row.localId, place, row.schoolYear, course].join('\u0000');
}

/** The quarters of the school year (1–4) each term covers; summer and unknown terms none. */
const SPAN: Record<string, readonly number[]> = {
  q1: [1],
  q2: [2],
  e1: [2],
  q3: [3],
  q4: [4],
  e2: [4],
  s1: [1, 2],
  fall: [1, 2],
  s2: [3, 4],
  spring: [3, 4],
  t1: [1, 2],
  t2: [2, 3],
  t3: [3, 4],
  year: [1, 2, 3, 4],
};
const PROGRESS = new Set(['q1', 'q2', 'q3', 'q4', 'e1', 'e2']);
const PARTS = new Set(['s1', 's2', 'fall', 'spring', 't1', 't2', 't3']);

const contains = (outer: string, inner: string) => {
  const a = SPAN[outer];
  const b = SPAN[inner];
  return a !== undefined && b !== undefined && outer !== inner && b.every((q) => a.includes(q));
};

/** The rows kept as attempts, and the progress or summary marks left out (in file order). */
export function finalMarks(rows: readonly TranscriptRow[]): {
  kept: TranscriptRow[];
  progressMarks: TranscriptRow[];
} {
  const byCourse = new Map<string, TranscriptRow[]>();
  for (const row of rows) {
    if (SPAN[row.term] === undefined) continue;
    const key = courseOf(row);
    const list = byCourse.get(key);
    if (list) list.push(row);
    else byCourse.set(key, [row]);
  }
  const left = new Set<TranscriptRow>();
  for (const list of byCourse.values()) {
    if (list.length < 2) continue;
    for (const row of list) {
      const under = list.some((other) => contains(other.term, row.term));
      if (PROGRESS.has(row.term) && under) left.add(row);
      else if (row.creditsAttempted === 0 && (PARTS.has(row.term) || row.term === 'year')) {
        // A semester mark beside a year mark that carries the credit, or the other way round.
        const carrier = list.some(
          (other) =>
            other.creditsAttempted > 0 &&
            !PROGRESS.has(other.term) &&
            (contains(other.term, row.term) || contains(row.term, other.term)),
        );
        if (carrier) left.add(row);
      }
    }
  }
  return {
    kept: rows.filter((row) => !left.has(row)),
    progressMarks: rows.filter((row) => left.has(row)),
  };
}
