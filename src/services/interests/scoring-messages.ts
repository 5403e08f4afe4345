/** What the main thread and the scoring thread say to each other (scoring-thread.ts). */
import type { TPathwayList } from '../../contracts/framework.ts';
import type { OccupationRow, SourceRow } from '../../db/occupation-repository.ts';
import type { Lang } from '../../domain/framework.ts';
import type { ProfilerForm } from '../../domain/interests/profiler.ts';
import type { InterestProfile } from '../../domain/interests/scoring.ts';
import type { MatchAsked } from './snapshot.ts';

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
  | { kind: 'view'; id: number; snapshot: number; lang: Lang; pathways: TPathwayList }
  /** One answer to write: ResultsView.bytes of the profile matched as asked. */
  | {
      kind: 'answer';
      id: number;
      view: number;
      form: ProfilerForm;
      profile: InterestProfile;
      asked: MatchAsked;
    };

export type FromScoring =
  | { kind: 'ready' }
  /** The answer's JSON, or why it could not be written (the main thread then writes it). */
  | { kind: 'answer'; id: number; body: Uint8Array }
  | { kind: 'failed'; id: number; reason: string };
