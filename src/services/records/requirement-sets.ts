/**
 * Which requirement set a check uses: one the district loaded (by id, or its default), else a
 * shipped set (by id, or the one that names the district). An id a shipped set had before
 * (SHIPPED_SET_ALIASES) still answers, as the set that took its place.
 */
import type { TRequirementSet } from '../../contracts/requirements.ts';
import {
  currentSetId,
  SHIPPED_REQUIREMENT_SETS,
  shippedRequirementSet,
} from '../../data/requirements/index.ts';
import { notFound } from '../../domain/errors.ts';
import {
  PROGRAM_SET_PREFIX,
  programRequirementSet,
} from '../../domain/requirements/program-set.ts';
import { stepCourseIds } from '../../domain/program/steps.ts';
import type { RecordRepos } from './deps.ts';

/** `program:ID`: the latest approved version of that program of study, as a requirement. */
export async function programSet(
  repos: Pick<RecordRepos, 'programs' | 'catalog'>,
  programId: string,
  field: string,
): Promise<TRequirementSet> {
  const approved = (await repos.programs.findVersions(programId)).findLast(
    (v) => v.status === 'approved',
  );
  if (!approved) throw notFound(`No approved program of study ${programId}.`, field);
  // Each step's courses and the options of its choices ("choose 1 of"), which the set asks for too.
  const ids = approved.body.steps.flatMap(stepCourseIds);
  const { courses } = await repos.catalog.findCatalog({
    institutions: [],
    courses: ids,
    credentials: [],
  });
  return programRequirementSet(programId, approved.body, new Map(courses.map((c) => [c.id, c])));
}

export async function requirementSetFor(
  repos: Pick<RecordRepos, 'requirements' | 'programs' | 'catalog'>,
  districtId: string,
  setId?: string,
  field = 'set',
): Promise<TRequirementSet> {
  if (setId?.startsWith(PROGRAM_SET_PREFIX))
    return programSet(repos, setId.slice(PROGRAM_SET_PREFIX.length), field);
  // A district's own set by that id first; an old shipped id (uc-csu-a-g) then tries its
  // successor's id among the district's sets before the shipped set itself.
  const stored =
    (await repos.requirements.findSet(districtId, setId)) ??
    (setId !== undefined && currentSetId(setId) !== setId
      ? await repos.requirements.findSet(districtId, currentSetId(setId))
      : undefined);
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
