// A word a job's title and other names have only before another word of the thing they name
// ("Video" of "Video Game Designers") says less of that job than of one whose people work on
// the word's thing itself ("Film and Video Editors"): found by a query without the next word,
// the job neither starts with it nor counts the verb said of the compound thing. Titles and
// names as O*NET has them; priors made up so the compound job would win without the rule.
import { describe, expect, it } from 'vitest';
import { compoundModifiers, onlyModifier } from './compound-words.ts';
import { SearchIndex } from './search-index.ts';
import { occ } from '../../../test/search-docs.ts';
import { tokenize } from './text.ts';

const ids = (index: SearchIndex, q: string) => index.search(q).map((hit) => hit.doc.id);

describe('compound words', () => {
  it('finds the words that only modify the next word of a name', () => {
    const names = [
      [tokenize('Video Game Designers'), tokenize('Video Game Maker')],
      [tokenize('Film and Video Editors'), tokenize('Video Editor')],
      [tokenize('Fire Inspectors and Investigators')],
      [tokenize('Building Inspectors')],
    ];
    const [game, editors, fire] = compoundModifiers(names, (w) => w, [1, 1, 1, 1]);
    expect(game?.get('video')).toEqual(new Set(['game']));
    // "game" comes before "designers" and "maker", people words: the work, no modifier.
    expect(game?.has('game')).toBe(false);
    expect(editors).toBeUndefined();
    // "Fire Inspectors": before a people word (one that ends another name), "fire" is what
    // they inspect.
    expect(fire).toBeUndefined();
    expect(onlyModifier(game, 'video', ['make', 'video'])).toBe(true);
    expect(onlyModifier(game, 'video', ['video', 'game'])).toBe(false);
  });

  it('ranks work on the thing before work on a compound of it', () => {
    const index = new SearchIndex([
      occ('games', 'Video Game Designers', { prior: 0.9, aliases: ['Video Game Maker'] }),
      occ('editors', 'Film and Video Editors', { prior: 0.2, aliases: ['Video Editor'] }),
      occ('producers', 'Producers and Directors', { prior: 0.3, aliases: ['Video Producer'] }),
    ]);
    expect(ids(index, 'video')[0]).toBe('editors');
    expect(ids(index, 'make videos').at(-1)).toBe('games');
    expect(ids(index, 'video games')[0]).toBe('games');
    expect(ids(index, 'make video games')[0]).toBe('games');
  });
});
