/**
 * Which requirement set a check uses: one the district loaded (by id, or its default), else a
 * shipped set (by id, or the one that names the district).
 */
import type { TRequirementSet } from '../../contracts/requirements.ts';
import { SHIPPED_REQUIREMENT_SETS, shippedRequirementSet } from '../../data/requirements/index.ts';
import { notFound } from '../../domain/errors.ts';
import type { RecordRepos } from './deps.ts';

export async function requirementSetFor(
  repos: Pick<RecordRepos, 'requirements'>,
  districtId: string,
  setId?: string,
  field = 'set',
): Promise<TRequirementSet> {
  const stored = await repos.requirements.findSet(districtId, setId);
  if (stored) return stored;
  const shipped =
    setId !== undefined
      ? shippedRequirementSet(setId)
      : SHIPPED_REQUIREMENT_SETS.find((s) => s.districts.includes(districtId));
  if (shipped) return shipped;
  throw notFound(
    setId !== undefined
      ? `No requirement set ${setId} for the district ${districtId}.`
      : `The district ${districtId} has no requirement set: load one with wayfinder import requirements FILE --district ${districtId}.`,
    field,
  );
}
