/**
 * Loads the occupation data Wayfinder ships: the public data (every O*NET occupation with its
 * job zone, interests, related occupations and alternate titles; O*NET's cluster crosswalk; NCES
 * CIP; BLS wages and projections), each part under its publisher's source, then our Spanish
 * texts and pathway links. Safe to run again; rows an admin's import has since taken over (a
 * source this seed does not write, e.g. a newer O*NET release) are left as the import wrote them.
 */
import {
  CURATED_OCCUPATION_SOURCE,
  LEGACY_DEFAULT_SOURCE_ID,
} from '../../data/occupations/index.ts';
import { invalid } from '../../domain/errors.ts';
import type { ImportData, PathwayLinkRecord } from '../../domain/occupation/import-records.ts';
import { checkOccupationSeeds, type OccupationSeed } from '../../domain/occupation/occupation.ts';
import {
  IMPORT_TABLE_ORDER,
  type OccupationImportRepository,
} from '../../db/occupation-import-repository.ts';
import { spanishOccupationTitle } from './occupation-title.ts';
import { addCounts, emptyCounts, type Row, type SyncCounts } from '../../db/sync-rows.ts';
import type { OccupationBundle } from '../../importers/occupation-bundle.ts';

export interface SeedOccupationsOptions {
  repo: OccupationImportRepository;
  bundle: OccupationBundle;
  /** Our occupations with Spanish texts; their pathways are checked against the framework. */
  occupations: readonly OccupationSeed[];
  spanish: ReadonlyMap<string, { title?: string; description?: string }>;
  links: readonly { pathwayCode: string; occupationCode: string; isPrimary: boolean }[];
  frameworkId: string;
}

const SOURCE_COLUMNS = ['source_id', 'wage_source_id', 'projection_source_id'];

export async function seedOccupations(
  options: SeedOccupationsOptions,
): Promise<{ occupations: SyncCounts; links: SyncCounts }> {
  const { repo, bundle, frameworkId } = options;
  const pathways = new Set((await repo.pathwayNames(frameworkId)).map((p) => p.code));
  const problems = checkOccupationSeeds(options.occupations, pathways);
  for (const [i, link] of options.links.entries())
    if (!pathways.has(link.pathwayCode))
      problems.push({ path: `links[${i}]`, message: `unknown pathway ${link.pathwayCode}` });
  if (problems.length > 0)
    throw invalid(
      `Default occupations are not valid at ${problems[0]!.path}: ${problems[0]!.message}`,
      problems[0]!.path,
    );

  // This seed's own sources (and the one earlier versions wrote) may be replaced; others are kept.
  const ours = new Set([
    ...bundle.parts.map((p) => p.source.id),
    CURATED_OCCUPATION_SOURCE.id,
    LEGACY_DEFAULT_SOURCE_ID,
  ]);
  const keepStored = (stored: Row) => {
    const column = SOURCE_COLUMNS.find((c) => c in stored);
    const id = column ? stored[column] : null;
    return typeof id === 'string' && !ours.has(id);
  };
  const sync = (table: keyof ImportData, data: ImportData, sourceId: string) =>
    repo.sync(table, data, sourceId, { dryRun: false, keepStored });

  // Occupations an admin's import took over keep that release's related occupations.
  const stored = await repo.occupationSources();
  const taken = (code: string) => {
    const id = stored.get(code);
    return id !== undefined && !ours.has(id);
  };

  let occupations = emptyCounts();
  let links = emptyCounts();
  const known = new Set<string>();
  const linked = new Set<string>();
  for (const part of bundle.parts) {
    await repo.upsertSource(part.source);
    const data = {
      ...withFramework(withSpanish(part.data, options.spanish), frameworkId, pathways),
    };
    if (data.related) data.related = data.related.filter((r) => !taken(r.code));
    for (const o of data.occupations ?? []) known.add(o.code);
    for (const l of data.pathwayLinks ?? []) linked.add(`${l.pathwayCode}|${l.occupationCode}`);
    for (const table of IMPORT_TABLE_ORDER) {
      if (!data[table]?.length) continue;
      const counts = await sync(table, data, part.source.id);
      if (table === 'occupations') occupations = addCounts(occupations, counts);
      if (table === 'pathwayLinks') links = addCounts(links, counts);
    }
  }

  const source = CURATED_OCCUPATION_SOURCE;
  await repo.upsertSource(source);
  const inCrosswalk = new Set([...linked].map((key) => key.split('|')[1]));
  const curated: PathwayLinkRecord[] = [];
  const seen = new Set(linked);
  for (const link of options.links) {
    const key = `${link.pathwayCode}|${link.occupationCode}`;
    if (seen.has(key) || !known.has(link.occupationCode)) continue;
    seen.add(key);
    curated.push({
      frameworkId,
      pathwayCode: link.pathwayCode,
      occupationCode: link.occupationCode,
      isPrimary: link.isPrimary && !inCrosswalk.has(link.occupationCode),
    });
  }
  links = addCounts(links, await sync('pathwayLinks', { pathwayLinks: curated }, source.id));
  return { occupations, links };
}

/** Our Spanish title and description over the publisher's English ones. */
function withSpanish(data: ImportData, spanish: SeedOccupationsOptions['spanish']): ImportData {
  if (!data.occupations) return data;
  return {
    ...data,
    occupations: data.occupations.map((o) => {
      const es = spanish.get(o.code);
      const title = spanishOccupationTitle(o.code) ?? es?.title;
      return {
        ...o,
        title: title ? { ...o.title, es: title } : o.title,
        description: es?.description ? { ...o.description, es: es.description } : o.description,
      };
    }),
  };
}

/** Pathway links for the framework being seeded, and only to its pathways. */
function withFramework(data: ImportData, frameworkId: string, pathways: Set<string>): ImportData {
  if (!data.pathwayLinks) return data;
  return {
    ...data,
    pathwayLinks: data.pathwayLinks
      .filter((l) => pathways.has(l.pathwayCode))
      .map((l) => ({ ...l, frameworkId })),
  };
}
