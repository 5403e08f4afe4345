// A title that has a word only as the work it stands for, confirmed by other names that say the
// word itself. Titles and other names as O*NET 27.0 has them; the priors make the unconfirmed
// documents the more common work, as they are.
import { describe, expect, it } from 'vitest';
import { SearchIndex } from './search-index.ts';
import { occ } from '../../../test/search-docs.ts';

describe('other names that confirm the work a word stands for', () => {
  const index = new SearchIndex([
    occ('sailors', 'Sailors and Marine Oilers', {
      prior: 0.68,
      aliases: ['Boat Hand', 'Boat Deckhand', 'Deck Hand', 'Oiler'],
    }),
    occ('loaders', 'Tank Car, Truck, and Ship Loaders', {
      prior: 0.9,
      aliases: ['Ship Unloader', 'Tank Car Loader'],
    }),
    occ('teachers', 'Atmospheric, Earth, Marine, and Space Sciences Teachers, Postsecondary', {
      prior: 0.9,
      aliases: ['Marine Science Professor'],
    }),
    occ('few', 'Marine Mechanics', {
      prior: 0.68,
      aliases: ['Boat Hand', ...Array.from({ length: 99 }, (_, i) => `Engine Fitter ${i}`)],
    }),
  ]);
  const ids = (q: string) => index.search(q).map((h) => h.doc.id);

  it('puts a title with the work the word stands for first where its names say the word', () => {
    // "boat" means ship (the loaders' title) and stands for sailors and marine work.
    for (const q of ['boat', 'boats']) expect(ids(q)[0], q).toBe('sailors');
  });

  it('weighs the names by their share: one name in a hundred confirms little', () => {
    const found = ids('boat');
    expect(found.indexOf('few')).toBeGreaterThan(found.indexOf('loaders'));
  });

  it('leaves a word that only stands for work to the ranking ("boss": managers, supervisors)', () => {
    const bosses = new SearchIndex([
      occ('managers', 'General and Operations Managers', { prior: 0.9 }),
      occ('supervisors', 'First-Line Supervisors of Construction Trades', {
        prior: 0.5,
        aliases: ['Construction Boss', 'Crew Boss'],
      }),
    ]);
    expect(bosses.search('boss').map((h) => h.doc.id)[0]).toBe('managers');
  });
});
