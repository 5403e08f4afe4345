/**
 * A transcript as SIS exports write it, one row per course attempt:
 * student_id,school_id,school_year,term,course_code,course_title,sced_code,credits_attempted,
 * credits_earned,letter_grade,result (pass|fail|incomplete|withdrawn|in_progress), read with the
 * quirks real exports have: other header names and delimiters, SCED codes that lost a zero or
 * carry their level, credits as ".5", results in words or left to the mark, empty credits, terms
 * spelled many ways or with their year (domain/requirements/terms.ts), marks of every kind
 * (transcript-marks.ts), columns under the names many systems give them (transcript-columns.ts).
 * School years are written 2025-2026, 2025-26, 25-26, SY2025-26 or 2026 (the ending year, Ed-Fi's
 * convention), among others (transcript-fields.ts). README's "Student records" section lists what
 * is read how. Told by the caller: the district's lowest passing mark (transcript-passing.ts) and
 * what a college's Banner term codes mean (transcript-banner.ts); terms written as a bare number
 * are named by the file's count of terms (transcript-term-numbers.ts).
 */
import type { SourceFile } from './import-plan.ts';
import { CONTROL, idField, text } from './roster-csv.ts';
import {
  creditsReader,
  parseScedCode,
  parseSchoolYear,
  readTerm,
  schoolYearOfTermId,
} from './transcript-fields.ts';
import { courseOf, finalMarks } from './transcript-final-marks.ts';
import { isPercentScale, normalizeMark } from './transcript-marks.ts';
import { readResult } from './transcript-result.ts';
import {
  bannerCourseCode,
  bannerTermOf,
  holdsBannerTerms,
  missingBannerTerms,
  readBannerTerm,
} from './transcript-banner.ts';
import { flagsText, type CourseFlag } from '../domain/requirements/course-flags.ts';
import { titleFlags } from './transcript-title-flags.ts';
import { nameNumberedTerms } from './transcript-term-numbers.ts';
import { bareTermNumber } from '../domain/requirements/terms.ts';
import { parseTabular, sniffDelimiter, TabularFile } from './tabular.ts';
import { skipTitleLines } from './tabular-title-lines.ts';
import { readSisShape } from './transcript-sis-shapes.ts';
import { parseCollegeTranscript } from './transcript-college.ts';
import { isCollegeTranscript } from './transcript-college-fields.ts';
import { parsePaperTranscript } from './transcript-paper.ts';
import { isPaperWithoutYears } from './transcript-paper-columns.ts';
import { holdsYearHeadings } from './transcript-paper-lines.ts';
import { printedAsCsv } from './transcript-paper-layout.ts';
import { readEarnedAt } from './transcript-earned-at.ts';
import { readFlags } from './transcript-flags.ts';
import {
  isTermIdColumn,
  STUDENT_ID_NAMES,
  transcriptColumns,
  YEAR_NAMES,
} from './transcript-columns.ts';

export { parseResult } from './transcript-marks.ts';
export {
  parseCredits,
  parseScedCode,
  parseSchoolYear,
  schoolYearOfTermId,
} from './transcript-fields.ts';
import { issueText } from './issue-text.ts';

export {
  TRANSCRIPT_RESULTS,
  type EarnedElsewhere,
  type ParsedTranscript,
  type TranscriptOptions,
  type TranscriptResult,
  type TranscriptRow,
} from './transcript-row.ts';
import type { ParsedTranscript, TranscriptOptions, TranscriptRow } from './transcript-row.ts';

