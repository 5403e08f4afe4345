/**
 * The program's courses belong to its pathway: a course tagged with pathways, none of them the
 * program's, probably belongs to another program. Untagged courses (most academic ones) fit any.
 */
import { finding, type Finding, type Rule } from '../finding.ts';
import { courseLabel, listLabel, stepLabel } from '../labels.ts';

export const coursesFitPathway: Rule = {
  id: 'pos.courses-fit-pathway',
  severity: 'warning',
  check(ctx) {
    const findings: Finding[] = [];
    const code = ctx.program.pathwayCode;
    for (const placement of ctx.coursePlacements) {
      const { course, step } = placement;
      if (!course || course.pathwayCodes.length === 0 || course.pathwayCodes.includes(code))
        continue;
      if (ctx.firstPlacement.get(placement.courseId) !== placement) continue;
      const label = courseLabel(course);
      const here = stepLabel(step);
      const tags = course.pathwayCodes;
      findings.push(
        finding(
          coursesFitPathway,
          { path: placement.path, stepLevel: step.level, courseId: course.id },
          `The course ${label.en} in ${here.en} belongs to the pathway${tags.length > 1 ? 's' : ''} ${listLabel(tags, 'en')}, not to this program's pathway ${code}; check that it belongs in this program.`,
          `El curso ${label.es} en ${here.es} pertenece a ${tags.length > 1 ? 'las trayectorias' : 'la trayectoria'} ${listLabel(tags, 'es')}, no a la trayectoria ${code} de este programa; compruebe que corresponde a este programa.`,
        ),
      );
    }
    return findings;
  },
};
