/** Reading programs: one (latest, or a given version) with its catalog, or a filtered list. */
import type {
  TProgramDetail,
  TProgramList,
  TProgramListQuery,
} from '../../contracts/program-api.ts';
import type { TProgramStatus } from '../../contracts/program.ts';
import type { Lang } from '../../domain/framework.ts';
import { notFound } from '../../domain/errors.ts';
import type { ProgramDeps } from './deps.ts';
import { frameworkTitles } from './framework-titles.ts';
import { onetCode, presentDetail, presentSummary } from './present-program.ts';
import { resolveCatalog } from './resolve-catalog.ts';

export interface ReadScope {
  /** Statuses this reader may see; undefined = all. The public sees approved and retired. */
  visibleStatuses?: TProgramStatus[] | undefined;
}

export async function getProgram(
  deps: ProgramDeps,
  input: { programId: string; version?: number | undefined; lang: Lang } & ReadScope,
): Promise<TProgramDetail> {
  const all = await deps.programs.findVersions(input.programId);
  const versions = input.visibleStatuses
    ? all.filter((v) => input.visibleStatuses!.includes(v.status))
    : all;
  // The public sees the approved version of a program that has a newer draft; staff the latest.
  const approved = versions.findLast((v) => v.status === 'approved');
  const record =
    input.version !== undefined
      ? versions.find((v) => v.version === input.version)
      : input.visibleStatuses
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
  return presentDetail({
    record,
    versions,
    catalog,
    titles,
    lang: input.lang,
    ...(labor ? { labor } : {}),
  });
}

export async function listPrograms(
  deps: ProgramDeps,
  query: TProgramListQuery & ReadScope & { lang: Lang },
): Promise<TProgramList> {
  const { items, total } = await deps.programs.list({
    clusterCode: query.cluster,
    pathwayCode: query.pathway,
    institutionId: query.institution,
    status: query.status,
    text: query.q,
    visibleStatuses: query.visibleStatuses,
    limit: query.limit,
    offset: query.offset,
  });
  const owners = new Map((await deps.catalog.listInstitutions()).map((i) => [i.id, i.name]));
  const summaries = await Promise.all(
    items.map(async (record) =>
      presentSummary(
        record,
        await frameworkTitles(deps.frameworks, record.frameworkId, record.pathwayCode, query.lang),
        owners.get(record.ownerId) ?? record.ownerId,
        query.lang,
      ),
    ),
  );
  return { lang: query.lang, total, items: summaries };
}
