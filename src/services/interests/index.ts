/** Builds the Interest Profiler services over one database; used by the composition root. */
import type { Kysely } from 'kysely';
import { PROFILER_ITEMS } from '../../data/interest-items/index.ts';
import { InterestRepository } from '../../db/interest-repository.ts';
import { InterestResultRepository } from '../../db/interest-result-repository.ts';
import { OccupationRepository } from '../../db/occupation-repository.ts';
import type { DB } from '../../db/schema.ts';
import type { AccountsDeps } from '../accounts/deps.ts';
import type { FrameworkCatalog } from '../framework-catalog.ts';
import { InterestProfiler } from './interest-profiler.ts';
import { ScoringThread } from './scoring-thread.ts';
import type { StudentInterestsDeps } from './student-interests.ts';

export interface InterestServices {
  profiler: InterestProfiler;
  /** Students' saved results and items: for the use cases in student-interests.ts. */
  students: StudentInterestsDeps;
}

export function createInterestServices(
  db: Kysely<DB>,
  frameworks: FrameworkCatalog,
  accounts: AccountsDeps,
  options: { scoringThread: boolean } = { scoringThread: false },
): InterestServices {
  const occupations = new OccupationRepository(db);
  const profiler = new InterestProfiler({
    items: PROFILER_ITEMS,
    frameworks,
    repo: new InterestRepository(db),
    sources: (ids) => occupations.sources(ids),
    ...(options.scoringThread ? { scoring: new ScoringThread() } : {}),
  });
  return {
    profiler,
    students: {
      accounts,
      results: new InterestResultRepository(db),
      items: PROFILER_ITEMS,
      frameworks,
    },
  };
}
