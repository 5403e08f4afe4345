/**
 * Results written on a thread of their own, so that scoring and matching a profile against
 * every occupation and writing its answer (tens of microseconds each) do not hold up the event
 * loop that answers every other request. The main thread still checks the answers (a 400 names
 * the item), keeps the result cache and reads the database; the scoring thread gets copies of
 * the snapshots and views it needs (scoring-worker.ts) and writes answers with the same code.
 *
 * Asks and answers go through memory the two threads share (scoring-rings.ts); messages carry
 * the snapshots and views, and the thread's wake when answers are written.
 *
 * Whenever the thread cannot answer (not started yet, busy beyond `maxPending`, gone, an answer
 * larger than a slot, or a view it does not know), `bytes` resolves undefined and the caller
 * writes the answer itself: the thread only ever makes answers sooner, never different
 * (scoring-thread.test.ts). A thread that stops unexpectedly is started again at the next
 * answer, up to `maxRestarts` times.
 */
import { performance, type EventLoopUtilization } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { slabCopy } from '../cache/byte-slab.ts';
import type { ProfilerForm } from '../../domain/interests/profiler.ts';
import type { AreaScores } from '../../domain/interests/scoring.ts';
import type { ResultsView } from './results-view.ts';
import { READY, type FromScoring, type ToScoring } from './scoring-messages.ts';
import {
  ASKED,
  CLOSED,
  IDLE_MS,
  ScoringRings,
  SLOT_BYTES,
  slotOf,
  SLOTS,
  SLEEPING,
  WOKEN,
  WRITTEN,
} from './scoring-rings.ts';
import type { MatchAsked, Snapshot } from './snapshot.ts';

export interface ScoringThreadOptions {
  /** Answers waiting on the thread beyond which the caller writes them itself (at most SLOTS). */
  maxPending?: number;
  /** Times the thread may stop unexpectedly before answers are all written on the main thread. */
  maxRestarts?: number;
  /** Bytes of an answer the thread may hand back (scoring-rings.ts SLOT_BYTES by default). */
  slotBytes?: number;
}

const WORKER_URL = new URL('./scoring-worker.mjs', import.meta.url);

