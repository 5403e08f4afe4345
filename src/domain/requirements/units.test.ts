import { describe, expect, it } from 'vitest';
import { checkProgress } from './evaluate.ts';
import { leaf, setOf, took } from './test-factories.ts';
import { inSetUnits, transcriptCreditsPerYear, yearsOf } from './units.ts';

describe('years of coursework', () => {
  it('a term tells its length: a year 1, a semester 1/2, a trimester 1/3, a quarter 1/4', () => {
    expect([
      yearsOf(10, 'year', 1),
      yearsOf(5, 's2', 1),
      yearsOf(0.5, 'fall', 1),
      yearsOf(5, 't3', 1),
      yearsOf(2.5, 'q1', 1),
    ]).toEqual([1, 0.5, 0.5, 1 / 3, 0.25]);
    // No credit earned, no year; a summer course by its credits.
    expect(yearsOf(0, 'year', 1)).toBe(0);
    expect(yearsOf(5, 'summer', 10)).toBe(0.5);
  });

  it("reads the transcript's scale for a term of no known length: 5-credit semesters are 10 a year", () => {
    const california = [
      took('01001', 'English 9', 2026, 's1', 5, 'A'),
      took('01001', 'English 9', 2026, 's2', 5, 'A'),
      took('02052', 'Algebra I', 2026, 'year', 10, 'B'),
      took('02072', 'Geometry', 2026, 'summer', 5, 'B'),
    ];
    expect(transcriptCreditsPerYear(california)).toBe(10);
    const years = inSetUnits({ unit: 'years' }, california);
    expect(years.map((a) => a.creditsEarned)).toEqual([0.5, 0.5, 1, 0.5]);
    // A set that says how many credits a year earns is taken at its word.
    expect(inSetUnits({ unit: 'years', creditsPerYear: 5 }, california)[3]!.creditsEarned).toBe(1);
    // A set of credits leaves the attempts as they are.
    expect(inSetUnits({}, california)).toBe(california);
  });

  it('counts a requirement in years the same whatever credits the district gives a semester', () => {
    const set = setOf(leaf('english', { scedSubjects: ['01'] }, { minCredits: 2 }), {
      unit: 'years',
    });
    for (const perSemester of [0.5, 5, 2.5]) {
      const attempts = [
        took('01001', 'English 9', 2025, 's1', perSemester, 'B'),
        took('01001', 'English 9', 2025, 's2', perSemester, 'B'),
        took('01002', 'English 10', 2026, 's1', perSemester, 'B'),
        took('01002', 'English 10', 2026, 's2', perSemester, 'IP'),
      ];
      const check = checkProgress(set, attempts);
      expect([check.status, check.root.earned, check.root.inProgress]).toEqual([
        'in_progress',
        1.5,
        0.5,
      ]);
    }
  });
});

describe('courses counted by code', () => {
  it('two semesters of one course are one course toward "two or more courses"', () => {
    const set = setOf(leaf('cte', { cte: true }, { minCredits: 1, minCourses: 2 }));
    const halves = [
      took('13001', 'Welding I', 2026, 's1', 0.5, 'A', { cte: true }),
      took('13001', 'Welding I', 2026, 's2', 0.5, 'A', { cte: true }),
    ];
    expect(checkProgress(set, halves).status).toBe('missing');
    const two = [...halves, took('13002', 'Welding II', 2026, 'year', 1, 'IP', { cte: true })];
    expect(checkProgress(set, two).status).toBe('in_progress');
  });
});
