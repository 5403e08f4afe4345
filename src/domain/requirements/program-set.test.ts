/**
 * A program of study as a requirement set: its high school CTE courses by state code, and its
 * choices of them ("choose 1 of") as that many of their codes; what a transcript cannot match
 * (no state code, a college course among the options) is left out.
 */
import { describe, expect, it } from 'vitest';
import type { TCourse, TProgramBody } from '../../contracts/program.ts';
import { collegeCourse, hsCourse, step } from '../program/test-builders.ts';
import { checkProgress } from './evaluate.ts';
import { programRequirementSet } from './program-set.ts';
import { attempt } from './test-factories.ts';

const catalog: TCourse[] = [
  hsCourse('principles', 'Principles of Health Science', 'cte', [9, 12], { stateCode: '170111' }),
  hsCourse('terminology', 'Medical Terminology', 'cte', [9, 12], { stateCode: '170131' }),
  hsCourse('emergency', 'Emergency Procedures', 'cte', [9, 12], { stateCode: '170141' }),
  hsCourse('uncoded', 'Locally Named Course', 'cte', [9, 12], { stateCode: undefined }),
  hsCourse('mna', 'Medicaid Nurse Aide', 'cte', [11, 12], { stateCode: '170631' }),
  collegeCourse('naa-100', 'NAA 100', 'Nursing Assistant Skills', 'cte'),
];
const courses = new Map(catalog.map((c) => [c.id, c]));

function program(steps: TProgramBody['steps']): TProgramBody {
  return {
    title: { en: 'Pre-Nursing' },
    frameworkId: 'nccf-16',
    pathwayCode: '08-05',
    ownerId: 'district',
    partners: [],
    steps,
    occupations: [],
  };
}

describe('a program as a requirement set', () => {
  const set = programRequirementSet(
    'pre-nursing',
    program([
      step('grade-9', ['principles', 'uncoded']),
      step('grade-10', [], {
        choices: [{ choose: 1, courses: ['terminology', 'emergency'] }],
      }),
      step('grade-12', [], { choices: [{ choose: 1, courses: ['mna', 'naa-100'] }] }),
    ]),
    courses,
  );

  it('asks for each coded course and for as many of a choice as it says', () => {
    expect(set.root.type).toBe('all_of');
    const children = set.root.type === 'all_of' ? set.root.children : [];
    expect(children.map((c) => c.id)).toEqual(['principles', 'choice-1-0']);
    expect(children[1]).toMatchObject({
      type: 'course_set',
      select: { codes: ['170131', '170141'] },
      minCourses: 1,
      title: {
        en: 'Choose 1 of 2: Medical Terminology, Emergency Procedures',
        es: 'Elige 1 de 2: Medical Terminology, Emergency Procedures',
      },
    });
  });

  it('is met by either course of the choice', () => {
    for (const code of ['170131', '170141'])
      expect(checkProgress(set, [attempt('170111'), attempt(code)]).status).toBe('met');
    expect(checkProgress(set, [attempt('170111')]).status).toBe('missing');
  });
});
