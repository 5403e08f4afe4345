import { describe, expect, it } from 'vitest';
import { nursingProgram } from '../test-factories-nursing.ts';
import { checkRule, collegeCourse, modify, softwareProgram, stepOf } from '../test-factories.ts';
import { noRepeatedContent } from './no-repeated-content.ts';

describe('pos.no-repeated-content', () => {
  it('passes a college course that a credit agreement links to the high school course it repeats', () => {
    // Nursing lists HLT 105 Medical Terminology, articulated from the high school course.
    expect(checkRule(noRepeatedContent, nursingProgram())).toEqual([]);
    expect(checkRule(noRepeatedContent, softwareProgram())).toEqual([]);
  });

  it('reports a repeated title without a credit agreement', () => {
    const file = modify(nursingProgram(), (f) => {
      f.catalog.creditAgreements = f.catalog.creditAgreements.filter(
        (a) => a.postsecondaryCourseId !== 'hlt-105',
      );
    });
    expect(checkRule(noRepeatedContent, file)).toEqual([
      expect.objectContaining({
        path: 'program.steps[4].courses[3]',
        courseId: 'hlt-105',
        message: expect.objectContaining({
          en: 'The college course HLT 105 “Medical Terminology” in postsecondary year 1 (fall) repeats the high school course “Medical Terminology” in grade 10; link them with a credit agreement or replace one of them.',
        }),
      }),
    ]);
  });

  it('matches titles apart from introductory wording when subject and pathway agree', () => {
    const withCourse = (pathwayCodes: string[]) =>
      modify(softwareProgram(), (f) => {
        f.catalog.courses.push(
          collegeCourse('cis-120', 'CIS 120', 'Programming I', 'cte', { pathwayCodes }),
        );
        stepOf(f, 'postsecondary-1', 'fall').courses.push('cis-120');
      });
    expect(checkRule(noRepeatedContent, withCourse(['11-03']))).toHaveLength(1);
    expect(checkRule(noRepeatedContent, withCourse([]))).toEqual([]);
  });

  it('leaves courses that both list competencies to the content rule', () => {
    const file = modify(nursingProgram(), (f) => {
      f.catalog.creditAgreements = [];
      for (const c of f.catalog.courses)
        if (c.id === 'medical-terminology' || c.id === 'hlt-105')
          c.competencies = [`${c.id} outcome`];
    });
    expect(checkRule(noRepeatedContent, file)).toEqual([]);
  });
});
