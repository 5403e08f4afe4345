/**
 * Deletes the stored credit agreements a program save names in `removeCreditAgreements`, as far
 * as the caller acts for their owner (the college that grants the credit, or whoever wrote the
 * row): another organization's agreement is left in place and reported, like a catalog row the
 * caller may not overwrite (write-catalog.ts). An id that is not stored is already gone. An id
 * also sent in the catalog is a contradiction, refused naming the field. Each deletion and each
 * refusal is in the audit log.
 */
import type { TCatalog } from '../../contracts/program.ts';
import { invalid } from '../../domain/errors.ts';
import type { ProgramRepos } from './deps.ts';
import { auditProgram, mayActFor, type AuditDeps, type ProgramCaller } from './program-access.ts';
import type { IgnoredEntry } from './write-catalog.ts';

export async function removeAgreements(
  repos: ProgramRepos & AuditDeps,
  caller: ProgramCaller,
  ids: readonly string[],
  sent: TCatalog | undefined,
): Promise<{ removed: number; ignored: IgnoredEntry[] }> {
  const sentIds = new Set(sent?.creditAgreements.map((a) => a.id) ?? []);
  for (const [i, id] of ids.entries()) {
    if (sentIds.has(id))
      throw invalid(
        `removeCreditAgreements.${i}: "${id}" is also sent in catalog.creditAgreements; send it or remove it, not both.`,
        `removeCreditAgreements.${i}`,
      );
  }
  const unique = [...new Set(ids)];
  if (unique.length === 0) return { removed: 0, ignored: [] };
  const stored = await repos.catalog.findOwned({
    institutions: [],
    courses: [],
    creditAgreements: unique,
    credentials: [],
  });
  const owners = [...stored.creditAgreements.values()].flatMap((r) => r.ownerId ?? []);
  const orgs = await repos.orgs.findMany(owners);
  const ignored: IgnoredEntry[] = [];
  let removed = 0;
  for (const id of unique) {
    const row = stored.creditAgreements.get(id);
    if (!row) continue;
    const org = row.ownerId ? orgs.get(row.ownerId) : undefined;
    const ok = mayActFor(caller, org);
    await auditProgram(repos, caller, {
      action: 'catalog.delete',
      ...(ok ? {} : { outcome: 'denied' as const }),
      targetType: 'creditAgreement',
      targetId: id,
      districtId: org?.districtId ?? null,
    });
    if (!ok) {
      ignored.push({ kind: 'creditAgreement', id, reason: 'owned_by_other', ownerId: row.ownerId });
      continue;
    }
    await repos.catalog.deleteCreditAgreement(id);
    removed += 1;
  }
  return { removed, ignored };
}
