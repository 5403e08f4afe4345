/**
 * Options of an n-of requirement that select the same courses. The assignment (assign.ts) fills
 * every leaf it can and knows nothing of n-of: with "U.S. history, a year" or "U.S. history, half
 * a year, and civics, half a year" as the two ways to meet one requirement, a year of U.S.
 * history alone may go to the second way's history half and leave both ways short. So when an
 * n-of requirement is not met and a course could go to two of its options, the check tries each
 * option that is not met with the other unmet options set aside (their leaves take nothing) and
 * keeps the try that goes furthest (evaluate.ts). Options that share no course are never tried
 * again, so most sets cost nothing more.
 */
import type { CompiledNode } from './compiled-set.ts';
import type { Leaf } from './leaves.ts';

export interface Choice {
  node: CompiledNode;
  /** The exclusive leaves of its options: leaf index and option index, side by side. */
  leaves: Int32Array;
  options: Int32Array;
}

const choicesOf = new WeakMap<CompiledNode, readonly Choice[]>();

/** The n-of nodes of a set, in tree order, that have options to choose among (worked out once). */
export function choiceNodes(root: CompiledNode, leaves: readonly Leaf[]): readonly Choice[] {
  let found = choicesOf.get(root);
  if (found) return found;
  const list: Choice[] = [];
  const walk = (node: CompiledNode) => {
    if (node.node.type === 'n_of' && node.node.n < node.children.length) {
      const pairs = node.children.flatMap((child, option) =>
        child.leaves.filter((l) => !leaves[l]!.shared).map((l) => [l, option] as const),
      );
      list.push({
        node,
        leaves: Int32Array.from(pairs, ([l]) => l),
        options: Int32Array.from(pairs, ([, o]) => o),
      });
    }
    node.children.forEach(walk);
  };
  walk(root);
  found = list;
  choicesOf.set(root, found);
  return found;
}

/** Whether some attempt is selected by exclusive leaves of two options of the n-of node. */
export function optionsOverlap(choice: Choice, selected: readonly Uint8Array[]): boolean {
  const { leaves, options } = choice;
  for (const fit of selected) {
    let first = -1;
    for (let k = 0; k < leaves.length; k++) {
      if (fit[leaves[k]!] !== 1) continue;
      if (first === -1) first = options[k]!;
      else if (options[k] !== first) return true;
    }
  }
  return false;
}
