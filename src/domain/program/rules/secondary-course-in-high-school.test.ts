import { describe, expect, it } from 'vitest';
import { checkRule, modify, softwareProgram, stepOf, unplace } from '../test-factories.ts';
import { secondaryCourseInHighSchool } from './secondary-course-in-high-school.ts';

describe('pos.secondary-course-in-high-school', () => {
  it('passes high school courses in grades', () => {
    expect(checkRule(secondaryCourseInHighSchool, softwareProgram())).toEqual([]);
  });

  it('reports a high school course in a postsecondary year', () => {
    const file = modify(softwareProgram(), (f) => {
      unplace(f, 'precalculus');
      stepOf(f, 'postsecondary-1', 'fall').courses.push('precalculus');
    });
    expect(checkRule(secondaryCourseInHighSchool, file)).toEqual([
      expect.objectContaining({
        path: 'program.steps[4].courses[4]',
        stepLevel: 'postsecondary-1',
        message: expect.objectContaining({
          en: 'The high school course “Precalculus” is listed in postsecondary year 1 (fall); move it to a high school grade or replace it with a college course.',
        }),
      }),
    ]);
  });
});
