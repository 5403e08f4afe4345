/**
 * What the main thread and the scoring thread say to each other (scoring-thread.ts). Answers
 * asked for, and the answers, are the commonest messages by far: they are plain numbers and
 * bytes, which cost a fraction of an object's copy between threads (an ask as an object cost
 * the main thread about 9 µs under load). A message may hold several asks; its answers come back
 * in one message.
 */
import type { TPathwayList } from '../../contracts/framework.ts';
import type { SourceRow } from '../../db/occupation-repository.ts';
import type { OccupationRow } from '../../db/occupation-rows.ts';
import type { Lang } from '../../domain/framework.ts';
import type { ProfilerForm } from '../../domain/interests/profiler.ts';
import type { AreaScores } from '../../domain/interests/scoring.ts';
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
  /** Answers to write, ASK_SIZE numbers each (askOf): ResultsView.bytes of the scores matched as asked. */
  | number[];

/** Numbers per ask. */
export const ASK_SIZE = 11;

/**
 * [id, view, form, R, I, A, S, E, C, limit, zones]: zones −1 for every zone, else a bit per zone
 * (zones are 1–5; any whole number from 0 to 30 would go through).
 */
export type AnswerAsk = number[];

/**
 * From the scoring thread: `READY` once, then for each message of asks, per ask either its
 * answer's bytes after the ask's id (bytesOf), or the ask's id alone when the thread could not
 * write it.
 */
export type FromScoring = typeof READY | (ArrayBuffer | number)[];
export const READY = 'ready';

export interface Ask {
  id: number;
  view: number;
  form: ProfilerForm;
  scores: AreaScores;
  asked: MatchAsked;
}

export function askOf({ id, view, form, scores, asked }: Ask): AnswerAsk {
  const { R, I, A, S, E, C } = scores;
  let zones = -1;
  if (asked.jobZones) {
    zones = 0;
    for (const zone of asked.jobZones) zones |= 1 << zone;
  }
  return [id, view, form, R, I, A, S, E, C, asked.limit, zones];
}

/** The ask at `at` in a message of asks. */
export function readAsk(asks: readonly number[], at = 0): Ask {
  const [id, view, form, R, I, A, S, E, C, limit, zones] = asks.slice(at, at + ASK_SIZE) as [
    number,
    number,
    ProfilerForm,
    ...number[],
  ];
  let jobZones: number[] | undefined;
  if (zones !== -1) {
    jobZones = [];
    for (let zone = 0; zone <= 30; zone++) if ((zones! & (1 << zone)) !== 0) jobZones.push(zone);
  }
  const scores = { R, I, A, S, E, C } as AreaScores;
  return { id, view, form, scores, asked: { jobZones, limit: limit! } };
}

/** An answer's bytes after its ask's id (four bytes), in a buffer of their own to hand over. */
export function bytesOf(id: number, body: Uint8Array): ArrayBuffer {
  const out = new Uint8Array(body.length + 4);
  new DataView(out.buffer).setUint32(0, id);
  out.set(body, 4);
  return out.buffer;
}

export function readBytes(message: ArrayBuffer): { id: number; body: Buffer } {
  return { id: new DataView(message).getUint32(0), body: Buffer.from(message, 4) };
}
