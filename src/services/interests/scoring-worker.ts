/**
 * The scoring thread (scoring-thread.ts): keeps the snapshots and views the main thread sends,
 * and writes answers from them with the same code the main thread uses (snapshot.ts,
 * results-view.ts). It reads no database and keeps nothing about who asked.
 *
 * It does nothing but answer, so it waits for asks in Atomics.wait rather than in an event
 * loop (scoring-rings.ts), and takes the main thread's messages itself as it wakes: the main
 * thread sends a snapshot or a view before the first ask that needs it.
 */
import { performance } from 'node:perf_hooks';
import {
  parentPort,
  receiveMessageOnPort,
  workerData,
  type MessagePort,
} from 'node:worker_threads';
import { ALL_ZONES } from './results-present.ts';
import { ResultsView } from './results-view.ts';
import { formMax, profileOfScores } from '../../domain/interests/scoring.ts';
import { ANSWERS_WRITTEN, READY, type FromScoring, type ToScoring } from './scoring-messages.ts';
import { ASKED, CLOSED, IDLE_MS, ScoringRings, SLEEPING, WOKEN, WRITTEN } from './scoring-rings.ts';
import { scoredOf, snapshotOf, type Snapshot } from './snapshot.ts';

/** Snapshots kept: the current one and the one before (answers asked for just before a reload). */
const KEEP = 2;
const snapshots = new Map<number, Snapshot>();
const views = new Map<number, { snapshot: number; view: ResultsView }>();

const port = parentPort as MessagePort;
const shared = workerData as { slotBytes: number; memory: SharedArrayBuffer };
const rings = new ScoringRings(shared.slotBytes, shared.memory);
const { counters, figures } = rings;
const send = (message: FromScoring) => port.postMessage(message);

function receive(message: ToScoring): void {
  if (message.kind === 'snapshot') {
    const { id, frameworkId, loadedAt, rows, pathwaysOf, sources } = message;
    snapshots.set(id, snapshotOf(frameworkId, loadedAt, rows, new Map(pathwaysOf), sources));
    for (const old of snapshots.keys()) if (snapshots.size > KEEP) snapshots.delete(old);
    for (const [viewId, known] of views) if (!snapshots.has(known.snapshot)) views.delete(viewId);
    return;
  }
  const snapshot = snapshots.get(message.snapshot);
  if (snapshot)
    views.set(message.id, {
      snapshot: message.snapshot,
      view: new ResultsView(snapshot, message.pathways, message.lang),
    });
}

/** Ask k's answer bytes, or undefined when its view is no longer kept. */
function answer(k: number): Uint8Array | undefined {
  const { view, form, scores, asked } = rings.readAsk(k);
  const known = views.get(view);
  const snapshot = known && snapshots.get(known.snapshot);
  if (!known || !snapshot) return undefined;
  const profile = profileOfScores(scores, formMax(form));
  return known.view.bytes({
    form,
    jobZones: asked.jobZones ?? ALL_ZONES,
    matchable: snapshot.matchable.length,
    scored: scoredOf(profile, snapshot.matchable, asked),
  });
}

/** Waits at most this long at a time, to look at CLOSED even if no one wakes the thread. */
const WAIT_MS = 1_000;

function serve(): void {
  let written = Atomics.load(counters, WRITTEN);
  for (;;) {
    const asked = Atomics.load(counters, ASKED);
    // After ASKED: whatever an ask just read needs was sent before it was asked.
    for (let message; (message = receiveMessageOnPort(port));)
      receive(message.message as ToScoring);
    if (asked === written) {
      if (Atomics.load(counters, CLOSED) !== 0) return;
      const start = performance.now();
      // SLEEPING before the wait, which looks at ASKED itself: an ask written meanwhile either
      // sees SLEEPING and wakes the thread, or is seen by the wait, which then returns at once.
      Atomics.store(counters, SLEEPING, 1);
      Atomics.wait(counters, ASKED, asked, WAIT_MS);
      Atomics.store(counters, SLEEPING, 0);
      figures[IDLE_MS] = figures[IDLE_MS]! + (performance.now() - start);
      continue;
    }
    for (; written !== asked; written = (written + 1) | 0) {
      let bytes: Uint8Array | undefined;
      try {
        bytes = answer(written);
      } catch {
        bytes = undefined;
      }
      rings.writeAnswer(written, bytes);
      Atomics.store(counters, WRITTEN, (written + 1) | 0);
      // One wake until the main thread has taken what is written: it takes all of it then.
      if (Atomics.exchange(counters, WOKEN, 1) === 0) send(ANSWERS_WRITTEN);
    }
  }
}

send(READY);
serve();
