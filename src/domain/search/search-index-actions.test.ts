// The search index on what a student types about the work itself: a verb of doing beside what
// it is done to ("help animals", "build houses", "arreglar carros"), and words that stand for
// work whose literal matches are only other names ("money", "nails"). Titles and other names as
// O*NET 27.0 has them (Alternate Titles.txt).
import { describe, expect, it } from 'vitest';
import { SearchIndex } from './search-index.ts';
import { occ } from '../../../test/search-docs.ts';
import { agentNouns } from './agent-nouns.ts';
import { doerForms } from './action-words.ts';

describe('a verb of doing beside what it is done to', () => {
  const index = new SearchIndex([
    occ('helpers', 'Helpers--Production Workers', {
      es: 'Ayudantes de producción',
      prior: 1,
      aliases: ['Animal Feed Mixer'],
    }),
    occ('caretakers', 'Animal Caretakers', { es: 'Cuidadores de animales', prior: 0.7 }),
    occ('vets', 'Veterinarians', { es: 'Veterinarios', prior: 0.6 }),
    occ('support', 'Computer User Support Specialists', {
      es: 'Especialistas en soporte técnico',
      prior: 0.8,
      aliases: ['Help Desk Analyst'],
    }),
    occ('desktop', 'Desktop Publishers', { es: 'Editores de autoedición', prior: 0.3 }),
    occ('production', 'Production Workers, All Other', {
      es: 'Otros trabajadores de producción',
      prior: 1,
      aliases: ['Fixing Machine Operator', 'Car Hop'],
    }),
    occ('autos', 'Automotive Service Technicians and Mechanics', {
      es: 'Técnicos automotrices',
      prior: 0.8,
      aliases: ['Car Repair Technician', 'Auto Mechanic'],
    }),
    occ('cooks', 'Cooks, Private Household', { es: 'Cocineros de casas particulares', prior: 0.2 }),
    occ('laborers', 'Construction Laborers', { es: 'Obreros de la construcción', prior: 0.8 }),
    occ('carpenters', 'Carpenters', { es: 'Carpinteros', prior: 0.8 }),
    occ('inspectors', 'Construction and Building Inspectors', {
      es: 'Inspectores de construcción',
      prior: 0.7,
      aliases: ['Housing Inspector'],
    }),
    occ('trainers', 'Training and Development Specialists', {
      es: 'Especialistas en capacitación',
      prior: 0.9,
      aliases: ['Computer Training Specialist', 'Construction Trainer'],
    }),
  ]);
  const ids = (q: string, lang?: 'en' | 'es') =>
    index.search(q, () => true, lang).map((h) => h.doc.id);

  it('does not ask for the titles the verb only starts ("help": "Helpers")', () => {
    const help = ids('help animals');
    expect(help.slice(0, 2).sort()).toEqual(['caretakers', 'vets']);
    expect(help.indexOf('helpers')).toBeGreaterThan(1);
    expect(ids('ayudar a animales', 'es')[0]).toBe('caretakers');
  });

  it('weighs the work a verb stands for where a title says it, not another name only', () => {
    // "build" stands for construction: the trainers' "Construction Trainer" is no reason to
    // put them before the computer support work.
    expect(ids('build computers')[0]).toBe('support');
  });

  it('keeps the verb where one name says the whole query ("help desk")', () => {
    expect(ids('help desk')).toEqual(['support']);
  });

  it('needs one name with the words, not two ("Fixing Machine Operator", "Car Hop")', () => {
    expect(ids('fix cars')[0]).toBe('autos');
    expect(ids('arreglar carros', 'es')[0]).toBe('autos');
  });

  it('finds the work a verb and a thing stand for before a title that has only the thing', () => {
    // BLS OOH: carpenters and construction laborers build houses.
    const build = ids('build houses');
    expect(build.slice(0, 3)).toEqual(expect.arrayContaining(['carpenters', 'laborers']));
    expect(build.slice(0, 3)).not.toContain('cooks');
    // "Construir" stands for the same work as "build" (everyday-work.ts) and reads as "build"
    // (its doers are builders: "Boat Builder" for "construir barcos"), so it ranks as "build".
    const construir = ids('construir casas', 'es');
    expect(construir.slice(0, 3)).toEqual(build.slice(0, 3));
    expect(construir.slice(0, 3)).toEqual(expect.arrayContaining(['carpenters', 'laborers']));
    expect(construir.slice(0, 3)).not.toContain('cooks');
  });

  it('reads a Spanish verb as the people who do it', () => {
    expect(agentNouns('cocinar')).toContain('cocinero');
    expect(agentNouns('vender')).toContain('vendedor');
    expect(agentNouns('construir')).toEqual(
      expect.arrayContaining(['constructor', 'construccion']),
    );
    expect(agentNouns('reparar')).toContain('reparacion');
    // -ar also by -ante, -ir by -idor and -ente.
    expect(agentNouns('fabricar')).toContain('fabricante');
    expect(agentNouns('cantar')).toContain('cantante');
    expect(agentNouns('repartir')).toContain('repartidor');
    expect(agentNouns('asistir')).toContain('asistente');
    expect(agentNouns('vender')).not.toContain('vendente');
  });

  it('reads an English verb in -ate as its doer in -ator', () => {
    expect(agentNouns('fabricate')).toContain('fabricator');
    expect(agentNouns('operate')).toContain('operator');
    // Too short a stem to say: no "ator" from "rate" or "date".
    expect(agentNouns('rate')).toEqual([]);
  });

  it('reads a Spanish noun in -e as the people in -ista, in the singular or the plural', () => {
    expect(agentNouns('deporte')).toContain('deportista');
    // "deportes" is "deporte" plus -s, not "deport" plus -es.
    expect(agentNouns('deportes')).toContain('deportista');
    expect(agentNouns('programaciones')).toContain('programador');
  });
});

