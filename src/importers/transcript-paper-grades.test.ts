import { describe, expect, it } from 'vitest';
import { headingGrade } from './transcript-paper-grades.ts';

describe('the grade a paper transcript heading names', () => {
  it('reads the headings schools and home-school templates write, in English and Spanish', () => {
    const cases: Array<[string, number]> = [
      ['Grade 10', 10],
      ['GRADE 09', 9],
      ['Gr. 11', 11],
      ['10th Grade', 10],
      ['12th grade:', 12],
      ['Tenth Grade', 10],
      ['Sophomore Year', 10],
      ['Freshman', 9],
      ['Junior Year', 11],
      ['Year: 9th Grade', 9],
      ['9th Grade (Year 1)', 9],
      ['Grado 10', 10],
      ['10.º grado', 10],
      ['11° Grado', 11],
      ['Décimo grado', 10],
      ['Grado duodécimo', 12],
      ['8th Grade', 8],
    ];
    for (const [text, grade] of cases) expect([text, headingGrade(text)]).toEqual([text, grade]);
  });

  it('sets the school year aside when told where it is written', () => {
    expect(headingGrade('Grade 10 — 2024–2025', '2024–2025')).toBe(10);
    expect(headingGrade('Junior Year (2023-24)', '2023-24')).toBe(11);
    expect(headingGrade('12th grade - SY 2025-26', '2025-26')).toBe(12);
  });

  it('takes nothing else for a grade: course titles, a year alone, grades outside 6–12', () => {
    for (const text of [
      'English 10',
      'Grade 10 English',
      'Senior Seminar',
      'School Year 2022-2023',
      '2024-2025',
      'Grade 13',
      'Grade 5',
      'Year 2',
      'Total Credits',
    ])
      expect([text, headingGrade(text, /\d{4}-\d{4}/.exec(text)?.[0])]).toEqual([text, undefined]);
  });
});
