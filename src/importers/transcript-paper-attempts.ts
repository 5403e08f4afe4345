/**
 * The attempts of a paper transcript (transcript-paper.ts): a course read whole, its result told
 * from its mark (a transfer mark is a pass), refused when the mark says neither or when the same
 * course is listed twice for the same student, place, year and term, else kept as a transcript
 * row ready for the import.
 */
import type { TabularFile, TabularRow } from './tabular.ts';
import type { EarnedElsewhere, TranscriptOptions, TranscriptRow } from './transcript-csv.ts';
import { FAILING, resultOf } from './transcript-marks.ts';
import { missingLowestPass } from './transcript-passing.ts';
import { titleKey } from './transcript-paper-lines.ts';
import { issueText } from './issue-text.ts';
import { titleFlags } from './transcript-title-flags.ts';
import { flagsText, type CourseFlag } from '../domain/requirements/course-flags.ts';
import { courseCodeKey } from '../domain/requirements/course-code-key.ts';
import { institutionKey } from '../domain/requirements/transfer.ts';

/** The mark of credit accepted from another school: a pass, printed on transfer credit only. */
export const TRANSFER_MARK = /^(?:TR|T)$/;

/** A course of a paper transcript, read from its columns or from a transfer line. */
export interface PaperCourse {
  localId: string;
  schoolId: string;
  year: number | undefined;
  gradeLevel: number | undefined;
  term: string;
  code: string;
  title: string;
  sced: string | null;
  credit: number;
  grade: string;
  flags: CourseFlag[];
  earnedAt: EarnedElsewhere | undefined;
}

/** The rows kept so far, and how to add one (undefined when it is refused on the file). */
export function paperAttempts(
  file: TabularFile,
  options: TranscriptOptions,
  percentScale: boolean,
): { rows: TranscriptRow[]; add: PaperAdd } {
  const rows: TranscriptRow[] = [];
  const seen = new Map<string, number>();
  /** The attempt of a course read whole: its result told from its mark, once per term. */
  const add = (
    row: TabularRow,
    course: PaperCourse,
    where: { title: number; mark: number },
  ): TranscriptRow | undefined => {
    const { grade, credit, earnedAt } = course;
    const lowest = options.lowest ?? {};
    const result =
      earnedAt && TRANSFER_MARK.test(grade)
        ? 'pass'
        : resultOf(grade, credit, undefined, percentScale, true, lowest);
    if (result === undefined || (result === 'pass' && FAILING.has(grade))) {
      const option = missingLowestPass(grade, lowest, percentScale) ?? 'none';
      file.fail(
        row,
        where.mark,
        issueText('result_unknown', { where: 'mark', grade, credit: 'no_column', option }),
      );
      return;
    }
    const year = course.year ?? `grade ${course.gradeLevel}`;
    const courseKey = course.code ? courseCodeKey(course.code) : titleKey(course.title);
    const place = earnedAt ? `transfer:${institutionKey(earnedAt.name)}` : course.schoolId;
    const key = [course.localId, place, year, course.term, courseKey].join('\u0000');
    const first = seen.get(key);
    if (first !== undefined) {
      file.fail(row, where.title, issueText('repeats_attempt', { line: String(first) }));
      return;
    }
    seen.set(key, row.line);
    const courseFlags = flagsText([...course.flags, ...titleFlags(course.title)]);
    const added: TranscriptRow = {
      line: row.line,
      localId: course.localId,
      schoolId: course.schoolId,
      ...(earnedAt ? { earnedAt } : {}),
      // Under a heading of the grade alone, found by the import from the roster.
      schoolYear: course.year ?? 0,
      term: course.term,
      courseCode: course.code,
      courseTitle: course.title,
      scedCode: course.sced,
      creditsAttempted: credit,
      creditsEarned: result === 'pass' ? credit : 0,
      letterGrade: grade === '' ? null : grade,
      result,
      ...(courseFlags === null ? {} : { courseFlags }),
      // A course taken elsewhere counts as the catalog's course of its code, else as an elective.
      ...(course.code === '' && !earnedAt ? { byTitle: true } : {}),
      ...(course.gradeLevel !== undefined ? { gradeLevel: course.gradeLevel } : {}),
      ...(course.year === undefined ? { byGrade: true } : {}),
    };
    rows.push(added);
    return added;
  };
  return { rows, add };
}

export type PaperAdd = (
  row: TabularRow,
  course: PaperCourse,
  where: { title: number; mark: number },
) => TranscriptRow | undefined;
