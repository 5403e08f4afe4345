import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { programToCsv } from './program-csv.ts';
import { frameworkToCsv } from '../services/export-framework.ts';
import { studentsCsv } from '../services/accounts/student-export.ts';
import { neutralizeCell, writeCsv } from './csv-writer.ts';
import { nccf16 } from '../data/frameworks/nccf-16/framework.ts';
import type { TProgramDetail } from '../contracts/program-api.ts';

const DANGEROUS = ['=1+1', '+1', '-1+2', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x")'];

/** Every cell of a CSV, parsed back as a spreadsheet would read the text. */
function cells(csv: string): string[] {
  return (parse(csv, { bom: true }) as string[][]).flat();
}

const opensAsFormula = (cell: string) => /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell);

describe('the shared CSV writer', () => {
  it('writes a cell that starts a formula as text', () => {
    for (const v of DANGEROUS) expect(neutralizeCell(v)).toBe(`'${v}`);
    expect(neutralizeCell('-1')).toBe('-1');
    expect(neutralizeCell('-2.5')).toBe('-2.5');
    expect(neutralizeCell('Nursing')).toBe('Nursing');
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
        { id: 'u1', districtId: 'd', schoolId: 's', name: '@evil', grade: -1, localId: '=1' },
      ]),
    );
    expect(students).toContain(`'@evil`);
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
