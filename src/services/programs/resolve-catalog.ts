/**
 * The catalog a program is checked against: the entries sent with it, plus every stored entry it
 * reaches (courses in its steps, their prerequisites, institutions, credit agreements, credentials
 * and what they stack into), so the rules see a closed catalog.
 */
import type { TCatalog, TProgramBody } from '../../contracts/program.ts';
import type { CatalogRepository } from '../../db/catalog-repository.ts';
import { stepCourseIds, stepCredentialIds } from '../../domain/program/steps.ts';

const EMPTY: TCatalog = { institutions: [], courses: [], creditAgreements: [], credentials: [] };

export async function resolveCatalog(
  repo: CatalogRepository,
  program: TProgramBody,
  sent: TCatalog = EMPTY,
): Promise<TCatalog> {
  const result: TCatalog = {
    institutions: [...sent.institutions],
    courses: [...sent.courses],
    creditAgreements: [...sent.creditAgreements],
    credentials: [...sent.credentials],
  };
  const known = {
    institutions: new Set(result.institutions.map((i) => i.id)),
    courses: new Set(result.courses.map((c) => c.id)),
    agreements: new Set(result.creditAgreements.map((a) => a.id)),
    credentials: new Set(result.credentials.map((c) => c.id)),
  };
  const asked = {
    institutions: new Set<string>(),
    courses: new Set<string>(),
    credentials: new Set<string>(),
  };

  const pending = {
    institutions: new Set<string>(),
    courses: new Set<string>(),
    credentials: new Set<string>(),
  };
  const want = (kind: keyof typeof pending, id: string | undefined) => {
    if (id !== undefined && !known[kind].has(id) && !asked[kind].has(id)) pending[kind].add(id);
  };
  const reach = (catalog: TCatalog) => {
    for (const i of catalog.institutions) want('institutions', i.parentId);
    for (const c of catalog.courses) {
      want('institutions', c.institutionId);
      for (const id of [...c.prerequisites, ...c.corequisites]) want('courses', id);
    }
    for (const a of catalog.creditAgreements) {
      want('courses', a.secondaryCourseId);
      want('credentials', a.credentialId);
      want('courses', a.postsecondaryCourseId);
      want('institutions', a.secondaryInstitutionId);
      want('institutions', a.postsecondaryInstitutionId);
    }
    for (const c of catalog.credentials) for (const id of c.stacksInto) want('credentials', id);
  };

  want('institutions', program.ownerId);
  for (const p of program.partners) want('institutions', p.institutionId);
  for (const step of program.steps) {
    for (const id of stepCourseIds(step)) want('courses', id);
    for (const id of stepCredentialIds(step)) want('credentials', id);
    for (const w of step.workBasedLearning) want('institutions', w.employerId);
  }
  for (const o of program.occupations) want('credentials', o.credentialId);
  reach(result);
  // Agreements of the courses and credentials that were sent: stored ones count too.
  const sentCourses = [...known.courses];
  const sentCredentials = [...known.credentials];

  let first = true;
  while (first || pending.institutions.size + pending.courses.size + pending.credentials.size > 0) {
    const ids = {
      institutions: [...pending.institutions],
      courses: first ? [...pending.courses, ...sentCourses] : [...pending.courses],
      credentials: first ? [...pending.credentials, ...sentCredentials] : [...pending.credentials],
    };
    first = false;
    for (const kind of ['institutions', 'courses', 'credentials'] as const) {
      for (const id of pending[kind]) asked[kind].add(id);
      pending[kind].clear();
    }
    const found = await repo.findCatalog(ids);
    const added: TCatalog = {
      institutions: [],
      courses: [],
      creditAgreements: [],
      credentials: [],
    };
    const fresh = <T extends { id: string }>(items: T[], seen: Set<string>): T[] =>
      items.filter((item) => !seen.has(item.id) && seen.add(item.id));
    added.institutions = fresh(found.institutions, known.institutions);
    added.courses = fresh(found.courses, known.courses);
    added.creditAgreements = fresh(found.creditAgreements, known.agreements);
    added.credentials = fresh(found.credentials, known.credentials);
    result.institutions.push(...added.institutions);
    result.courses.push(...added.courses);
    result.creditAgreements.push(...added.creditAgreements);
    result.credentials.push(...added.credentials);
    reach(added);
  }
  return result;
}
