/**
 * At least one opportunity to earn postsecondary credit in high school: a credit agreement (dual,
 * articulated, concurrent or exam credit) whose high school course the program lists in a grade,
 * or a college course the program lists in a grade (dual enrollment). When the profile counts
 * only agreements in force (options.agreementsInForceOnly), an agreement that has ended or is with
 * an institution that is not a partner does not count, and the finding names it.
 */
import { agreementProblem, partnerIds } from '../agreements.ts';
import { findingOf, type Rule } from '../finding.ts';
import { listLabel } from '../labels.ts';
import { say } from '../message-catalog.ts';
import { FIRST_EDITION } from '../messages-first-edition.ts';
import { MESSAGES } from '../messages.ts';
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
    const relied = ctx.catalog.creditAgreements.filter((a) =>
      inHighSchool.has(a.secondaryCourseId),
    );
    if (!ctx.profile.options.agreementsInForceOnly) {
      if (relied.length > 0) return [];
    } else if (relied.length > 0) {
      const partners = partnerIds(ctx);
      if (relied.some((a) => !agreementProblem(ctx, a, partners))) return [];
      const ids = relied.map((a) => a.id);
      const agreements = { en: listLabel(ids, 'en'), es: listLabel(ids, 'es') };
      return [
        findingOf(
          earlyPostsecondaryCredit,
          { path: 'catalog.creditAgreements' },
          say(MESSAGES.noAgreementInForce, { agreements }),
        ),
      ];
    }
    return [
      findingOf(
        earlyPostsecondaryCredit,
        { path: 'program.steps' },
        say(FIRST_EDITION.noEarlyCredit, {}),
      ),
    ];
  },
};
