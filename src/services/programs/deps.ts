/** What the program use cases need: repositories (also inside one transaction) and the framework. */
import type { CatalogRepository } from '../../db/catalog-repository.ts';
import type { ProgramRepository } from '../../db/program-repository.ts';
import type { FrameworkCatalog } from '../framework-catalog.ts';

export interface ProgramRepos {
  programs: ProgramRepository;
  catalog: CatalogRepository;
}

export interface ProgramDeps extends ProgramRepos {
  frameworks: FrameworkCatalog;
  /** Runs `work` in one database transaction: all of it lands, or none. */
  transaction<T>(work: (repos: ProgramRepos) => Promise<T>): Promise<T>;
}
