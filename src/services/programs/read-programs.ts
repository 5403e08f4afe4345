/**
 * Reading programs: one (latest, or a given version) with its catalog, or a filtered list. What a
 * caller sees is decided here: a program's authors (its owner's district, co-authoring partners)
 * and approvers see every version; everyone else the approved and retired ones.
 */
import type {
  TProgramDetail,
  TProgramList,
  TProgramListQuery,
} from '../../contracts/program-api.ts';
import type { Lang } from '../../domain/framework.ts';
import { notFound } from '../../domain/errors.ts';
import type { ProgramDeps } from './deps.ts';
import { frameworkTitles } from './framework-titles.ts';
import { occupationPathwayLookup } from './occupation-entries.ts';
import { onetCode, presentDetail, presentSummary } from './present-program.ts';
import { resolveCatalog } from './resolve-catalog.ts';
import { listAccess, PUBLISHED, seesEveryVersion, type ProgramCaller } from './program-access.ts';

export async function getProgram(
  deps: ProgramDeps,
  caller: ProgramCaller,
  input: { programId: string; version?: number | undefined; lang: Lang },
): Promise<TProgramDetail> {
  const all = await deps.programs.findVersions(input.programId);
  const latest = all.at(-1);
  const everything =
    latest !== undefined &&
    seesEveryVersion(caller, {
      id: input.programId,
      owner: { id: latest.ownerId, districtId: latest.ownerDistrictId },
      partnerIds: latest.body.partners.map((p) => p.institutionId),
    });
  const visibleStatuses = everything ? undefined : PUBLISHED;
  const versions = visibleStatuses ? all.filter((v) => visibleStatuses.includes(v.status)) : all;
  // The public sees the approved version of a program that has a newer draft; staff the latest.
  const approved = versions.findLast((v) => v.status === 'approved');
  const record =
    input.version !== undefined
      ? versions.find((v) => v.version === input.version)
      : visibleStatuses
        ? (approved ?? versions.at(-1))
        : versions.at(-1);
  if (!record) {
    throw notFound(
      input.version === undefined
        ? `No program with id "${input.programId}".`
        : `Program "${input.programId}" has no version ${input.version}.`,
      input.version === undefined ? 'id' : 'version',
    );
  }
  const catalog = await resolveCatalog(deps.catalog, record.body);
  const titles = await frameworkTitles(
    deps.frameworks,
    record.frameworkId,
    record.pathwayCode,
    input.lang,
  );
  const codes = [...new Set(record.body.occupations.map((o) => onetCode(o.soc)))];
  const labor = deps.laborFacts && codes.length > 0 ? await deps.laborFacts(codes) : undefined;
  const pathwayCodesFor = await occupationPathwayLookup(deps, [record.body]);
  return presentDetail({
    record,
    versions,
    catalog,
    titles,
    lang: input.lang,
    ...(labor ? { labor } : {}),
    ...(pathwayCodesFor ? { pathwayCodesOf: pathwayCodesFor(record.frameworkId) } : {}),
  });
}

export async function listPrograms(
  deps: ProgramDeps,
  caller: ProgramCaller,
  query: TProgramListQuery & { lang: Lang },
): Promise<TProgramList> {
  const access = listAccess(caller);
  const { items, total } = await deps.programs.list({
    ...(access ? { visibleStatuses: PUBLISHED, authoredBy: access.authoredBy } : {}),
    clusterCode: query.cluster,
    pathwayCode: query.pathway,
    institutionId: query.institution,
    status: query.status,
    text: query.q,
    limit: query.limit,
    offset: query.offset,
  });
  const summaries = await Promise.all(
    items.map(async (record) =>
      presentSummary(
        record,
        await frameworkTitles(deps.frameworks, record.frameworkId, record.pathwayCode, query.lang),
        record.ownerName,
        query.lang,
      ),
    ),
  );
  return { lang: query.lang, total, items: summaries };
}
