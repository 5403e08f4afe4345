import { describe, expect, it } from 'vitest';
import { checkRule, modify, softwareProgram, stepOf } from '../test-factories.ts';
import { startsByGrade9 } from './starts-by-grade-9.ts';

describe('pos.starts-by-grade-9', () => {
  it('passes a program with grade 9 courses', () => {
    expect(checkRule(startsByGrade9, softwareProgram())).toEqual([]);
  });

  it('reports a program that starts in grade 10', () => {
    const file = modify(softwareProgram(), (f) => {
      f.program.steps = f.program.steps.filter((s) => s.level !== 'grade-9');
    });
    expect(checkRule(startsByGrade9, file)).toEqual([
      {
        rule: 'pos.starts-by-grade-9',
        severity: 'error',
        path: 'program.steps[0]',
        stepLevel: 'grade-10',
        message: {
          en: 'The program starts in grade 10; a program of study must start by grade 9, so add a grade 9 step with at least one course.',
          es: 'El programa comienza en 10.º grado; un programa de estudio debe comenzar a más tardar en 9.º grado, así que agrega un paso de 9.º grado con al menos un curso.',
        },
      },
    ]);
  });

  it('reports an empty grade 9 step and a program without courses', () => {
    const empty9 = modify(softwareProgram(), (f) => (stepOf(f, 'grade-9').courses = []));
    expect(checkRule(startsByGrade9, empty9)).toHaveLength(1);
    const none = modify(softwareProgram(), (f) => f.program.steps.forEach((s) => (s.courses = [])));
    expect(checkRule(startsByGrade9, none)[0]).toMatchObject({ path: 'program.steps' });
  });
});
