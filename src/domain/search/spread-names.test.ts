// A query of several words whose words a document has only in different other names ("Nail
// Cutter", "Slitter Technician") is no name of its work, where another document has one name
// with them all ("Nail Technician"); and a whole word typed ("zoo") starts no title that only
// begins with its letters ("Zoologists"). Titles and other names as O*NET 27.0 has them.
import { describe, expect, it } from 'vitest';
import { SearchIndex } from './search-index.ts';
import { occ } from '../../../test/search-docs.ts';

const manicurists = occ('manicurists', 'Manicurists and Pedicurists', {
  prior: 0.5,
  aliases: ['Nail Technician', 'Nail Tech', 'Manicurist'],
});
const cutting = occ('cutting', 'Cutting and Slicing Machine Setters, Operators, and Tenders', {
  prior: 0.7,
  aliases: ['Nail Cutter', 'Machine Operator Slitter Technician'],
});
const plating = occ('plating', 'Plating Machine Setters, Operators, and Tenders', {
  prior: 0.7,
  aliases: ['Nail Galvanizer', 'Plating Technician'],
});
const zoologists = occ('zoologists', 'Zoologists and Wildlife Biologists', {
  prior: 0.5,
  aliases: ['Wildlife Biologist'],
});
const caretakers = occ('caretakers', 'Animal Caretakers', {
  prior: 0.5,
  aliases: ['Zoo Keeper', 'Zookeeper', 'Kennel Tech'],
});
const lawyers = occ('lawyers', 'Lawyers', { prior: 0.2, aliases: ['Attorney'] });
const law = occ('law', 'Law Teachers, Postsecondary', { prior: 0.2 });
const lawn = occ('lawn', 'Lawn Service Workers', { prior: 0.9 });

const ids = (index: SearchIndex, q: string) => index.search(q).map((hit) => hit.doc.id);

describe('words spread over other names', () => {
  it('drops documents whose words are in different other names when one name has them all', () => {
    const index = new SearchIndex([manicurists, cutting, plating]);
    for (const q of ['nail tech', 'nail technician'])
      expect(ids(index, q)).toEqual(['manicurists']);
    // With no name that has every word, the spread ones are all there is.
    const spread = new SearchIndex([cutting, plating]);
    expect(ids(spread, 'nail technician').sort()).toEqual(['cutting', 'plating']);
  });
  it('reads a verb said by its people ("Boat Designer") as one name with every word', () => {
    const naval = occ('naval', 'Marine Engineers and Naval Architects', {
      prior: 0.2,
      aliases: ['Boat Designer', 'Naval Architect'],
      text: 'A designer of ships and boats.',
    });
    const sales = occ('sales', 'Retail Salespersons', {
      prior: 0.9,
      aliases: ['Design Consultant', 'Boat Salesperson', 'Clerk'],
    });
    expect(ids(new SearchIndex([naval, sales]), 'design boats')).toEqual(['naval']);
    // With no name of the verb's people, the spread one stays.
    expect(ids(new SearchIndex([sales]), 'design boats')).toEqual(['sales']);
  });
});

describe('a title that starts with a whole word typed', () => {
  it('is one whose first word is the word, its plural or its people', () => {
    expect(ids(new SearchIndex([zoologists, caretakers]), 'zoo')[0]).toBe('caretakers');
    // "Lawyers" are the people of law; a lawn is no law.
    const found = ids(new SearchIndex([law, lawn, lawyers]), 'law');
    expect(found.indexOf('lawyers')).toBeLessThan(found.indexOf('lawn'));
  });
});
