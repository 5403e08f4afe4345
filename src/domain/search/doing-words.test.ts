// Words beside those that say what work: a verb found in another name counts only where that
// name also says what it is done to ("fix computers"), and a word of where ("outside") need not
// match, ordering the hits by how well they fit its interest area. Titles and other names as
// O*NET 27.0 has them (Alternate Titles.txt); interest scores made up for the test.
import { describe, expect, it } from 'vitest';
import { SearchIndex } from './search-index.ts';
import { occ } from '../../../test/search-docs.ts';
import { areaFit } from './doing-words.ts';

const index = new SearchIndex([
  occ('repairers', 'Computer, Automated Teller, and Office Machine Repairers', {
    prior: 0.6,
    aliases: ['Computer Repair Technician'],
  }),
  occ('support', 'Computer User Support Specialists', {
    prior: 0.8,
    aliases: ['Help Desk Analyst', 'Desktop Support Technician'],
  }),
  occ('machinists', 'Machinists', {
    prior: 0.9,
    aliases: ['Machine Repair Person', 'CNC Machinist (Computer Numerical Control Machinist)'],
  }),
  occ('caretakers', 'Animal Caretakers', { prior: 0.9, interests: { R: 5, C: 5 } }),
  occ('breeders', 'Animal Breeders', { prior: 0.5, interests: { R: 7 } }),
  occ('foresters', 'Forest and Conservation Workers', {
    prior: 0.6,
    interests: { R: 7 },
    aliases: ['Outdoor Worker'],
  }),
]);
const ids = (q: string) => index.search(q).map((h) => h.doc.id);

describe('words beside those that say what work', () => {
  it('counts a verb in another name only where the name says what it is done to', () => {
    // "Machine Repair Person" and "CNC Machinist (Computer …)" are two names, not one.
    expect(ids('fix computers').slice(0, 2)).toEqual(['repairers', 'support']);
    expect(ids('fix computers')).toContain('machinists');
  });

  it('reads a word of where as saying where, ordering what the other words find', () => {
    // No document has "animals" and "outside": the animal work comes, the more realistic
    // first among equals (alone, the more common).
    expect(ids('work with animals outside').slice(0, 2)).toEqual(['breeders', 'caretakers']);
    expect(ids('animals').slice(0, 2)).toEqual(['caretakers', 'breeders']);
    // Alone, "outside" is an interest word: the work that fits the area.
    expect(ids('outside')).toContain('foresters');
  });

  it('weighs a document’s fit to the areas from 0 to 1', () => {
    expect(areaFit(index.search('breeders')[0]!.doc, { R: 1 })).toBe(1);
    expect(areaFit(index.search('support')[0]!.doc, { R: 1 })).toBe(0);
  });
});
