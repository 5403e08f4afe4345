// A job found by a few of its many other names ("Vet Dentist", 2 of 40) is a side of other work:
// it counts no prior, and comes after work found by more of its names; and among hits found by
// other names only, the work O*NET lists as related to a hit whose title has the words (its
// family) comes first, its prior kept, also for a misspelt word. Titles and names as O*NET has
// them; priors and name counts made up to show each rule alone.
import { describe, expect, it } from 'vitest';
import { SearchIndex } from './search-index.ts';
import { occ } from '../../../test/search-docs.ts';

/** `n` other names of a job that say nothing of the query. */
const filler = (n: number, word: string) =>
  Array.from({ length: n }, (_, i) => `${word} Worker ${i}`);

const ids = (index: SearchIndex, q: string) => index.search(q).map((hit) => hit.doc.id);

describe('a few names of many, and the family of the work', () => {
  it('counts no prior for a job where a few of many names say the word', () => {
    const dentists = occ('dentists', 'Dentists, General', { prior: 0.5, aliases: ['Dentist'] });
    const prosthodontists = occ('prosthodontists', 'Prosthodontists', {
      prior: 0.3,
      aliases: ['Prosthetic Dentist', 'Prosthodontist', 'Implant Specialist', 'Denture Specialist'],
    });
    const vets = occ('vets', 'Veterinarians', {
      prior: 0.9,
      aliases: ['Vet Dentist', 'Equine Dentist', ...filler(38, 'Animal')],
    });
    const index = new SearchIndex([vets, prosthodontists, dentists]);
    expect(ids(index, 'dentist')).toEqual(['dentists', 'prosthodontists', 'vets']);
    // With fewer names in all, two of them are no side of the work: the prior counts.
    const smallVets = {
      ...vets,
      aliases: ['Vet Dentist', 'Equine Dentist', ...filler(6, 'Animal')],
    };
    expect(ids(new SearchIndex([smallVets, prosthodontists, dentists]), 'dentist')[1]).toBe('vets');
  });

  it('puts the related work of a titled hit first among hits found by other names', () => {
    const photographers = occ('photographers', 'Photographers', {
      prior: 0.5,
      aliases: ['Photographer', 'Portrait Photographer'],
      related: ['camera'],
    });
    const camera = occ('camera', 'Camera Operators, Television, Video, and Film', {
      prior: 0.5,
      aliases: [
        'Motion Picture Photographer',
        'Television News Photographer',
        ...filler(60, 'Film'),
      ],
    });
    const office = occ('office', 'Office Machine Operators, Except Computer', {
      prior: 0.6,
      aliases: ['Document Photographer', 'Micro Photographer', ...filler(40, 'Copy')],
    });
    const index = new SearchIndex([office, camera, photographers]);
    for (const q of ['photographer', 'fotographer', 'be a photographer'])
      expect(ids(index, q), q).toEqual(['photographers', 'camera', 'office']);
    // Not related: the name share orders them (2 of 42 before 2 of 62).
    const unrelated = { ...photographers, related: [] };
    expect(ids(new SearchIndex([office, camera, unrelated]), 'photographer')).toEqual([
      'photographers',
      'office',
      'camera',
    ]);
  });
});

describe('the work asked for, said by what the word means', () => {
  it('gets as much as a relative found by one of its many names', () => {
    const chefs = occ('35-1011.00', 'Chefs and Head Cooks', {
      es: 'Chefs y jefes de cocina',
      prior: 0.5,
      aliases: ['Chef'],
      related: ['35-2014.00', '51-3011.00'],
    });
    // "Cocineros" is what "chef" means (spanish-synonyms.ts); the English title does not say it.
    const cooks = occ('35-2014.00', 'Cooks, Restaurant', {
      es: 'Cocineros de restaurante',
      prior: 0.95,
      aliases: ['Chef De Partie', ...filler(10, 'Line')],
    });
    const bakers = occ('51-3011.00', 'Bakers', {
      es: 'Panaderos',
      prior: 0.9,
      aliases: ['Pastry Chef', ...filler(40, 'Bread')],
    });
    const index = new SearchIndex([bakers, cooks, chefs]);
    // Both are of the work asked for: more people cook than bake.
    expect(ids(index, 'chef')).toEqual(['35-1011.00', '35-2014.00', '51-3011.00']);
  });
});
