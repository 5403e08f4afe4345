/**
 * Credit agreements that are in force: an agreement the program relies on (its high school course
 * is in the program) that has ended, has not started, or is with an institution that is not a
 * partner of the program earns no credit here, and does not count for early college credit.
 * Dates are judged only when the caller passes today's date.
 */
import { agreementProblem, partnerIds, programAgreements } from '../agreements.ts';
import { findingOf, type Finding, type Rule } from '../finding.ts';
import { say } from '../message-catalog.ts';
import { MESSAGES } from '../messages.ts';

export const creditAgreementsInForce: Rule = {
  id: 'pos.credit-agreements-in-force',
  severity: 'warning',
  check(ctx) {
    const partners = partnerIds(ctx);
    const findings: Finding[] = [];
    for (const { agreement, index } of programAgreements(ctx)) {
      const problem = agreementProblem(ctx, agreement, partners);
      if (!problem) continue;
      const target = { path: `catalog.creditAgreements[${index}]` };
      const message =
        problem.kind === 'not-partner'
          ? say(MESSAGES.agreementNotPartner, {
              agreement: agreement.id,
              institution:
                ctx.institutions.get(problem.institutionId)?.value.name ?? problem.institutionId,
            })
          : say(problem.kind === 'expired' ? MESSAGES.agreementExpired : MESSAGES.agreementNotYet, {
              agreement: agreement.id,
              date: problem.date,
            });
      findings.push(findingOf(creditAgreementsInForce, target, message));
    }
    return findings;
  },
};