describe('a word that stands for work, found as such before other names with the word', () => {
  const index = new SearchIndex([
    occ('managers', 'Financial Managers', { es: 'Gerentes financieros', prior: 0.2 }),
    occ('tellers', 'Tellers', { es: 'Cajeros de banco', prior: 1, aliases: ['Money Counter'] }),
    occ('aerospace', 'Aerospace Engineers', { es: 'Ingenieros aeroespaciales', prior: 0.2 }),
    occ('clerks', 'Stockers and Order Fillers', {
      es: 'Surtidores',
      prior: 1,
      aliases: ['Space Clerk'],
    }),
    occ('trades', 'Electricians', { es: 'Electricistas', prior: 0.7, interests: { R: 7 } }),
    occ('drivers', 'Heavy and Tractor-Trailer Truck Drivers', {
      es: 'Conductores de camiones',
      prior: 1,
      interests: { R: 7 },
    }),
  ]);
  const ids = (q: string) => index.search(q).map((h) => h.doc.id);

  it('reads "elderly" as the work with older people, not "Senior" as a rank', () => {
    const elderly = new SearchIndex([
      occ('gna', 'Nursing Assistants', {
        es: 'Auxiliares de enfermería',
        prior: 0.9,
        aliases: ['Geriatric Nursing Assistant (GNA)'],
      }),
      occ('sergeants', 'Artillery and Missile Officers', {
        es: 'Oficiales de artillería',
        prior: 1,
        aliases: ['Field Artillery Senior Sergeant'],
      }),
    ]);
    const found = (q: string) => elderly.search(q).map((h) => h.doc.id);
    expect(found('elderly')).toEqual(['gna']);
    expect(found('seniors')).toEqual(['gna']);
    expect(found('ancianos')).toEqual(['gna']);
  });

  it('ranks the work above an other name that only has the word', () => {
    expect(ids('money')).toEqual(['managers', 'tellers']);
    expect(ids('space')).toEqual(['aerospace', 'clerks']);
  });

  it('reads "work with my hands" as the hands-on trades, before other work that fits as well', () => {
    // BLS OOH: electricians, carpenters, plumbers do hands-on work; truck drivers fit R as much.
    expect(ids('work with my hands')[0]).toBe('trades');
  });
});

describe('who does what a verb of doing says', () => {
  it('names the doer of each verb, in English and Spanish', () => {
    expect(doerForms('cut')).toEqual(['cutter']);
    expect(doerForms('make')).toEqual(['maker']);
    expect(doerForms('build')).toEqual(['builder']);
    // "cortar cabello" is "Hair Cutter", as "cut hair" is.
    expect(doerForms('cortar')).toEqual(['cortador', 'cutter']);
    expect(doerForms('cuidar')).toEqual(['cuidador']);
    // A Spanish verb's doer is also its English one: "construir barcos" is "Boat Builder".
    expect(doerForms('construir')).toEqual(['construidor', 'builder']);
    expect(doerForms('hair')).toEqual([]);
  });

  it('finds a name with the doer after the thing, not a title the doer only starts', () => {
    const index = new SearchIndex([
      occ('barbers', 'Barbers', { es: 'Barberos', prior: 0.3, aliases: ['Hair Cutter'] }),
      occ('cutters', 'Cutters and Trimmers, Hand', { es: 'Cortadores', prior: 0.6 }),
      occ('helpers', 'Helpers--Production Workers', { prior: 1, aliases: ['Hair Sorter'] }),
      occ('shampooers', 'Shampooers', { es: 'Ayudantes de lavado de cabello', prior: 1 }),
    ]);
    const found = index.search('cut hair').map((h) => h.doc.id);
    // The verb need not match ("Shampooers" work with hair), but "Hair Cutter" is who cuts it.
    expect(found.slice(0, 2)).toEqual(['barbers', 'shampooers']);
    expect(found).not.toContain('cutters');
    // In Spanish too, though the shampooers' Spanish title says "cabello" as typed.
    const es = index.search('cortar cabello', () => true, 'es').map((h) => h.doc.id);
    expect(es[0]).toBe('barbers');
  });
});
