/**
 * Writes the catalog entries a program save sends, as far as the caller owns them. Another
 * organization's row is referenced, never overwritten: a sent copy that differs from it is left
 * out (and reported), so the program is checked against the owner's row.
 *
 * Owners: an institution is an organization and owns itself; a new school may be added under a
 * district the caller acts for; a new course belongs to its institution, a new credit agreement
 * to the college that grants the credit (the caller must act for one of its two sides; a
 * credential-credit agreement may have the college alone), a new credential to the program's
 * owner. A row that names an organization or course that does not
 * exist is refused with an error naming the field (nothing is saved). A credential with no owner (from before migration 0010 and
 * named by no program) is changed only by the state.
 */
import type { TCatalog, TInstitution } from '../../contracts/program.ts';
import type { OrgRecord } from '../../db/org-repository.ts';
import type { Owned } from '../../db/catalog-repository.ts';
import { authoredProblem } from '../../domain/program/authored-messages.ts';
import type { ProgramRepos } from './deps.ts';
import { auditProgram, mayActFor, type AuditDeps, type ProgramCaller } from './program-access.ts';

export type CatalogKind = 'institution' | 'course' | 'creditAgreement' | 'credential';

export interface IgnoredEntry {
  kind: CatalogKind;
  id: string;
  /** Owned by another organization: the stored row is used instead. */
  reason: 'owned_by_other';
  ownerId: string | null;
}

export interface CatalogWrite {
  /** The sent catalog without the entries left out: what the program is checked against. */
  kept: TCatalog;
  ignored: IgnoredEntry[];
  written: number;
}

