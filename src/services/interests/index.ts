/** Builds the Interest Profiler services over one database; used by the composition root. */
import type { Kysely } from 'kysely';
import { PROFILER_ITEMS } from '../../data/interest-items/index.ts';
import { InterestRepository } from '../../db/interest-repository.ts';
import { OccupationRepository } from '../../db/occupation-repository.ts';
import type { DB } from '../../db/schema.ts';
import type { FrameworkCatalog } from '../framework-catalog.ts';
import { InterestProfiler } from './interest-profiler.ts';

export interface InterestServices {
  profiler: InterestProfiler;
}

export function createInterestServices(
  db: Kysely<DB>,
  frameworks: FrameworkCatalog,
): InterestServices {
  const occupations = new OccupationRepository(db);
  const profiler = new InterestProfiler({
    items: PROFILER_ITEMS,
    frameworks,
    repo: new InterestRepository(db),
    sources: (ids) => occupations.sources(ids),
  });
  return { profiler };
}
