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
import { gradeRank } from './grades.ts';
import type { Leaf } from './leaves.ts';
import { selects } from './select.ts';
import { courseCodeKey } from './course-code-key.ts';

export interface Placement {
  countable: Countable;
  /** The attempt's index in the countable list given. */
  item: number;
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

/**
 * `selected`, when given, says per attempt (aligned with `countable`) which leaves select it (1 by
 * leaf index; a leaf without a selector takes any): the progress check's remembered answers.
 * Items and leaves are handled by index (arrays, not maps) since this runs for every student of a
 * district.
 */
export function assignAttempts(
  leaves: readonly Leaf[],
  countable: readonly Countable[],
  substitutions: Substitutions = new Map(),
  selected?: readonly Uint8Array[],
): AssignResult {
  const n = countable.length;
  const chosen =
    selected ??
    countable.map((item) =>
      Uint8Array.from(leaves, (leaf) =>
        leaf.select === undefined || selects(leaf.select, item.attempt) ? 1 : 0,
      ),
    );
  const ctx: Context = {
    leaves,
    countable,
    chosen,
    substituted: countable.map((item) =>
      substitutions.size > 0 ? substitutions.get(item.attempt.key) : undefined,
    ),
    grades: countable.map((item) => gradeRank(item.attempt.grade)),
    minGrades: leaves.map((leaf) => (leaf.minGrade === undefined ? -2 : gradeRank(leaf.minGrade))),
    eligible: [],
    members: leaves.map((): number[] => []),
    credits: leaves.map(() => 0),
    visited: new Int32Array(leaves.length),
    stamp: 0,
  };
  const fitCount = new Array<number>(leaves.length).fill(0);
  for (let i = 0; i < n; i++) {
    const list: Leaf[] = [];
    for (const leaf of leaves) {
      if (leaf.shared || !fitsAt(ctx, leaf, i)) continue;
      list.push(leaf);
      fitCount[leaf.index]! += 1;
    }
    ctx.eligible.push(list);
  }
  const byPreference = (a: Leaf, b: Leaf) =>
    Number(a.pool) - Number(b.pool) ||
    b.depth - a.depth ||
    fitCount[a.index]! - fitCount[b.index]! ||
    a.index - b.index;
  for (const list of ctx.eligible) if (list.length > 1) list.sort(byPreference);
  const order: number[] = [];
  for (let i = 0; i < n; i++) order.push(i);
  order.sort(
    (a, b) =>
      stateOrder(countable[a]!.state) - stateOrder(countable[b]!.state) ||
      ctx.eligible[a]!.length - ctx.eligible[b]!.length,
  );

  const placed = new Uint8Array(n);
  for (const i of order) {
    ctx.stamp += 1;
    if (augment(ctx, i)) placed[i] = 1;
  }

  const byLeaf: Placement[][] = ctx.members.map((list, index) =>
    list.map((i) => placement(ctx, leaves[index]!, i, false)),
  );
  const unused: Countable[] = [];
  for (const i of order) {
    if (placed[i]) continue;
    const first = ctx.eligible[i]![0];
    if (!first) unused.push(countable[i]!);
    else byLeaf[first.index]!.push(placement(ctx, first, i, true));
  }
  for (const leaf of leaves) {
    if (!leaf.shared) continue;
    const list = byLeaf[leaf.index]!;
    let got = 0;
    const codes = new Set<string>();
    for (let i = 0; i < n; i++) {
      if (!fitsAt(ctx, leaf, i)) continue;
      if (got >= leaf.needCredits - 1e-9 && codes.size >= leaf.needCourses) break;
      list.push(placement(ctx, leaf, i, false));
      got += countable[i]!.credits;
      codes.add(courseCodeKey(countable[i]!.attempt.code));
    }
  }
  for (const list of byLeaf) if (list.length > 1) list.sort(byState);
  return { byLeaf, unused };
}

interface Context {
  leaves: readonly Leaf[];
  countable: readonly Countable[];
  /** Per item: which leaves select it (by leaf index). */
  chosen: readonly Uint8Array[];
  /** Per item: the node ids a counselor let it fill. */
  substituted: ReadonlyArray<ReadonlySet<string> | undefined>;
  /** Per item: gradeRank of its grade; per leaf: of its minimum grade (-2: none). */
  grades: readonly number[];
  minGrades: readonly number[];
  /** Per item: the exclusive leaves it fits, most preferred first. */
  eligible: Leaf[][];
  /** Per leaf: the items placed there, and their credits. */
  members: number[][];
  credits: number[];
  /** Per leaf: the stamp of the augmenting search that last visited it. */
  visited: Int32Array;
  stamp: number;
}

/**
 * Whether item i may go to a leaf: substituted there, else selected, bringing credit where the
 * leaf asks for credit-bearing courses (attempts.ts: a course with no credit by design does not
 * fill a number of courses), and (once completed) graded enough.
 */
function fitsAt(ctx: Context, leaf: Leaf, i: number): boolean {
  if (ctx.substituted[i]?.has(leaf.nodeId)) return true;
  if (ctx.chosen[i]![leaf.index] !== 1) return false;
  if (leaf.creditBearing && !(ctx.countable[i]!.credits > 0)) return false;
  if (ctx.countable[i]!.state !== 'completed') return true;
  const min = ctx.minGrades[leaf.index]!;
  return min === -2 || (ctx.grades[i]! >= 0 && ctx.grades[i]! >= min);
}

/** A leaf short of its credits, or of its courses (by code: two halves of one course are one). */
function room(ctx: Context, leaf: Leaf): boolean {
  if (ctx.credits[leaf.index]! < leaf.needCredits - 1e-9) return true;
  const members = ctx.members[leaf.index]!;
  if (members.length < leaf.needCourses) return true;
  if (leaf.needCourses <= 1) return false;
  const codes = new Set<string>();
  for (const m of members) codes.add(courseCodeKey(ctx.countable[m]!.attempt.code));
  return codes.size < leaf.needCourses;
}

function put(ctx: Context, i: number, leaf: Leaf): void {
  ctx.members[leaf.index]!.push(i);
  ctx.credits[leaf.index]! += ctx.countable[i]!.credits;
}

function take(ctx: Context, i: number, leaf: Leaf): void {
  ctx.members[leaf.index] = ctx.members[leaf.index]!.filter((m) => m !== i);
  ctx.credits[leaf.index]! -= ctx.countable[i]!.credits;
}

/**
 * Places item i: in a leaf with room, else in a full leaf whose latest-placed item (bringing no
 * more credits) can move on. Leaves visited in this search (this stamp) are not tried again. A
 * deeper search only changes leaves it visits itself, so a visited leaf's list stays as it was.
 */
function augment(ctx: Context, i: number): boolean {
  const options = ctx.eligible[i]!;
  for (const leaf of options) {
    if (ctx.visited[leaf.index] === ctx.stamp || !room(ctx, leaf)) continue;
    ctx.visited[leaf.index] = ctx.stamp;
    put(ctx, i, leaf);
    return true;
  }
  const credits = ctx.countable[i]!.credits;
  for (const leaf of options) {
    if (ctx.visited[leaf.index] === ctx.stamp) continue;
    ctx.visited[leaf.index] = ctx.stamp;
    const members = ctx.members[leaf.index]!;
    for (let k = members.length - 1; k >= 0; k--) {
      const other = members[k]!;
      if (ctx.countable[other]!.credits > credits + 1e-9) continue;
      if (augment(ctx, other)) {
        take(ctx, other, leaf);
        put(ctx, i, leaf);
        return true;
      }
    }
  }
  return false;
}

/** Substituted: placed by a counselor's substitution, not by the leaf's selector. */
const placement = (ctx: Context, leaf: Leaf, i: number, extra: boolean): Placement => ({
  countable: ctx.countable[i]!,
  item: i,
  extra,
  substituted: (ctx.substituted[i]?.has(leaf.nodeId) ?? false) && ctx.chosen[i]![leaf.index] !== 1,
});

const byState = (a: Placement, b: Placement) =>
  stateOrder(a.countable.state) - stateOrder(b.countable.state);
