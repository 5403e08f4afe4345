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

/** The n-of nodes of a set, in tree order, that have options to choose among. */
export function choiceNodes(root: CompiledNode): CompiledNode[] {
  const found: CompiledNode[] = [];
  const walk = (node: CompiledNode) => {
    if (node.node.type === 'n_of' && node.node.n < node.children.length) found.push(node);
    node.children.forEach(walk);
  };
  walk(root);
  return found;
}

/** Whether some attempt is selected by exclusive leaves of two options of the n-of node. */
export function optionsOverlap(
  node: CompiledNode,
  leaves: readonly Leaf[],
  selected: readonly Uint8Array[],
): boolean {
  for (const fit of selected) {
    let options = 0;
    for (const child of node.children) {
      if (child.leaves.some((l) => !leaves[l]!.shared && fit[l] === 1)) options += 1;
      if (options > 1) return true;
    }
  }
  return false;
}
