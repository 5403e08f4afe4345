/**
 * The program's pathway, and every pathway a course is tagged with, exists in the framework.
 * Runs only when the caller passes the framework's pathway codes (options.knownPathways).
 */
import { finding, type Finding, type Rule } from '../finding.ts';
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
        finding(
          pathwayKnown,
          { path: 'program.pathwayCode' },
          `The pathway ${program.pathwayCode} is not in the framework ${program.frameworkId}; choose one of its pathways.`,
          `La trayectoria ${program.pathwayCode} no está en el marco ${program.frameworkId}; elija una de sus trayectorias.`,
        ),
      );
    }
    ctx.catalog.courses.forEach((course, i) => {
      course.pathwayCodes.forEach((code, j) => {
        if (known.has(code)) return;
        const label = courseLabel(course);
        findings.push(
          finding(
            pathwayKnown,
            { path: `catalog.courses[${i}].pathwayCodes[${j}]`, courseId: course.id },
            `The course ${label.en} is tagged with the pathway ${code}, which is not in the framework ${program.frameworkId}.`,
            `El curso ${label.es} está etiquetado con la trayectoria ${code}, que no está en el marco ${program.frameworkId}.`,
          ),
        );
      });
    });
    return findings;
  },
};
