/**
 * The scoring thread (scoring-thread.ts): keeps the snapshots and views the main thread sends,
 * and writes answers from them with the same code the main thread uses (snapshot.ts,
 * results-view.ts). It reads no database and keeps nothing about who asked.
 */
import { parentPort } from 'node:worker_threads';
import { ALL_ZONES } from './results-present.ts';
import { ResultsView } from './results-view.ts';
import { formMax, profileOfScores } from '../../domain/interests/scoring.ts';
import {
  ASK_SIZE,
  bytesOf,
  readAsk,
  READY,
  type AnswerAsk,
  type FromScoring,
  type ToScoring,
} from './scoring-messages.ts';
import { scoredOf, snapshotOf, type Snapshot } from './snapshot.ts';

/** Snapshots kept: the current one and the one before (answers asked for just before a reload). */
const KEEP = 2;
const snapshots = new Map<number, Snapshot>();
const views = new Map<number, { snapshot: number; view: ResultsView }>();

const port = parentPort!;
const send = (message: FromScoring, transfer?: ArrayBuffer[]) =>
  port.postMessage(message, transfer);

function receive(message: Exclude<ToScoring, number[]>): void {
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

/** An answer's bytes, or undefined when its view is no longer kept. */
function answer(asks: AnswerAsk, at: number): ArrayBuffer | undefined {
  const { id, view, form, scores, asked } = readAsk(asks, at);
  const known = views.get(view);
  const snapshot = known && snapshots.get(known.snapshot);
  if (!known || !snapshot) return undefined;
  const profile = profileOfScores(scores, formMax(form));
  const written = known.view.bytes({
    form,
    jobZones: asked.jobZones ?? ALL_ZONES,
    matchable: snapshot.matchable.length,
    scored: scoredOf(profile, snapshot.matchable, asked),
  });
  // A copy of its own to hand over: the written bytes are a slice of a shared slab (byte-slab.ts).
  return bytesOf(id, written);
}

port.on('message', (message: ToScoring) => {
  if (!Array.isArray(message)) return receive(message);
  const answers: (ArrayBuffer | number)[] = [];
  const transfer: ArrayBuffer[] = [];
  for (let at = 0; at < message.length; at += ASK_SIZE) {
    let written: ArrayBuffer | undefined;
    try {
      written = answer(message, at);
    } catch {
      written = undefined;
    }
    if (written) transfer.push(written);
    answers.push(written ?? message[at]!);
  }
  send(answers, transfer);
});
send(READY);
