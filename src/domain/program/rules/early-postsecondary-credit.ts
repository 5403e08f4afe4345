/**
 * At least one opportunity to earn postsecondary credit in high school: a credit agreement (dual,
 * articulated, concurrent or exam credit) whose high school course the program lists in a grade,
 * or a college course the program lists in a grade (dual enrollment).
 */
import { finding, type Rule } from '../finding.ts';
import { isGradeLevel } from '../steps.ts';

export const earlyPostsecondaryCredit: Rule = {
  id: 'pos.early-postsecondary-credit',
  severity: 'error',
  check(ctx) {
    const inHighSchool = new Set<string>();
    for (const placement of ctx.coursePlacements) {
      if (!isGradeLevel(placement.step.level)) continue;
      if (placement.course?.level === 'postsecondary') return [];
      inHighSchool.add(placement.courseId);
    }
    if (ctx.catalog.creditAgreements.some((a) => inHighSchool.has(a.secondaryCourseId))) return [];
    return [
      finding(
        earlyPostsecondaryCredit,
        { path: 'program.steps' },
        'No high school course in the program earns college credit; add a dual, articulated or concurrent credit agreement for at least one of them.',
        'Ningún curso de preparatoria del programa otorga créditos universitarios; agregue un acuerdo de crédito dual, articulado o de inscripción simultánea para al menos uno de ellos.',
      ),
    ];
  },
};
