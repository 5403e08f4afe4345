/**
 * At least one opportunity to earn postsecondary credit in high school: a credit agreement (dual,
 * articulated, concurrent or exam credit) whose high school course the program lists in a grade,
 * a credential-credit agreement whose credential the program has students earn in a grade, or a
 * college course the program lists in a grade (dual enrollment). When the profile counts
 * only agreements in force (options.agreementsInForceOnly), an agreement that has ended or is with
 * an institution that is not a partner does not count, and the finding names it.
 */
import { agreementProblem, partnerIds, reliesOn } from '../agreements.ts';
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
    // A credential earned in high school that a college grants credit for counts too.
    const credentialsInHighSchool = new Set(
      ctx.credentialPlacements.filter((p) => isGradeLevel(p.step.level)).map((p) => p.credentialId),
    );
    const relied = ctx.catalog.creditAgreements.filter((a) =>
      reliesOn(a, inHighSchool, credentialsInHighSchool),
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
