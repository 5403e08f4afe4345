/**
 * The fields of a community college transcript as a registrar exports it (transcript-college.ts):
 * which columns hold what, the course code, the mark's result, the repeat flag and the term.
 */
import type { TranscriptResult } from './transcript-csv.ts';
import type { TabularFile } from './tabular.ts';
import { termWithYear } from '../domain/requirements/terms.ts';
import { STUDENT_ID_NAMES } from './transcript-columns.ts';

const IDS = [...STUDENT_ID_NAMES, 'emplid', 'id_number', 'stu_id'];
const UNIT_WORDS = ['units', 'credits', 'hours', 'credit_hours', 'credit_units', 'hrs', 'cr_hrs'];
/** "Units Attempted", "Attempted Units", "Units Att", "Att Units" (and Earned, Earn, Ern). */
const withWord = (words: readonly string[], word: 'attempted' | 'earned') => {
  const short = word === 'attempted' ? ['att', 'atmp'] : ['earn', 'ern', 'erned'];
  return words.flatMap((w) => [
    `${w}_${word}`,
    `${word}_${w}`,
    ...short.flatMap((s) => [`${w}_${s}`, `${s}_${w}`]),
  ]);
};
const QUARTER = ['quarter_units', 'quarter_hours', 'quarter_credits', 'qtr_units', 'qtr_hours'];

/** The column of each field; -1 where an optional one is absent. */
export function collegeColumns(file: TabularFile) {
  const optional = (...names: string[]) =>
    names.some((n) => file.has(n)) ? file.column(...names) : -1;
  const subject = optional('subject', 'subj', 'subject_code', 'course_prefix', 'prefix', 'dept');
  const number =
    subject >= 0
      ? file.column(
          'course_number',
          'catalog_number',
          'catalog_nbr',
          'number',
          'crse_numb',
          'course_no',
          'course_num',
          'catalog',
        )
      : -1;
  const attempted = optional(
    ...withWord([...UNIT_WORDS, 'quarter_units', 'quarter_hours'], 'attempted'),
  );
  return {
    student_id: file.column(...IDS),
    institution: file.column(
      'institution',
      'institution_name',
      'college',
      'college_name',
      'school',
      'school_name',
      'campus',
    ),
    // An Academic Year column beside a term written without its year (Fall).
    school_year: optional(...YEAR_COLUMNS.filter((n) => n !== 'term_id')),
    term: file.column(
      'term',
      'term_name',
      'term_description',
      'term_code',
      'academic_term',
      'academic_period',
      'semester',
      'session',
    ),
    subject,
    course_code:
      subject >= 0 ? number : file.column('course', 'course_code', 'course_id', 'course_number'),
    course_title: optional(
      'course_title',
      'title',
      'course_name',
      'course_description',
      'description',
    ),
    grade: file.column('grade', 'final_grade', 'letter_grade', 'official_grade', 'mark'),
    credits_attempted: attempted >= 0 ? attempted : file.column(...UNIT_WORDS, ...QUARTER),
    credits_earned: optional(
      ...withWord([...UNIT_WORDS, 'quarter_units', 'quarter_hours'], 'earned'),
    ),
    gpa_hours: optional('gpa_hours', 'gpa_units', 'gpa_credits', 'gpa_hrs', 'quality_hours'),
    quality_points: optional('quality_points', 'grade_points', 'qpts', 'qual_pts', 'quality_pts'),
    repeat: optional(
      'repeat',
      'repeat_flag',
      'repeat_code',
      'repeat_ind',
      'repeat_indicator',
      'rpt',
    ),
    unit_type: optional('unit_type', 'credit_type', 'units_type', 'term_type', 'calendar'),
  };
}
export type CollegeColumns = ReturnType<typeof collegeColumns>;

/** Markers of a college transcript: a file with any of them and no school-year column is one. */
const MARKERS = [
  'quality_points',
  'grade_points',
  'qpts',
  'gpa_hours',
  'gpa_units',
  'repeat',
  'repeat_flag',
  'repeat_code',
  'institution',
  'college',
  'emplid',
  'units',
  'units_attempted',
  'units_earned',
  'hours_attempted',
  'hours_earned',
  'hours',
  'subject',
  'catalog_number',
  ...QUARTER,
];
const YEAR_COLUMNS = [
  'school_year',
  'academic_year',
  'academic_year_id',
  'year',
  'end_year',
  'term_id',
  'session_school_year',
  'school_yr',
];
const SCHOOL_IDS = ['school_id', 'school_code', 'school_number', 'sch_code', 'location_code'];

/**
 * Whether a file is a college transcript: no high-school school id, and either no school-year
 * column (its terms carry the year) and a college marker (units, hours, quality points, a repeat
 * flag, an institution, a subject and number) or terms written with their year (Fall 2024,
 * 2024FA); or an Institution or College column beside an Academic Year column.
 */
