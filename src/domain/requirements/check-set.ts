/**
 * Checks a requirement set beyond its JSON Schema: node ids are unique (exceptions and the
 * progress check name nodes by id), an n-of node has at least n children, and a credits-of node
 * asks at least what its children need.
 */
import type { TRequirementNode, TRequirementSet } from '../../contracts/requirements.ts';
import { childrenOf, requiredCredits } from './leaves.ts';

export interface SetProblem {
  /** JSON path of the node ("root.children[1].n"). */
  path: string;
  message: string;
}

export function checkRequirementSet(set: TRequirementSet): SetProblem[] {
  const problems: SetProblem[] = [];
  const seen = new Map<string, string>();
  const walk = (node: TRequirementNode, path: string) => {
    const first = seen.get(node.id);
    if (first !== undefined)
      problems.push({
        path: `${path}.id`,
        message: `the id "${node.id}" is also used at ${first}`,
      });
    else seen.set(node.id, path);
    if (node.type === 'course_set') return;
    if (node.type === 'n_of' && node.n > node.children.length)
      problems.push({
        path: `${path}.n`,
        message: `asks for ${node.n} of ${node.children.length} requirements`,
      });
    if (node.type === 'credits_of') {
      const children = node.children.reduce((sum, c) => sum + requiredCredits(c), 0);
      if (children > node.credits)
        problems.push({
          path: `${path}.credits`,
          message: `is ${node.credits} but its requirements already need ${children}`,
        });
      if (!node.select && node.children.length === 0)
        problems.push({
          path: `${path}.select`,
          message: 'is required when there are no children',
        });
    }
    childrenOf(node).forEach((child, i) => walk(child, `${path}.children[${i}]`));
  };
  walk(set.root, 'root');
  return problems;
}
