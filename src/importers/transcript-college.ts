/**
 * A community college transcript as a registrar exports it to CSV, one row per course: student,
 * institution, term ("Fall 2024", "2024FA", or a Banner code such as 202470 read with the
 * college's --banner-terms), the course as subject and number ("ENGL", "101") or joined
 * ("ENGL-101", "ENGL 101", "ENGL101": all kept as "ENGL 101"), title, grade, units or credits or
 * hours attempted and earned, GPA hours, quality points and a repeat flag. Quarter units (a
 * "Quarter Units" header, or a unit type column of Q) are kept as semester units, two thirds of
 * them. Each row becomes a college course earned at its institution (transfer-rows.ts decides
 * whether that is one of the district's), flagged dual enrollment (DE); a TR mark is credit the
 * college accepted from elsewhere (kind transfer, no DE flag). An attempt a later one replaced
 * (repeat E or R) keeps its mark with no units attempted or earned, so it counts toward neither
 * credits nor GPA. Totals and GPA lines are skipped. README "Student records".
 */
import { CONTROL, idField, text } from './roster-csv.ts';
import type { TabularFile, TabularRow } from './tabular.ts';
import type { ParsedTranscript, TranscriptOptions, TranscriptRow } from './transcript-csv.ts';
import { parseCredits, parseSchoolYear } from './transcript-fields.ts';
import { canonicalTerm } from '../domain/requirements/terms.ts';
import { loneField } from './transcript-paper-lines.ts';
import { normalizeMark } from './transcript-marks.ts';
import {
  holdsBannerTerms,
  missingBannerTerms,
  readBannerTerm,
  type BannerTerms,
} from './transcript-banner.ts';
import { issueText } from './issue-text.ts';
import {
  collegeCode,
  collegeColumns,
  collegeMark,
  collegeTerm,
  repeatFlag,
  SEASONS,
  SUMMARY,
  type CollegeColumns,
} from './transcript-college-fields.ts';
import { courseCodeKey } from '../domain/requirements/course-code-key.ts';

export function parseCollegeTranscript(
  file: TabularFile,
  options: TranscriptOptions,
): ParsedTranscript {
  const c = collegeColumns(file);
  const columns = Object.fromEntries(Object.entries(c).map(([k, v]) => [k, v + 1]));
  const banner = holdsBannerTerms(file, c.term);
  if (banner && !options.bannerTerms) missingBannerTerms(file, c.term);
  if (file.issues.length > 0) return { rows: [], issues: file.issues, columns, progressMarks: [] };
  const quarterHeader = /quarter|qtr/i.test(file.header[c.credits_attempted] ?? '');
  const rows: TranscriptRow[] = [];
  const seen = new Map<string, number>();
  // A line of one field that is a term ("Fall 2024") heads the courses below it that leave
  // their term empty.
  let heading: { term: string; schoolYear: number } | undefined;
  for (const row of file.rows) {
    if (isSummary(file, row, c)) continue;
    const lone = loneField(row);
    const headed = lone === undefined ? undefined : collegeTerm(lone);
    if (headed) {
      heading = headed;
      continue;
    }
    const before = file.issues.length;
    const localId = idField(file, row, c.student_id);
    const institution = text(file, row, c.institution, 200)?.replace(/\s+/g, ' ');
    const when =
      file.get(row, c.term) === '' && heading !== undefined
        ? heading
        : readCollegeTerm(file, row, c, banner ? options.bannerTerms! : undefined);
    const number = text(file, row, c.course_code, 40);
    const code = number === undefined ? undefined : collegeCode(file.get(row, c.subject), number);
    if (c.subject >= 0) file.required(row, c.subject);
    const title = c.course_title < 0 ? code : file.get(row, c.course_title) || code;
    if (title !== undefined && (CONTROL.test(title) || title.length > 200))
      file.fail(row, c.course_title, issueText('college_title'));
    const grade = normalizeMark(file.get(row, c.grade));
    const mark = grade === '' ? undefined : collegeMark(grade);
    if (grade !== '' && mark === undefined)
      file.fail(row, c.grade, issueText('college_mark', { grade }));
    const repeat = repeatFlag(file.get(row, c.repeat));
    if (repeat === undefined)
      file.fail(row, c.repeat, issueText('college_repeat', { flag: file.get(row, c.repeat) }));
    const factor = quarterOf(file, row, c, quarterHeader);
    const attempted = units(file, row, c.credits_attempted, factor);
    const earned = units(file, row, c.credits_earned, factor);
    units(file, row, c.gpa_hours, 1);
    const points = file.get(row, c.quality_points);
    if (points !== '' && parseCredits(points.replace(/^-/, '')) === undefined)
      file.fail(row, c.quality_points, issueText('college_points'));
    if (file.issues.length > before) continue;
    // No mark: under way (a course of the current term), earning nothing yet.
    const result = mark?.result ?? 'in_progress';
    if (result === 'in_progress' && attempted === undefined) {
      file.fail(row, c.credits_attempted, issueText('attempted_under_way'));
      continue;
    }
    if (result !== 'pass' && (earned ?? 0) > 0) {
      file.fail(row, c.credits_earned, issueText('earned_not_zero', { result }));
      continue;
    }
    const carried = attempted ?? earned ?? 0;
    if (earned !== undefined && earned > carried) {
      file.fail(row, c.credits_earned, issueText('earned_over_attempted'));
      continue;
    }
    // An attempt a later one replaced (repeat E or R) keeps its mark and counts nowhere: no units
    // attempted (so no GPA) and none earned.
    const excluded = repeat === 'excluded';
    const creditsEarned = result !== 'pass' || excluded ? 0 : (earned ?? carried);
    const key = [localId, institution, courseCodeKey(code!), when!.schoolYear, when!.term].join(
      '\u0000',
    );
    const first = seen.get(key);
    if (first !== undefined) {
      file.fail(row, c.course_code, issueText('repeats_attempt', { line: String(first) }));
      continue;
    }
    seen.set(key, row.line);
    rows.push({
      line: row.line,
      localId: localId!,
      schoolId: '',
      earnedAt: {
        name: institution!,
        state: null,
        institutionId: null,
        kind: mark?.transfer ? 'transfer' : 'dual_credit',
        countsAs: null,
      },
      schoolYear: when!.schoolYear,
      term: when!.term,
      courseCode: code!,
      courseTitle: title!.normalize('NFC'),
      scedCode: null,
      creditsAttempted: excluded ? 0 : carried,
      creditsEarned,
      letterGrade: grade === '' ? null : grade,
      result,
      // A course taken at the college; credit it accepted from elsewhere (TR) is not.
      ...(mark?.transfer ? {} : { courseFlags: 'DE' }),
    });
  }
  file.issues.sort((a, b) => a.line - b.line);
  return { rows, issues: file.issues, columns, progressMarks: [] };
}

