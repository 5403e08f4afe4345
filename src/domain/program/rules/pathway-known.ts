/**
 * The program's pathway, and every pathway a course is tagged with, exists in the framework.
 * Runs only when the caller passes the framework's pathway codes (options.knownPathways).
 */
import { findingOf, type Finding, type Rule } from '../finding.ts';
import { say } from '../message-catalog.ts';
import { FIRST_EDITION as M } from '../messages-first-edition.ts';
import { courseLabel } from '../labels.ts';

export const pathwayKnown: Rule = {
  id: 'pos.pathway-known',
  severity: 'error',
  check(ctx) {
    const known = ctx.knownPathways;
    if (!known) return [];
    const findings: Finding[] = [];
    const { program } = ctx;
    if (!known.has(program.pathwayCode)) {
      findings.push(
        findingOf(
          pathwayKnown,
          { path: 'program.pathwayCode' },
          say(M.unknownPathway, { code: program.pathwayCode, framework: program.frameworkId }),
        ),
      );
    }
    ctx.catalog.courses.forEach((course, i) => {
      course.pathwayCodes.forEach((code, j) => {
        if (known.has(code)) return;
        findings.push(
          findingOf(
            pathwayKnown,
            { path: `catalog.courses[${i}].pathwayCodes[${j}]`, courseId: course.id },
            say(M.unknownCoursePathway, {
              course: courseLabel(course),
              code,
              framework: program.frameworkId,
            }),
          ),
        );
      });
    });
    return findings;
  },
};
