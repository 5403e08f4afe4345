/** A program of study is a partnership: its partners include a high school (or district) and a college. */
import { finding, type Finding, type Rule } from '../finding.ts';

export const partnersSecondaryPostsecondary: Rule = {
  id: 'pos.partners-secondary-postsecondary',
  severity: 'error',
  check(ctx) {
    const roles = new Set(ctx.program.partners.map((p) => p.role));
    const findings: Finding[] = [];
    if (!roles.has('secondary')) {
      findings.push(
        finding(
          partnersSecondaryPostsecondary,
          { path: 'program.partners' },
          'The program has no secondary partner; add the district or high school that teaches its high school courses to the partners.',
          'El programa no tiene ningún socio de preparatoria; agregue a los socios el distrito o la preparatoria que imparte sus cursos de preparatoria.',
        ),
      );
    }
    if (!roles.has('postsecondary')) {
      findings.push(
        finding(
          partnersSecondaryPostsecondary,
          { path: 'program.partners' },
          'The program has no postsecondary partner; add the college or university that teaches its postsecondary courses to the partners.',
          'El programa no tiene ningún socio de educación superior; agregue a los socios el colegio comunitario o la universidad que imparte sus cursos de educación superior.',
        ),
      );
    }
    return findings;
  },
};