/**
 * A row's term and school year: a Banner code by the college's mapping; a term with its year
 * (Fall 2024); or a season (Fall) in the school year of an Academic Year column, which a term
 * with its year must agree with. Undefined with a problem on the field.
 */
function readCollegeTerm(
  file: TabularFile,
  row: TabularRow,
  c: CollegeColumns,
  bannerTerms: BannerTerms | undefined,
): { term: string; schoolYear: number } | undefined {
  const termText = file.required(row, c.term);
  if (termText === undefined) return undefined;
  if (bannerTerms) return readBannerTerm(file, row, c.term, bannerTerms);
  const yearText = c.school_year < 0 ? undefined : file.required(row, c.school_year);
  if (c.school_year >= 0 && yearText === undefined) return undefined;
  const schoolYear = yearText === undefined ? undefined : parseSchoolYear(yearText);
  if (yearText !== undefined && schoolYear === undefined) {
    file.fail(row, c.school_year, issueText('bad_school_year'));
    return undefined;
  }
  const dated = collegeTerm(termText);
  const season = canonicalTerm(termText);
  if (dated && schoolYear !== undefined && dated.schoolYear !== schoolYear) {
    const years = (y: number) => `${y - 1}-${String(y).slice(2)}`;
    file.fail(
      row,
      c.term,
      issueText('term_other_year', {
        term: termText,
        named: years(dated.schoolYear),
        years: years(schoolYear),
      }),
    );
    return undefined;
  }
  if (dated) return dated;
  if (schoolYear !== undefined && SEASONS.includes(season)) return { term: season, schoolYear };
  file.fail(row, c.term, issueText('college_term', { term: termText }));
  return undefined;
}

/**
 * A totals or GPA line ("Term Totals", "Cumulative GPA: 3.2"): no course in it, and a field that
 * names a total or GPA. A line with a course is read as a course whatever else it says.
 */
function isSummary(file: TabularFile, row: TabularRow, c: CollegeColumns): boolean {
  if (file.get(row, c.course_code) !== '') return false;
  return row.fields.some((field) => SUMMARY.test(field));
}

/** Semester units per unit of the row: 2/3 for quarter units, else 1. */
function quarterOf(file: TabularFile, row: TabularRow, c: CollegeColumns, header: boolean) {
  const type = file.get(row, c.unit_type).toLowerCase();
  if (type === '') return header ? 2 / 3 : 1;
  if (/^(?:q|qtr|quarter)(?:\s*(?:units?|hours?|credits?))?$/.test(type)) return 2 / 3;
  if (/^(?:s|sem|semester)(?:\s*(?:units?|hours?|credits?))?$/.test(type)) return 1;
  file.fail(row, c.unit_type, issueText('college_unit_type'));
  return 1;
}

/** A number of units (0 to 30), as semester units; undefined when empty or refused. */
function units(file: TabularFile, row: TabularRow, column: number, factor: number) {
  const raw = file.get(row, column);
  if (raw === '') return undefined;
  const value = parseCredits(raw);
  if (value === undefined || value > 30) {
    file.fail(row, column, issueText('college_units'));
    return undefined;
  }
  return Math.round(value * factor * 100) / 100;
}
