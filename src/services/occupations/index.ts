/** Builds the occupation and search services over one database; used by the composition root. */
import type { Kysely } from 'kysely';
import type { NamedPathway } from '../../domain/occupation/framework-names.ts';
import {
  curatedPathwayLinks,
  defaultOccupations,
  spanishOccupationTexts,
} from '../../data/occupations/index.ts';
import { publicOccupationData } from '../../data/occupations/public-data.ts';
import { OccupationImportRepository } from '../../db/occupation-import-repository.ts';
import { OccupationRepository } from '../../db/occupation-repository.ts';
import type { DB } from '../../db/schema.ts';
import { SearchRepository } from '../../db/search-repository.ts';
import type { SyncCounts } from '../../db/sync-rows.ts';
import type { FrameworkCatalog } from '../framework-catalog.ts';
import { SearchService } from '../search/search-service.ts';
import { OccupationCatalog } from './occupation-catalog.ts';
import type { ImportDeps } from './run-import.ts';
import { occupationTitle } from './occupation-title.ts';
import { seedOccupations } from './seed-occupations.ts';

export interface OccupationServices {
  catalog: OccupationCatalog;
  search: SearchService;
  imports: ImportDeps;
  /** Loads the embedded default occupations into a framework; idempotent. Returns what changed. */
  seed(frameworkId: string): Promise<{ occupations: SyncCounts; links: SyncCounts }>;
  /** A framework's pathways with English titles, to match publishers' names. */
  pathwayNames(frameworkId: string): Promise<NamedPathway[]>;
}

export function createOccupationServices(
  db: Kysely<DB>,
  frameworks: FrameworkCatalog,
  defaultFrameworkId: string,
): OccupationServices {
  const searchRepo = new SearchRepository(db);
  const frameworkId = async () => {
    try {
      return (await frameworks.listClusters({ lang: 'en' })).framework.id;
    } catch {
      return defaultFrameworkId;
    }
  };
  const search = new SearchService({
    sources: [
      { load: async () => searchRepo.clustersAndPathways(await frameworkId()) },
      {
        load: async () =>
          (await searchRepo.occupations()).map((doc) => ({
            ...doc,
            title: { en: doc.title.en, es: occupationTitle(doc.id, doc.title, 'es') },
          })),
      },
      { load: () => searchRepo.programs() },
      { load: () => searchRepo.courses() },
      { load: () => searchRepo.credentials() },
      { load: () => searchRepo.cip() },
    ],
  });
  return {
    catalog: new OccupationCatalog(new OccupationRepository(db), frameworks),
    search,
    imports: {
      transaction: (work) =>
        db.transaction().execute((trx) => work(new OccupationImportRepository(trx))),
      afterWrite: () => search.invalidate(),
    },
    pathwayNames: (id) => new OccupationImportRepository(db).pathwayNames(id),
    async seed(targetFramework) {
      const counts = await db.transaction().execute((trx) =>
        seedOccupations({
          repo: new OccupationImportRepository(trx),
          bundle: publicOccupationData(),
          occupations: defaultOccupations,
          spanish: spanishOccupationTexts,
          links: curatedPathwayLinks,
          frameworkId: targetFramework,
        }),
      );
      search.invalidate();
      return counts;
    },
  };
}
