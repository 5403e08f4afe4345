// The search index on words whose meaning is not their own: phrases read as one word ("old
// people" is "elderly"), generic nouns and words of liking that name no work ("build things",
// "I love reading"), and words that stand for the work a student likes ("sick", "pets").
// Titles and other names as O*NET 27.0 has them.
import { describe, expect, it } from 'vitest';
import { SearchIndex } from './search-index.ts';
import { occ } from '../../../test/search-docs.ts';
import { EVERYDAY_WORDS } from './everyday-words.ts';
import { readQuery } from './spanish.ts';
import { tokenize } from './text.ts';
import { isActionWord } from './action-words.ts';

describe('phrases read as one word', () => {
  it('reads an everyday phrase as its entry’s first word, in any number and among other words', () => {
    expect(readQuery('old people')).toEqual(['elderly']);
    expect(readQuery('help older adults')).toEqual(['help', 'elderly']);
    expect(readQuery('cuidar a personas mayores')).toEqual(['cuidar', 'elderly']);
    expect(readQuery('una persona mayor')).toEqual(['elderly']);
    expect(readQuery('personas de la tercera edad')).toEqual(['personas', 'elderly']);
    expect(readQuery('fire fighter')).toEqual(['firefighter']);
    // Words of no phrase stay as they are; one word is never a phrase.
    expect(readQuery('old cars')).toEqual(['old', 'cars']);
    expect(readQuery('people')).toEqual(['people']);
  });

  it('has every entry with a phrase start with a single word', () => {
    for (const { words } of EVERYDAY_WORDS)
      if (words.some((word) => tokenize(word).length > 1))
        expect(tokenize(words[0]!), words.join(', ')).toHaveLength(1);
  });
});

