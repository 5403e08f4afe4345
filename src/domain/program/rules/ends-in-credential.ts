/**
 * A program of study culminates in a recognized credential: an industry certification, license,
 * certificate, apprenticeship, or an associate or bachelor's degree, earned no earlier than the
 * program's last courses. A choice of credentials ("one of: CNA or Patient Care Technician")
 * counts when every student earns a catalog credential through it.
 */
import { earnedByEveryone, type CredentialPlacement } from '../context.ts';
import { findingOf, type Rule } from '../finding.ts';
import { say } from '../message-catalog.ts';
import { FIRST_EDITION as M } from '../messages-first-edition.ts';
import { earnedCredentialLabel, stepLabel } from '../labels.ts';
import { isBefore } from '../steps.ts';

export const endsInCredential: Rule = {
  id: 'pos.ends-in-credential',
  severity: 'error',
  check(ctx) {
    let last: CredentialPlacement | undefined;
    for (const placement of ctx.credentialPlacements) {
      if (!earnedByEveryone(placement, () => true)) continue;
      if (!last || isBefore(last.step, placement.step)) last = placement;
    }
    const final = last;
    if (!final) {
      return [findingOf(endsInCredential, { path: 'program.steps' }, say(M.noCredential, {}))];
    }
    const after = ctx.coursePlacements.find((p) => isBefore(final.step, p.step));
    if (!after) return [];
    return [
      findingOf(
        endsInCredential,
        { path: final.path, stepLevel: final.step.level },
        say(M.credentialBeforeEnd, {
          credential: earnedCredentialLabel(final),
          step: stepLabel(final.step),
          later: stepLabel(after.step),
        }),
      ),
    ];
  },
};
