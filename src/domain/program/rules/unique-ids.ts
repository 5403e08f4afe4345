/** Every institution, course, credit agreement and credential in the catalog has its own id. */
import { findingOf, type Finding, type Rule } from '../finding.ts';
import { say } from '../message-catalog.ts';
import { FIRST_EDITION as M } from '../messages-first-edition.ts';

const KINDS = [
  { key: 'institutions', what: M.kindInstitution },
  { key: 'courses', what: M.kindCourse },
  { key: 'creditAgreements', what: M.kindCreditAgreement },
  { key: 'credentials', what: M.kindCredential },
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
          findingOf(
            uniqueIds,
            { path: `catalog.${kind.key}[${index}].id` },
            say(M.duplicateId, { kind: say(kind.what, {}), id: item.id, first: firstPath }),
          ),
        );
      });
    }
    return findings;
  },
};