export class ScoringThread {
  #worker: Worker | undefined;
  #rings: ScoringRings | undefined;
  #startedAt = 0;
  #ready = false;
  #closed = false;
  #restarts = 0;
  #next = 1;
  #answered = 0;
  /** Asks written (ASKED) and answers taken, as int32 counters that wrap. */
  #asked = 0;
  #taken = 0;
  /** Each slot's waiting caller, for asks taken … asked. */
  readonly #pending: (((body: Buffer | undefined) => void) | undefined)[] = new Array<undefined>(
    SLOTS,
  ).fill(undefined);
  /** Ids the thread knows each snapshot and view by; sent again to a restarted thread. */
  #sent = new WeakMap<object, number>();
  readonly #maxPending: number;
  readonly #maxRestarts: number;
  readonly #slotBytes: number;

  constructor(options: ScoringThreadOptions = {}) {
    this.#maxPending = Math.min(options.maxPending ?? SLOTS, SLOTS);
    this.#maxRestarts = options.maxRestarts ?? 3;
    this.#slotBytes = options.slotBytes ?? SLOT_BYTES;
  }

  /** Whether answers are being written on the thread (false until it has started). */
  get running(): boolean {
    return this.#ready;
  }

  /** Answers the thread has written since this object was made. */
  get answered(): number {
    return this.#answered;
  }

  /**
   * How busy the thread has been since it started (undefined when it is not running): it waits
   * in Atomics.wait, not in an event loop, and counts its waiting itself.
   */
  utilization(): EventLoopUtilization | undefined {
    const rings = this.#rings;
    if (!this.#worker || !rings) return undefined;
    const elapsed = performance.now() - this.#startedAt;
    const idle = Math.min(rings.figures[IDLE_MS]!, elapsed);
    const active = elapsed - idle;
    return { idle, active, utilization: elapsed > 0 ? active / elapsed : 0 };
  }

  /** Starts the thread now rather than at the first answer asked of it. */
  start(): void {
    if (this.#worker || this.#closed || this.#restarts > this.#maxRestarts) return;
    const rings = new ScoringRings(this.#slotBytes);
    const { slotBytes, memory } = rings;
    const worker = new Worker(WORKER_URL, { workerData: { slotBytes, memory } });
    worker.unref();
    worker.on('message', (message: FromScoring) => this.#receive(message));
    // Said once on stderr (no request data is in it); its answers are then written here.
    worker.on('error', (error) =>
      process.emitWarning(
        `the Interest Profiler's scoring thread stopped (${error.message}); results are written on the main thread`,
        'WayfinderWarning',
      ),
    );
    worker.on('exit', () => this.#stopped(worker));
    this.#worker = worker;
    this.#rings = rings;
    this.#startedAt = performance.now();
    this.#asked = this.#taken = 0;
    this.#sent = new WeakMap();
  }

  /**
   * The answer's JSON for a profile matched as asked against a snapshot, written by the view
   * on the thread; undefined when the thread cannot write it now.
   */
  bytes(
    snapshot: Snapshot,
    view: ResultsView,
    answer: { form: ProfilerForm; scores: AreaScores; asked: MatchAsked },
  ): Promise<Buffer | undefined> {
    this.start();
    const worker = this.#worker;
    const rings = this.#rings;
    const k = this.#asked;
    if (!worker || !rings || !this.#ready || ((k - this.#taken) | 0) >= this.#maxPending)
      return Promise.resolve(undefined);
    const viewId = this.#viewId(worker, snapshot, view);
    // Sent at once, alone: holding asks back to send several at a time cost more in waiting
    // than it saved (bench/interests.ts, 28 Nov: 11,800–12,800 against 14,300–16,000 answers a
    // second). Written in shared memory, the ask costs no message.
    rings.writeAsk(k, { view: viewId, ...answer });
    this.#asked = (k + 1) | 0;
    Atomics.store(rings.counters, ASKED, this.#asked);
    // Woken only when it waits: a futex wake is a system call, and a busy thread reads ASKED
    // before it waits again.
    if (Atomics.load(rings.counters, SLEEPING) !== 0) Atomics.notify(rings.counters, ASKED, 1);
    return new Promise((resolve) => (this.#pending[slotOf(k)] = resolve));
  }

  /** Stops the thread; answers still waiting are written by their callers. */
  async close(): Promise<void> {
    this.#closed = true;
    const worker = this.#worker;
    const rings = this.#rings;
    if (rings) {
      Atomics.store(rings.counters, CLOSED, 1);
      Atomics.notify(rings.counters, ASKED);
    }
    if (worker) await worker.terminate();
    this.#stopped(worker);
  }

  #viewId(worker: Worker, snapshot: Snapshot, view: ResultsView): number {
    let snapshotId = this.#sent.get(snapshot);
    if (snapshotId === undefined) {
      snapshotId = this.#nextId();
      this.#sent.set(snapshot, snapshotId);
      this.#post(worker, {
        kind: 'snapshot',
        id: snapshotId,
        frameworkId: snapshot.frameworkId,
        loadedAt: snapshot.loadedAt,
        rows: [...snapshot.rows.values()],
        pathwaysOf: [...snapshot.pathwaysOf],
        sources: [...snapshot.sources.values()],
      });
    }
    let viewId = this.#sent.get(view);
    if (viewId === undefined) {
      viewId = this.#nextId();
      this.#sent.set(view, viewId);
      const { lang, pathways } = view;
      this.#post(worker, { kind: 'view', id: viewId, snapshot: snapshotId, lang, pathways });
    }
    return viewId;
  }

  /** Ids of snapshots and views, as numbers an ask holds exactly. */
  #nextId(): number {
    const id = this.#next;
    this.#next = id >= 0xfffffffe ? 1 : id + 1;
    return id;
  }

  #post(worker: Worker, message: ToScoring): void {
    worker.postMessage(message);
  }

  #receive(message: FromScoring): void {
    if (message === READY) {
      this.#ready = !this.#closed;
      return;
    }
    const rings = this.#rings;
    if (!rings) return;
    // Cleared before reading WRITTEN: an answer written after this read wakes us again.
    Atomics.store(rings.counters, WOKEN, 0);
    const written = Atomics.load(rings.counters, WRITTEN);
    for (let k = this.#taken; k !== written; k = (k + 1) | 0) {
      const bytes = rings.answer(k);
      // Copied out before the slot can be asked again.
      const body = bytes && slabCopy(bytes);
      const slot = slotOf(k);
      const resolve = this.#pending[slot];
      this.#pending[slot] = undefined;
      this.#taken = (k + 1) | 0;
      if (body) this.#answered++;
      resolve?.(body);
    }
  }

  /** The thread has stopped: whatever waited on it is written by its caller. */
  #stopped(worker: Worker | undefined): void {
    if (!worker || worker !== this.#worker) return;
    this.#worker = undefined;
    this.#ready = false;
    this.#rings = undefined;
    if (!this.#closed) this.#restarts++;
    const pending = this.#pending;
    for (let slot = 0; slot < SLOTS; slot++) {
      const resolve = pending[slot];
      pending[slot] = undefined;
      resolve?.(undefined);
    }
  }
}
