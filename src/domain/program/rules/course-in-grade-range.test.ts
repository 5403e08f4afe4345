import { describe, expect, it } from 'vitest';
import {
  checkRule,
  courseOf,
  modify,
  softwareProgram,
  stepOf,
  unplace,
} from '../test-factories.ts';
import { courseInGradeRange } from './course-in-grade-range.ts';

describe('pos.course-in-grade-range', () => {
  it('passes courses listed in grades they are offered in', () => {
    expect(checkRule(courseInGradeRange, softwareProgram())).toEqual([]);
  });

  it('warns about a course listed outside its grades', () => {
    const file = modify(softwareProgram(), (f) => {
      unplace(f, 'us-history');
      stepOf(f, 'grade-12').courses.push('us-history');
    });
    expect(checkRule(courseInGradeRange, file)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        path: 'program.steps[3].courses[4]',
        message: {
          en: 'The course “U.S. History” is listed in grade 12, but it is offered in grade 11 only; move it or correct its grades in the catalog.',
          es: 'El curso «U.S. History» aparece en 12.º grado, pero se ofrece solo en 11.º grado; muévelo o corrige sus grados en el catálogo.',
        },
      }),
    ]);
  });

  it('warns about a reversed grade range', () => {
    const file = modify(softwareProgram(), (f) => {
      const course = courseOf(f, 'ap-csa');
      if (course.level === 'secondary') Object.assign(course, { gradeMin: 12, gradeMax: 11 });
    });
    const paths = checkRule(courseInGradeRange, file).map((f) => f.path);
    expect(paths[0]).toMatch(/^catalog\.courses\[\d+\]\.gradeMin$/);
  });
});
