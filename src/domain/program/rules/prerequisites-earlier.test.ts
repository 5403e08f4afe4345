import { describe, expect, it } from 'vitest';
import { nursingProgram } from '../test-factories-nursing.ts';
import { checkRule, modify, softwareProgram, stepOf, unplace } from '../test-factories.ts';
import { prerequisitesEarlier } from './prerequisites-earlier.ts';

describe('pos.prerequisites-earlier', () => {
  it('passes prerequisites in earlier steps and terms, corequisites in the same step', () => {
    expect(checkRule(prerequisitesEarlier, softwareProgram())).toEqual([]);
    expect(checkRule(prerequisitesEarlier, nursingProgram())).toEqual([]);
  });

  it('reports a prerequisite in the same step', () => {
    const file = modify(softwareProgram(), (f) => {
      unplace(f, 'alg-1');
      stepOf(f, 'grade-10').courses.push('alg-1');
    });
    expect(checkRule(prerequisitesEarlier, file)).toEqual([
      expect.objectContaining({
        path: 'program.steps[1].courses[1]',
        courseId: 'geometry',
        message: expect.objectContaining({
          en: 'The course “Geometry” in grade 10 needs “Algebra I” first, but the program places it in grade 10; move the prerequisite to an earlier step.',
        }),
      }),
    ]);
  });

  it('reports a corequisite placed later', () => {
    const file = modify(nursingProgram(), (f) => {
      unplace(f, 'nur-102');
      stepOf(f, 'postsecondary-2', 'fall').courses.push('nur-102');
    });
    const findings = checkRule(prerequisitesEarlier, file);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ courseId: 'nur-101' });
    expect(findings[0]!.message.en).toContain(
      'must be taken with NUR 102 “Nursing Skills Laboratory”',
    );
  });
});
