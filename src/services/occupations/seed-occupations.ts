/**
 * Loads the embedded default occupations and their pathway links. Safe to run again; rows that
 * an import has since taken over (another source) are left as the import wrote them.
 */
import { DEFAULT_OCCUPATION_SOURCE } from '../../data/occupations/index.ts';
import { invalid } from '../../domain/errors.ts';
import { checkOccupationSeeds, type OccupationSeed } from '../../domain/occupation/occupation.ts';
import type { OccupationImportRepository } from '../../db/occupation-import-repository.ts';
import type { SyncCounts } from '../../db/sync-rows.ts';
import { spanishOccupationTitle } from './occupation-title.ts';

export interface SeedOccupationsOptions {
  repo: OccupationImportRepository;
  occupations: readonly OccupationSeed[];
  frameworkId: string;
}

export async function seedOccupations({
  repo,
  occupations,
  frameworkId,
}: SeedOccupationsOptions): Promise<{ occupations: SyncCounts; links: SyncCounts }> {
  const pathways = new Set((await repo.pathwayNames(frameworkId)).map((p) => p.code));
  const problems = checkOccupationSeeds(occupations, pathways);
  if (problems.length > 0)
    throw invalid(
      `Default occupations are not valid at ${problems[0]!.path}: ${problems[0]!.message}`,
      problems[0]!.path,
    );
  const source = DEFAULT_OCCUPATION_SOURCE;
  await repo.upsertSource(source);
  const keepStored = (stored: Record<string, unknown>) => stored['source_id'] !== source.id;
  const data = {
    occupations: occupations.map((o) => ({
      code: o.code,
      title: { en: o.title.en, es: spanishOccupationTitle(o.code) ?? o.title.es },
      description: o.description,
      jobZone: o.jobZone,
      riasec: null,
      interestCode: null,
    })),
    pathwayLinks: occupations.flatMap((o) =>
      o.pathways.map((pathwayCode, i) => ({
        frameworkId,
        pathwayCode,
        occupationCode: o.code,
        isPrimary: i === 0,
      })),
    ),
  };
  return {
    occupations: await repo.sync('occupations', data, source.id, { dryRun: false, keepStored }),
    links: await repo.sync('pathwayLinks', data, source.id, { dryRun: false, keepStored }),
  };
}
