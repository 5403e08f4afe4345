/**
 * A program of study continues through at least two postsecondary years (courses in
 * postsecondary year 2 or later), or leads to a bachelor's degree.
 */
import { finding, type Rule } from '../finding.ts';
import { stepLabel } from '../labels.ts';
import { LEVEL_ORDER } from '../steps.ts';

const YEAR_2 = LEVEL_ORDER['postsecondary-2'];

export const twoPostsecondaryYears: Rule = {
  id: 'pos.two-postsecondary-years',
  severity: 'error',
  check(ctx) {
    if (ctx.credentialPlacements.some((p) => p.credential?.type === 'bachelor')) return [];
    let last: (typeof ctx.coursePlacements)[number] | undefined;
    for (const placement of ctx.coursePlacements) {
      if (LEVEL_ORDER[placement.step.level] >= YEAR_2) return [];
      if (!last || LEVEL_ORDER[placement.step.level] > LEVEL_ORDER[last.step.level])
        last = placement;
    }
    const step = last ? stepLabel({ level: last.step.level }) : undefined;
    return [
      finding(
        twoPostsecondaryYears,
        last
          ? { path: `program.steps[${last.stepIndex}]`, stepLevel: last.step.level }
          : { path: 'program.steps' },
        `${step ? `The program's last courses are in ${step.en}` : 'The program lists no courses'}; a program of study continues through at least two postsecondary years (or leads to a bachelor's degree), so add courses for postsecondary year 2.`,
        `${step ? `Los últimos cursos del programa están en ${step.es}` : 'El programa no incluye cursos'}; un programa de estudio continúa durante al menos dos años de educación superior (o conduce a una licenciatura), así que agregue cursos para el año 2 de educación superior.`,
      ),
    ];
  },
};