describe('what students type about the people and things they like', () => {
  const index = new SearchIndex([
    occ('cna', 'Nursing Assistants', {
      es: 'Auxiliares de enfermería (CNA)',
      interests: { S: 6.7, C: 5.7 },
      prior: 0.9,
      aliases: ['Geriatric Nursing Assistant (GNA)'],
    }),
    occ('rn', 'Registered Nurses', {
      es: 'Enfermeros registrados (RN)',
      interests: { S: 7, I: 5.7 },
      prior: 1,
      aliases: ['Geriatric Nurse'],
    }),
    occ('curators', 'Curators', {
      es: 'Curadores',
      interests: { E: 6.3, C: 5.7 },
      prior: 0.3,
      aliases: ['Old Masters Curator', 'People Mover Operator'],
    }),
    occ('receptionists', 'Receptionists and Information Clerks', {
      es: 'Recepcionistas',
      interests: { C: 6.7 },
      prior: 1,
      aliases: ['Sick Call Clerk', 'People Greeter'],
    }),
    occ('trucks', 'Heavy and Tractor-Trailer Truck Drivers', {
      es: 'Conductores de camiones',
      interests: { R: 7 },
      prior: 1,
    }),
    occ('repair', 'Maintenance and Repair Workers, General', {
      es: 'Trabajadores de mantenimiento',
      interests: {
        R: 7,
      },
      prior: 0.8,
    }),
    occ('carpenters', 'Carpenters', { es: 'Carpinteros', interests: { R: 7 }, prior: 0.7 }),
    occ('inspectors', 'Construction and Building Inspectors', {
      es: 'Inspectores de construcción',
      interests: {
        R: 5.5,
        C: 6,
      },
      prior: 0.5,
    }),
    occ('caretakers', 'Animal Caretakers', {
      es: 'Cuidadores de animales',
      interests: { R: 5, S: 4 },
      prior: 0.6,
    }),
    occ('vendors', 'Fast Food and Counter Workers', {
      es: 'Empleados de comida rápida',
      interests: { R: 4 },
      prior: 1,
      aliases: ['Hot Dog Vendor'],
    }),
    occ('games', 'Video Game Designers', {
      es: 'Diseñadores de videojuegos',
      interests: { A: 7 },
      prior: 0.2,
    }),
    occ('editors', 'Editors', { es: 'Editores', interests: { A: 6.5 }, prior: 0.4 }),
    occ('binders', 'Print Binding and Finishing Workers', {
      es: 'Encuadernadores',
      interests: { R: 6 },
      prior: 0.5,
      aliases: ['Book Sewer'],
    }),
  ]);
  const ids = (q: string, lang?: 'en' | 'es') =>
    index.search(q, (d) => d.type === 'occupation', lang).map((h) => h.doc.id);

  it('finds the work with older people for "old people", as for "elderly"', () => {
    expect(ids('old people')).toEqual(ids('elderly'));
    expect(ids('old people').slice(0, 2).sort()).toEqual(['cna', 'rn']);
    expect(ids('old people')).not.toContain('curators');
    expect(ids('personas mayores', 'es')).toEqual(ids('ancianos', 'es'));
    expect(ids('help old people')[0]).toMatch(/^(cna|rn)$/);
  });

  it('finds nurses for "sick" and "help sick people", not an other name that says "sick"', () => {
    expect(ids('help sick people').slice(0, 2).sort()).toEqual(['cna', 'rn']);
    expect(ids('sick')[0]).toBe('rn');
    expect(ids('ayudar a enfermos', 'es').slice(0, 2).sort()).toEqual(['cna', 'rn']);
    expect(ids('help sick people').indexOf('receptionists')).toBeGreaterThan(1);
  });

  it('needs no title to say a generic noun or a word of liking', () => {
    // "Things" names nothing: "fix things" is repair work, "build things" construction, both
    // before the most common work that fits the Realistic area (truck drivers).
    expect(ids('fix things')[0]).toBe('repair');
    expect(ids('build things')[0]).toBe('carpenters');
    expect(ids('construir cosas', 'es')[0]).toBe('carpenters');
    // "Build" stands for construction, not for "Building" in a title.
    expect(ids('build things').indexOf('inspectors')).toBeGreaterThan(
      ids('build things').indexOf('trucks'),
    );
    expect(ids('I love reading')[0]).toBe('editors');
    expect(ids('I love reading')).not.toContain('binders');
    expect(ids('take care of pets')[0]).toBe('caretakers');
  });

  it('reads "play" as a verb of doing and pets as the work with animals', () => {
    expect(isActionWord('play')).toBe(true);
    expect(isActionWord('jugar')).toBe(true);
    expect(ids('play video games')).toEqual(['games']);
    expect(ids('jugar videojuegos', 'es')).toEqual(['games']);
    expect(ids('dogs')[0]).toBe('caretakers');
    expect(ids('perros', 'es')[0]).toBe('caretakers');
    expect(ids('dogs').indexOf('vendors')).not.toBe(0);
  });
});

describe('a figurative word in a field of study', () => {
  const index = new SearchIndex([
    occ('machine', 'Extruding and Drawing Machine Setters', {
      es: 'Operadores de extrusión',
      interests: { R: 6 },
    }),
    occ('artists', 'Fine Artists, Including Painters, Sculptors, and Illustrators', {
      es: 'Artistas',
      interests: {
        A: 7,
      },
    }),
    occ('plant', 'Power Plant Operators', {
      es: 'Operadores de plantas de energía',
      interests: { R: 6 },
    }),
    occ('landscapers', 'Landscaping and Groundskeeping Workers', {
      es: 'Jardineros',
      interests: { R: 7 },
    }),
    { type: 'cip', id: '50.0705', codes: ['50.0705'], title: { en: 'Drawing' } },
    { type: 'cip', id: '01.1101', codes: ['01.1101'], title: { en: 'Plant Sciences, General' } },
  ]);
  const ids = (q: string, type: string) =>
    index.search(q, (d) => d.type === type).map((h) => h.doc.id);

  it('finds the field that says the word (NCES CIP 2020), and the work it stands for', () => {
    expect(ids('drawing', 'cip')).toEqual(['50.0705']);
    expect(ids('draw', 'cip')).toEqual(['50.0705']);
    expect(ids('plants', 'cip')).toEqual(['01.1101']);
    expect(ids('drawing', 'occupation')).toEqual(['artists']);
    expect(ids('plants', 'occupation')).toEqual(['landscapers']);
  });
});
