/**
 * Transfer credit lines of a printed transcript: headings that name the school, and one-line
 * courses in several orders and spellings. The schools and courses are made up.
 */
import { describe, expect, it } from 'vitest';
import { transferLine } from './transcript-paper-transfer.ts';

describe('a transfer credit line', () => {
  it('reads a course on one line, school, year, course, credit and mark in any usual order', () => {
    const read = (text: string) => {
      const line = transferLine(text);
      if (line?.kind !== 'course') return line;
      return [
        line.school,
        line.state,
        line.schoolYear,
        line.term,
        line.grade,
        line.code,
        line.title,
        line.credits,
        line.mark,
      ];
    };
    expect(read('Transfer credit: Lincoln High School 2023-24 Biology 1.0 TR')).toEqual([
      'Lincoln High School',
      undefined,
      2024,
      undefined,
      undefined,
      '',
      'Biology',
      1,
      'TR',
    ]);
    expect(read('TRANSFER CREDITS - Lincoln HS, 2023-2024, BIO 101 Biology, 1, B+')).toEqual([
      'Lincoln HS',
      undefined,
      2024,
      undefined,
      undefined,
      'BIO 101',
      'Biology',
      1,
      'B+',
    ]);
    expect(read('Transfer credit: Algebra II from Lincoln HS (Grade 10 2024-25), 1, B')).toEqual([
      'Lincoln HS',
      undefined,
      2025,
      undefined,
      10,
      '',
      'Algebra II',
      1,
      'B',
    ]);
    expect(
      read(
        'Transfer credit:  2023  Mesa Academy (Omaha, NE)  |  World History (HIS 201) | 1/2 | P',
      ),
    ).toEqual([
      'Mesa Academy',
      'NE',
      2023,
      undefined,
      undefined,
      'HIS 201',
      'World History',
      0.5,
      'P',
    ]);
    expect(
      read('Transfer credit: Valley Online School; Fall 2024; Spanish I; Grade: T; 0.5 credits'),
    ).toEqual([
      'Valley Online School',
      undefined,
      2025,
      'fall',
      undefined,
      '',
      'Spanish I',
      0.5,
      'T',
    ]);
    expect(read('transferred courses: Biology, 2023-24, Lincoln High School, .5 cr, 92')).toEqual([
      'Lincoln High School',
      undefined,
      2024,
      undefined,
      undefined,
      '',
      'Biology',
      0.5,
      '92',
    ]);
    // No year: the heading above gives it.
    expect(read('Créditos de transferencia: Colegio Juárez, Historia de México, 1, A')).toEqual([
      'Colegio Juárez',
      undefined,
      undefined,
      undefined,
      undefined,
      '',
      'Historia de México',
      1,
      'A',
    ]);
    expect(read('Transfer credit: Lincoln HS English 10 1 A-')).toEqual([
      'Lincoln HS',
      undefined,
      undefined,
      undefined,
      undefined,
      '',
      'English 10',
      1,
      'A-',
    ]);
  });

  it('reads a heading that names the school, with or without a year', () => {
    expect(transferLine('Transfer credit:')).toEqual({ kind: 'heading' });
    expect(transferLine('Transfer Credits')).toEqual({ kind: 'heading' });
    expect(transferLine('Transfer credit from Lincoln High School')).toEqual({
      kind: 'heading',
      school: 'Lincoln High School',
    });
    expect(transferLine('Transfer Credit — Lincoln HS (Springfield, IL) 2022-2023')).toEqual({
      kind: 'heading',
      school: 'Lincoln HS',
      state: 'IL',
      schoolYear: 2023,
    });
    expect(transferLine('Transfer credit: Summer 2024, Valley Virtual')).toEqual({
      kind: 'heading',
      school: 'Valley Virtual',
      schoolYear: 2024,
      term: 'summer',
    });
  });

  it('refuses a line it cannot read whole', () => {
    for (const text of [
      // No credit or mark.
      'Transfer credit: Algebra II from Lincoln HS (Grade 10 2024-25)',
      // A credit without a mark.
      'Transfer credit: Lincoln HS 2023-24 Biology 1',
      // The school cannot be told from the course.
      'Transfer credit: 2023-24 Biology 1 TR',
      'Transfer credit: Lincoln Biology 1 TR',
      // Years that do not follow each other.
      'Transfer credit: Lincoln HS 2023-2025 Biology 1 TR',
      // More credit than a course carries.
      'Transfer credit: Lincoln HS 2023-24 Biology 12 TR',
    ])
      expect(transferLine(text), text).toEqual({ kind: 'unread', text });
  });

  it('is no transfer line without the words that begin one', () => {
    expect(transferLine('Biology 1 TR')).toBeUndefined();
    expect(transferLine('Courses transferred from Lincoln HS')).toBeUndefined();
    expect(transferLine('Transfer Student Orientation')).toBeUndefined();
  });
});
