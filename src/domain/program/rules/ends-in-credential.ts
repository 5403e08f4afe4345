/**
 * A program of study culminates in a recognized credential: an industry certification, license,
 * certificate, apprenticeship, or an associate or bachelor's degree, earned no earlier than the
 * program's last courses.
 */
import type { CredentialPlacement } from '../context.ts';
import { finding, type Rule } from '../finding.ts';
import { credentialLabel, stepLabel } from '../labels.ts';
import { isBefore } from '../steps.ts';

export const endsInCredential: Rule = {
  id: 'pos.ends-in-credential',
  severity: 'error',
  check(ctx) {
    let last: CredentialPlacement | undefined;
    for (const placement of ctx.credentialPlacements) {
      if (placement.credential && (!last || isBefore(last.step, placement.step))) last = placement;
    }
    const final = last;
    if (!final?.credential) {
      return [
        finding(
          endsInCredential,
          { path: 'program.steps' },
          'The program leads to no credential; add the industry certification, certificate or degree students earn at its end to the step where they earn it.',
          'El programa no conduce a ninguna credencial; agregue la certificación de la industria, el certificado o el título que los estudiantes obtienen al final en el paso donde lo obtienen.',
        ),
      ];
    }
    const after = ctx.coursePlacements.find((p) => isBefore(final.step, p.step));
    if (!after) return [];
    const credential = credentialLabel(final.credential);
    const step = stepLabel(final.step);
    const later = stepLabel(after.step);
    return [
      finding(
        endsInCredential,
        { path: final.path, stepLevel: final.step.level },
        `The program's last credential, ${credential.en}, comes in ${step.en}, but courses continue into ${later.en}; the program must end in a credential, certificate or degree.`,
        `La última credencial del programa, ${credential.es}, llega en ${step.es}, pero los cursos continúan en ${later.es}; el programa debe terminar en una credencial, un certificado o un título.`,
      ),
    ];
  },
};
