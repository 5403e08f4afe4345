/**
 * A high-school transcript typed from paper: courses listed under section headings that give
 * the school year, the grade or both ("Grade 9 — 2022-2023", "2022-2023", "Sophomore Year"), often
 * by title alone, each with its mark ("B+", "Pass",
 * "P", "87") and the credit it carries ("1", "0.5", "1/2"). The student and school come from their
 * columns, or from lines such as "Student ID: 1001" and "School: rhs" above the courses; a course
 * without a term column is a year's course. A course given by title alone is matched to the
 * district catalog by the import (services/records/course-titles.ts). Totals and GPA lines are
 * skipped. Lines above the header that are none of these (a title, "Official Transcript") are
 * left out. A heading's grade goes to the courses under it (`gradeLevel`); under a heading
 * that gives the grade alone, the import finds the school year from the student's roster
 * (`byGrade`, services/records/grade-years.ts). A course's level (AP, IB, honors, dual
 * enrollment) comes from a level column or from the markers printed in its title
 * (transcript-title-flags.ts). Transfer credit ("Transfer credit: Lincoln HS" over course lines,
 * or a course on one line) is kept with the school it was earned at (transcript-paper-transfer.ts),
 * for the import to store as transfer credit; a transfer section ends at the next year or term
 * heading, a heading naming a school ("Courses at Riverside High School", "Cursos en …", the
 * school's name alone: transcript-paper-sections.ts) or a "Student ID:" or "School:" line.
 * README "Student records".
 */
import { CONTROL, ID_TEXT } from './roster-csv.ts';
import { headerKey, type TabularFile, type TabularRow } from './tabular.ts';
import { findHeader, paperColumns } from './transcript-paper-columns.ts';
import {
  countedTermNumber,
  termSchoolYear,
  tNumber,
  type TermHeading,
} from './transcript-paper-sections.ts';
import { NumberedTerms, yearKey } from './transcript-paper-quarters.ts';
import { paperAttempts, TRANSFER_MARK } from './transcript-paper-attempts.ts';
import type { ParsedTranscript, TranscriptOptions } from './transcript-csv.ts';
import { parseScedCode, readTerm } from './transcript-fields.ts';
import { isPercentScale, normalizeMark } from './transcript-marks.ts';
import { paperCredits, paperLine } from './transcript-paper-lines.ts';
import {
  earnedElsewhere,
  transferLine,
  transferText,
  type TransferLine,
} from './transcript-paper-transfer.ts';
import { issueText } from './issue-text.ts';
import { readFlags } from './transcript-flags.ts';
import type { CourseFlag } from '../domain/requirements/course-flags.ts';

/** Marks a paper transcript writes: letters, pass and fail, the marks of no grade yet, percents. */
const PAPER_MARK =
  /^(?:[A-F][+-]?|P|PASS|FAIL|CR|NC|NP|I|INC|IP|W|WP|WF|WD|AU|S|U|NG|\d{1,3}(?:\.\d+)?)$/;

