/**
 * One requirement node's progress, rolled up from its children and from the attempts placed at
 * its leaves (assign.ts): its status, what it asks for, the credits of distinct attempts at it
 * and below, and the counselor exception on it. Used by evaluate.ts for each placement it tries.
 */
import type { RequirementUnit, TGpaNode, TRequirementNode } from '../../contracts/requirements.ts';
import type { TText } from '../../contracts/program.ts';
import type { Placement } from './assign.ts';
import type { AttemptState } from './attempts.ts';
import type { ExceptionKind, RequirementException } from './exceptions.ts';
import type { CompiledNode } from './compiled-set.ts';
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

export interface Visit {
  gpaOf: (node: TGpaNode) => number | null;
  byLeaf: Placement[][];
  exceptions: ReadonlyMap<string, RequirementException>;
  substituteFor: ReadonlyMap<string, RequirementException>;
  /** Per countable attempt: the stamp of the node that last summed it. */
  seen: Int32Array;
  stamp: number;
  unit: RequirementUnit;
}

export function visitNode(visit: Visit, compiled: CompiledNode): NodeProgress {
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
