/**
 * Each exit point is tied to a credential and to occupations at its level (exit-points.ts): a step
 * that lists exit occupations earns a credential, its listed codes are the program's occupations,
 * and a step with a credential has jobs at its level: listed, tied to its credentials, or derived
 * from the program's occupations by typical entry education (with occupation data).
 */
import { exitPoints } from '../exit-points.ts';
import { findingOf, type Finding, type Rule } from '../finding.ts';
import { credentialLabel, EXIT_LEVEL_LABELS, listLabel, stepLabel } from '../labels.ts';
import { say } from '../message-catalog.ts';
import { MESSAGES } from '../messages.ts';

export const exitPointOccupations: Rule = {
  id: 'pos.exit-point-occupations',
  severity: 'warning',
  check(ctx) {
    const findings: Finding[] = [];
    const points = exitPoints(
      ctx.program,
      (id) => ctx.credentials.get(id)?.value,
      ctx.options.occupationEntryOf,
    );
    const { program } = ctx;
    for (const point of points) {
      const at = `program.steps[${point.stepIndex}]`;
      const step = stepLabel(point.step);
      const stepLevel = point.step.level;
      for (const { code, path } of point.unknownCodes) {
        findings.push(
          findingOf(
            exitPointOccupations,
            { path, stepLevel },
            say(MESSAGES.exitOccupationUnknown, { code, step }),
          ),
        );
      }
      if (!point.level) {
        findings.push(
          findingOf(
            exitPointOccupations,
            { path: `${at}.credentials`, stepLevel },
            say(MESSAGES.exitWithoutCredential, { step }),
          ),
        );
      } else if (point.occupations.length === 0 && point.unknownCodes.length === 0) {
        const labels = point.credentials.map(credentialLabel);
        const where = point.credentialStepIndex ?? point.stepIndex;
        // The step's first credential, or its first choice of credentials when it lists none.
        const first =
          program.steps[where]!.credentials.length > 0 ? 'credentials' : 'credentialChoices';
        findings.push(
          findingOf(
            exitPointOccupations,
            {
              path: `program.steps[${where}].${first}[0]`,
              stepLevel: program.steps[where]!.level,
            },
            say(MESSAGES.exitWithoutOccupation, {
              step,
              level: EXIT_LEVEL_LABELS[point.level]!,
              credentials: {
                en: listLabel(
                  labels.map((l) => l.en),
                  'en',
                ),
                es: listLabel(
                  labels.map((l) => l.es),
                  'es',
                ),
              },
            }),
          ),
        );
      }
    }
    return findings;
  },
};
