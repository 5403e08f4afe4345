// The people a word starts ("sew": "Sewers") or an -ing word names ("sewing": "sewer") are
// people only where a name ends on them ("Sewers, Hand", "Hand Sewer"); where every name has
// the word before another ("Sewer Pipe Cleaners", "Sewer Cleaner") it names a thing, and counts
// as a mention at most. Titles and other names as O*NET 27.0 has them.
import { describe, expect, it } from 'vitest';
import { SearchIndex } from './search-index.ts';
import { occ } from '../../../test/search-docs.ts';

const index = new SearchIndex([
  occ('hand', 'Sewers, Hand', { prior: 0.2, aliases: ['Hand Sewer'], text: 'Sew by hand.' }),
  occ('tailors', 'Tailors, Dressmakers, and Custom Sewers', {
    prior: 0.2,
    aliases: ['Tailor'],
  }),
  occ('septic', 'Septic Tank Servicers and Sewer Pipe Cleaners', {
    prior: 0.9,
    aliases: ['Sewer Cleaner', 'Sewer Technician', 'Drain and Sewer Technician'],
  }),
]);
const ids = (q: string) => index.search(q).map((hit) => hit.doc.id);

describe('people words that name a thing', () => {
  it('counts a doer that only comes before another word of every name as a mention', () => {
    for (const q of ['sew', 'sewing']) {
      const found = ids(q);
      expect(found.slice(0, 2).sort(), `${q}: ${found.join(' ')}`).toEqual(['hand', 'tailors']);
    }
  });

  it('still finds the thing by its own name', () => {
    expect(ids('sewer pipe')[0]).toBe('septic');
  });
});
