import { describe, expect, it } from 'vitest';
import {
  checkRule,
  courseOf,
  hsCourse,
  modify,
  softwareProgram,
  stepOf,
} from '../test-factories.ts';
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

  // 19 TAC §130.112: "A student may repeat this course once for credit" (Texas practicums).
  it('lets a course taken for credit more than once be listed that many times, each later', () => {
    const repeatable = (times: number) =>
      modify(softwareProgram(), (f) => {
        const course = courseOf(f, 'ap-csa');
        course.timesForCredit = times;
        stepOf(f, 'grade-11').courses.push('ap-csa');
      });
    // Listed in grade 12 and, first, in grade 11: the grade 12 place is the repeat.
    expect(checkRule(noDuplicateCourse, repeatable(2))).toEqual([]);
    const thrice = modify(repeatable(2), (f) => stepOf(f, 'grade-10').courses.push('ap-csa'));
    // Grades 10, 11 and 12: the third place, in grade 12, is one too many.
    expect(checkRule(noDuplicateCourse, thrice).map((x) => x.path)).toEqual([
      'program.steps[3].courses[3]',
    ]);
    expect(
      checkRule(
        noDuplicateCourse,
        modify(thrice, (f) => {
          courseOf(f, 'ap-csa').timesForCredit = 3;
        }),
      ),
    ).toEqual([]);
    // Twice in the same step is no repeat.
    const sameStep = modify(softwareProgram(), (f) => {
      courseOf(f, 'ap-csa').timesForCredit = 2;
      stepOf(f, 'grade-12').courses.push('ap-csa');
    });
    expect(checkRule(noDuplicateCourse, sameStep)).toHaveLength(1);
  });

  it('knows a high school course without a state code by its id', () => {
    const file = modify(softwareProgram(), (f) => {
      for (const id of ['biology', 'web-design']) {
        const course = courseOf(f, id);
        if (course.level === 'secondary') delete course.stateCode;
      }
    });
    expect(checkRule(noDuplicateCourse, file)).toEqual([]);
  });

  // Florida's Career Clusters pathway plans (Animal Science and Services) offer Geometry in the
  // mathematics choices of grades 9, 10 and 11, and Algebra 2 in those of grades 11 and 12.
  it('lets a course be offered in the choices of several steps, but not twice in one', () => {
    const offered = modify(softwareProgram(), (f) => {
      f.catalog.courses.push(
        hsCourse('math-college-readiness', 'Math for College Readiness', 'mathematics', [11, 12]),
      );
      stepOf(f, 'grade-10').courses = stepOf(f, 'grade-10').courses.filter((c) => c !== 'geometry');
      stepOf(f, 'grade-11').courses = stepOf(f, 'grade-11').courses.filter((c) => c !== 'alg-2');
      stepOf(f, 'grade-10').choices = [{ choose: 1, courses: ['geometry', 'alg-2'] }];
      stepOf(f, 'grade-11').choices = [
        { choose: 1, courses: ['alg-2', 'geometry', 'math-college-readiness'] },
      ];
    });
    expect(checkRule(noDuplicateCourse, offered)).toEqual([]);
    // Offered in a choice and listed in another step: a student would take it twice.
    const listedToo = modify(offered, (f) => stepOf(f, 'grade-12').courses.push('geometry'));
    expect(checkRule(noDuplicateCourse, listedToo).map((x) => x.path)).toEqual([
      'program.steps[3].courses[4]',
    ]);
    // Offered by two choices of the same step.
    const twiceInStep = modify(offered, (f) =>
      stepOf(f, 'grade-11').choices!.push({ choose: 1, courses: ['geometry', 'precalculus'] }),
    );
    expect(checkRule(noDuplicateCourse, twiceInStep).map((x) => x.path)).toContain(
      'program.steps[2].choices[1].courses[0]',
    );
  });
});
