/**
 * The messages between the main thread and the scoring thread (scoring-thread.ts). Asks and
 * answers go through shared memory (scoring-rings.ts); messages carry what is sent once (the
 * memory, a snapshot's occupations, a results view) and the wake that says answers are written.
 */
import type { TPathwayList } from '../../contracts/framework.ts';
import type { SourceRow } from '../../db/occupation-repository.ts';
import type { OccupationRow } from '../../db/occupation-rows.ts';
import type { Lang } from '../../domain/framework.ts';

export type ToScoring =
  /** The occupations of a snapshot, as loaded on the main thread. */
  | {
      kind: 'snapshot';
      id: number;
      frameworkId: string;
      loadedAt: number;
      rows: OccupationRow[];
      pathwaysOf: [string, string[]][];
      sources: SourceRow[];
    }
  /** A results view of a snapshot: its language and the framework's pathways at the time. */
  | { kind: 'view'; id: number; snapshot: number; lang: Lang; pathways: TPathwayList };

/** From the scoring thread: `READY` once, then `WRITTEN` whenever answers wait to be taken. */
export type FromScoring = typeof READY | typeof ANSWERS_WRITTEN;
export const READY = 'ready';
export const ANSWERS_WRITTEN = 0;
