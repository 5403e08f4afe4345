/**
 * Which column of a transcript export holds what. Headers are compared without case, spaces or
 * punctuation (tabular.ts), and each field is looked for under the names the SIS and state files
 * give it: PowerSchool stored grades, Infinite Campus, Aeries, Skyward, Synergy course history,
 * PCR Educator, CALPADS Student Course Section Completion (SCSC: Academic Year ID, Local Course
 * ID, Academic Term Code, Student Credits Attempted/Earned, Student Course Final Grade), Ed-Fi
 * and Texas TSDS course transcripts (LocalCourseCode, FinalLetterGradeEarned,
 * FinalNumericGradeEarned) and the PESC high school transcript (SessionName, SessionSchoolYear,
 * CourseCreditValue, CourseAcademicGrade).
 */
import type { TabularFile } from './tabular.ts';
import { holdsBannerTerms } from './transcript-banner.ts';
import { earnedAtColumns } from './transcript-earned-at.ts';
import { flagColumns } from './transcript-flags.ts';
import { creditStatusColumns } from './transcript-credit-status.ts';
import { markColumns, RESULT_NAMES } from './transcript-mark-columns.ts';

export const STUDENT_ID_NAMES = [
  'student_id',
  'student_number',
  'local_student_id',
  'student_no',
  'perm_id',
  'permanent_id',
  'student_unique_id',
  'stu_num',
  // Synergy's student number; Aeries's permanent id.
  'sis_number',
  'pid',
  // Skyward's district student number beside its internal id.
  'other_id',
];

const OTHER_CODE_NAMES = [
  'local_course_code',
  'local_course_id',
  'short_course_name',
  'course_id',
  'crs_num',
  'crs_code',
  'crs',
];

export const YEAR_NAMES = [
  'school_year',
  'academic_year',
  'academic_year_id',
  'session_school_year',
  'school_year_date',
  'end_year',
  'year',
  'school_yr',
];

export type TranscriptColumns = ReturnType<typeof transcriptColumns>;

/**
 * The column of each field (-1 when an optional one is absent); a missing required column is an
 * issue on the header line, naming what the header has.
 */
export function transcriptColumns(file: TabularFile) {
  const optional = (...names: string[]) =>
    names.some((n) => file.has(n)) ? file.column(...names) : -1;
  // Either may be left out, not both: the result is told from the mark, or given.
  const hasResult = RESULT_NAMES.some((n) => file.has(n));
  const termNames = [
    'term',
    'term_name',
    'term_code',
    'academic_term_code',
    'session',
    'session_name',
    'store_code',
    'semester',
    'marking_period',
    'marking_period_code',
    'grading_period',
    'actual_term',
  ];
  // Ellucian Banner academic history: the term code (202410) gives the school year, read by the
  // caller's mapping (transcript-banner.ts), and the course is its subject and number.
  const banner = holdsBannerTerms(file, optional(...termNames));
  return {
    student_id: file.column(...STUDENT_ID_NAMES),
    school_id: file.column(
      'school_id',
      'school_number',
      'school_code',
      'school_num',
      'sch_code',
      'school_of_attendance',
      'school_of_course_delivery',
      'location_code',
      // Last: "School" may name the school rather than give its id (then every row says so).
      'school',
    ),
    // PowerSchool's TermID (3300 is 2023–24) only when no column names the year itself.
    school_year: yearColumn(file, banner),
    term: file.column(...termNames),
    course_code: file.column(
      'course_code',
      'course_number',
      'course_num',
      'course_no',
      'crse_numb',
      ...OTHER_CODE_NAMES,
      // Last: a student's grade history names the title "Course" beside the "Course Number".
      'course',
    ),
    subject: banner ? optional('subject', 'subj', 'subj_code', 'subject_code') : -1,
    course_title: titleColumn(file, optional),
    sced_code: optional('sced_code', 'sced', 'sced_course_code'),
    ...creditColumns(file),
    // Looked for here, so that a file's missing columns are named in the header's order.
    ...markColumns(file, hasResult),
    result: optional(...RESULT_NAMES),
    ...earnedAtColumns(optional),
    ...flagColumns(optional),
    ...creditStatusColumns(optional),
  };
}

/**
 * The course title's column. A student's grade history (Focus) names the course "Course" beside
 * its "Course Number"; state files (CALPADS SCSC) leave the title to the course file, and the
 * code stands for it (-1).
 */
function titleColumn(file: TabularFile, optional: (...names: string[]) => number): number {
  const title = optional(
    'course_title',
    'course_name',
    'course_description',
    'course_desc',
    'crs_title',
    'crs_desc',
    'crse_title',
    'title',
  );
  if (title >= 0 || !file.has('course')) return title;
  const codes = ['course_code', 'course_number', 'course_num', 'course_no', ...OTHER_CODE_NAMES];
  return codes.some((n) => file.has(n)) ? file.column('course') : -1;
}

const ATTEMPTED_NAMES = [
  'credits_attempted',
  'attempted_credits',
  'credit_attempted',
  'student_credits_attempted',
  'credits_possible',
  'potential_credits',
  'potential_cr_hrs',
  'course_credit_value',
  'cred_attempted',
  'cr_attempted',
  'cred_att',
  'crd_att',
  'attempted_hours',
];
const EARNED_NAMES = [
  'credits_earned',
  'earned_credits',
  'credit_earned',
  'student_credits_earned',
  'earned_cr_hrs',
  'credits_completed',
  'credit_completed',
  'course_credit_earned',
  'cred_earned',
  'cred_earn',
  'cr_earned',
  'crd_earned',
  'earned_hours',
  'earned_hrs',
];
/** One credits column, as a plain transcript lists the credit each course carries. */
const CREDIT_NAMES = ['credits', 'credit', 'credit_value', 'credit_hours', 'credit_hrs', 'units'];

/**
 * The credits attempted and earned columns; a file with neither but one "Credits" column reads
 * it as the credit each course carries (attempted), and the earned credits from the result
 * (credits_earned -1: none in the file).
 */
function creditColumns(file: TabularFile): { credits_attempted: number; credits_earned: number } {
  const either = [...ATTEMPTED_NAMES, ...EARNED_NAMES].some((n) => file.has(n));
  if (!either && CREDIT_NAMES.some((n) => file.has(n)))
    return { credits_attempted: file.column(...CREDIT_NAMES), credits_earned: -1 };
  // "Credits" (or Banner's "Credit Hours") beside "Credits Earned": the credit attempted.
  const attempted =
    !ATTEMPTED_NAMES.some((n) => file.has(n)) && CREDIT_NAMES.some((n) => file.has(n))
      ? CREDIT_NAMES
      : ATTEMPTED_NAMES;
  return {
    credits_attempted: file.column(...attempted),
    credits_earned: file.column(...EARNED_NAMES),
  };
}

/**
 * The school year's column: one that names the year, else PowerSchool's TermID, else none (-1)
 * where Banner term codes give it.
 */
function yearColumn(file: TabularFile, banner: boolean): number {
  if (!YEAR_NAMES.some((n) => file.has(n)) && file.has('term_id')) return file.column('term_id');
  if (!YEAR_NAMES.some((n) => file.has(n)) && banner) return -1;
  return file.column(...YEAR_NAMES);
}

export const isTermIdColumn = (file: TabularFile, column: number) =>
  column >= 0 && file.has('term_id') && file.column('term_id') === column;
