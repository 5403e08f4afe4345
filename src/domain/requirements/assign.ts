/**
 * Assigning course attempts to requirement leaves: a bipartite b-matching found by augmenting
 * paths (Kuhn's algorithm with capacities), never by trying every combination. The cost is
 * O(attempts × (attempts + leaves)) edges scanned.
 *
 * Each attempt goes to at most one exclusive leaf; a leaf takes attempts while it is short of
 * its credits or courses. When an attempt finds every leaf it fits full, it may take the place of
 * an attempt already there if that one can move to a leaf with room (an augmenting path), and
 * never if it brings fewer credits than the one it replaces, so no leaf falls short by a move.
 * With every course worth the same credit this is a maximum matching; with mixed credits a leaf
 * may end over its need by at most one course.
 *
 * Tie-breaks, in order:
 *   attempts: completed before in progress before planned; then the attempt that fits the fewest
 *     leaves; then chronological (school year, term, code).
 *   leaves, for one attempt: a course-set leaf before a pool of further credits; the deeper
 *     (more specific) first; the one fewer attempts fit; then the order in the file.
 *   displacing: the latest-placed attempt of a full leaf is asked to move first.
 * Attempts no leaf has room for count as extra in the first leaf they fit (so a 26th credit shows
 * as earned beyond the 22 needed); attempts no leaf selects are left unused. Shared leaves
 * (`shared: true`) take any attempt they select, whether or not it is placed elsewhere.
 */
import { stateOrder, type Countable } from './attempts.ts';
import { meetsMinimum } from './grades.ts';
import type { Leaf } from './leaves.ts';
import { selectsCached as selects } from './select.ts';

export interface Placement {
  countable: Countable;
  /** Counted beyond what the leaf needs. */
  extra: boolean;
  /** Placed here by a counselor's substitution, not by the leaf's selector. */
  substituted: boolean;
}

export interface AssignResult {
  byLeaf: Placement[][];
  unused: Countable[];
}

/** attempt key → node ids a counselor let it fill. */
export type Substitutions = ReadonlyMap<string, ReadonlySet<string>>;

export function fits(leaf: Leaf, item: Countable, substitutions: Substitutions): boolean {
  if (substitutions.get(item.attempt.key)?.has(leaf.nodeId)) return true;
  if (leaf.select && !selects(leaf.select, item.attempt)) return false;
  return item.state !== 'completed' || meetsMinimum(item.attempt.grade, leaf.minGrade);
}

export function assignAttempts(
  leaves: readonly Leaf[],
  countable: readonly Countable[],
  substitutions: Substitutions = new Map(),
): AssignResult {
  const exclusive = leaves.filter((l) => !l.shared);
  const eligible = new Map<Countable, Leaf[]>();
  const fitCount = new Map<Leaf, number>();
  for (const item of countable) {
    const list = exclusive.filter((leaf) => fits(leaf, item, substitutions));
    eligible.set(item, list);
    for (const leaf of list) fitCount.set(leaf, (fitCount.get(leaf) ?? 0) + 1);
  }
  for (const list of eligible.values())
    list.sort(
      (a, b) =>
        Number(a.pool) - Number(b.pool) ||
        b.depth - a.depth ||
        (fitCount.get(a) ?? 0) - (fitCount.get(b) ?? 0) ||
        a.index - b.index,
    );
  const order = [...countable].sort(
    (a, b) =>
      stateOrder(a.state) - stateOrder(b.state) ||
      eligible.get(a)!.length - eligible.get(b)!.length,
  );

  const members = leaves.map((): Countable[] => []);
  const credits = leaves.map(() => 0);
  const room = (leaf: Leaf) =>
    credits[leaf.index]! < leaf.needCredits - 1e-9 ||
    members[leaf.index]!.length < leaf.needCourses;
  const put = (item: Countable, leaf: Leaf) => {
    members[leaf.index]!.push(item);
    credits[leaf.index]! += item.credits;
  };
  const take = (item: Countable, leaf: Leaf) => {
    members[leaf.index] = members[leaf.index]!.filter((m) => m !== item);
    credits[leaf.index]! -= item.credits;
  };

  const augment = (item: Countable, visited: Set<Leaf>): boolean => {
    const options = eligible.get(item)!;
    for (const leaf of options) {
      if (visited.has(leaf) || !room(leaf)) continue;
      visited.add(leaf);
      put(item, leaf);
      return true;
    }
    for (const leaf of options) {
      if (visited.has(leaf)) continue;
      visited.add(leaf);
      for (const other of [...members[leaf.index]!].reverse()) {
        if (other.credits > item.credits + 1e-9) continue;
        if (augment(other, visited)) {
          take(other, leaf);
          put(item, leaf);
          return true;
        }
      }
    }
    return false;
  };

  const placed = new Set<Countable>();
  for (const item of order) if (augment(item, new Set())) placed.add(item);

  const byLeaf: Placement[][] = members.map((list, index) =>
    list.map((countable) => ({
      countable,
      extra: false,
      substituted: isSubstitute(leaves[index]!, countable, substitutions),
    })),
  );
  const unused: Countable[] = [];
  for (const item of order) {
    if (placed.has(item)) continue;
    const first = eligible.get(item)![0];
    if (!first) {
      unused.push(item);
      continue;
    }
    byLeaf[first.index]!.push({
      countable: item,
      extra: true,
      substituted: isSubstitute(first, item, substitutions),
    });
  }
  for (const leaf of leaves) {
    if (!leaf.shared) continue;
    const list = byLeaf[leaf.index]!;
    let got = 0;
    for (const item of countable) {
      if (!fits(leaf, item, substitutions)) continue;
      if (got >= leaf.needCredits - 1e-9 && list.length >= leaf.needCourses) break;
      list.push({
        countable: item,
        extra: false,
        substituted: isSubstitute(leaf, item, substitutions),
      });
      got += item.credits;
    }
  }
  const sortLeaf = (a: Placement, b: Placement) =>
    stateOrder(a.countable.state) - stateOrder(b.countable.state);
  for (const list of byLeaf) list.sort(sortLeaf);
  return { byLeaf, unused };
}

const isSubstitute = (leaf: Leaf, item: Countable, substitutions: Substitutions) =>
  (substitutions.get(item.attempt.key)?.has(leaf.nodeId) ?? false) &&
  !(leaf.select ? selects(leaf.select, item.attempt) : true);
