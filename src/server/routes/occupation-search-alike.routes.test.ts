// Words that look alike, checked on the default occupation data (O*NET 27.0 titles and other
// names, our Spanish titles, BLS employment) through the API, on every database engine: English
// "fabric" is no Spanish "fábrica" without its -a, "f" is written for "ph" ("fotographer"), the
// mechanics are who fixes trucks and cars; "sew" is no sewer pipe, "zoo" no "Zoologists",
// "nail tech" no nailing machine; and more of what students type, English and Spanish.
// The other occupation-search-*.routes.test.ts files hold the earlier rounds.
import { describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import { occupationSearch, type SearchCase } from '../../../test/occupation-search.ts';

describe.each(testEngines())('occupation search for words that look alike, on $name', (engine) => {
  const { titles, expectAll } = occupationSearch(engine);

  it('finds the textile and sewing work for fabric, and production work for a factory', async () => {
    const textile =
      /Textile|Sew|Fabric|Upholster|Tailor|textil|[Cc]os(er|tur)|telas|Tapiceros|Sastres|hilado|tejido/;
    const production = /Assemblers|Production|[Ee]nsambladores|producción/;
    for (const [q, lang] of [
      ['fabric', 'en'],
      ['fabrics', 'en'],
      ['telas', 'es'],
      ['tela', 'es'],
      ['tela', 'en'],
    ] as const) {
      const found = await titles(q, lang, 8);
      const seen = `${q}: ${found.join(' | ')}`;
      expect(found.length, seen).toBe(8);
      expect(
        found.filter((t) => !textile.test(t)),
        seen,
      ).toEqual([]);
    }
    // The sewing work itself, not only the machines: upholsterers, sewers, tailors.
    const fabric = await titles('fabric', 'en', 12);
    for (const title of [
      'Upholsterers',
      'Sewing Machine Operators',
      'Tailors, Dressmakers, and Custom Sewers',
    ])
      expect(fabric, fabric.join(' | ')).toContain(title);
    for (const [q, lang] of [
      ['fábrica', 'es'],
      ['fabricas', 'es'],
      ['factory', 'en'],
    ] as const) {
      const found = await titles(q, lang, 5);
      expect(
        found.filter((t) => !production.test(t)),
        `${q}: ${found.join(' | ')}`,
      ).toEqual([]);
    }
    // To fabricate is the fabricators' work (welders among them).
    for (const q of ['fabricate', 'fabrication']) {
      const found = await titles(q, 'en', 5);
      expect(
        found.slice(0, 3).every((t) => /Fabricators/.test(t)),
        found.join(' | '),
      ).toBe(true);
    }
  });

  it('reads f written for ph as the same sound', async () => {
    for (const q of ['fotographer', 'photografer', 'fotografer', 'fotografo'])
      expect((await titles(q, 'en'))[0], q).toBe('Photographers');
    for (const q of ['fotografo', 'fotógrafa', 'photografo', 'fotographer'])
      expect((await titles(q, 'es'))[0], q).toBe('Fotógrafos');
    expect((await titles('farmacist', 'en'))[0]).toBe('Pharmacists');
  });

  it('finds the mechanics for fixing trucks and cars', async () => {
    for (const [q, lang] of [
      ['arreglar trucks', 'en'],
      ['fix trucks', 'en'],
      ['truck mechanic', 'en'],
      ['arreglar trucks', 'es'],
      ['mecanico de camiones', 'es'],
      ['arreglar camiones', 'es'],
    ] as const) {
      const found = await titles(q, lang);
      expect(
        found.some((t) => /^(Bus and Truck Mechanics|Mecánicos de autobuses, camiones)/.test(t)),
        `${q}: ${found.join(' | ')}`,
      ).toBe(true);
    }
    expect((await titles('arreglar carros', 'es'))[0]).toBe('Técnicos y mecánicos automotrices');
    expect((await titles('arreglar carros', 'en'))[0]).toBe(
      'Automotive Service Technicians and Mechanics',
    );
    expect((await titles('fix cars', 'en'))[0]).toBe(
      'Automotive Service Technicians and Mechanics',
    );
    expect((await titles('fix planes', 'en'))[0]).toBe(
      'Aircraft Mechanics and Service Technicians',
    );
    expect((await titles('reparar aviones', 'es'))[0]).toBe('Mecánicos de aviación');
    // "Fix things" is still repair work first, not the machinists who make parts.
    expect((await titles('fix things', 'en'))[0]).toBe('Maintenance and Repair Workers, General');
  });

  it('weighs a whole word above the start of a longer one, and words in one name above spread ones', async () => {
    // "Zoo Keeper" says "zoo"; "Zoologists" only starts with its letters.
    const zoo = await titles('zoo', 'en', 6);
    expect(zoo.indexOf('Animal Caretakers'), zoo.join(' | ')).toBeGreaterThanOrEqual(0);
    expect(zoo.indexOf('Animal Caretakers'), zoo.join(' | ')).toBeLessThan(
      zoo.indexOf('Zoologists and Wildlife Biologists'),
    );
    // One other name among dozens ("Zoo Director" of 81 managers' names) is a side of the work:
    // after the occupations more of whose names say it ("Zoo Keeper", "Zoo Caretaker"; "Zoo Vet"),
    // or not among the first six at all.
    const managers = zoo.indexOf('General and Operations Managers');
    for (const first of ['Animal Caretakers', 'Veterinarians']) {
      expect(zoo.indexOf(first), zoo.join(' | ')).toBeGreaterThanOrEqual(0);
      if (managers >= 0) expect(zoo.indexOf(first), zoo.join(' | ')).toBeLessThan(managers);
    }
    // "Sew" and "sewing" are the sewers' work, not the sewer pipe's.
    for (const q of ['sew', 'sewing']) {
      const found = await titles(q, 'en', 5);
      const seen = `${q}: ${found.join(' | ')}`;
      expect(
        found.filter((t) => /Sewer Pipe|Operations Managers/.test(t)),
        seen,
      ).toEqual([]);
      expect(
        found.slice(0, 2).every((t) => /Sew/.test(t)),
        seen,
      ).toBe(true);
      expect(found, seen).toContain('Tailors, Dressmakers, and Custom Sewers');
    }
    // "Nail Technician" names the manicurists; "Nail Cutter" and "Slitter Technician" name no one.
    for (const q of ['nail tech', 'nail technician', 'nail techs']) {
      const found = await titles(q, 'en');
      expect(found[0], q).toBe('Manicurists and Pedicurists');
      expect(
        found.filter((t) => /Machine|Operators/.test(t)),
        `${q}: ${found.join(' | ')}`,
      ).toEqual([]);
    }
  });

  it('drops spoken wanting ("wanna", "voy a ser") and reads children as the childcare work', async () => {
    for (const [q, lang, first] of [
      ['i wanna be a nurce', 'en', 'Registered Nurses'],
      ['gonna be a nurse', 'en', 'Registered Nurses'],
      ['voy a ser enfermera', 'es', 'Enfermeros registrados (RN)'],
      ['quiero ser enfermra', 'es', 'Enfermeros registrados (RN)'],
      // "Trabajadores sociales de niñez …" says the children too: no start for its English "Child".
      ['cuidar niños', 'es', 'Cuidadores infantiles'],
      ['niñas', 'es', 'Cuidadores infantiles'],
    ] as const) {
      const found = await titles(q, lang);
      expect(found[0], `${q}: ${found.join(' | ')}`).toBe(first);
    }
  });

  it('counts no prior for one name among many that says what a word means', async () => {
    // "movies" means film: one "Film …" name among hundreds is a side of the work. Those who
    // make movies are their producers too ("Film Producer", "Movie Producer").
    for (const [q, lang] of [
      ['make movies', 'en'],
      ['movies', 'en'],
      ['películas', 'es'],
    ] as const) {
      const found = await titles(q, lang, 4);
      const seen = `${q}: ${found.join(' | ')}`;
      expect(
        found.slice(0, 2).every((t) => /Film|cine|^Producers and Directors$/.test(t)),
        seen,
      ).toBe(true);
      expect(
        found.filter((t) =>
          /Production Workers|Office and Administrative|Laborers|Vendedores/.test(t),
        ),
        seen,
      ).toEqual([]);
    }
  });

  it('answers more of what students type, in English and Spanish', async () => {
    const cases: SearchCase[] = [
      ['cosmetology', 'en', /^Hairdressers, Hairstylists, and Cosmetologists$/],
      ['cosmetologia', 'es', /^Estilistas, peluqueros y cosmetólogos$/],
      ['work with computers', 'en', /^Computer/],
      ['video game designer', 'en', /^Video Game Designers$/],
      ['lawyer', 'en', /^Lawyers$/],
      ['baker', 'en', /^Bakers$/],
      ['panadero', 'es', /^Panaderos$/],
      ['piloto', 'es', /^Pilotos/],
      ['dentista', 'es', /^Dentistas generales$/],
      ['carpinteria', 'es', /^Carpinteros$/],
      ['tattoo artist', 'en', /^(Artists and Related Workers|Personal Care and Service)/],
      ['real estate', 'en', /^Real Estate (Sales Agents|Brokers)$/],
      ['bienes raices', 'es', /bienes raíces/],
      ['coser', 'es', /^(Operadores de máquinas de coser|Costureros)/],
      ['costurera', 'es', /^Costureros a mano$/],
      ['sastre', 'es', /^Sastres y modistas$/],
      ['camarografo', 'es', /^Camarógrafos/],
      ['chofer de troca', 'es', /^Conductores de camiones/],
      ['hvac', 'en', /^Heating, Air Conditioning, and Refrigeration Mechanics/],
      ['barbero', 'es', /^Barberos$/],
      ['psicologa', 'es', /^Psicólogos/],
      ['marine biologist', 'en', /Biologists/],
      ['paramedico', 'es', /^Paramédicos$/],
      ['fisical therapist', 'en', /^Physical Therapists$/],
      ['fix bikes', 'en', /^Bicycle Repairers$/],
      // "Enseñar" starts no title; "dar clases" is no "Class …" other name.
      ['enseñar', 'es', /^Maestros de/, /Asistentes|Policías/],
      ['ensenar', 'es', /^Maestros de/],
      ['dar clases', 'es', /^Maestros de/, /Policías/],
      // A Spanish verb by its people in -ante, -idor, -ente.
      ['fabricar', 'es', /^Fabricantes /],
      ['cantar', 'es', /^Músicos y cantantes/],
      ['repartir', 'es', /^Conductores repartidores/],
      ['asistir', 'es', /^Asistentes /],
      // An other name with every word ("Math Teacher") names the work, ahead of interest fits.
      ['teach math', 'en', /^(Secondary|Middle) School Teachers/, /Dietitians|Psychologists/],
      [
        'quiero dar clases de matematicas',
        'es',
        /^Maestros de (preparatoria|escuela intermedia)/,
        /Dietistas|Psicólogos/,
      ],
    ];
    await expectAll(cases);
  });
});
