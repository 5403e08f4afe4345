import { describe, expect, it } from 'vitest';
import { expectSpanish } from '../../test/issue-spanish.ts';
import { localizeIssue } from './issue-text.ts';
import { parseRosterCsv } from './roster-csv.ts';
import { formatIssue } from './tabular.ts';

const HEADER =
  'student_id,school_id,first_name,last_name,email,grade_level,graduation_year,english_learner';
const parse = (text: string) => parseRosterCsv({ name: 's.csv', text }).issues;
const rows = (lines: string[], header = HEADER) => parse(`${[header, ...lines].join('\n')}\n`);

describe('roster CSV problems in English and Spanish', () => {
  it('keys every problem a roster row can have', () => {
    const issues = rows([
      'S1,rhs,Ana,Lopez,ana@x.test,9,2029,Y',
      'S1,rhs,Ana,Lopez,ana@x.test,9,2029,Y',
      'S 2,rhs,,,not-an-email,5,1999,maybe',
      `S3,rhs,${'A'.repeat(101)},Lee,c@x.test,Kinder,,`,
      'S4,rhs,Ana\u202e,Lee\u0001,d@x.test,,,',
      `S5,${'x'.repeat(65)},Bo,Li,e@x.test,10,,`,
    ]);
    expect(issues.map((i) => i.key)).toEqual([
      'repeats_student',
      'repeats_email',
      'bad_id',
      'no_name',
      'not_email',
      'grade_out_of_range',
      'bad_graduation_year',
      'bad_code',
      'too_long',
      'grade_not_grade',
      'name_bidi',
      'control_character',
      'empty',
      'too_long',
    ]);
    expectSpanish(issues);
    const es = issues.map((i) => formatIssue(localizeIssue(i, 'es')));
    expect(es).toContain('s.csv:3:1: student_id: repite el estudiante de la línea 2');
    expect(es).toContain(
      's.csv:5:6: grade_level: debe ser un grado del 6 al 12 (como 9, 09, 9th o Grade 9), no "Kinder"',
    );
  });

  it('keys a name column, a missing column, an empty file and an unclosed quote', () => {
    const issues = [
      ...rows(['S1,rhs,",",a@x.test,9'], 'student_id,school_id,name,email,grade_level'),
      ...rows(['S1,rhs,Ana,a@x.test,9'], 'student_id,school_id,first_name,email,grade_level'),
      ...parse(''),
      ...parse(`${HEADER}\nS1,rhs,"Ana,Lopez,a@x.test,9,,\n`),
    ];
    expect(issues.map((i) => i.key)).toEqual([
      'empty',
      'missing_column',
      'file_empty',
      'quote_not_closed',
    ]);
    expectSpanish(issues);
  });
});
