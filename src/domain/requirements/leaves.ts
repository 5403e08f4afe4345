/**
 * The places a course attempt can go: every course-set node is a leaf, and a credits-of node
 * with a selector adds a "pool" leaf for the credits its children do not cover (Mathematics 3
 * credits with Algebra I and Geometry as children: a pool of 1 more mathematics credit; the
 * diploma's 22 credits over its subject children: the electives pool).
 */
import type {
  TCourseSelector,
  TRequirementNode,
  TRequirementSet,
} from '../../contracts/requirements.ts';

export interface Leaf {
  index: number;
  /** The course-set node, or the credits-of node whose pool this is. */
  nodeId: string;
  pool: boolean;
  /** undefined: any course. */
  select: TCourseSelector | undefined;
  minGrade: string | undefined;
  needCredits: number;
  needCourses: number;
  /**
   * Takes only attempts that bring credit: a pool, or a course set giving `minCredits` or
   * `minCourses` (a number of courses is a number of credit-bearing courses). A course set giving
   * neither asks for the one course it selects, which a course with no credit by design meets.
   */
  creditBearing: boolean;
  shared: boolean;
  depth: number;
}

/** A node's child requirements: none for a course set or a minimum GPA. */
export const childrenOf = (node: TRequirementNode): readonly TRequirementNode[] =>
  node.type === 'course_set' || node.type === 'min_gpa' ? [] : node.children;

/** Credits a node needs at the least, used to size its parent's pool. */
export function requiredCredits(node: TRequirementNode): number {
  switch (node.type) {
    case 'min_gpa':
      return 0;
    case 'course_set':
      return node.minCredits ?? 0;
    case 'all_of':
      return node.children.reduce((sum, child) => sum + requiredCredits(child), 0);
    case 'n_of':
      return node.children
        .map(requiredCredits)
        .sort((a, b) => a - b)
        .slice(0, node.n)
        .reduce((sum, c) => sum + c, 0);
    case 'credits_of':
      return Math.max(
        node.credits,
        node.children.reduce((sum, child) => sum + requiredCredits(child), 0),
      );
  }
}

/**
 * Credits a node takes for itself, which no other requirement may also count: requiredCredits
 * without shared course sets (a Texas endorsement's courses also count as mathematics or
 * electives, so they leave the electives pool no smaller).
 */
export function exclusiveCredits(node: TRequirementNode): number {
  switch (node.type) {
    case 'min_gpa':
      return 0;
    case 'course_set':
      return node.shared ? 0 : (node.minCredits ?? 0);
    case 'all_of':
      return node.children.reduce((sum, child) => sum + exclusiveCredits(child), 0);
    case 'n_of':
      return node.children
        .map(exclusiveCredits)
        .sort((a, b) => a - b)
        .slice(0, node.n)
        .reduce((sum, c) => sum + c, 0);
    case 'credits_of':
      return Math.max(
        node.credits,
        node.children.reduce((sum, child) => sum + exclusiveCredits(child), 0),
      );
  }
}

/** Pool need of a credits-of node: what its children leave of its credits. */
export const poolNeed = (node: Extract<TRequirementNode, { type: 'credits_of' }>): number =>
  Math.max(0, node.credits - node.children.reduce((sum, c) => sum + exclusiveCredits(c), 0));

export function collectLeaves(set: TRequirementSet, waived: ReadonlySet<string>): Leaf[] {
  const leaves: Leaf[] = [];
  const walk = (node: TRequirementNode, depth: number, skip: boolean) => {
    const off = skip || waived.has(node.id);
    if (node.type === 'course_set') {
      const needCourses = node.minCourses ?? (node.minCredits === undefined ? 1 : 0);
      leaves.push({
        index: leaves.length,
        nodeId: node.id,
        pool: false,
        select: node.select,
        minGrade: node.minGrade,
        needCredits: off ? 0 : (node.minCredits ?? 0),
        needCourses: off ? 0 : needCourses,
        creditBearing: node.minCredits !== undefined || node.minCourses !== undefined,
        shared: node.shared,
        depth,
      });
      return;
    }
    for (const child of childrenOf(node)) walk(child, depth + 1, off);
    if (node.type === 'credits_of' && node.select) {
      leaves.push({
        index: leaves.length,
        nodeId: node.id,
        pool: true,
        select: node.select,
        minGrade: node.minGrade,
        needCredits: off ? 0 : poolNeed(node),
        needCourses: 0,
        creditBearing: true,
        shared: false,
        depth,
      });
    }
  };
  walk(set.root, 0, false);
  return leaves;
}

/** Every node id of a set, in document order, with duplicates reported. */
export function nodeIds(set: TRequirementSet): { ids: string[]; duplicates: string[] } {
  const ids: string[] = [];
  const seen = new Set<string>();
  const duplicates: string[] = [];
  const walk = (node: TRequirementNode) => {
    if (seen.has(node.id)) duplicates.push(node.id);
    seen.add(node.id);
    ids.push(node.id);
    childrenOf(node).forEach(walk);
  };
  walk(set.root);
  return { ids, duplicates };
}
