/**
 * Progresses in specificity: from courses on the whole cluster to occupation-specific ones. With
 * courses tagged by level (introductory, intermediate, capstone, or the profile's names for them),
 * an introductory course after a capstone, or a capstone before any introductory course, breaks
 * the progression. Untagged courses are not judged; a level the profile does not know is reported.
 */
import type { TSequenceLevel } from '../../../contracts/program-profile.ts';
import type { CoursePlacement } from '../context.ts';
import { findingOf, type Finding, type Rule } from '../finding.ts';
import { courseLabel, stepLabel } from '../labels.ts';
import { say } from '../message-catalog.ts';
import { MESSAGES } from '../messages.ts';
import { sequenceLevelOf } from '../profiles/index.ts';
import { isBefore } from '../steps.ts';

interface Leveled {
  placement: CoursePlacement;
  level: TSequenceLevel;
}

export const progressesInSpecificity: Rule = {
  id: 'pos.progresses-in-specificity',
  severity: 'error',
  check(ctx) {
    const findings: Finding[] = [];
    const leveled: Leveled[] = [];
    for (const placement of ctx.firstPlacement.values()) {
      const name = placement.course?.sequenceLevel;
      if (!placement.course || name === undefined) continue;
      const level = sequenceLevelOf(ctx.profile, name);
      const target = {
        path: placement.path,
        stepLevel: placement.step.level,
        courseId: placement.courseId,
      };
      if (level) leveled.push({ placement, level });
      else {
        const params = {
          course: courseLabel(placement.course),
          level: name,
          profile: ctx.profile.id,
        };
        findings.push(
          findingOf(progressesInSpecificity, target, say(MESSAGES.unknownLevel, params)),
        );
      }
    }
    const intros = leveled.filter((l) => l.level === 'introductory');
    const capstones = leveled.filter((l) => l.level === 'capstone');
    for (const { placement } of capstones) {
      if (intros.some((i) => isBefore(i.placement.step, placement.step))) continue;
      findings.push(
        findingOf(
          progressesInSpecificity,
          { path: placement.path, stepLevel: placement.step.level, courseId: placement.courseId },
          say(MESSAGES.capstoneFirst, {
            course: courseLabel(placement.course!),
            step: stepLabel(placement.step),
          }),
        ),
      );
    }
    for (const { placement } of intros) {
      const capstone = capstones.find((c) => isBefore(c.placement.step, placement.step));
      if (!capstone) continue;
      findings.push(
        findingOf(
          progressesInSpecificity,
          { path: placement.path, stepLevel: placement.step.level, courseId: placement.courseId },
          say(MESSAGES.introductoryAfterCapstone, {
            course: courseLabel(placement.course!),
            step: stepLabel(placement.step),
            capstone: courseLabel(capstone.placement.course!),
            capstoneStep: stepLabel(capstone.placement.step),
          }),
        ),
      );
    }
    return findings;
  },
};
