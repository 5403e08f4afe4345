/**
 * A transcript row's course level flags, as exports write them: one 1/0 (Y/N) column per flag
 * (PowerSchool's stored grades: AP, IB, HON, DE — PowerSchool Virginia, Student Grade table import
 * layout), or one level column naming it (`Course Level`: AP, Honors, IB, Dual Enrollment, CP).
 */
import { flagsText, levelFlag, type CourseFlag } from '../domain/requirements/course-flags.ts';
import type { TabularFile, TabularRow } from './tabular.ts';
import { issueText } from './issue-text.ts';

export interface FlagColumns {
  ap: number;
  ib: number;
  honors: number;
  dual_enrollment: number;
  course_level: number;
}

export function flagColumns(optional: (...names: string[]) => number): FlagColumns {
  return {
    ap: optional('ap', 'ap_flag', 'advanced_placement'),
    ib: optional('ib', 'ib_flag', 'international_baccalaureate'),
    honors: optional('honors', 'hon', 'honors_flag'),
    dual_enrollment: optional('dual_enrollment', 'de', 'dual_credit', 'dual_enrollment_flag'),
    course_level: optional('course_level', 'honors_code', 'level_code'),
  };
}

const YES = new Set(['1', 'y', 'yes', 'true', 't', 'x']);
const NO = new Set(['0', 'n', 'no', 'false', 'f', '']);

/** The row's flags as stored (`AP,H`), null for none; a problem names the field. */
export function readFlags(file: TabularFile, row: TabularRow, c: FlagColumns): string | null {
  const flags: CourseFlag[] = [];
  const yesNo: Array<[keyof FlagColumns, CourseFlag]> = [
    ['ap', 'AP'],
    ['ib', 'IB'],
    ['honors', 'H'],
    ['dual_enrollment', 'DE'],
  ];
  for (const [key, flag] of yesNo) {
    const value = file.get(row, c[key]).toLowerCase();
    if (YES.has(value)) flags.push(flag);
    else if (!NO.has(value)) file.fail(row, c[key], issueText('yes_no'));
  }
  const level = file.get(row, c.course_level);
  const flag = levelFlag(level);
  if (flag === undefined) file.fail(row, c.course_level, issueText('bad_course_level'));
  else if (flag !== null) flags.push(flag);
  return flagsText(flags);
}
