import { describe, expect, it } from 'vitest';
import type { TRequirementNode } from '../../contracts/requirements.ts';
import { SHIPPED_REQUIREMENT_SETS } from './index.ts';

const nodes = (node: TRequirementNode): TRequirementNode[] => [
  node,
  ...('children' in node ? node.children.flatMap(nodes) : []),
];

describe('the shipped requirement sets in Spanish', () => {
  it('name every set and requirement in Spanish, in sentence case, with no colon to clash', () => {
    for (const set of SHIPPED_REQUIREMENT_SETS) {
      expect(set.title.es, set.id).toBeTruthy();
      for (const node of nodes(set.root)) {
        const es = node.title.es ?? '';
        expect(es, `${set.id} ${node.id}`).not.toBe('');
        // Sentences put the title before a colon ("Ciencias: 1 de 3 créditos"); a title with
        // its own colon reads twice. Sentence case: no capital after the first word, bar glosses.
        expect(es, `${set.id} ${node.id}`).not.toContain(':');
        const words = es
          .replace(/\([^)]*\)/g, '')
          .split(/\s+/)
          .slice(1);
        const capitals = words.filter((w) => /^\p{Lu}\p{Ll}/u.test(w) && w.length > 1);
        expect(capitals, `${set.id} ${node.id}: ${es}`).toEqual([]);
      }
    }
  });
});
