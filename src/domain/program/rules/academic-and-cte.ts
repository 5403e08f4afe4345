/**
 * A program of study combines academic and career and technical (CTE) content at both the high
 * school and the postsecondary level. A course's level is its own (a college course taken in
 * high school counts as postsecondary content).
 */
import { finding, type Finding, type Rule } from '../finding.ts';

const NEEDS = [
  {
    level: 'secondary',
    kind: 'academic',
    en: 'academic course at the high school level',
    es: 'curso académico de preparatoria',
  },
  {
    level: 'secondary',
    kind: 'cte',
    en: 'CTE course at the high school level',
    es: 'curso de CTE de preparatoria',
  },
  {
    level: 'postsecondary',
    kind: 'academic',
    en: 'academic course at the postsecondary level',
    es: 'curso académico de educación superior',
  },
  {
    level: 'postsecondary',
    kind: 'cte',
    en: 'CTE course at the postsecondary level',
    es: 'curso de CTE de educación superior',
  },
] as const;

const bitOf = (level: string, kind: string): number =>
  (level === 'secondary' ? 1 : 4) << (kind === 'cte' ? 1 : 0);

export const academicAndCte: Rule = {
  id: 'pos.academic-and-cte',
  severity: 'error',
  check(ctx) {
    // One bit per level and kind: secondary academic 1, secondary CTE 2, postsecondary 4 and 8.
    let present = 0;
    for (const { course } of ctx.coursePlacements) {
      if (course) present |= bitOf(course.level, course.kind);
    }
    const findings: Finding[] = [];
    for (const need of NEEDS) {
      if (present & bitOf(need.level, need.kind)) continue;
      findings.push(
        finding(
          academicAndCte,
          { path: 'program.steps' },
          `The program has no ${need.en}; a program of study combines academic and CTE courses in high school and after.`,
          `El programa no tiene ningún ${need.es}; un programa de estudio combina cursos académicos y de CTE en la preparatoria y después.`,
        ),
      );
    }
    return findings;
  },
};