export function parsePaperTranscript(
  source: TabularFile,
  options: TranscriptOptions,
): ParsedTranscript {
  const { table: file, above } = findHeader(source);
  const c = paperColumns(file);
  const columns = Object.fromEntries(Object.entries(c).map(([k, v]) => [k, v + 1]));
  if (file.issues.length > 0) return { rows: [], issues: file.issues, columns, progressMarks: [] };
  const percentScale = isPercentScale(file.rows.map((row) => file.get(row, c.letter_grade)));
  const current: {
    year?: number;
    grade?: number;
    term?: string;
    /** The "T<n>" heading the courses below are under (transcript-paper-quarters.ts). */
    numbered?: { n: number; row: TabularRow; counted: boolean } | undefined;
    student?: string;
    school?: string;
    bad?: boolean;
    /** Under a "Transfer credit" heading: the school it names (none when it names none). */
    transfer?: { school?: string; state?: string };
  } = {};
  const { rows, add } = paperAttempts(file, options, percentScale);
  const terms = new NumberedTerms();
  // A page's header printed again on the next page (the lines above the column header).
  const lineKey = (row: TabularRow) =>
    row.fields
      .map(headerKey)
      .filter((k) => k !== '')
      .join(' ');
  const pageHeader = new Set(above.map(lineKey).filter((k) => k !== ''));
  const heading = (row: TabularRow, fromAbove: boolean): boolean => {
    const transfer = transferText(row, [c.student_id, c.school_id]);
    if (transfer !== undefined) {
      readTransfer(row, transferLine(transfer)!);
      return true;
    }
    const line = paperLine(row);
    // What a page's header says again is no course, nor a line to refuse.
    const repeated = !fromAbove && pageHeader.has(lineKey(row));
    if (repeated && (!line || line.kind === 'other')) return true;
    if (!line) return false;
    if (line.kind === 'year') {
      current.transfer = undefined;
      current.year = line.schoolYear;
      current.grade = line.grade;
      [current.term, current.numbered] = [line.term, undefined];
      current.bad = line.badYear;
      if (line.badYear) file.fail(row, 0, issueText('paper_bad_heading', { text: line.text }));
      // "2024-2025 Grade 11 Term 1": the year's heading and its term's, on one line.
      else if (line.then) termLine(row, line.then);
    } else if (line.kind === 'term') termLine(row, line);
    else if (line.kind === 'place') current.transfer = undefined;
    else if (line.kind === 'student' || line.kind === 'school') {
      current.transfer = undefined;
      if (!ID_TEXT.test(line.value)) file.fail(row, 0, issueText('bad_id'));
      else current[line.kind] = line.value;
    } else if (line.kind === 'other' && !fromAbove) {
      file.fail(row, 0, issueText('paper_line', { text: line.text.slice(0, 60) }));
      // A year's heading not read: the courses below it are in no year that can be told.
      if (line.heading) current.bad = true;
    }
    return true;
  };
  /** A term heading: the term of the courses below, in the year it names or the one above. */
  const termLine = (row: TabularRow, line: TermHeading) => {
    // A term of the year ends a transfer section, as a school's heading does.
    current.transfer = undefined;
    const year = termSchoolYear(line, current.year);
    if (year === undefined && line.calendarYear !== undefined) {
      current.bad = true;
      file.fail(row, 0, issueText('paper_bad_heading', { text: line.text }));
      return;
    }
    // Another year than the heading above's: that heading's grade is not this year's.
    if (year !== current.year)
      [current.year, current.grade, current.bad] = [year, undefined, false];
    current.term = line.term;
    const n = line.number ?? line.counted;
    const counted = line.counted !== undefined;
    current.numbered = n === undefined ? undefined : { n, row, counted };
    if (n !== undefined) terms.heading(row, line.text, n, yearKey(current), counted);
  };
  /** The student and the school of a row: its columns, else the lines above. */
  const who = (row: TabularRow, transfer: boolean) => {
    const localId = file.get(row, c.student_id) || current.student;
    const schoolId = file.get(row, c.school_id) || current.school;
    if (localId === undefined) file.fail(row, c.student_id, issueText('paper_no_student'));
    else if (!ID_TEXT.test(localId)) file.fail(row, c.student_id, issueText('bad_id'));
    // Transfer credit was earned at another school: the transcript's own may go unsaid.
    if (schoolId === undefined && !transfer)
      file.fail(row, c.school_id, issueText('paper_no_school'));
    else if (schoolId !== undefined && !ID_TEXT.test(schoolId))
      file.fail(row, c.school_id, issueText('bad_id'));
    return { localId, schoolId: schoolId ?? '' };
  };
  /** A "Transfer credit" line: a heading that names the school, or a course read whole. */
  const readTransfer = (row: TabularRow, line: TransferLine) => {
    if (line.kind === 'unread') {
      file.fail(row, 0, issueText('paper_transfer_line', { text: line.text.slice(0, 80) }));
      return;
    }
    const dated = line.schoolYear !== undefined || line.grade !== undefined;
    const when = {
      year: dated ? line.schoolYear : current.year,
      gradeLevel: dated ? line.grade : current.grade,
      term: line.term ?? (dated ? undefined : current.term),
    };
    if (line.kind === 'heading') {
      current.transfer = { school: line.school, state: line.state };
      if (dated) {
        [current.year, current.grade, current.term] = [when.year, when.gradeLevel, when.term];
        current.numbered = undefined;
      }
      return;
    }
    const before = file.issues.length;
    const { localId, schoolId } = who(row, true);
    if (when.year === undefined && when.gradeLevel === undefined)
      file.fail(row, 0, issueText('paper_no_year'));
    if (file.issues.length > before) return;
    add(
      row,
      {
        localId: localId!,
        schoolId,
        ...when,
        term: when.term ?? 'year',
        code: line.code.toUpperCase(),
        title: line.title.normalize('NFC'),
        sced: null,
        credit: line.credits,
        grade: line.mark,
        flags: [],
        earnedAt: earnedElsewhere(line.school, line.state),
      },
      { title: 0, mark: 0 },
    );
  };
  for (const row of above) heading(row, true);
  for (const row of file.rows) {
    if (heading(row, false)) continue;
    const before = file.issues.length;
    const transfer = current.transfer;
    const { localId, schoolId } = who(row, transfer !== undefined);
    const title = file.required(row, c.course_title)?.replace(/\s+/g, ' ').normalize('NFC');
    if (title !== undefined && (CONTROL.test(title) || title.length > 200))
      file.fail(row, c.course_title, issueText('college_title'));
    if (transfer && transfer.school === undefined)
      file.fail(row, c.course_title, issueText('paper_transfer_school'));
    // Under a heading whose year cannot be read, that heading's problem says it.
    const dated = current.year !== undefined || current.grade !== undefined;
    if (!dated && !current.bad) file.fail(row, c.course_title, issueText('paper_no_year'));
    const code = file.get(row, c.course_code).toUpperCase();
    const scedText = file.get(row, c.sced_code);
    const sced = scedText === '' ? null : parseScedCode(scedText);
    if (sced === undefined) file.fail(row, c.sced_code, issueText('bad_sced'));
    const creditText = file.required(row, c.credits_attempted);
    const credit = creditText === undefined ? undefined : paperCredits(creditText);
    if (creditText !== undefined && (credit === undefined || credit > 10))
      file.fail(row, c.credits_attempted, issueText('paper_credits'));
    const grade = normalizeMark(file.get(row, c.letter_grade));
    if (grade !== '' && !PAPER_MARK.test(grade) && !(transfer && TRANSFER_MARK.test(grade)))
      file.fail(row, c.letter_grade, issueText('paper_mark', { grade: grade.slice(0, 20) }));
    // A level column (AP, Honors, DE) or the markers printed in the title ("AP Biology", "(DE)").
    const flags = (readFlags(file, row, c)?.split(',') ?? []) as CourseFlag[];
    const termText = c.term < 0 ? '' : file.get(row, c.term);
    const term =
      termText === '' ? (current.term ?? 'year') : readTerm(file, row, c.term, current.year);
    if (file.issues.length > before || !dated || current.bad) continue;
    const course = {
      localId: localId!,
      schoolId,
      year: current.year,
      gradeLevel: current.grade,
      term: term!,
      code,
      title: title!,
      sced: sced ?? null,
      credit: credit!,
      grade,
      flags,
      earnedAt: transfer && earnedElsewhere(transfer.school!, transfer.state),
    };
    const added = add(row, course, { title: c.course_title, mark: c.letter_grade });
    // A term written "T<n>" or "Term <n>", here or in the heading above: a trimester or a
    // quarter; a semester, trimester or quarter by the year's highest "Term" number.
    const under = termText === '' ? current.numbered : undefined;
    const tn = under ? undefined : tNumber(termText);
    const cn = under || tn !== undefined ? undefined : countedTermNumber(termText);
    const n = under ? under.n : (tn ?? cn);
    const counted = under ? under.counted : cn !== undefined;
    const key = yearKey({ year: current.year, grade: current.grade });
    if (added && n !== undefined && !transfer)
      terms.course(added, { n, key, heading: under?.row, counted });
  }
  const kept = terms.finish(file, rows);
  file.issues.sort((a, b) => a.line - b.line);
  return { rows: kept, issues: file.issues, columns, progressMarks: [] };
}