export function parseTranscriptCsv(
  source: SourceFile,
  options: TranscriptOptions = {},
): ParsedTranscript {
  const lowest = options.lowest ?? {};
  // A transcript printed as text (bars, tabs or runs of spaces between columns) read as CSV.
  const printed = printedAsCsv(source.text);
  if (printed?.sideBySide !== undefined) {
    const file = new TabularFile(source.name, [], [], []);
    file.fail({ line: printed.sideBySide, fields: [] }, -1, issueText('paper_side_by_side'));
    return { rows: [], issues: file.issues, columns: {}, progressMarks: [] };
  }
  const csv = printed?.csv ?? source.text;
  const file = skipTitleLines(
    parseTabular(source.name, csv, { delimiter: sniffDelimiter(csv) }),
    STUDENT_ID_NAMES,
  );
  for (const row of file.rows.filter((r) => printed?.uneven.includes(r.line)))
    file.fail(row, 0, issueText('paper_tab_cells', { cells: row.fields.length }));
  readSisShape(file);
  // A transcript typed from paper, its years in section headings (transcript-paper.ts).
  if (holdsYearHeadings(file, [...YEAR_NAMES, 'term_id']))
    return parsePaperTranscript(file, options);
  // A community college's transcript: its own columns and marks (transcript-college.ts).
  if (isCollegeTranscript(file)) return parseCollegeTranscript(file, options);
  if (isPaperWithoutYears(file)) return parsePaperTranscript(file, options);
  const c = transcriptColumns(file);
  const banner = holdsBannerTerms(file, c.term);
  if (banner && !options.bannerTerms) missingBannerTerms(file, c.term);
  const columns = Object.fromEntries(Object.entries(c).map(([k, v]) => [k, v + 1]));
  if (file.issues.length > 0) return { rows: [], issues: file.issues, columns, progressMarks: [] };
  const credits = creditsReader(file);
  const parsedRows: TranscriptRow[] = [];
  const numbered = new Map<TranscriptRow, number>();
  const used = Object.values(c)
    .filter((column) => column >= 0)
    .sort((a, b) => a - b);
  const percentScale = isPercentScale(
    file.rows.flatMap((row) => [file.get(row, c.letter_grade), file.get(row, c.percent)]),
  );
  for (const row of file.rows) {
    const before = file.issues.length;
    const cut = used.find((column) => column >= row.fields.length);
    if (cut !== undefined) {
      file.fail(
        row,
        cut,
        issueText('line_cut', {
          fields: String(row.fields.length),
          header: String(file.header.length),
        }),
      );
      continue;
    }
    // Fields past the header's last column: an unquoted comma has shifted every field after it
    // (a decimal comma such as 1,0 in a comma-separated file, or a title with a comma), so no
    // field of the line can be trusted. Empty ones (a spreadsheet's trailing ",,") are harmless.
    const extra = row.fields.findIndex(
      (field, i) => i >= file.header.length && field.trim() !== '',
    );
    if (extra >= 0) {
      file.issues.push({
        file: file.name,
        line: row.line,
        column: extra + 1,
        ...issueText('line_extra', {
          fields: String(row.fields.length),
          header: String(file.header.length),
        }),
      });
      continue;
    }
    // Two columns of one name (a column exported twice, or "Grade" for the level and the mark).
    file.sameNames(row, used);
    const localId = idField(file, row, c.student_id);
    const earnedAt = readEarnedAt(file, row, c);
    const flags = readFlags(file, row, c);
    // A Banner row is a college course: dual enrollment.
    const courseFlags = flagsText([
      ...(banner ? (['DE'] as const) : []),
      ...((flags?.split(',') ?? []) as CourseFlag[]),
      // The markers printed in the title ("AP Biology", "English Comp I (DE)").
      ...titleFlags(file.get(row, c.course_title)),
    ]);
    const fromCode = banner ? readBannerTerm(file, row, c.term, options.bannerTerms!) : undefined;
    // A course earned elsewhere may leave our school id out (the export has none for it).
    const schoolId =
      earnedAt && file.get(row, c.school_id) === '' ? '' : idField(file, row, c.school_id);
    const yearText = c.school_year < 0 ? undefined : file.required(row, c.school_year);
    const byTermId = isTermIdColumn(file, c.school_year);
    const schoolYear =
      yearText === undefined
        ? fromCode?.schoolYear
        : byTermId
          ? schoolYearOfTermId(yearText)
          : parseSchoolYear(yearText);
    if (yearText !== undefined && schoolYear === undefined)
      file.fail(row, c.school_year, issueText(byTermId ? 'bad_term_id' : 'bad_school_year'));
    const termText = text(file, row, c.term, 40);
    // Credit by exam, or a course whose code the other school's transcript does not show.
    const courseCode =
      earnedAt && file.get(row, c.course_code) === '' ? '' : text(file, row, c.course_code, 40);
    // Without a title column (a state course completion file), the code names the course.
    if (c.course_title < 0 && courseCode === '')
      file.fail(row, c.course_code, issueText('no_code_no_title'));
    const courseTitle =
      c.course_title < 0 ? courseCode : text(file, row, c.course_title, 200)?.normalize('NFC');
    const scedText = file.get(row, c.sced_code);
    const sced = scedText === '' ? null : parseScedCode(scedText);
    if (sced === undefined) file.fail(row, c.sced_code, issueText('bad_sced'));
    const attempted = credits(row, c.credits_attempted);
    const earned = credits(row, c.credits_earned);
    // The letter mark, else the percent (PowerSchool's Grade and Percent; a school grading by
    // percent alone leaves the letter empty).
    const markColumn =
      normalizeMark(file.get(row, c.letter_grade)) === '' && c.percent >= 0
        ? c.percent
        : c.letter_grade;
    const grade = normalizeMark(file.get(row, markColumn));
    if (grade.length > 5 || CONTROL.test(grade)) file.fail(row, markColumn, issueText('bad_mark'));
    const read = readResult(file, row, c, {
      grade,
      markColumn,
      attempted,
      earned,
      percentScale,
      lowest,
      clean: file.issues.length === before,
    });
    const term = banner
      ? bannerTermOf(file, row, c.term, fromCode, schoolYear)
      : termText === undefined
        ? undefined
        : readTerm(file, row, c.term, schoolYear);
    if (file.issues.length > before) continue;
    const parsed: TranscriptRow = {
      line: row.line,
      localId: localId!,
      schoolId: schoolId!,
      earnedAt,
      schoolYear: schoolYear!,
      term: term!,
      courseCode: (banner
        ? bannerCourseCode(file.get(row, c.subject), courseCode!)
        : courseCode!
      ).toUpperCase(),
      courseTitle: courseTitle!,
      scedCode: sced ?? null,
      creditsAttempted: read!.attempted,
      creditsEarned: read!.earned,
      letterGrade: grade === '' ? null : grade,
      result: read!.result,
      ...(courseFlags === null ? {} : { courseFlags }),
    };
    const n = bareTermNumber(termText!);
    if (n !== undefined && term !== 'year') numbered.set(parsed, n);
    parsedRows.push(parsed);
  }
  // Terms are named once the file's terms are counted, then a repeated attempt is looked for.
  nameNumberedTerms(parsedRows, numbered);
  const rows: TranscriptRow[] = [];
  const seen = new Map<string, number>();
  for (const parsed of parsedRows) {
    const key = `${courseOf(parsed)}\u0000${parsed.term}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, parsed.line);
      rows.push(parsed);
    } else
      file.fail(
        { line: parsed.line, fields: [] },
        c.course_code,
        issueText('repeats_attempt', { line: String(first) }),
      );
  }
  // Problems in the order of the file's lines (a repeat is found after every line is read).
  file.issues.sort((a, b) => a.line - b.line);
  const { kept, progressMarks } = finalMarks(rows);
  return {
    rows: kept,
    issues: file.issues,
    columns,
    progressMarks: progressMarks.map((r) => r.line),
  };
}
