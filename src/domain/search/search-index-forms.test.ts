// A word in the other number is the word itself; a title starts with the words read, whole, in
// any form, never with a figurative word as typed; a Spanish query prefers, among equal hits, the
// work whose English title says the word too. Titles as O*NET 27.0 and our Spanish titles have
// them; priors made up for the test.
import { describe, expect, it } from 'vitest';
import { SearchIndex } from './search-index.ts';
import { occ } from '../../../test/search-docs.ts';

const index = new SearchIndex([
  occ('captains', 'Captains, Mates, and Pilots of Water Vessels', {
    es: 'Capitanes, oficiales y pilotos de barco',
    prior: 0.69,
  }),
  occ('loaders', 'Tank Car, Truck, and Ship Loaders', {
    es: 'Cargadores de tanques, camiones y barcos',
    prior: 0.61,
  }),
  occ('caretakers', 'Animal Caretakers', { prior: 0.5 }),
  occ('farmworkers', 'Farmworkers, Farm, Ranch, and Aquacultural Animals', { prior: 0.9 }),
  occ('fabricators', 'Structural Metal Fabricators and Fitters', {
    es: 'Fabricantes y montadores de estructuras metálicas',
    aliases: ['Production Welder'],
    prior: 0.9,
  }),
  occ('production', 'Production Workers, All Other', {
    es: 'Otros trabajadores de producción',
    prior: 0.5,
  }),
  occ('postal', 'Postal Service Clerks', { es: 'Empleados de oficinas de correos', prior: 0.74 }),
  occ('machines', 'Office Machine Operators, Except Computer', {
    es: 'Operadores de máquinas de oficina',
    prior: 0.67,
  }),
]);
const ids = (q: string, lang?: 'en' | 'es') =>
  index.search(q, () => true, lang).map((h) => h.doc.id);

describe('the forms of a word', () => {
  it('weighs a word in the other number as the word itself', () => {
    // "barco" in one title, "barcos" in the other: the more common work first.
    expect(ids('barcos', 'es').slice(0, 2)).toEqual(['captains', 'loaders']);
    expect(ids('barco', 'es').slice(0, 2)).toEqual(['captains', 'loaders']);
  });

  it('starts a title with the words read, whole, in any number', () => {
    expect(ids('animals')[0]).toBe('caretakers');
    expect(ids('I want to work with animals')[0]).toBe('caretakers');
  });

  it('starts no title with a figurative word as typed', () => {
    // "fábrica" means the work done in factories, not "Fabricantes …".
    expect(ids('fábrica', 'es')[0]).toBe('production');
    expect(ids('fabrica', 'es')[0]).toBe('production');
  });

  it('prefers, for a Spanish query, the work whose English title says the word too', () => {
    // "oficinas de correos" are post offices: "Postal Service Clerks".
    expect(ids('oficina', 'es').slice(0, 2)).toEqual(['machines', 'postal']);
    // In English only the title that says it.
    expect(ids('office', 'en')).toEqual(['machines']);
  });
});
