// Another round of what high-school students type, in English and Spanish (slang, typos, no
// accents, wishes), checked on the default occupation data through the API on every database
// engine: a sensible occupation among the first three, never an exact order. The other
// occupation-search-*.routes.test.ts files hold the earlier rounds.
import { describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import { occupationSearch, type SearchCase } from '../../../test/occupation-search.ts';

describe.each(testEngines())('occupation search for what teenagers type, on $name', (engine) => {
  const { titles, expectAll } = occupationSearch(engine);

  it('finds the makers of a thing, not who repairs or sells it', async () => {
    const cases: SearchCase[] = [
      ['make video games', 'en', /^(Video Game Designers|Software Developers)$/, /^Coin, Vending/],
      ['create video games', 'en', /^Video Game Designers$/, /^Coin, Vending/],
      ['crear videojuegos', 'es', /^Diseñadores de videojuegos$/],
      ['hacer videojuegos', 'es', /^Diseñadores de videojuegos$/],
      ['make websites', 'en', /^Web (Developers|and Digital Interface Designers)$/],
      ['create apps', 'en', /^Software Developers$/],
      ['make movies', 'en', /^(Producers and Directors|Film and Video Editors)$/],
      ['make money', 'en', /^Financial/],
    ];
    await expectAll(cases);
  });

  it('finds who does what a verb says beside its thing ("Hair Cutter", "Furniture Maker")', async () => {
    for (const q of ['cut hair', 'cutting hair']) {
      const hair = await titles(q, 'en', 2);
      expect(hair, `${q}: ${hair.join(' | ')}`).toEqual([
        'Hairdressers, Hairstylists, and Cosmetologists',
        'Barbers',
      ]);
    }
    const furniture = await titles('make furniture', 'en', 3);
    expect(furniture[0], furniture.join(' | ')).not.toMatch(/Designers/);
    expect(furniture, furniture.join(' | ')).toContain('Cabinetmakers and Bench Carpenters');
    const cases: SearchCase[] = [
      ['build furniture', 'en', /^Cabinetmakers and Bench Carpenters$/],
      ['cut meat', 'en', /^Butchers and Meat Cutters$/],
      ['cut grass', 'en', /^Landscaping and Groundskeeping Workers$/],
      ['make candy', 'en', /^Food Batchmakers$/],
      ['cortar el pelo', 'es', /^Estilistas, peluqueros y cosmetólogos$/],
      ['cuidar niños', 'es', /^Cuidadores infantiles$/],
    ];
    await expectAll(cases);
  });

  it('reads slang for a job as the work ("hacking": security)', async () => {
    const cases: SearchCase[] = [
      ['computer hacking', 'en', /^Information Security Analysts$/],
      ['hacking', 'en', /^Information Security Analysts$/],
      ['hacker', 'en', /^Penetration Testers$/, /^Taxi Drivers$/],
      ['hackers', 'en', /^Penetration Testers$/, /^Taxi Drivers$/],
      ['hackear computadoras', 'es', /^Analistas de seguridad de la información$/],
      ['hacker', 'es', /^Evaluadores de penetración/],
    ];
    await expectAll(cases);
  });

  it('finds in Spanish what the English word finds ("barcos", "películas")', async () => {
    for (const q of ['barcos', 'barco']) {
      const found = await titles(q, 'es');
      expect(found, `${q}: ${found.join(' | ')}`).toContain('Marineros y engrasadores');
    }
    for (const q of ['películas', 'peliculas', 'cine']) {
      const found = await titles(q, 'es');
      expect(
        found.every((t) =>
          /^(Editores de cine|Camarógrafos|Actores|Productores|Proyeccionistas)/.test(t),
        ),
        `${q}: ${found.join(' | ')}`,
      ).toBe(true);
    }
  });

  it('puts the work with boats and movies among the first, in either number', async () => {
    const boats = await titles('boat', 'en', 5);
    expect(boats, boats.join(' | ')).toContain('Sailors and Marine Oilers');
    expect(await titles('boats', 'en', 5)).toEqual(boats);
    for (const q of ['movies', 'movie']) {
      const found = await titles(q, 'en', 5);
      expect(found, `${q}: ${found.join(' | ')}`).toContain('Actors');
      expect(
        found.filter((t) => /^First-Line Supervisors/.test(t)),
        `${q}: ${found.join(' | ')}`,
      ).toEqual([]);
    }
  });

  it('answers what students type in English', async () => {
    const cases: SearchCase[] = [
      ['i like animals', 'en', /^(Animal Caretakers|Animal Trainers|Veterinarians)$/],
      ['work with cars', 'en', /^Automotive Service Technicians and Mechanics$/],
      ['fix cars', 'en', /^Automotive Service Technicians and Mechanics$/],
      ['doctor for kids', 'en', /^Pediatricians, General$/],
      ['build houses', 'en', /^(Carpenters|Construction Laborers)$/],
      ['be a cop', 'en', /^Police and Sheriff's Patrol Officers$/],
      ['i wanna be a nurse', 'en', /^Registered Nurses$/],
      [
        'fix computers',
        'en',
        /^(Computer, Automated Teller, and Office Machine Repairers|Computer User Support Specialists)$/,
      ],
      ['teach little kids', 'en', /^(Preschool Teachers|Kindergarten Teachers|Childcare Workers)/],
      ['work on planes', 'en', /^Aircraft Mechanics and Service Technicians$/],
      ['be a lawyer', 'en', /^Lawyers$/],
      ['plumer', 'en', /^Plumbers, Pipefitters, and Steamfitters$/],
      ['drive trucks', 'en', /Truck Drivers$/],
      ['take pictures', 'en', /^Photographers$/],
      ['help sick people', 'en', /^(Nursing Assistants|Registered Nurses|Medical Assistants)$/],
      ['write books', 'en', /^(Writers and Authors|Poets, Lyricists and Creative Writers)$/],
      ['sing', 'en', /^Musicians and Singers$/],
      ['draw', 'en', /^Fine Artists/],
      ['play sports', 'en', /^Athletes and Sports Competitors$/],
    ];
    await expectAll(cases);
  });

  it('answers what students type in Spanish, with or without accents', async () => {
    const cases: SearchCase[] = [
      ['quiero ser enfermera', 'es', /^Enfermeros registrados/],
      ['trabajar con niños', 'es', /^(Cuidadores infantiles|Maestros de preescolar)/],
      ['trabajar con ninos', 'es', /^(Cuidadores infantiles|Maestros de preescolar)/],
      ['quiero ser abogado', 'es', /^Abogados$/],
      ['quiero ser policia', 'es', /^Policías y alguaciles de patrulla$/],
      ['dentista', 'es', /^Dentistas generales$/],
      ['cortar pelo', 'es', /^(Barberos|Estilistas, peluqueros y cosmetólogos)$/],
      ['manejar camiones', 'es', /^Conductores de camiones/],
      ['cocinar', 'es', /^Cocineros/],
      ['electricista', 'es', /^Electricistas$/],
      ['bombero', 'es', /^Bomberos$/],
      ['programar computadoras', 'es', /^Programadores$/],
      ['diseñar ropa', 'es', /^Diseñadores de moda$/],
      ['tomar fotos', 'es', /^Fotógrafos$/],
      ['veterinario', 'es', /^Veterinarios$/],
      ['mecanico', 'es', /^Técnicos y mecánicos automotrices$/],
      ['ser maestra', 'es', /^Maestros de (primaria|preparatoria|secundaria|preescolar)/],
    ];
    await expectAll(cases);
  });
});
