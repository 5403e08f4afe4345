/**
 * Multiple entry and exit points that incorporate credentialing: besides the credential at its
 * end, a program shows at least one exit point below the final one, a credential students can
 * earn at an earlier step. A program with no credential at all is pos.ends-in-credential's case.
 */
import { findingOf, type Rule } from '../finding.ts';
import { stepLabel } from '../labels.ts';
import { say } from '../message-catalog.ts';
import { MESSAGES } from '../messages.ts';
import { isBefore, stepCourseIds, stepCredentialIds } from '../steps.ts';

export const multipleExitPoints: Rule = {
  id: 'pos.multiple-exit-points',
  severity: 'error',
  check(ctx) {
    const placed = ctx.credentialPlacements;
    if (placed.length === 0) return [];
    // The final step: the latest one holding courses or credentials.
    let last = ctx.program.steps.findIndex(
      (s) => stepCourseIds(s).length + stepCredentialIds(s).length > 0,
    );
    ctx.program.steps.forEach((s, i) => {
      const current = ctx.program.steps[last];
      if (
        stepCourseIds(s).length + stepCredentialIds(s).length > 0 &&
        current &&
        isBefore(current, s)
      )
        last = i;
    });
    const final = ctx.program.steps[last];
    if (!final || placed.some((p) => isBefore(p.step, final))) return [];
    return [
      findingOf(
        multipleExitPoints,
        { path: `program.steps[${last}].credentials`, stepLevel: final.level },
        say(MESSAGES.onlyFinalExit, { step: stepLabel(final) }),
      ),
    ];
  },
};
