/**
 * Results written on a thread of their own, so that scoring and matching a profile against
 * every occupation and writing its answer (tens of microseconds each) do not hold up the event
 * loop that answers every other request. The main thread still checks the answers (a 400 names
 * the item), keeps the result cache and reads the database; the scoring thread gets copies of
 * the snapshots and views it needs (scoring-worker.ts) and writes answers with the same code.
 *
 * Whenever the thread cannot answer (not started yet, busy beyond `maxPending`, gone, or a view
 * it does not know), `bytes` resolves undefined and the caller writes the answer itself: the
 * thread only ever makes answers sooner, never different (scoring-thread.test.ts). A thread that
 * stops unexpectedly is started again at the next answer, up to `maxRestarts` times.
 */
import type { EventLoopUtilization } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { ProfilerForm } from '../../domain/interests/profiler.ts';
import type { AreaScores } from '../../domain/interests/scoring.ts';
import type { ResultsView } from './results-view.ts';
import { askOf, readBytes, READY, type FromScoring, type ToScoring } from './scoring-messages.ts';
import type { MatchAsked, Snapshot } from './snapshot.ts';

export interface ScoringThreadOptions {
  /** Answers waiting on the thread beyond which the caller writes them itself. */
  maxPending?: number;
  /** Times the thread may stop unexpectedly before answers are all written on the main thread. */
  maxRestarts?: number;
}

const WORKER_URL = new URL('./scoring-worker.mjs', import.meta.url);

export class ScoringThread {
  #worker: Worker | undefined;
  #ready = false;
  #closed = false;
  #restarts = 0;
  #next = 1;
  #answered = 0;
  readonly #pending = new Map<number, (body: Buffer | undefined) => void>();
  /** Ids the thread knows each snapshot and view by; sent again to a restarted thread. */
  #sent = new WeakMap<object, number>();
  readonly #maxPending: number;
  readonly #maxRestarts: number;

  constructor(options: ScoringThreadOptions = {}) {
    this.#maxPending = options.maxPending ?? 64;
    this.#maxRestarts = options.maxRestarts ?? 3;
  }

  /** Whether answers are being written on the thread (false until it has started). */
  get running(): boolean {
    return this.#ready;
  }

  /** Answers the thread has written since this object was made. */
  get answered(): number {
    return this.#answered;
  }

  /** How busy the thread's event loop has been since it started (undefined when it is not running). */
  utilization(): EventLoopUtilization | undefined {
    return this.#worker?.performance.eventLoopUtilization();
  }

  /** Starts the thread now rather than at the first answer asked of it. */
  start(): void {
    if (this.#worker || this.#closed || this.#restarts > this.#maxRestarts) return;
    const worker = new Worker(WORKER_URL);
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
    if (!worker || !this.#ready || this.#pending.size >= this.#maxPending)
      return Promise.resolve(undefined);
    const viewId = this.#viewId(worker, snapshot, view);
    const id = this.#nextId();
    // Sent at once, alone: holding asks back to send several in one message cost more in waiting
    // than it saved in messages (bench/interests.ts, 28 Nov: 11,800–12,800 against 14,300–16,000
    // answers a second).
    this.#post(worker, askOf({ id, view: viewId, ...answer }));
    return new Promise((resolve) => this.#pending.set(id, resolve));
  }

  /** Stops the thread; answers still waiting are written by their callers. */
  async close(): Promise<void> {
    this.#closed = true;
    const worker = this.#worker;
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

  /** Ids go in four bytes of an answer (scoring-messages.ts), so they wrap below 2³². */
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
    for (const answer of message) {
      const { id, body } =
        typeof answer === 'number' ? { id: answer, body: undefined } : readBytes(answer);
      const resolve = this.#pending.get(id);
      if (!resolve) continue;
      this.#pending.delete(id);
      if (body) this.#answered++;
      resolve(body);
    }
  }

  /** The thread has stopped: whatever waited on it is written by its caller. */
  #stopped(worker: Worker | undefined): void {
    if (!worker || worker !== this.#worker) return;
    this.#worker = undefined;
    this.#ready = false;
    if (!this.#closed) this.#restarts++;
    for (const resolve of this.#pending.values()) resolve(undefined);
    this.#pending.clear();
  }
}
