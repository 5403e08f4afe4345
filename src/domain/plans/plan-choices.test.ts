import { describe, expect, it } from 'vitest';
import { fieldOf } from '../../../test/app-error-field.ts';
import type { TPlanChoice, TPlanCourse } from '../../contracts/plans.ts';
import { checkPicks, keepPicks } from './plan-choices.ts';

const choices: TPlanChoice[] = [
  { level: 'grade-11', choose: 1, options: ['pharm-tech', 'dental'] },
  { level: 'grade-12', choose: 2, options: ['emt', 'nutrition', 'psych'] },
];
const course = (courseId: string, choice?: number, level = 'grade-11'): TPlanCourse => ({
  courseId,
  level: level as TPlanCourse['level'],
  dualCredit: false,
  ...(choice === undefined ? {} : { choice }),
});

describe('checkPicks', () => {
  it('takes any option of a choice, in any grade, and a choice left open', () => {
    expect(() =>
      checkPicks(
        [course('bio'), course('dental', 0, 'grade-10'), course('psych', 1, 'grade-12')],
        choices,
      ),
    ).not.toThrow();
    expect(() => checkPicks([course('bio')], choices)).not.toThrow();
  });

  it('refuses a course outside the choice, naming it and saying what to pick', () => {
    expect(() => checkPicks([course('emt', 0)], choices)).toThrow(
      'emt is not an option of the choice "choose 1 of pharm-tech, dental" (grade 11)',
    );
    expect(fieldOf(() => checkPicks([course('bio'), course('emt', 0)], choices))).toBe(
      'courses.1.courseId',
    );
  });

  it('refuses more picks than the choice takes, and a choice the plan does not have', () => {
    expect(fieldOf(() => checkPicks([course('dental', 0), course('pharm-tech', 0)], choices))).toBe(
      'courses.1.choice',
    );
    expect(
      fieldOf(() =>
        checkPicks([course('emt', 1), course('nutrition', 1), course('psych', 1)], choices),
      ),
    ).toBe('courses.2.choice');
    expect(fieldOf(() => checkPicks([course('dental', 2)], choices))).toBe('courses.0.choice');
    expect(fieldOf(() => checkPicks([course('dental', 0)], []))).toBe('courses.0.choice');
  });
});

describe('keepPicks', () => {
  const before = [
    course('bio', undefined, 'grade-9'),
    course('dental', 0),
    course('emt', 1, 'grade-12'),
  ];

  it('keeps the plan’s picks when no course of the edit says choice, wherever they moved', () => {
    const edit = [
      course('bio', undefined, 'grade-9'),
      course('dental', undefined, 'grade-12'),
      course('emt', undefined, 'grade-12'),
      course('art'),
    ];
    expect(keepPicks(edit, before)).toEqual([
      course('bio', undefined, 'grade-9'),
      course('dental', 0, 'grade-12'),
      course('emt', 1, 'grade-12'),
      course('art'),
    ]);
  });

  it('marks one course per earlier pick: a second copy of a pick stays plain', () => {
    const edit = [course('dental'), course('dental', undefined, 'grade-12')];
    expect(keepPicks(edit, before).map((c) => c.choice)).toEqual([0, undefined]);
  });

  it('takes an edit that speaks of choices as it is: null is a plain course, a mark is kept as sent', () => {
    const edit = [
      { ...course('dental'), choice: null },
      course('emt', undefined, 'grade-12'),
      course('pharm-tech', 0),
    ];
    const kept = keepPicks(edit, before);
    expect(kept).toEqual([
      course('dental'),
      course('emt', undefined, 'grade-12'),
      course('pharm-tech', 0),
    ]);
    expect(kept[0]).not.toHaveProperty('choice');
  });
});
