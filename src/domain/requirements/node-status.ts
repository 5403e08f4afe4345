/**
 * The status of a requirement node and how the progress check (evaluate.ts) ranks and combines
 * them: met, in_progress, planned, missing, from strongest to weakest; a leaf's status from the
 * attempts placed in it, and a credit count's status from its totals by attempt state.
 */
import type { Placement } from './assign.ts';
import type { AttemptState } from './attempts.ts';
import { courseCodeKey } from './course-code-key.ts';

export const NODE_STATUSES = ['met', 'in_progress', 'planned', 'missing'] as const;
export type NodeStatus = (typeof NODE_STATUSES)[number];
export const RANK: Record<NodeStatus, number> = { met: 3, in_progress: 2, planned: 1, missing: 0 };
export const BY_RANK: NodeStatus[] = ['missing', 'planned', 'in_progress', 'met'];
export const weakest = (statuses: NodeStatus[]): NodeStatus =>
  BY_RANK[Math.min(3, ...statuses.map((s) => RANK[s]))]!;

export function creditStatus(t: Record<AttemptState, number>, need: number): NodeStatus {
  const e = 1e-9;
  if (t.completed >= need - e) return 'met';
  if (t.completed + t.in_progress >= need - e) return 'in_progress';
  if (t.completed + t.in_progress + t.planned >= need - e) return 'planned';
  return 'missing';
}

/** Courses are counted by code: two semester halves of one course are one course. */
export function leafStatus(
  placements: Placement[],
  needCredits: number,
  needCourses: number,
): NodeStatus {
  let credits = 0;
  const courses = new Set<string>();
  for (const state of ['completed', 'in_progress', 'planned'] as const) {
    for (const p of placements) {
      if (p.countable.state !== state) continue;
      credits += p.countable.credits;
      courses.add(courseCodeKey(p.countable.attempt.code));
    }
    if (credits >= needCredits - 1e-9 && courses.size >= needCourses)
      return state === 'completed' ? 'met' : state;
  }
  return 'missing';
}
