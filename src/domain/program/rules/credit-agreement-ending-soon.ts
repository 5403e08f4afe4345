/**
 * A credit agreement the program relies on that ends within the profile's notice period (90 days
 * by default) is a warning, so its owner renews it before students lose the credit. Needs today's
 * date from the caller.
 */
import { daysBetween, programAgreements } from '../agreements.ts';
import { findingOf, type Finding, type Rule } from '../finding.ts';
import { say } from '../message-catalog.ts';
import { MESSAGES } from '../messages.ts';

export const creditAgreementEndingSoon: Rule = {
  id: 'pos.credit-agreement-ending-soon',
  severity: 'warning',
  check(ctx) {
    const today = ctx.options.today;
    if (today === undefined) return [];
    const notice = ctx.profile.options.agreementNoticeDays;
    const findings: Finding[] = [];
    for (const { agreement, index } of programAgreements(ctx)) {
      const end = agreement.effectiveTo;
      if (end === undefined || end < today) continue;
      const days = daysBetween(today, end);
      if (days > notice) continue;
      findings.push(
        findingOf(
          creditAgreementEndingSoon,
          { path: `catalog.creditAgreements[${index}].effectiveTo` },
          say(MESSAGES.agreementEndingSoon, { agreement: agreement.id, date: end, days }),
        ),
      );
    }
    return findings;
  },
};
