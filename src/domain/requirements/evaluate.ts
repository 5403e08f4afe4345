/**
 * The progress check, pure: a student's course attempts (transcript, courses under way and
 * planned ones) against a requirement set, with counselor exceptions. Returns every node with
 * its status, credits and the attempts that fill it. See assign.ts for how attempts are placed,
 * node-progress.ts for how a node rolls up.
 *
 * Status of a node: met (done with completed courses), in_progress (done once the courses under
 * way are passed), planned (done once the planned courses are passed too), missing. An all-of
 * node has its weakest child's status, an n-of node its n-th best child's, a credits-of node the
 * weaker of its children's and its own credit count's.
 */
import type { TGpaNode, TRequirementSet } from '../../contracts/requirements.ts';
import type { TText } from '../../contracts/program.ts';
import { assignAttempts } from './assign.ts';
import { classifyAttempts, type CourseAttempt, type NotCountedReason } from './attempts.ts';
import type { RequirementException } from './exceptions.ts';
import { compileSet } from './compiled-set.ts';
import { collectLeaves } from './leaves.ts';
import { gpaFor } from './gpa-requirement.ts';
import { choiceNodes, optionsOverlap } from './options.ts';
import { inSetUnits } from './units.ts';
import { RANK, type NodeStatus } from './node-status.ts';
import { visitNode, type NodeProgress, type Visit } from './node-progress.ts';

export type { CountedAttempt, NodeProgress } from './node-progress.ts';

export interface ProgressCheck {
  setId: string;
  setTitle: TText;
  status: NodeStatus;
  root: NodeProgress;
  notCounted: Array<{ attemptKey: string; reason: NotCountedReason }>;
  /** Attempts that count but that no requirement selects. */
  unused: string[];
}

export function checkProgress(
  set: TRequirementSet,
  given: readonly CourseAttempt[],
  exceptions: readonly RequirementException[] = [],
): ProgressCheck {
  const compiled = compileSet(set);
  const attempts = inSetUnits(set, given);
  const byNode = new Map<string, RequirementException>();
  const substituteFor = new Map<string, RequirementException>();
  const waived = new Set<string>();
  const substitutions = new Map<string, Set<string>>();
  for (const e of exceptions) {
    if (e.kind !== 'substitute') byNode.set(e.nodeId, e);
    else substituteFor.set(e.nodeId, e);
    if (e.kind === 'waive') waived.add(e.nodeId);
    if (e.kind !== 'substitute' || !e.attemptKey) continue;
    const set = substitutions.get(e.attemptKey) ?? new Set<string>();
    set.add(e.nodeId);
    substitutions.set(e.attemptKey, set);
  }
  const fits = new Map(attempts.map((attempt) => [attempt, compiled.fitOf(attempt)]));
  const { countable, notCounted } = classifyAttempts(
    attempts,
    set.repeatable,
    (attempt) => fits.get(attempt)!.repeatable,
  );
  const selected = countable.map((item) => fits.get(item.attempt)!.selected);
  const retakes = new Set(
    notCounted.filter((n) => n.reason === 'retake').map((n) => n.attempt.key),
  );
  const gpaOf = (node: TGpaNode) => gpaFor(node, attempts, retakes);
  /** Places and rolls up the attempts with the leaves under `off` taking nothing. */
  const run = (off: ReadonlySet<string>) => {
    const leaves = off.size > 0 ? collectLeaves(set, off) : compiled.leaves;
    const { byLeaf, unused } = assignAttempts(leaves, countable, substitutions, selected);
    const visit: Visit = {
      gpaOf,
      byLeaf,
      exceptions: byNode,
      substituteFor,
      seen: new Int32Array(countable.length),
      stamp: 0,
      unit: set.unit ?? 'credits',
    };
    return { root: visitNode(visit, compiled.root), unused };
  };
  let best = run(waived);
  let off: ReadonlySet<string> = waived;
  // An n-of requirement whose options compete for the same courses: try each unmet option alone.
  for (const choice of choiceNodes(compiled.root, compiled.leaves)) {
    const id = choice.node.node.id;
    const now = findNode(best.root, id);
    if (!now || now.status === 'met' || !optionsOverlap(choice, selected)) continue;
    const unmet = now.children.filter((c) => c.status !== 'met');
    for (const option of unmet) {
      const trial = new Set(off);
      for (const other of unmet) if (other !== option) trial.add(other.id);
      const tried = run(trial);
      if (score(tried.root, id) > score(best.root, id)) {
        best = tried;
        off = trial;
      }
    }
  }
  const { root, unused } = best;
  return {
    setId: set.id,
    setTitle: set.title,
    status: root.status,
    root,
    notCounted: notCounted.map((n) => ({ attemptKey: n.attempt.key, reason: n.reason })),
    unused: unused.map((u) => u.attempt.key),
  };
}

function findNode(node: NodeProgress, id: string): NodeProgress | undefined {
  if (node.id === id) return node;
  for (const child of node.children) {
    const found = findNode(child, id);
    if (found) return found;
  }
  return undefined;
}

/** How far a try goes: the n-of node's status first, then the whole set's, then its credits. */
function score(root: NodeProgress, id: string): number {
  const node = findNode(root, id)!;
  return RANK[node.status] * 1e6 + RANK[root.status] * 1e5 + node.earned + node.inProgress / 10;
}
