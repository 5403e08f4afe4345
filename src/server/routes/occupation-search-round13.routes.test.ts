// A thirteenth round: selling cars, chefs, artificial intelligence after a verb, driving,
// dancing, bosses, and Spanish titles that name their people by what a word means. "carro",
// "coche" are the car of O*NET's other names ("Car Salesperson", "Auto Dealer", "Automobile
// Salesman": retail salespersons), as "car" and "auto" are (everyday-words.ts); "mecánicos
// automotrices" names the automotive mechanics as "Automotive Service Technicians …" does
// (meaning-starts.ts); a title that says "chef" through what it means ("Cooks, Restaurant") gets
// as much as a relative found by one name ("Pastry Chef" of Bakers; work-family.ts); "ia" after
// a verb is spelled out as "ia" alone is (search-ranking.ts); "manejar" is to drive
// (everyday-spanish.ts); "bailar" is "dance" (everyday-likes.ts); "jefe" is a boss, and as typed
// starts no Spanish title, "futbolista" is an athlete and "nail salon" is nails
// (everyday-teens.ts); "oficial" is an officer (spanish-synonyms.ts); "cortar" is the "cut" of
// "Hair Cutter" (action-words.ts). Checked on the default occupation data through the API on
// every database engine.
import { describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import { occupationSearch, type SearchCase } from '../../../test/occupation-search.ts';

describe.each(testEngines())('occupation search, thirteenth round, on $name', (engine) => {
  const { expectAll, titles } = occupationSearch(engine);
  const first = async (cases: [string, 'en' | 'es', RegExp][]) => {
    for (const [q, lang, expected] of cases)
      expect((await titles(q, lang))[0], q).toMatch(expected);
  };

  it('reads selling cars as the retail salespersons who sell them', async () => {
    await first([
      ['vendedor de carros', 'es', /^Vendedores minoristas$/],
      ['vendedor de coches', 'es', /^Vendedores minoristas$/],
      ['vendedora de carros', 'es', /^Vendedores minoristas$/],
      ['vender carros', 'es', /^Vendedores minoristas$/],
      ['sell cars', 'en', /^Retail Salespersons$/],
    ]);
  });

  it('keeps cars with the automotive work in Spanish', async () => {
    const automotive = /^(Técnicos y mecánicos automotrices|Ingenieros automotrices)$/;
    await first([
      ['carros', 'es', automotive],
      ['coches', 'es', automotive],
      ['carro', 'es', automotive],
      ['me gustan los carros', 'es', automotive],
      ['arreglar carros', 'es', /^Técnicos y mecánicos automotrices$/],
    ]);
    for (const q of ['carros', 'me gustan los carros', 'arreglar carros'])
      expect((await titles(q, 'es', 3)).join(' | '), q).not.toMatch(/vagones|gasolineras/);
  });

  it('reads "manejar" as driving', async () => {
    const cases: SearchCase[] = [
      [
        'manejar carros',
        'es',
        /^(Otros conductores de vehículos|Conductores)/,
        /mecánicos|vagones/,
      ],
      ['manejar camiones', 'es', /^Conductores de camiones/, /^Mecánicos/],
      ['manejar', 'es', /^Conductores/],
    ];
    await expectAll(cases);
    expect((await titles('manejar carros', 'es'))[0]).toMatch(/^(Otros conductores|Conductores)/);
  });

  it('puts chefs and cooks before bakers for "chef"', async () => {
    const cooks = /^(Chefs and Head Cooks|Cooks, )/;
    const esCooks = /^(Chefs y jefes de cocina|Cocineros )/;
    const cases: [string, 'en' | 'es', RegExp][] = [
      ['chef', 'en', cooks],
      ['be a chef', 'en', cooks],
      ['i want to be a chef', 'en', cooks],
      ['quiero ser chef', 'es', esCooks],
      ['ser chef', 'es', esCooks],
    ];
    for (const [q, lang, expected] of cases) {
      const found = await titles(q, lang, 3);
      expect(found[0], q).toMatch(/^Chefs/);
      for (const title of found) expect(title, `${q}: ${found.join(' | ')}`).toMatch(expected);
    }
  });

  it('reads "ia" after a verb as artificial intelligence', async () => {
    const ai = /^(Otras ocupaciones de informática|Científicos de la computación)$/;
    await first([
      ['trabajar con ia', 'es', ai],
      ['quiero trabajar con ia', 'es', ai],
      ['trabajar con inteligencia artificial', 'es', ai],
      [
        'work with ai',
        'en',
        /^(Computer Occupations, All Other|Computer and Information Research)/,
      ],
    ]);
    expect((await titles('trabajar con ia', 'es', 3)).join(' | ')).not.toMatch(/^Trabajadores/);
  });

  it('starts a Spanish title with the people it names by what a word means', async () => {
    await first([
      ['crimen', 'es', /^Detectives/],
      ['ayudar al medio ambiente', 'es', /^Ingenieros ambientales$/],
    ]);
    // "Otros científicos de …" names no people by "científicos" first.
    await first([['ciencias', 'es', /^Científicos/]]);
  });

  it('reads "bailar" as dancing and "jefe" as a boss', async () => {
    const cases: SearchCase[] = [
      ['bailar', 'es', /^(Bailarines|Coreógrafos)$/, /^Cargadores/],
      ['me gusta bailar', 'es', /^(Bailarines|Coreógrafos)$/, /^Cargadores/],
      ['jefe de cocina', 'es', /^Chefs y jefes de cocina$/],
    ];
    await expectAll(cases);
    // "Instructores de cursos libres" teach dance ("Dance Teacher"); "Gandy Dancer" lays track.
    expect((await titles('bailar', 'es', 3))[2]).toMatch(/^(Instructores|Profesores)/);
    // As typed, "jefes" heads a kitchen or a rail yard ("jefes de cocina", "jefes de patio").
    for (const q of ['jefe', 'ser jefe', 'quiero ser jefe']) {
      const found = await titles(q, 'es', 3);
      expect(found[0], q).toMatch(/^Gerentes/);
      expect(found.join(' | '), q).not.toMatch(/cocina|patio/);
    }
  });

  it('reads a footballer, a police officer, a nail salon and cutting hair', async () => {
    await first([
      ['futbolista', 'es', /^Atletas y deportistas$/],
      ['quiero ser futbolista', 'es', /^Atletas y deportistas$/],
      ['oficial de policía', 'es', /^Policías y alguaciles de patrulla$/],
      ['nail salon', 'en', /^Manicurists and Pedicurists$/],
      ['salón de uñas', 'es', /^Manicuristas y pedicuristas$/],
      // "cortar" is "cut": "Hair Cutter", not the shampooers' "lavado de cabello".
      ['cortar cabello', 'es', /^(Estilistas, peluqueros y cosmetólogos|Barberos)$/],
    ]);
  });
});
