/**
 * A credential the program leads to says who issues it and at what level (entry, mid, high), so
 * students and reviewers can judge its value.
 */
import type { TCredential } from '../../../contracts/program.ts';
import { findingOf, type Finding, type Rule } from '../finding.ts';
import { say } from '../message-catalog.ts';
import { FIRST_EDITION as M } from '../messages-first-edition.ts';
import { credentialLabel } from '../labels.ts';

export const credentialIssuerLevel: Rule = {
  id: 'pos.credential-issuer-level',
  severity: 'warning',
  check(ctx) {
    const findings: Finding[] = [];
    const seen = new Set<string>();
    for (const placement of ctx.credentialPlacements) {
      const entry = ctx.credentials.get(placement.credentialId);
      if (!entry || seen.has(placement.credentialId)) continue;
      seen.add(placement.credentialId);
      const missing = missingOf(entry.value);
      if (!missing) continue;
      const label = credentialLabel(entry.value);
      findings.push(
        findingOf(
          credentialIssuerLevel,
          { path: `catalog.credentials[${entry.index}]`, stepLevel: placement.step.level },
          say(M.credentialUnclear, { credential: label, missing: say(missing, {}) }),
        ),
      );
    }
    return findings;
  },
};

function missingOf(credential: TCredential) {
  const issuer = !credential.issuer?.trim();
  const level = credential.level === undefined;
  if (issuer && level) return M.missingIssuerAndLevel;
  if (issuer) return M.missingIssuer;
  if (level) return M.missingLevel;
  return undefined;
}
