import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { programToCsv } from './program-csv.ts';
import { frameworkToCsv } from '../services/export-framework.ts';
import { studentsCsv } from '../services/accounts/student-export.ts';
import { neutralizeCell, writeCsv } from './csv-writer.ts';
import { csvLine } from './csv-line.ts';
import { parseTranscriptCsv } from './transcript-csv.ts';
import { nccf16 } from '../data/frameworks/nccf-16/framework.ts';
import type { TProgramDetail } from '../contracts/program-api.ts';

const DANGEROUS = ['=1+1', '+1', '-1+2', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x")'];

/** Every cell of a CSV, parsed back as a spreadsheet would read the text. */
function cells(csv: string): string[] {
  return (parse(csv, { bom: true }) as string[][]).flat();
}

/** A cell a spreadsheet could run: a formula sign first (after spaces, or full width), or a control. */
const opensAsFormula = (cell: string) =>
  /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/.test(cell) &&
  !/^-?\d+(\.\d+)?$/.test(cell);

/** The cells a spreadsheet whose list separator is the semicolon makes of a comma CSV. */
const semicolonCells = (csv: string): string[] =>
  (
    parse(csv, {
      bom: true,
      delimiter: ';',
      relax_quotes: true,
      relax_column_count: true,
    }) as string[][]
  )
    .flat()
    .flatMap((cell) => cell.split(','));

describe('the shared CSV writer', () => {
  it('writes a cell that starts a formula as text', () => {
    for (const v of DANGEROUS) expect(neutralizeCell(v)).toBe(`'${v}`);
    expect(neutralizeCell('-1')).toBe('-1');
    expect(neutralizeCell('-2.5')).toBe('-2.5');
    expect(neutralizeCell('Nursing')).toBe('Nursing');
  });

  it('writes as text a formula sign after spaces, a full-width one, and a leading line break', () => {
    for (const v of [' =1+1', '\u00a0@x', '\uff1dcmd', '\uff0b1', '\nx'])
      expect(neutralizeCell(v)).toBe(`'${v}`);
  });

  it('quotes a cell holding a semicolon, so no list separator splits a formula out of it', () => {
    const csv = writeCsv(['title'], [['Algebra;=HYPERLINK("http://x")'], ['Art\t=1+1']]);
    expect(csv).toBe('title\n"Algebra;=HYPERLINK(""http://x"")"\n"Art\t=1+1"\n');
    expect(semicolonCells(csv).filter(opensAsFormula)).toEqual([]);
    expect(csvLine(['a;=1+1', 'b'])).toBe('"a;=1+1",b\r\n');
  });

  it('writes a line at a time (the progress file) by the same rule', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.integer())), (values) => {
        const out = cells(csvLine(['x', ...values]));
        expect(out.filter(opensAsFormula)).toEqual([]);
        expect(out).toEqual([
          'x',
          ...values.map((v) => (typeof v === 'number' ? String(v) : neutralizeCell(v))),
        ]);
      }),
    );
    expect(csvLine(['-1', -1, '=1+1', '@x'])).toBe(`-1,-1,'=1+1,'@x\r\n`);
  });

  it('a transcript read with formula cells never writes one back out', () => {
    const text = [
      'student_id,school_id,school_year,term,course_code,course_title,credits_attempted,credits_earned,letter_grade',
      '1,rhs,2025,S1,=1+1,=HYPERLINK("http://x"),1,1,A',
      '1,rhs,2025,S1,+C2,@SUM(A1),1,1,A',
      '1,rhs,2025,S1,C3,-2+3,1,1,A',
      '1,rhs,2025,S1,C4," =cmd|\'/c calc\'!A1",1,1,A',
    ].join('\n');
    const parsed = parseTranscriptCsv({ name: 't.csv', text });
    expect(parsed.issues).toEqual([]);
    const rows = parsed.rows.map((r) => [r.courseCode, r.courseTitle, r.term]);
    expect(rows.flat().filter(opensAsFormula)).toHaveLength(6);
    for (const csv of [writeCsv(['code', 'title', 'term'], rows), rows.map(csvLine).join('')]) {
      expect(cells(csv).filter(opensAsFormula)).toEqual([]);
      expect(semicolonCells(csv).filter(opensAsFormula)).toEqual([]);
    }
  });

  it('never lets any cell open as a formula, whatever it holds', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 2, maxLength: 2 })), (rows) => {
        const out = cells(writeCsv(['a', 'b'], rows));
        expect(out.filter(opensAsFormula)).toEqual([]);
      }),
    );
  });

  it('the program CSV neutralizes a course title, code and institution', () => {
    const detail = {
      id: 'p1',
      lang: 'en',
      version: 1,
      status: 'draft',
      steps: [
        {
          level: 'grade-9',
          term: null,
          courses: [
            {
              code: '@CODE',
              title: '=HYPERLINK("http://evil")',
              kind: 'secondary',
              subject: '+x',
              credits: 1,
              creditUnit: 'carnegie',
              institution: '-2+3',
              earlyCredit: [],
            },
          ],
          credentials: [{ id: 'c', title: '\tcmd', type: 'industry', issuer: '\rissuer' }],
          workBasedLearning: [],
        },
      ],
    } as unknown as TProgramDetail;
    const out = cells(programToCsv(detail));
    expect(out).toContain(`'=HYPERLINK("http://evil")`);
    expect(out).toContain(`'\tcmd`);
    expect(out.filter(opensAsFormula)).toEqual([]);
  });

  it('the student and framework CSVs go through the same writer', () => {
    const students = cells(
      studentsCsv([
        {
          id: 'u1',
          districtId: 'd',
          schoolId: 's',
          name: '@evil',
          givenName: '+x',
          familyName: '-y',
          grade: -1,
          localId: '=1',
        },
      ]),
    );
    expect(students).toContain(`'@evil`);
    expect(students).toContain(`'+x`);
    expect(students).toContain('-1');
    expect(students.filter(opensAsFormula)).toEqual([]);
    const framework = nccf16;
    const cluster = framework.clusters[0]!;
    const tampered = {
      ...framework,
      clusters: [{ ...cluster, title: { en: '=cmd|"/c calc"!A1', es: '+x' } }],
    };
    const out = cells(frameworkToCsv(tampered));
    expect(out).toContain(`'=cmd|"/c calc"!A1`);
    expect(out.filter(opensAsFormula)).toEqual([]);
  });
});
