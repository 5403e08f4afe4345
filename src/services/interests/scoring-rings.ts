/**
 * The memory the main thread and the scoring thread share for answers (scoring-thread.ts,
 * scoring-worker.ts): a ring of SLOTS slots, each holding one ask as numbers and, once the
 * thread has written it, the answer's bytes. Asks and answers go through it without a message
 * each: the main thread writes an ask in the next slot and moves ASKED on; the thread, which
 * waits on ASKED, writes answers in order and moves WRITTEN on, and wakes the main thread with
 * one small message only when it is not already woken (WOKEN), so a main thread behind on its
 * work takes every answer written meanwhile at one wake. Under the benchmark's load a message
 * per ask and per answer (numbers one way, the answer's buffer handed over the other) cost the
 * main thread about 6 µs a round trip more than this, in a loop on this machine.
 *
 * Ask k is in slot k mod SLOTS, and the main thread never has more than SLOTS asks untaken, so
 * the thread never writes a slot whose answer has not been taken. Counters are int32 and wrap.
 */
import type { ProfilerForm } from '../../domain/interests/profiler.ts';
import type { AreaScores } from '../../domain/interests/scoring.ts';
import type { MatchAsked } from './snapshot.ts';

/** Slots in the ring: asks a thread may hold at once (a power of two). */
export const SLOTS = 64;
/**
 * Bytes of an answer a slot holds: well above the largest answer (200 occupations, the most a
 * client may ask for, with their wages and sources, was about 36 KB on O*NET 27.0); a larger
 * one is written on the main thread.
 */
export const SLOT_BYTES = 64 * 1024;
/** Numbers per ask. */
export const ASK_SIZE = 11;

/** Int32 counters and flags. */
export const ASKED = 0;
export const WRITTEN = 1;
export const WOKEN = 2;
export const CLOSED = 3;
/** 1 while the thread waits in Atomics.wait (or is about to): only then is it woken. */
export const SLEEPING = 4;
const COUNTERS = 8;
/** Float64 figures the thread keeps: milliseconds spent waiting for asks, since it started. */
export const IDLE_MS = 0;
const FIGURES = 2;

/** An answer's length when the thread could not write it (the main thread writes it). */
export const NOT_WRITTEN = -1;

export interface Ask {
  view: number;
  form: ProfilerForm;
  scores: AreaScores;
  asked: MatchAsked;
}

export class ScoringRings {
  readonly counters: Int32Array;
  readonly figures: Float64Array;
  readonly asks: Float64Array;
  readonly lengths: Int32Array;
  readonly answers: Uint8Array;

  constructor(
    readonly slotBytes = SLOT_BYTES,
    readonly memory = new SharedArrayBuffer(ScoringRings.size(slotBytes)),
  ) {
    let at = 0;
    const next = (bytes: number) => {
      const start = at;
      at += bytes;
      return start;
    };
    this.counters = new Int32Array(memory, next(COUNTERS * 4), COUNTERS);
    this.figures = new Float64Array(memory, next(FIGURES * 8), FIGURES);
    this.asks = new Float64Array(memory, next(SLOTS * ASK_SIZE * 8), SLOTS * ASK_SIZE);
    this.lengths = new Int32Array(memory, next(SLOTS * 4), SLOTS);
    this.answers = new Uint8Array(memory, next(SLOTS * slotBytes), SLOTS * slotBytes);
  }

  static size(slotBytes: number): number {
    return COUNTERS * 4 + FIGURES * 8 + SLOTS * ASK_SIZE * 8 + SLOTS * 4 + SLOTS * slotBytes;
  }

  /** Writes ask number `k` in its slot: view, form, the six scores, limit, zones. */
  writeAsk(k: number, { view, form, scores, asked }: Ask): void {
    const at = slotOf(k) * ASK_SIZE;
    const asks = this.asks;
    asks[at] = view;
    asks[at + 1] = form;
    asks[at + 2] = scores.R;
    asks[at + 3] = scores.I;
    asks[at + 4] = scores.A;
    asks[at + 5] = scores.S;
    asks[at + 6] = scores.E;
    asks[at + 7] = scores.C;
    asks[at + 8] = asked.limit;
    // −1 for every zone, else a bit per zone (zones are 1–5; any whole number 0–30 goes through).
    let zones = -1;
    if (asked.jobZones) {
      zones = 0;
      for (const zone of asked.jobZones) zones |= 1 << zone;
    }
    asks[at + 9] = zones;
  }

  readAsk(k: number): Ask {
    const at = slotOf(k) * ASK_SIZE;
    const a = this.asks;
    const zones = a[at + 9]!;
    let jobZones: number[] | undefined;
    if (zones !== -1) {
      jobZones = [];
      for (let zone = 0; zone <= 30; zone++) if ((zones & (1 << zone)) !== 0) jobZones.push(zone);
    }
    const scores = {
      R: a[at + 2]!,
      I: a[at + 3]!,
      A: a[at + 4]!,
      S: a[at + 5]!,
      E: a[at + 6]!,
      C: a[at + 7]!,
    } as AreaScores;
    return {
      view: a[at]!,
      form: a[at + 1] as ProfilerForm,
      scores,
      asked: { jobZones, limit: a[at + 8]! },
    };
  }

  /** Puts answer number `k` in its slot; false (and NOT_WRITTEN) when it does not fit. */
  writeAnswer(k: number, bytes: Uint8Array | undefined): boolean {
    const slot = slotOf(k);
    if (!bytes || bytes.length > this.slotBytes) {
      this.lengths[slot] = NOT_WRITTEN;
      return false;
    }
    this.answers.set(bytes, slot * this.slotBytes);
    this.lengths[slot] = bytes.length;
    return true;
  }

  /** Answer number `k`'s bytes, in the shared memory (copy them before the slot is reused). */
  answer(k: number): Uint8Array | undefined {
    const slot = slotOf(k);
    const length = this.lengths[slot]!;
    if (length === NOT_WRITTEN) return undefined;
    const start = slot * this.slotBytes;
    return this.answers.subarray(start, start + length);
  }
}

/** Ask k's slot; int32 counters wrap from 2³¹ − 1 to −2³¹, and the slots follow on. */
export function slotOf(k: number): number {
  return k & (SLOTS - 1);
}