/** JSON with sorted keys, so two copies of a row compare equal whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

export async function writeCatalog(
  repos: ProgramRepos & AuditDeps,
  caller: ProgramCaller,
  sent: TCatalog,
  programOwnerId: string,
): Promise<CatalogWrite> {
  const stored = await repos.catalog.findOwned({
    institutions: sent.institutions.map((i) => i.id),
    courses: sent.courses.map((c) => c.id),
    creditAgreements: sent.creditAgreements.map((a) => a.id),
    credentials: sent.credentials.map((c) => c.id),
  });
  const ownerIds = [
    programOwnerId,
    ...sent.institutions.flatMap((i) => [i.id, i.parentId ?? []].flat()),
    ...sent.courses.map((c) => c.institutionId),
    ...sent.creditAgreements
      .flatMap((a) => [a.secondaryInstitutionId ?? [], a.postsecondaryInstitutionId])
      .flat(),
    ...[stored.courses, stored.creditAgreements, stored.credentials].flatMap((m) =>
      [...m.values()].flatMap((r) => r.ownerId ?? []),
    ),
  ];
  const orgs: Map<string, OrgRecord | { id: string; districtId: string | null }> =
    await repos.orgs.findMany(ownerIds);
  const created = new Set<string>();
  /** A row may name only organizations and courses that exist (or come in this save). */
  const need = (path: string, what: string, id: string, found = orgs.has(id)) => {
    if (!found)
      throw authoredProblem(
        'noSuchEntry',
        { field: `catalog.${path}`, what, id, where: 'sent' },
        `catalog.${path}`,
      );
  };
  const may = (orgId: string | null) =>
    orgId !== null && (created.has(orgId) || mayActFor(caller, orgs.get(orgId)));
  const ignored: IgnoredEntry[] = [];
  const left = new Set<string>();
  let written = 0;

  const decide = async <T extends { id: string }>(
    kind: CatalogKind,
    entry: T,
    row: Owned<T> | undefined,
    check: () => { ok: boolean; ownerId: string | null },
    write: (ownerId: string | null) => Promise<void>,
  ) => {
    if (row && same(row.doc, entry)) return;
    const { ok, ownerId } = check();
    if (!ok) {
      ignored.push({ kind, id: entry.id, reason: 'owned_by_other', ownerId });
      left.add(`${kind}:${entry.id}`);
      await auditProgram(repos, caller, {
        action: 'catalog.write',
        outcome: 'denied',
        targetType: kind,
        targetId: entry.id,
        districtId: ownerId ? (orgs.get(ownerId)?.districtId ?? null) : null,
      });
      return;
    }
    await write(ownerId);
    written += 1;
    await auditProgram(repos, caller, {
      action: 'catalog.write',
      targetType: kind,
      targetId: entry.id,
      districtId: ownerId ? (orgs.get(ownerId)?.districtId ?? null) : null,
      detail: { created: row === undefined },
    });
  };

  const parentsFirst = [...sent.institutions].sort(
    (a, b) => Number(a.parentId !== undefined) - Number(b.parentId !== undefined),
  );
  for (const inst of parentsFirst) {
    const row = stored.institutions.get(inst.id);
    await decide<TInstitution>(
      'institution',
      inst,
      row,
      () => {
        if (row || orgs.has(inst.id)) return { ok: may(inst.id), ownerId: inst.id };
        if (inst.kind !== 'high_school') return { ok: true, ownerId: inst.id };
        const parent = inst.parentId ?? '';
        need(`institutions.${sent.institutions.indexOf(inst)}.parentId`, 'organization', parent);
        return { ok: may(parent), ownerId: parent };
      },
      async () => {
        const isNew = !orgs.has(inst.id);
        await repos.catalog.upsertInstitution(inst);
        if (isNew) {
          created.add(inst.id);
          const parent = inst.parentId ? orgs.get(inst.parentId) : undefined;
          orgs.set(inst.id, {
            id: inst.id,
            districtId:
              inst.kind === 'district'
                ? inst.id
                : inst.parentId
                  ? (parent?.districtId ?? null)
                  : null,
          });
        }
      },
    );
  }
  const courseIds = new Set<string>();

  for (const [i, course] of sent.courses.entries()) {
    const row = stored.courses.get(course.id);
    await decide(
      'course',
      course,
      row,
      () => {
        need(`courses.${i}.institutionId`, 'organization', course.institutionId);
        const ownerId = row?.ownerId ?? course.institutionId;
        return { ok: may(ownerId) && may(course.institutionId), ownerId };
      },
      (ownerId) => repos.catalog.upsertCourse(course, ownerId!),
    );
    if (!left.has(`course:${course.id}`)) courseIds.add(course.id);
  }
  for (const credential of sent.credentials) {
    const row = stored.credentials.get(credential.id);
    await decide(
      'credential',
      credential,
      row,
      () => {
        const ownerId = row ? row.ownerId : programOwnerId;
        return { ok: may(ownerId) || (ownerId === null && mayActFor(caller, undefined)), ownerId };
      },
      (ownerId) => repos.catalog.upsertCredential(credential, ownerId),
    );
  }

  // Credentials go first: a credential-credit agreement names one (a foreign key).
  const credentialIds = new Set(sent.credentials.map((c) => c.id));
  const storedRefs = await repos.catalog.findOwned({
    institutions: [],
    courses: sent.creditAgreements
      .flatMap((a) => [a.secondaryCourseId ?? [], a.postsecondaryCourseId].flat())
      .filter((id) => !courseIds.has(id)),
    creditAgreements: [],
    credentials: sent.creditAgreements
      .flatMap((a) => a.credentialId ?? [])
      .filter((id) => !credentialIds.has(id)),
  });
  const courseExists = (id: string) => courseIds.has(id) || storedRefs.courses.has(id);
  const credentialExists = (id: string) => credentialIds.has(id) || storedRefs.credentials.has(id);

  for (const [i, agreement] of sent.creditAgreements.entries()) {
    const row = stored.creditAgreements.get(agreement.id);
    await decide(
      'creditAgreement',
      agreement,
      row,
      () => {
        const college = agreement.postsecondaryInstitutionId;
        const school = agreement.secondaryInstitutionId;
        const at = `creditAgreements.${i}`;
        need(`${at}.postsecondaryInstitutionId`, 'organization', college);
        if (school !== undefined) need(`${at}.secondaryInstitutionId`, 'organization', school);
        for (const key of ['secondaryCourseId', 'postsecondaryCourseId'] as const) {
          const id = agreement[key];
          if (id !== undefined) need(`${at}.${key}`, 'course', id, courseExists(id));
        }
        const credential = agreement.credentialId;
        if (credential !== undefined)
          need(`${at}.credentialId`, 'credential', credential, credentialExists(credential));
        if (row) return { ok: may(row.ownerId), ownerId: row.ownerId };
        return { ok: may(college) || (school !== undefined && may(school)), ownerId: college };
      },
      (ownerId) => repos.catalog.upsertCreditAgreement(agreement, ownerId!),
    );
  }

  const keep = <T extends { id: string }>(kind: CatalogKind, items: T[]) =>
    items.filter((item) => !left.has(`${kind}:${item.id}`));
  return {
    kept: {
      institutions: keep('institution', sent.institutions),
      courses: keep('course', sent.courses),
      creditAgreements: keep('creditAgreement', sent.creditAgreements),
      credentials: keep('credential', sent.credentials),
    },
    ignored,
    written,
  };
}