export const isCollegeTranscript = (file: TabularFile): boolean =>
  !SCHOOL_IDS.some((n) => file.has(n)) &&
  (YEAR_COLUMNS.some((n) => file.has(n))
    ? ['institution', 'college', 'college_name'].some((n) => file.has(n))
    : MARKERS.some((n) => file.has(n)) || collegeTerms(file));

/** Whether most filled fields of a "Term" column are college terms with their year (Fall 2024). */
function collegeTerms(file: TabularFile): boolean {
  if (!file.has('term')) return false;
  const column = file.column('term');
  const filled = file.rows.map((row) => file.get(row, column)).filter((v) => v !== '');
  const read = filled.filter((v) => collegeTerm(v) !== undefined).length;
  return read > 0 && read * 2 >= filled.length;
}

/**
 * A college course code as "PREFIX NUMBER", the way programs write their college courses
 * (contracts/program-course.ts): "ENGL-101", "ENGL 101", "ENGL101" and "engl_101" → "ENGL 101";
 * a subject given apart is joined to its number the same way, a numeric subject with a dash
 * (413-520). A code of another shape is kept as written, in capitals.
 */
export function collegeCode(subject: string, number: string): string {
  const s = subject.trim().toUpperCase();
  const n = number.trim().toUpperCase();
  if (s !== '') return /^\d/.test(s) ? `${s}-${n}` : `${s.replace(/\s+/g, ' ')} ${n}`;
  const found = /^([A-Z][A-Z&]{1,5})[\s._-]*(\d[A-Z0-9.]{0,6})$/.exec(n);
  return found ? `${found[1]} ${found[2]}` : n.replace(/\s+/g, ' ');
}

/**
 * A college mark's result: A–D with + or − passed; F, NP, NC, U, WF failed; P, CR, S passed; I,
 * INC incomplete; IP in progress; W, WD, WX, WP, WN withdrawn; AU, AUD (audit) withdrawn (no
 * credit, no fail); TR, T (credit the college accepted from elsewhere) passed. Undefined: not a
 * mark this reads.
 */
export function collegeMark(
  mark: string,
): { result: TranscriptResult; transfer?: true } | undefined {
  if (/^[A-D][+-]?$/.test(mark)) return { result: 'pass' };
  if (['P', 'CR', 'S', 'PASS'].includes(mark)) return { result: 'pass' };
  if (['F', 'NP', 'NC', 'U', 'WF', 'FW', 'FN'].includes(mark)) return { result: 'fail' };
  if (['I', 'INC'].includes(mark)) return { result: 'incomplete' };
  if (mark === 'IP') return { result: 'in_progress' };
  if (['W', 'WD', 'WX', 'WP', 'WN', 'AU', 'AUD'].includes(mark)) return { result: 'withdrawn' };
  if (['TR', 'T', 'TA', 'TB', 'TC', 'TP'].includes(mark) || /^T[A-D][+-]?$/.test(mark))
    return { result: 'pass', transfer: true };
  return undefined;
}

/**
 * A repeat flag: empty or N none; I (included: the attempt that counts) counted; E or R (excluded:
 * an attempt a later one replaced) not counted. Undefined: not a flag this reads.
 */
export function repeatFlag(raw: string): 'counted' | 'excluded' | undefined {
  const flag = raw.trim().toUpperCase();
  if (['', 'N', 'I', 'INCLUDED', 'INCLUDE'].includes(flag)) return 'counted';
  if (['E', 'R', 'X', 'EXCLUDED', 'EXCLUDE', 'REPEATED'].includes(flag)) return 'excluded';
  return undefined;
}

/**
 * A college term with its year ("Fall 2024", "2024FA", "FA24", "Spring 2025", "Fall 2024-25"):
 * the term and the school year it is kept in, by the ending year (fall in the year it starts;
 * winter, spring and summer in the year they end: Summer 2025 is in 2024–25). Undefined: no
 * season and year (a numbered term or a term without its year).
 */
export const SEASONS: readonly string[] = ['fall', 'winter', 'spring', 'summer'];

export function collegeTerm(raw: string): { term: string; schoolYear: number } | undefined {
  const { term, calendarYear, schoolYear } = termWithYear(raw);
  if (!SEASONS.includes(term)) return undefined;
  if (schoolYear !== undefined) return { term, schoolYear };
  if (calendarYear === undefined) return undefined;
  return { term, schoolYear: term === 'fall' ? calendarYear + 1 : calendarYear };
}

/** A summary line (term or cumulative totals, GPA) rather than a course: skipped. */
export const SUMMARY = /\b(?:totals?|gpa|cumulative|cum|term\s+summary|overall)\b/i;
