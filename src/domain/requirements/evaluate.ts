/**
 * The progress check, pure: a student's course attempts (transcript, courses under way and
 * planned ones) against a requirement set, with counselor exceptions. Returns every node with
 * its status, credits and the attempts that fill it. See assign.ts for how attempts are placed.
 *
 * Status of a node: met (done with completed courses), in_progress (done once the courses under
 * way are passed), planned (done once the planned courses are passed too), missing. An all-of
 * node has its weakest child's status, an n-of node its n-th best child's, a credits-of node the
 * weaker of its children's and its own credit count's.
 */
import type {
  RequirementUnit,
  TGpaNode,
  TRequirementNode,
  TRequirementSet,
} from '../../contracts/requirements.ts';
import type { TText } from '../../contracts/program.ts';
import { assignAttempts, type Placement } from './assign.ts';
import {
  classifyAttempts,
  type AttemptState,
  type CourseAttempt,
  type NotCountedReason,
} from './attempts.ts';
import type { ExceptionKind, RequirementException } from './exceptions.ts';
import { compileSet, type CompiledNode } from './compiled-set.ts';
import { collectLeaves } from './leaves.ts';
import { gpaFor } from './gpa-requirement.ts';
import { choiceNodes, optionsOverlap } from './options.ts';
import { inSetUnits } from './units.ts';
import {
  BY_RANK,
  RANK,
  creditStatus,
  leafStatus,
  weakest,
  type NodeStatus,
} from './node-status.ts';

export interface CountedAttempt {
  attemptKey: string;
  /** The course code: requirements that count courses count codes. */
  code: string;
  state: AttemptState;
  credits: number;
  extra: boolean;
  substituted: boolean;
}

export interface NodeProgress {
  id: string;
  type: TRequirementNode['type'];
  title: TText;
  status: NodeStatus;
  /** `unit`: what `credits` (and earned, inProgress, planned) count, the set's unit. */
  required: {
    credits: number | null;
    courses: number | null;
    n: number | null;
    unit: RequirementUnit;
    /** A minimum GPA requirement: the average it asks for. */
    gpa?: number;
  };
  /** A minimum GPA requirement: the student's average over its courses (null: no grades yet). */
  gpa?: number | null;
  /** Credits of distinct attempts in this node and below, by how far along they are. */
  earned: number;
  inProgress: number;
  planned: number;
  /** Attempts placed at this node itself: a course set's courses, a credits-of node's further ones. */
  counted: CountedAttempt[];
  exception: { kind: ExceptionKind; reason: string } | null;
  children: NodeProgress[];
}

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

interface Visit {
  gpaOf: (node: TGpaNode) => number | null;
  byLeaf: Placement[][];
  exceptions: ReadonlyMap<string, RequirementException>;
  substituteFor: ReadonlyMap<string, RequirementException>;
  /** Per countable attempt: the stamp of the node that last summed it. */
  seen: Int32Array;
  stamp: number;
  unit: RequirementUnit;
}

function visitNode(visit: Visit, compiled: CompiledNode): NodeProgress {
  const { node } = compiled;
  const children = compiled.children.map((child) => visitNode(visit, child));
  const placements = compiled.ownLeaf >= 0 ? visit.byLeaf[compiled.ownLeaf]! : [];
  // Credits of distinct attempts at this node and below, in the order of its leaves.
  const totals = { completed: 0, in_progress: 0, planned: 0 };
  visit.stamp += 1;
  for (const leaf of countedLeaves(compiled, children))
    for (const { countable, item } of visit.byLeaf[leaf]!) {
      if (visit.seen[item] === visit.stamp) continue;
      visit.seen[item] = visit.stamp;
      totals[countable.state] += countable.credits;
    }
  let status: NodeStatus;
  let required: NodeProgress['required'];
  let gpa: number | null | undefined;
  switch (node.type) {
    case 'min_gpa':
      gpa = visit.gpaOf(node);
      status = gpa !== null && gpa >= node.gpa - 1e-9 ? 'met' : 'missing';
      required = { credits: null, courses: null, n: null, unit: visit.unit, gpa: node.gpa };
      break;
    case 'course_set': {
      const needCourses = node.minCourses ?? (node.minCredits === undefined ? 1 : 0);
      status = leafStatus(placements, node.minCredits ?? 0, needCourses);
      required = {
        credits: node.minCredits ?? null,
        courses: needCourses || null,
        n: null,
        unit: visit.unit,
      };
      break;
    }
    case 'all_of':
      status = weakest(children.map((c) => c.status));
      required = {
        credits: compiled.requiredCredits || null,
        courses: null,
        n: null,
        unit: visit.unit,
      };
      break;
    case 'n_of': {
      const ranks = children.map((c) => RANK[c.status]).sort((a, b) => b - a);
      status = BY_RANK[ranks[node.n - 1] ?? 0]!;
      required = {
        credits: compiled.requiredCredits || null,
        courses: null,
        n: node.n,
        unit: visit.unit,
      };
      break;
    }
    case 'credits_of':
      status = weakest([...children.map((c) => c.status), creditStatus(totals, node.credits)]);
      required = { credits: node.credits, courses: null, n: null, unit: visit.unit };
      break;
  }
  const exception = visit.exceptions.get(node.id) ?? visit.substituteFor.get(node.id);
  if (exception && exception.kind !== 'substitute') status = 'met';
  const progress: NodeProgress = {
    id: node.id,
    type: node.type,
    title: node.title,
    status,
    required,
    earned: round(totals.completed),
    inProgress: round(totals.in_progress),
    planned: round(totals.planned),
    counted: placements.map((p) => ({
      attemptKey: p.countable.attempt.key,
      code: p.countable.attempt.code,
      state: p.countable.state,
      credits: p.countable.credits,
      extra: p.extra,
      substituted: p.substituted,
    })),
    exception: exception ? { kind: exception.kind, reason: exception.reason } : null,
    children,
  };
  // Set apart, so every other node keeps one object shape (a spread here cost the batch check).
  if (gpa !== undefined) progress.gpa = gpa;
  return progress;
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

/**
 * The leaves whose attempts a node's credits add up: all of its own, but for an n-of node only
 * those of the n options that make its status (the furthest along, then the most credits, then
 * the first), so an endorsement reached one way does not report the courses of the other ways.
 */
function countedLeaves(
  compiled: CompiledNode,
  children: readonly NodeProgress[],
): readonly number[] {
  const { node } = compiled;
  if (node.type !== 'n_of' || node.n >= children.length) return compiled.leaves;
  const total = (c: NodeProgress) => c.earned + c.inProgress + c.planned;
  if (node.n === 1) {
    let best = 0;
    for (let i = 1; i < children.length; i++) {
      const [a, b] = [children[i]!, children[best]!];
      const byRank = RANK[a.status] - RANK[b.status];
      if (byRank > 0 || (byRank === 0 && total(a) > total(b))) best = i;
    }
    return compiled.children[best]!.leaves;
  }
  const chosen = children
    .map((child, i) => ({ child, i }))
    .sort(
      (a, b) =>
        RANK[b.child.status] - RANK[a.child.status] || total(b.child) - total(a.child) || a.i - b.i,
    )
    .slice(0, node.n)
    .sort((a, b) => a.i - b.i);
  return chosen.flatMap(({ i }) => compiled.children[i]!.leaves);
}

const round = (n: number) => Math.round(n * 1000) / 1000;
