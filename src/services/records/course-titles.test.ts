import { describe, expect, it } from 'vitest';
import { expectSpanish } from '../../../test/issue-spanish.ts';
import { issueFields } from '../../importers/tabular.ts';
import type { TranscriptRow } from '../../importers/transcript-csv.ts';
import { resolveTitles } from './course-titles.ts';

const row = (line: number, title: string, code = '', schoolYear = 2025): TranscriptRow => ({
  line,
  localId: '1',
  schoolId: 'rhs',
  schoolYear,
  term: 'year',
  courseCode: code,
  courseTitle: title,
  scedCode: null,
  creditsAttempted: 1,
  creditsEarned: 1,
  letterGrade: 'A',
  result: 'pass',
  ...(code === '' ? { byTitle: true } : {}),
});
const source = (rows: TranscriptRow[]) => ({
  rows,
  issue: (r: TranscriptRow, field: string, message: Parameters<typeof issueFields>[0]) => ({
    file: 'p.csv',
    line: r.line,
    column: 1,
    columnName: field,
    ...issueFields(message),
  }),
});
const catalog = [
  { code: '02052', titles: ['Algebra I', 'Álgebra I'] },
  { code: 'ART-R', titles: ['Art & Design'] },
  { code: 'HALL-1', titles: ['Study Hall'] },
  { code: 'HALL-2', titles: ['Study  Hall'] },
];

describe('resolveTitles', () => {
  it('takes the code of the one course with the title, in either language', () => {
    const { rows, issues } = resolveTitles(
      source([
        row(2, 'algebra i'),
        row(3, 'ART AND DESIGN'),
        row(4, 'Chemistry', 'CHEM'),
        // Roman numerals and digits are one numeral.
        row(5, 'Algebra 1', '', 2026),
      ]),
      catalog,
    );
    expect(issues).toEqual([]);
    expect(rows.map((r) => r.courseCode)).toEqual(['02052', 'ART-R', 'CHEM', '02052']);
  });

  it('names the line of a title no course has, one several share, or one course twice', () => {
    const { issues } = resolveTitles(
      source([row(2, 'Algebra 3'), row(3, 'study hall'), row(4, 'Algebra 1'), row(5, 'ÁLGEBRA I')]),
      catalog,
    );
    expect(issues.map((i) => [i.line, i.key, i.message])).toEqual([
      [
        2,
        'title_no_course',
        'no course of the district catalog is titled "Algebra 3": add a course_code column with the course\'s code, or write the title as the catalog does',
      ],
      [
        3,
        'title_many_courses',
        '2 courses of the district catalog are titled "study hall" (HALL-1, HALL-2): add a course_code column with the code of the one taken',
      ],
      [5, 'repeats_attempt', 'repeats the attempt on line 4 (same student, school, year and term)'],
    ]);
    expectSpanish(issues);
  });
});
