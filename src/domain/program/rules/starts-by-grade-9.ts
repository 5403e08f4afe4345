/** A program of study starts no later than grade 9: its grade-9 step has at least one course. */
import { finding, type Rule } from '../finding.ts';
import { stepLabel } from '../labels.ts';
import { LEVEL_ORDER } from '../steps.ts';

export const startsByGrade9: Rule = {
  id: 'pos.starts-by-grade-9',
  severity: 'error',
  check(ctx) {
    let first: (typeof ctx.coursePlacements)[number] | undefined;
    for (const placement of ctx.coursePlacements) {
      if (placement.step.level === 'grade-9') return [];
      if (!first || LEVEL_ORDER[placement.step.level] < LEVEL_ORDER[first.step.level]) {
        first = placement;
      }
    }
    if (!first) {
      return [
        finding(
          startsByGrade9,
          { path: 'program.steps' },
          'The program lists no courses; a program of study starts in grade 9 with at least one course.',
          'El programa no incluye cursos; un programa de estudio comienza en 9.º grado con al menos un curso.',
        ),
      ];
    }
    const step = stepLabel({ level: first.step.level });
    return [
      finding(
        startsByGrade9,
        { path: `program.steps[${first.stepIndex}]`, stepLevel: first.step.level },
        `The program starts in ${step.en}; a program of study must start by grade 9, so add a grade 9 step with at least one course.`,
        `El programa comienza en ${step.es}; un programa de estudio debe comenzar a más tardar en 9.º grado, así que agregue un paso de 9.º grado con al menos un curso.`,
      ),
    ];
  },
};
