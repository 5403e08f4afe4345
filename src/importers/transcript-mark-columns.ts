/**
 * The columns of a transcript export that hold the mark and the result (transcript-columns.ts
 * finds the others): the names each is looked for under, and the mark column a file of grade
 * levels must not be taken for.
 */
import { gradeLevel } from './roster-csv.ts';
import { bareHeaderKey, type TabularFile } from './tabular.ts';
import { issueText } from './issue-text.ts';

export const RESULT_NAMES = [
  'result',
  'course_attempt_result',
  'attempt_result',
  'course_result',
  'course_outcome',
];

/**
 * Mark columns, in the order they are looked for. "Grade" last: in some exports (Infinite Campus)
 * it is the grade level beside the "Score"; a "Grade" column whose fields are grade levels (09,
 * 10th, Sophomore) is never read as the mark.
 */
const GRADE_NAMES = [
  'letter_grade',
  'final_grade',
  'final_letter_grade',
  'final_letter_grade_earned',
  'student_course_final_grade',
  'course_final_grade',
  'final_mark',
  'course_academic_grade',
  'grde_code_final',
  'alpha_grade',
  'display_grade',
  'mark',
  'score',
  'grade',
];

/** A percent mark, read where the mark field is empty or the file has no other mark. */
const PERCENT_NAMES = [
  'percent',
  'final_percent',
  'percentage',
  'numeric_grade',
  'final_numeric_grade',
  'final_numeric_grade_earned',
];

/**
 * The mark column and the percent column read beside it. A file with neither a mark nor a result
 * column gets an issue; so does one whose only mark column holds grade levels.
 */
export function markColumns(
  file: TabularFile,
  hasResult: boolean,
): { letter_grade: number; percent: number } {
  const present = (names: string[]) => names.filter((n) => file.has(n)).map((n) => file.column(n));
  const levels: number[] = [];
  const letters = present(GRADE_NAMES).filter((column) => {
    const isLevel = holdsGradeLevels(file, column);
    if (isLevel) levels.push(column);
    return !isLevel;
  });
  const percents = present(PERCENT_NAMES);
  const letter = letters[0] ?? -1;
  const percent = percents.find((column) => column !== letter) ?? -1;
  if (letter < 0 && percent < 0 && !hasResult) {
    if (levels.length > 0) {
      const name = file.header[levels[0]!]!.trim();
      file.issues.push({
        file: file.name,
        line: 1,
        column: levels[0]! + 1,
        columnName: file.header[levels[0]!],
        ...issueText('grade_levels', { sample: sampleOf(file, levels[0]!), name }),
      });
    } else file.column(...GRADE_NAMES);
  }
  return { letter_grade: letter, percent };
}

/**
 * Whether a plain "Grade" column holds grade levels, not marks: every field is a grade level from
 * 6 to 12 and one at least can be nothing else (09, 10th, Grade 11, Sophomore) — a file of marks
 * 9 to 12 alone would be a file of percents no one passed.
 */
function holdsGradeLevels(file: TabularFile, column: number): boolean {
  if (bareHeaderKey(file.header[column] ?? '') !== 'grade') return false;
  let plainLevel = false;
  let any = false;
  for (const row of file.rows) {
    const value = file.get(row, column);
    if (value === '') continue;
    any = true;
    if (gradeLevel(value) === undefined) return false;
    if (/^0\d$|[a-z]/i.test(value)) plainLevel = true;
  }
  return any && plainLevel;
}

const sampleOf = (file: TabularFile, column: number) =>
  file.rows.map((row) => file.get(row, column)).find((v) => v !== '') ?? '';
