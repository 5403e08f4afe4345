/**
 * The scoring thread (scoring-thread.ts): keeps the snapshots and views the main thread sends,
 * and writes answers from them with the same code the main thread uses (snapshot.ts,
 * results-view.ts). It reads no database and keeps nothing about who asked.
 */
import { parentPort } from 'node:worker_threads';
import { ALL_ZONES } from './results-present.ts';
import { ResultsView } from './results-view.ts';
import type { FromScoring, ToScoring } from './scoring-messages.ts';
import { scoredOf, snapshotOf, type Snapshot } from './snapshot.ts';

/** Snapshots kept: the current one and the one before (answers asked for just before a reload). */
const KEEP = 2;
const snapshots = new Map<number, Snapshot>();
const views = new Map<number, { snapshot: number; view: ResultsView }>();

const port = parentPort!;
const send = (message: FromScoring, transfer?: ArrayBuffer[]) =>
  port.postMessage(message, transfer);

function receive(message: ToScoring): void {
  switch (message.kind) {
    case 'snapshot': {
      const { id, frameworkId, loadedAt, rows, pathwaysOf, sources } = message;
      snapshots.set(id, snapshotOf(frameworkId, loadedAt, rows, new Map(pathwaysOf), sources));
      for (const old of snapshots.keys()) if (snapshots.size > KEEP) snapshots.delete(old);
      for (const [viewId, known] of views) if (!snapshots.has(known.snapshot)) views.delete(viewId);
      return;
    }
    case 'view': {
      const snapshot = snapshots.get(message.snapshot);
      if (snapshot)
        views.set(message.id, {
          snapshot: message.snapshot,
          view: new ResultsView(snapshot, message.pathways, message.lang),
        });
      return;
    }
    case 'answer': {
      const known = views.get(message.view);
      const snapshot = known && snapshots.get(known.snapshot);
      if (!known || !snapshot) {
        send({ kind: 'failed', id: message.id, reason: 'view not known' });
        return;
      }
      const { form, profile, asked } = message;
      const written = known.view.bytes({
        form,
        jobZones: asked.jobZones ?? ALL_ZONES,
        matchable: snapshot.matchable.length,
        scored: scoredOf(profile, snapshot.matchable, asked),
      });
      // A copy of its own: the written bytes are a slice of a shared slab (byte-slab.ts).
      const body = new Uint8Array(written);
      send({ kind: 'answer', id: message.id, body }, [body.buffer]);
    }
  }
}

port.on('message', (message: ToScoring) => {
  try {
    receive(message);
  } catch (error) {
    if (message.kind === 'answer')
      send({ kind: 'failed', id: message.id, reason: (error as Error).message });
  }
});
send({ kind: 'ready' });
