/**
 * Courses a transcript names by title alone (one typed from paper): each takes the code of the
 * one district catalog course whose title, in English or Spanish, is the same once case, accents,
 * punctuation, spacing, "&" and roman numerals are set aside (importers/transcript-paper-lines.ts,
 * titleKey). No such
 * course, or more than one, is a problem on the row's title that says what to add: the import
 * never picks one course of several. Two rows that turn out to be one course in one term are
 * the same attempt twice, refused.
 */
import type { ImportIssue } from '../../importers/tabular.ts';
import { issueText } from '../../importers/issue-text.ts';
import type { TranscriptRow } from '../../importers/transcript-csv.ts';
import { titleKey } from '../../importers/transcript-paper-lines.ts';
import type { RowSource } from './record-rows.ts';
import { courseCodeKey } from '../../domain/requirements/course-code-key.ts';

export type CatalogTitles = ReadonlyArray<{ code: string; titles: readonly string[] }>;

/** The codes of the catalog's courses that have a title (English or Spanish), by titleKey. */
export function coursesTitled(catalog: CatalogTitles): (title: string) => string[] {
  const byTitle = new Map<string, Set<string>>();
  for (const course of catalog)
    for (const title of course.titles) {
      const key = titleKey(title);
      byTitle.set(key, (byTitle.get(key) ?? new Set()).add(course.code));
    }
  return (title) => [...(byTitle.get(titleKey(title)) ?? [])];
}

export function resolveTitles<R extends TranscriptRow>(
  source: RowSource<R>,
  catalog: CatalogTitles,
): { rows: R[]; issues: ImportIssue[] } {
  const titled = coursesTitled(catalog);
  const issues: ImportIssue[] = [];
  const rows = source.rows.map((row) => {
    if (!row.byTitle) return row;
    const codes = titled(row.courseTitle);
    if (codes.length === 1) return { ...row, courseCode: codes[0]! };
    issues.push(
      source.issue(
        row,
        'course_title',
        codes.length === 0
          ? issueText('title_no_course', { title: row.courseTitle })
          : issueText('title_many_courses', {
              title: row.courseTitle,
              count: String(codes.length),
              codes: codes.join(', '),
            }),
      ),
    );
    return row;
  });
  // Two titles of one course (its English and Spanish, or a code and a title) in one term: the
  // same attempt twice.
  const first = new Map<string, R>();
  for (const row of rows) {
    // Credit earned elsewhere is kept apart (transfer-rows.ts): no attempt here to repeat.
    if (row.courseCode === '' || row.earnedAt) continue;
    const key = [
      row.localId,
      row.schoolId,
      row.schoolYear,
      row.term,
      courseCodeKey(row.courseCode),
    ].join('\u0000');
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, row);
    else
      issues.push(
        source.issue(
          row,
          'course_title',
          issueText('repeats_attempt', { line: String(earlier.line) }),
        ),
      );
  }
  issues.sort((a, b) => a.line - b.line);
  return { rows, issues };
}
