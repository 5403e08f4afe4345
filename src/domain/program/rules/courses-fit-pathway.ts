/**
 * The program's courses belong to its pathway: a course tagged with pathways, none of them the
 * program's, probably belongs to another program. Untagged courses (most academic ones) fit any.
 */
import { findingOf, type Finding, type Rule } from '../finding.ts';
import { say } from '../message-catalog.ts';
import { FIRST_EDITION as M } from '../messages-first-edition.ts';
import { courseLabel, pathwaysLabel, stepLabel } from '../labels.ts';

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
        findingOf(
          coursesFitPathway,
          { path: placement.path, stepLevel: step.level, courseId: course.id },
          say(M.courseOutsidePathway, {
            course: label,
            step: here,
            tags: pathwaysLabel(tags, ctx.options.pathwayTitleOf),
            count: tags.length,
            code: pathwaysLabel([code], ctx.options.pathwayTitleOf),
          }),
        ),
      );
    }
    return findings;
  },
};
