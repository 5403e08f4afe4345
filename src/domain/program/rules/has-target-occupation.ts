/**
 * Aligned with the needs of industry: a program of study names at least one occupation it
 * prepares students for (whose fit to the pathway pos.occupations-fit-pathway checks).
 */
import { findingOf, type Rule } from '../finding.ts';
import { say } from '../message-catalog.ts';
import { MESSAGES } from '../messages.ts';

export const hasTargetOccupation: Rule = {
  id: 'pos.has-target-occupation',
  severity: 'error',
  check(ctx) {
    if (ctx.program.occupations.length > 0) return [];
    return [
      findingOf(
        hasTargetOccupation,
        { path: 'program.occupations' },
        say(MESSAGES.noTargetOccupation, {}),
      ),
    ];
  },
};
