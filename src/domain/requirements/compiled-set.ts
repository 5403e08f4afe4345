/**
 * What the progress check needs of a requirement set, worked out once per set rather than once
 * per student: its leaves (see leaves.ts), each node's leaves in the order the check sums them,
 * each node's least credits, and, per course, which leaves select it and whether the set calls it
 * repeatable. A batch check of a district asks the same few hundred courses of the same set for
 * every student, so the per-course answers are remembered (keyed by everything a selector can see
 * of a course: code, SCED code, flags and pathways). A set is compiled the first time it is
 * checked and kept as long as the set object lives; sets are treated as immutable once checked.
 */
import type { TRequirementNode, TRequirementSet } from '../../contracts/requirements.ts';
import { childrenOf, collectLeaves, requiredCredits, type Leaf } from './leaves.ts';
import { selects, type SelectableCourse } from './select.ts';

export interface CompiledNode {
  node: TRequirementNode;
  children: CompiledNode[];
  /** The node's own leaf (a course set, or a credits-of node's pool), or -1. */
  ownLeaf: number;
  /**
   * The leaves whose attempts count toward this node, in the order the check sums them: each
   * child's leaves in turn, then its own.
   */
  leaves: readonly number[];
  /** requiredCredits(node): what an all-of, n-of or credits-of node needs at the least. */
  requiredCredits: number;
}

export interface CourseFit {
  /** Per leaf index: 1 when the leaf selects the course (a leaf without a selector takes any). */
  selected: Uint8Array;
  /** The set's `repeatable` selector picks it. */
  repeatable: boolean;
}

export interface CompiledSet {
  set: TRequirementSet;
  /** The leaves without waivers; a check with waivers collects its own, in the same order. */
  leaves: readonly Leaf[];
  root: CompiledNode;
  fitOf(course: SelectableCourse): CourseFit;
}

/** Courses remembered per set before the memo starts afresh (a bound on memory). */
const MAX_COURSES = 20_000;
const compiled = new WeakMap<TRequirementSet, CompiledSet>();

export function compileSet(set: TRequirementSet): CompiledSet {
  let found = compiled.get(set);
  if (!found) {
    found = compile(set);
    compiled.set(set, found);
  }
  return found;
}

function compile(set: TRequirementSet): CompiledSet {
  const leaves = collectLeaves(set, new Set());
  // As the check has always found a node's own leaf: by node id and kind, the last one winning.
  const leafOf = new Map<string, number>(leaves.map((l) => [`${l.nodeId}:${l.pool}`, l.index]));
  const build = (node: TRequirementNode): CompiledNode => {
    const children = childrenOf(node).map(build);
    const ownLeaf = leafOf.get(`${node.id}:${node.type !== 'course_set'}`) ?? -1;
    const mine = children.flatMap((c) => c.leaves);
    if (ownLeaf >= 0) mine.push(ownLeaf);
    return { node, children, ownLeaf, leaves: mine, requiredCredits: requiredCredits(node) };
  };
  // By course code, then the rest of what a selector sees (compared, not joined into a key).
  const memo = new Map<string, Array<{ course: SelectableCourse; fit: CourseFit }>>();
  let remembered = 0;
  const fitOf = (course: SelectableCourse): CourseFit => {
    let known = memo.get(course.code);
    if (known) for (const k of known) if (sameCourse(k.course, course)) return k.fit;
    const selected = new Uint8Array(leaves.length);
    for (const leaf of leaves)
      selected[leaf.index] = leaf.select === undefined || selects(leaf.select, course) ? 1 : 0;
    const fit = {
      selected,
      repeatable: set.repeatable !== undefined && selects(set.repeatable, course),
    };
    if (remembered >= MAX_COURSES) {
      memo.clear();
      remembered = 0;
      known = undefined;
    }
    const copy: SelectableCourse = {
      code: course.code,
      scedCode: course.scedCode,
      cte: course.cte,
      pathways: [...course.pathways],
      dualCredit: course.dualCredit,
      advanced: course.advanced,
    };
    if (known) known.push({ course: copy, fit });
    else memo.set(course.code, [{ course: copy, fit }]);
    remembered += 1;
    return fit;
  };
  return { set, leaves, root: build(set.root), fitOf };
}

/** Whether a selector sees the two courses alike (their codes already equal). */
function sameCourse(a: SelectableCourse, b: SelectableCourse): boolean {
  if (
    a.scedCode !== b.scedCode ||
    a.cte !== b.cte ||
    a.dualCredit !== b.dualCredit ||
    a.advanced !== b.advanced ||
    a.pathways.length !== b.pathways.length
  )
    return false;
  for (let i = 0; i < a.pathways.length; i++) if (a.pathways[i] !== b.pathways[i]) return false;
  return true;
}
