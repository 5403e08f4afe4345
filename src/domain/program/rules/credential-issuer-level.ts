/**
 * A credential the program leads to says who issues it and at what level (entry, mid, high), so
 * students and reviewers can judge its value.
 */
import type { TCredential } from '../../../contracts/program.ts';
import { finding, type Finding, type Rule } from '../finding.ts';
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
        finding(
          credentialIssuerLevel,
          { path: `catalog.credentials[${entry.index}]`, stepLevel: placement.step.level },
          `The credential ${label.en} does not say ${missing.en}; add it to the catalog entry.`,
          `La credencial ${label.es} no indica ${missing.es}; agréguelo a su entrada del catálogo.`,
        ),
      );
    }
    return findings;
  },
};

function missingOf(credential: TCredential): { en: string; es: string } | undefined {
  const issuer = !credential.issuer?.trim();
  const level = credential.level === undefined;
  if (issuer && level)
    return { en: 'who issues it or its level', es: 'quién la emite ni su nivel' };
  if (issuer) return { en: 'who issues it', es: 'quién la emite' };
  if (level)
    return { en: 'its level (entry, mid or high)', es: 'su nivel (inicial, intermedio o alto)' };
  return undefined;
}
