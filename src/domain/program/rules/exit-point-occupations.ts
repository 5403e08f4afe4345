/**
 * Each exit point is tied to occupations: a credential the program places in a step is named by
 * at least one of the program's occupations, so students see the work each exit opens.
 */
import { findingOf, type Finding, type Rule } from '../finding.ts';
import { credentialLabel, stepLabel } from '../labels.ts';
import { say } from '../message-catalog.ts';
import { MESSAGES } from '../messages.ts';

export const exitPointOccupations: Rule = {
  id: 'pos.exit-point-occupations',
  severity: 'warning',
  check(ctx) {
    const opened = new Set<string>();
    for (const o of ctx.program.occupations) if (o.credentialId) opened.add(o.credentialId);
    const findings: Finding[] = [];
    const seen = new Set<string>();
    for (const p of ctx.credentialPlacements) {
      if (!p.credential || seen.has(p.credentialId)) continue;
      seen.add(p.credentialId);
      if (opened.has(p.credentialId)) continue;
      findings.push(
        findingOf(
          exitPointOccupations,
          { path: p.path, stepLevel: p.step.level },
          say(MESSAGES.exitWithoutOccupation, {
            credential: credentialLabel(p.credential),
            step: stepLabel(p.step),
          }),
        ),
      );
    }
    return findings;
  },
};
