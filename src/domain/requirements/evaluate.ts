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
import type { TRequirementNode, TRequirementSet } from '../../contracts/requirements.ts';
import type { TText } from '../../contracts/program.ts';
import { assignAttempts, type Placement } from './assign.ts';
import {
  classifyAttempts,
  type AttemptState,
  type CourseAttempt,
  type NotCountedReason,
  type Countable,
} from './attempts.ts';
import type { ExceptionKind, RequirementException } from './exceptions.ts';
import { collectLeaves, requiredCredits, type Leaf } from './leaves.ts';

export const NODE_STATUSES = ['met', 'in_progress', 'planned', 'missing'] as const;
export type NodeStatus = (typeof NODE_STATUSES)[number];
const RANK: Record<NodeStatus, number> = { met: 3, in_progress: 2, planned: 1, missing: 0 };
const BY_RANK: NodeStatus[] = ['missing', 'planned', 'in_progress', 'met'];
const weakest = (statuses: NodeStatus[]): NodeStatus =>
  BY_RANK[Math.min(3, ...statuses.map((s) => RANK[s]))]!;

export interface CountedAttempt {
  attemptKey: string;
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
  required: { credits: number | null; courses: number | null; n: number | null };
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
  attempts: readonly CourseAttempt[],
  exceptions: readonly RequirementException[] = [],
): ProgressCheck {
  const byNode = new Map(
    exceptions.filter((e) => e.kind !== 'substitute').map((e) => [e.nodeId, e]),
  );
  const waived = new Set(exceptions.filter((e) => e.kind === 'waive').map((e) => e.nodeId));
  const substitutions = new Map<string, Set<string>>();
  for (const e of exceptions) {
    if (e.kind !== 'substitute' || !e.attemptKey) continue;
    const set = substitutions.get(e.attemptKey) ?? new Set<string>();
    set.add(e.nodeId);
    substitutions.set(e.attemptKey, set);
  }
  const { countable, notCounted } = classifyAttempts(attempts, set.repeatable);
  const leaves = collectLeaves(set, waived);
  const { byLeaf, unused } = assignAttempts(leaves, countable, substitutions);
  const leafOf = new Map<string, Leaf>(leaves.map((l) => [`${l.nodeId}:${l.pool}`, l]));
  const substituteFor = new Map(
    exceptions.filter((e) => e.kind === 'substitute').map((e) => [e.nodeId, e]),
  );

  const visit = (node: TRequirementNode): { progress: NodeProgress; items: Set<Countable> } => {
    const items = new Set<Countable>();
    const own = (leaf: Leaf | undefined): Placement[] => (leaf ? byLeaf[leaf.index]! : []);
    const children = node.type === 'course_set' ? [] : node.children.map(visit);
    for (const child of children) for (const item of child.items) items.add(item);
    const placements = own(leafOf.get(`${node.id}:${node.type !== 'course_set'}`));
    for (const p of placements) items.add(p.countable);
    const totals = sumByState(items);
    let status: NodeStatus;
    let required: NodeProgress['required'];
    switch (node.type) {
      case 'course_set': {
        const needCourses = node.minCourses ?? (node.minCredits === undefined ? 1 : 0);
        status = leafStatus(placements, node.minCredits ?? 0, needCourses);
        required = { credits: node.minCredits ?? null, courses: needCourses || null, n: null };
        break;
      }
      case 'all_of':
        status = weakest(children.map((c) => c.progress.status));
        required = { credits: requiredCredits(node) || null, courses: null, n: null };
        break;
      case 'n_of': {
        const ranks = children.map((c) => RANK[c.progress.status]).sort((a, b) => b - a);
        status = BY_RANK[ranks[node.n - 1] ?? 0]!;
        required = { credits: requiredCredits(node) || null, courses: null, n: node.n };
        break;
      }
      case 'credits_of':
        status = weakest([
          ...children.map((c) => c.progress.status),
          creditStatus(totals, node.credits),
        ]);
        required = { credits: node.credits, courses: null, n: null };
        break;
    }
    const exception = byNode.get(node.id) ?? substituteFor.get(node.id);
    if (exception && exception.kind !== 'substitute') status = 'met';
    return {
      items,
      progress: {
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
          state: p.countable.state,
          credits: p.countable.credits,
          extra: p.extra,
          substituted: p.substituted,
        })),
        exception: exception ? { kind: exception.kind, reason: exception.reason } : null,
        children: children.map((c) => c.progress),
      },
    };
  };
  const root = visit(set.root).progress;
  return {
    setId: set.id,
    setTitle: set.title,
    status: root.status,
    root,
    notCounted: notCounted.map((n) => ({ attemptKey: n.attempt.key, reason: n.reason })),
    unused: unused.map((u) => u.attempt.key),
  };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

function sumByState(items: Iterable<Countable>): Record<AttemptState, number> {
  const totals = { completed: 0, in_progress: 0, planned: 0 };
  for (const item of items) totals[item.state] += item.credits;
  return totals;
}

function creditStatus(t: Record<AttemptState, number>, need: number): NodeStatus {
  const e = 1e-9;
  if (t.completed >= need - e) return 'met';
  if (t.completed + t.in_progress >= need - e) return 'in_progress';
  if (t.completed + t.in_progress + t.planned >= need - e) return 'planned';
  return 'missing';
}

function leafStatus(placements: Placement[], needCredits: number, needCourses: number): NodeStatus {
  let credits = 0;
  let courses = 0;
  for (const state of ['completed', 'in_progress', 'planned'] as const) {
    for (const p of placements) {
      if (p.countable.state !== state) continue;
      credits += p.countable.credits;
      courses += 1;
    }
    if (credits >= needCredits - 1e-9 && courses >= needCourses)
      return state === 'completed' ? 'met' : state;
  }
  return 'missing';
}
