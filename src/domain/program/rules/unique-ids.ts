/** Every institution, course, credit agreement and credential in the catalog has its own id. */
import { finding, type Finding, type Rule } from '../finding.ts';

const KINDS = [
  { key: 'institutions', en: 'institution', es: 'institución' },
  { key: 'courses', en: 'course', es: 'curso' },
  { key: 'creditAgreements', en: 'credit agreement', es: 'acuerdo de créditos' },
  { key: 'credentials', en: 'credential', es: 'credencial' },
] as const;

export const uniqueIds: Rule = {
  id: 'pos.unique-ids',
  severity: 'error',
  check(ctx) {
    const findings: Finding[] = [];
    for (const kind of KINDS) {
      const seen = new Map<string, number>();
      ctx.catalog[kind.key].forEach((item, index) => {
        const first = seen.get(item.id);
        if (first === undefined) {
          seen.set(item.id, index);
          return;
        }
        const firstPath = `catalog.${kind.key}[${first}]`;
        findings.push(
          finding(
            uniqueIds,
            { path: `catalog.${kind.key}[${index}].id` },
            `The catalog lists the ${kind.en} id "${item.id}" twice (first at ${firstPath}); give each ${kind.en} its own id.`,
            `El catálogo incluye dos veces el identificador de ${kind.es} "${item.id}" (la primera en ${firstPath}); dé a cada ${kind.es} su propio identificador.`,
          ),
        );
      });
    }
    return findings;
  },
};
