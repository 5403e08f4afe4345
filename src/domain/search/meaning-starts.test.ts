// A title that starts with the people a one-word query means (meaning-starts.ts): judged on the
// Spanish title, and on the English one where the Spanish title says neither the word nor what
// it means. Priors are set against the expected order, so only the start can explain it.
import { describe, expect, it } from 'vitest';
import { SearchIndex } from './search-index.ts';
import { buildSearchData } from './search-data.ts';
import { meaningOf } from './meaning-starts.ts';
import { occ } from '../../../test/search-docs.ts';

const ids = (index: SearchIndex, q: string, lang: 'en' | 'es' = 'es') =>
  index.search(q, () => true, lang).map((hit) => hit.doc.id);

describe('a one-word query finds the people it means first', () => {
  it('puts the people of a field before those who teach it or work on it', () => {
    const index = new SearchIndex([
      occ('teachers', 'Psychology Teachers, Postsecondary', {
        es: 'Profesores universitarios de psicología',
        prior: 0.9,
      }),
      occ('school', 'School Psychologists', { es: 'Psicólogos escolares', prior: 0.5 }),
      occ('medicine', 'Sports Medicine Physicians', { es: 'Médicos del deporte', prior: 0.9 }),
      occ('athletes', 'Athletes and Sports Competitors', {
        es: 'Atletas y deportistas',
        prior: 0.5,
      }),
    ]);
    expect(ids(index, 'psicología')[0]).toBe('school');
    expect(ids(index, 'psicologia')[0]).toBe('school');
    // "deportistas" is the second kind of people the Spanish title names.
    expect(ids(index, 'deportes')[0]).toBe('athletes');
  });

  it('reads the English title where the Spanish one does not say the word', () => {
    const index = new SearchIndex([
      occ('machines', 'Office Machine Operators, Except Computer', {
        es: 'Operadores de máquinas de oficina',
        prior: 0.9,
      }),
      occ('clerks', 'Office Clerks, General', { es: 'Auxiliares administrativos', prior: 0.5 }),
      occ('loaders', 'Tank Car, Truck, and Ship Loaders', {
        es: 'Cargadores de tanques, camiones y barcos',
        prior: 0.9,
      }),
      occ('ship', 'Ship Engineers', { es: 'Ingenieros de máquinas navales', prior: 0.5 }),
    ]);
    // "Operadores de máquinas de oficina" says where the office is: no start for its English title.
    expect(ids(index, 'oficina')).toEqual(['clerks', 'machines']);
    expect(ids(index, 'barcos')[0]).toBe('ship');
    // In English the typed word starts the title, as before.
    expect(ids(index, 'office', 'en')[0]).toBe('machines');
  });

  it('leaves a verb of doing and a word that is itself a name of work as they were', () => {
    const docs = [
      occ('tires', 'Tire Repairers and Changers', { es: 'Reparadores de llantas', prior: 0.5 }),
      occ('general', 'Maintenance and Repair Workers, General', {
        es: 'Técnicos de mantenimiento general',
        prior: 0.9,
      }),
      occ('physicians', 'Physicians, All Other', { es: 'Otros médicos', aliases: ['Doctor'] }),
    ];
    // "arreglar" means repair work of every kind: the repairers' title start says no more.
    expect(ids(new SearchIndex(docs), 'arreglar cosas')[0]).toBe('general');
    const data = buildSearchData(docs);
    expect(meaningOf(data, 'doctora')).toBeUndefined();
    expect(meaningOf(data, 'psicologia')?.people.has('psicolog')).toBe(true);
    expect(meaningOf(data, 'ciencias')?.people.has('cientific')).toBe(true);
  });
});

describe('a Spanish title that names its people by what the word means', () => {
  it('starts with it right after its people, not after "Otros"', () => {
    const index = new SearchIndex([
      occ('glass', 'Automotive Glass Installers and Repairers', {
        es: 'Instaladores de vidrios automotrices',
        prior: 0.9,
      }),
      occ('mechanics', 'Automotive Service Technicians and Mechanics', {
        es: 'Técnicos y mecánicos automotrices',
        prior: 0.5,
      }),
    ]);
    // "mecánicos automotrices" are automotive mechanics; the glass installers work on the glass.
    expect(ids(index, 'carros')[0]).toBe('mechanics');
    const sciences = new SearchIndex([
      occ('other', 'Physical Scientists, All Other', {
        es: 'Otros científicos de ciencias físicas',
        prior: 0.9,
      }),
      occ('medical', 'Medical Scientists, Except Epidemiologists', {
        es: 'Científicos médicos',
        prior: 0.5,
      }),
    ]);
    expect(ids(sciences, 'ciencias')[0]).toBe('medical');
  });
});
