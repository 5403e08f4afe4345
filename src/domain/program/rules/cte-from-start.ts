/**
 * CTE from the start (a profile option, beyond pos.starts-by-grade-9): the program's grade 9 steps
 * hold at least one career and technical education course, not only academic ones (a choice counts
 * when it cannot be met without one).
 */
import { takenByEveryone } from '../context.ts';
import { findingOf, type Rule } from '../finding.ts';
import { say } from '../message-catalog.ts';
import { MESSAGES } from '../messages.ts';

export const cteFromStart: Rule = {
  id: 'pos.cte-from-start',
  severity: 'error',
  check(ctx) {
    let firstGrade9: number | undefined;
    for (const p of ctx.coursePlacements) {
      if (p.step.level !== 'grade-9') continue;
      if (takenByEveryone(p, (c) => c.kind === 'cte')) return [];
      firstGrade9 ??= p.stepIndex;
    }
    const index = firstGrade9 ?? ctx.program.steps.findIndex((s) => s.level === 'grade-9');
    const target =
      index >= 0
        ? { path: `program.steps[${index}].courses`, stepLevel: 'grade-9' as const }
        : { path: 'program.steps' };
    return [findingOf(cteFromStart, target, say(MESSAGES.noCteInFirstYear, {}))];
  },
};
