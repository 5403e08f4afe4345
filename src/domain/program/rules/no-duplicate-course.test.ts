import { describe, expect, it } from 'vitest';
import { checkRule, courseOf, modify, softwareProgram, stepOf } from '../test-factories.ts';
import { noDuplicateCourse } from './no-duplicate-course.ts';

describe('pos.no-duplicate-course', () => {
  it('passes a program that lists each course once', () => {
    expect(checkRule(noDuplicateCourse, softwareProgram())).toEqual([]);
  });

  it('reports a course listed twice, at its second place', () => {
    const file = modify(softwareProgram(), (f) => stepOf(f, 'grade-10').courses.push('biology'));
    expect(checkRule(noDuplicateCourse, file)).toEqual([
      expect.objectContaining({
        path: 'program.steps[1].courses[4]',
        courseId: 'biology',
        message: expect.objectContaining({
          en: 'The course “Biology” is listed twice, in grade 9 and again in grade 10; a course belongs in one step only.',
        }),
      }),
    ]);
  });

  it('reports two catalog entries for the same college course', () => {
    const file = modify(softwareProgram(), (f) => {
      f.catalog.courses.push({ ...courseOf(f, 'cis-133'), id: 'cis-133-online' });
      stepOf(f, 'postsecondary-2', 'fall').courses.push('cis-133-online');
    });
    const findings = checkRule(noDuplicateCourse, file);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message.en).toContain(
      'is the same course as "cis-133" in postsecondary year 1 (fall)',
    );
  });
});
