import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import { expectPlausible, type SearchCase } from '../../../test/occupation-search.ts';
import type {
  TOccupation,
  TOccupationList,
  TPathwayOccupations,
} from '../../contracts/occupation.ts';
import type { TSearchResult } from '../../contracts/search.ts';
import type { Runtime } from '../../runtime.ts';
import { buildTestApp } from '../../../test/app.ts';

describe.each(testEngines())('occupations and search API on $name', (engine) => {
  let runtime: Runtime;
  let app: FastifyInstance;

  beforeAll(async () => {
    runtime = await engine.open();
    await runtime.seed();
    app = await buildTestApp(runtime, { occupations: true });
  });
  afterAll(async () => {
    await app?.close();
    await runtime?.close();
  });

  const get = (url: string) => app.inject({ method: 'GET', url });

  it('lists the occupations of every pathway, with entry levels, from the default data', async () => {
    const pathways = (await get('/api/v1/pathways')).json<{ items: { code: string }[] }>().items;
    expect(pathways).toHaveLength(79);
    for (const { code } of pathways) {
      const body = (await get(`/api/v1/pathways/${code}/occupations`)).json<TPathwayOccupations>();
      expect(body.items.length, code).toBeGreaterThanOrEqual(5);
    }
    const nursing = (await get('/api/v1/pathways/08-05/occupations')).json<TPathwayOccupations>();
    expect(nursing.pathway.code).toBe('08-05');
    expect(nursing.items).toContainEqual(
      expect.objectContaining({
        code: '29-1141.00',
        title: 'Registered Nurses',
        entryLevel: 'high',
        isPrimary: true,
      }),
    );
    // Every source shown is credited: O*NET under CC BY 4.0 with what we changed, BLS too.
    const attribution = nursing.sources.map((s) => s.attribution).join('\n');
    expect(attribution).toMatch(/O\*NET 27\.0 Database.*CC BY 4\.0.*Wayfinder changes/);
    expect(attribution).toMatch(/Bureau of Labor Statistics/);
    expect(nursing.items.find((o) => o.code === '29-1141.00')!.medianAnnualWage).toBeGreaterThan(
      50_000,
    );
  });

  it('answers in Spanish', async () => {
    const body = (
      await get('/api/v1/pathways/08-05/occupations?lang=es')
    ).json<TPathwayOccupations>();
    expect(body.items.find((o) => o.code === '29-1141.00')).toMatchObject({
      title: 'Enfermeros registrados (RN)',
      entryLevelLabel: 'Calificación alta',
    });
  });

  it('filters the list by entry level and code', async () => {
    const semi = (await get('/api/v1/occupations?level=semi&limit=200')).json<TOccupationList>();
    expect(semi.items.length).toBeGreaterThan(0);
    expect(semi.items.every((o) => o.entryLevel === 'semi')).toBe(true);
    const two = (await get('/api/v1/occupations?codes=15-1252,29-1141.00')).json<TOccupationList>();
    expect(two.items.map((o) => o.code).sort()).toEqual(['15-1252.00', '29-1141.00']);
    expect((await get('/api/v1/occupations?codes=nope')).statusCode).toBe(400);
  });

  it('shows one occupation with its pathways and sources, and 404 for an unknown code', async () => {
    const res = await get('/api/v1/occupations/13-1081.00');
    expect(res.statusCode).toBe(200);
    const body = res.json<TOccupation>();
    expect(body.pathways.map((p) => [p.code, p.isPrimary])).toEqual([
      ['16-03', true],
      ['13-02', false],
    ]);
    expect(body.typicalEducation).toMatch(/Bachelor/);
    expect(body.sources.map((s) => s.id)).toEqual(
      expect.arrayContaining(['onet@27.0', 'bls-oews@May 2024', 'wayfinder-curated@2']),
    );
    expect((await get('/api/v1/occupations/99-9999.00')).statusCode).toBe(404);
    expect((await get('/api/v1/occupations/15-1252')).statusCode).toBe(400);
  });

  it('finds an occupation by the everyday word for it, saying which other name matched', async () => {
    const cases: [string, string, RegExp][] = [
      ['RN', '29-1141.00', /\bRN\b/],
      ['cop', '33-3051.00', /^Cop$/],
      ['EMT', '29-2042.00', /^EMT$/],
      ['coder', '15-1251.00', /Coder/],
    ];
    for (const [q, code, name] of cases) {
      const result = (
        await get(`/api/v1/search?q=${q}&type=occupation&limit=5`)
      ).json<TSearchResult>();
      const items = result.groups[0]?.items ?? [];
      const hit = items.find((item) => item.id === code);
      expect(hit, `${q} finds ${code} among the first five`).toBeDefined();
      expect(hit!.alsoCalled, q).toMatch(name);
    }
    // A title match names no other name.
    const nurses = (await get('/api/v1/search?q=registered%20nurses')).json<TSearchResult>();
    expect(nurses.groups.find((g) => g.type === 'occupation')!.items[0]).toMatchObject({
      id: '29-1141.00',
      alsoCalled: null,
    });
  });

  it('in Spanish, explains a match in Spanish, or by an other name only as typed', async () => {
    const items = async (q: string) =>
      (
        await get(`/api/v1/search?q=${encodeURIComponent(q)}&type=occupation&lang=es&limit=10`)
      ).json<TSearchResult>().groups[0]?.items ?? [];
    const camionero = await items('camionero');
    expect(camionero[0]).toMatchObject({
      title: 'Conductores de camiones pesados',
      alsoCalled: null,
    });
    expect(camionero.map((i) => i.alsoCalled)).not.toContain('Truck Hop');
    const np = await items('enfermera practicante');
    expect(np[0]).toMatchObject({ id: '29-1171.00', alsoCalled: null });
    const cop = await items('cop');
    expect(cop[0]).toMatchObject({ id: '33-3051.00', alsoCalled: 'Cop' });
    for (const item of cop.slice(0, 5)) expect(item.alsoCalled, item.title).toMatch(/\bcop\b/i);
    expect((await items('EMT'))[0]).toMatchObject({ id: '29-2042.00', alsoCalled: 'EMT' });
    // A word of the index in another form is no typo: "mesero" finds no plasterers (yeseros).
    expect((await items('mesero')).map((i) => i.title).join(' | ')).not.toMatch(/Yeseros|yesero/);
    expect((await items('doctora'))[0]!.title).toMatch(/^Médicos/);
    expect((await items('piloto de avión'))[0]!.title).toMatch(/^Pilotos/);
  });

  it('answers words of interest with the occupations whose interests fit them', async () => {
    const search = async (q: string, type: string, lang = 'en') =>
      (
        await get(`/api/v1/search?q=${encodeURIComponent(q)}&type=${type}&lang=${lang}&limit=5`)
      ).json<TSearchResult>().groups[0]?.items ?? [];
    const fitOf = async (code: string, letter: string) =>
      (await get(`/api/v1/occupations/${code}`)).json<TOccupation>().riasec?.[letter] ?? 0;
    const cases: [string, string, string][] = [
      ['help people', 'en', 'S'],
      ['ayudar a la gente', 'es', 'S'],
      ['build things', 'en', 'R'],
      ['construir cosas', 'es', 'R'],
      ['work outside', 'en', 'R'],
      ['trabajar al aire libre', 'es', 'R'],
      ['work with my hands', 'en', 'R'],
      ['creative', 'en', 'A'],
      ['creativo', 'es', 'A'],
      ['leadership', 'en', 'E'],
      ['organize', 'en', 'C'],
      ['math', 'en', 'I'],
    ];
    for (const [q, lang, letter] of cases) {
      const items = await search(q, 'occupation', lang);
      expect(items, q).toHaveLength(5);
      for (const item of items)
        expect(await fitOf(item.id, letter), `${q}: ${item.title}`).toBeGreaterThanOrEqual(5);
    }
    const first = async (q: string, lang = 'en') => (await search(q, 'occupation', lang))[0]?.title;
    expect(await first('help people')).not.toMatch(/Receptionists|Sales/);
    expect(await first('build things')).not.toMatch(/Inspectors/);
    expect(await first('math')).toBe('Mathematicians');
    // A title or other name that has the words still comes first.
    expect(await first('art teacher')).toMatch(/Teachers/);
    expect((await search('art teacher', 'occupation'))[0]!.alsoCalled).toBe('Art Teacher');
    expect(await first('art')).toMatch(/^Art /);
    expect(await first('business')).toMatch(/^Business /);
    // Other types are found by their words as before.
    expect((await search('science', 'cip'))[0]?.title).toMatch(/Science/);
    expect((await search('science', 'cluster')).map((i) => i.title)).toContain('Health Science');
    expect(await search('help people', 'cip')).toEqual([]);
  });

  it('answers the words students type: misspellings, everyday words, plurals, Spanish', async () => {
    const firstOccupations = async (q: string, lang = 'en', n = 3) =>
      (
        await get(
          `/api/v1/search?q=${encodeURIComponent(q)}&type=occupation&lang=${lang}&limit=${n}`,
        )
      )
        .json<TSearchResult>()
        .groups[0]?.items.map((item) => item.title) ?? [];
    const cases: [string, string, RegExp][] = [
      // Misspellings.
      ['docter', 'en', /Physicians/],
      ['enginer', 'en', /Engineers/],
      ['pyschologist', 'en', /Psychologists/],
      ['electrition', 'en', /^Electricians$/],
      ['vetrinarian', 'en', /^Veterinarians$/],
      ['mecanic', 'en', /Mechanics/],
      ['acountant', 'en', /^Accountants and Auditors$/],
      ['plumer', 'en', /^Plumbers/],
      ['nurseing', 'en', /Nurses/],
      ['docters', 'en', /Physicians/],
      // Everyday words, plurals and short forms.
      ['vet', 'en', /^Veterinarians$/],
      ['cop', 'en', /^Police and Sheriff's Patrol Officers$/],
      ['doctor', 'en', /Physicians/],
      ['doctors', 'en', /Physicians/],
      ['teacher', 'en', /^(Elementary|Secondary|Middle) School Teachers/],
      ['nurse', 'en', /^Registered Nurses$/],
      ['  NURSE! ', 'en', /^Registered Nurses$/],
      ['Nurses', 'en', /^Registered Nurses$/],
      ['<b>nurse</b>', 'en', /^Registered Nurses$/],
      ['I want to be a nurse', 'en', /^Registered Nurses$/],
      ['coding', 'en', /Software Developers|Computer Programmers/],
      ['cars', 'en', /^Automotive/],
      ['computers', 'en', /^Computer/],
      ['cooking', 'en', /Cooks/],
      ['mechanic', 'en', /^Automotive Service Technicians and Mechanics$/],
      ['work with animals', 'en', /Animal/],
      ['jobs with animals', 'en', /Animal/],
      ['army', 'en', /Military/],
      ['IT', 'en', /Information/],
      ['AI', 'en', /Software Developers|Information Security/],
      // Spanish, with and without accents.
      ['enfermera', 'es', /^Enfermeros registrados/],
      ['médico', 'es', /^Médicos/],
      ['medico', 'es', /^Médicos/],
      ['maestro', 'es', /^Maestros de (primaria|preparatoria|escuela intermedia)/],
      ['mecanico', 'es', /^Mecánicos/],
      ['enfermería', 'es', /Enfermeros registrados|Auxiliares de enfermería/],
      ['trabajar con animales', 'es', /animales/],
      ['quiero ser enfermera', 'es', /^Enfermeros registrados/],
    ];
    for (const [q, lang, expected] of cases) {
      const titles = await firstOccupations(q, lang);
      expect(
        titles.some((title) => expected.test(title)),
        `${q} (${lang}): ${titles.join(' | ')}`,
      ).toBe(true);
    }
    // The first result for these is what the person meant, not only among the first three.
    expect((await firstOccupations('cop'))[0]).toBe("Police and Sheriff's Patrol Officers");
    expect((await firstOccupations('plumer'))[0]).toMatch(/^Plumbers/);
    expect((await firstOccupations('acountant'))[0]).toBe('Accountants and Auditors');
    // The trade for an -ing word, a whole phrase of interest, a short form as a whole word.
    expect((await firstOccupations('welding'))[0]).toBe('Welders, Cutters, Solderers, and Brazers');
    expect((await firstOccupations('programming'))[0]).toBe('Computer Programmers');
    expect((await firstOccupations('work with kids'))[0]).toBe('Childcare Workers');
    expect((await firstOccupations('PT'))[0]).toBe('Physical Therapists');
    expect((await firstOccupations('enfermera practicante', 'es'))[0]).toMatch(
      /^Enfermeros de práctica avanzada/,
    );
    const ai = (await get('/api/v1/search?q=AI&type=cip,cluster,pathway')).json<TSearchResult>();
    expect(ai.groups.flatMap((g) => g.items.map((i) => i.title))).toEqual([
      'Artificial Intelligence',
    ]);
    // A short form spelled out: "IT" puts the Information Technology cluster first.
    const it = (await get('/api/v1/search?q=IT&type=cluster')).json<TSearchResult>();
    expect(it.groups[0]!.items[0]!.title).toBe('Information Technology');
    // Odd input answers plainly.
    for (const q of ['%', '_', '.*', '(', "'", '😀', 'a', 'ß', '<script>']) {
      const res = await get(`/api/v1/search?q=${encodeURIComponent(q)}`);
      expect(res.statusCode, q).toBe(200);
    }
    for (const q of ['', '   ', 'a'.repeat(500), 'nurse\u0000']) {
      const res = await get(`/api/v1/search?q=${encodeURIComponent(q)}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json<{ error: { field: string } }>().error.field).toBe('q');
    }
  });

  it('answers what a 9th grader or a Spanish-speaking parent types, in the first three', async () => {
    const firstThree = async (q: string, lang = 'en') =>
      (await get(`/api/v1/search?q=${encodeURIComponent(q)}&type=occupation&lang=${lang}&limit=3`))
        .json<TSearchResult>()
        .groups[0]?.items.map((item) => item.title) ?? [];
    // [query, language, a plausible title among the first three, titles that must not be there]
    const cases: SearchCase[] = [
      ['outdoors', 'en', /^(Landscaping|Forest and Conservation|Logging)/, /Truck Drivers/],
      ['work outside', 'en', /^Landscaping and Groundskeeping Workers$/],
      ['afuera', 'es', /^Jardineros/],
      ['bombero', 'es', /^Bomberos$/, /Marineros|mantenimiento/],
      ['firefighter', 'en', /^Firefighters$/, /Sailors|Maintenance/],
      ['animals', 'en', /^Animal (Caretakers|Trainers)$/],
      ['video games', 'en', /^Video Game Designers$/],
      ['make money', 'en', /^Financial|Personal Financial/, /Inspectors/],
      ['ganar dinero', 'es', /financieros/, /Jardineros/],
      ['build houses', 'en', /^Carpenters$/, /Janitors|Mobile Home/],
      ['construir casas', 'es', /^(Carpinteros|Obreros de la construcción)$/, /Cocineros/],
      ['help animals', 'en', /^(Animal Caretakers|Veterinar)/, /^Helpers/],
      ['ayudar a animales', 'es', /^(Cuidadores de animales|Veterinarios|Técnicos veterinarios)$/],
      ['fix cars', 'en', /^Automotive/, /Production Workers/],
      ['arreglar carros', 'es', /^Técnicos y mecánicos automotrices$/],
      ['fix phones', 'en', /^Telecommunications Equipment/, /Production Workers/],
      ['hospital', 'en', /^(Registered Nurses|Hospitalists)$/, /Clerks|Janitors/],
      ['trabajar con niños', 'es', /^Cuidadores infantiles$/, /madera/],
      ['mecánico de autos', 'es', /^Técnicos y mecánicos automotrices$/],
      ['diseño', 'es', /^Diseñadores/],
      ['police', 'en', /^Police and Sheriff's Patrol Officers$/, /Dispatchers/],
      ['army', 'en', /^Military/],
      ['beauty', 'en', /Cosmetologists|Manicurists|Skincare/, /Retail|Wholesale/],
      ['belleza', 'es', /Estilistas|Manicuristas|piel/],
      ['nails', 'en', /^Manicurists and Pedicurists$/, /Woodworking|Machine/],
      ['sports', 'en', /^Athletes and Sports Competitors$/, /Gambling/],
      ['deportes', 'es', /^(Atletas|Entrenadores)/],
      ['drawing', 'en', /^(Fine Artists|Graphic Designers)/, /Machine/],
      ['dibujar', 'es', /^(Diseñadores gráficos|Artistas)/],
      ['space', 'en', /^(Aerospace Engineers|Astronomers)$/, /Clerks/],
      ['ocean', 'en', /^(Sailors and Marine Oilers|Marine Engineers)/, /Customs|Freight/],
      ['cocinar', 'es', /^(Cocineros|Chefs)/],
      ['música', 'es', /^Músicos/],
      ['dinero', 'es', /financieros/],
      ['abogado', 'es', /^Abogados$/],
      ['elderly', 'en', /^(Nursing Assistants|Personal Care Aides|Home Health Aides)$/, /Sergeant/],
      ['ancianos', 'es', /^Auxiliares de enfermería/],
      ['hair', 'en', /^(Hairdressers|Barbers)/, /Animal|Production/],
      ['chef', 'en', /^Chefs and Head Cooks$/],
      ['youtuber', 'en', /^(Film and Video Editors|Camera Operators|Audio and Video)/],
      ['coding', 'en', /Software Developers|Computer Programmers/],
      ['vet', 'en', /^Veterinarians$/],
      ['computers', 'en', /^Computer/],
      ['psychology', 'en', /Psychologists$/],
      ['photography', 'en', /^Photographers$/],
      ['biology', 'en', /Biologists$/],
      ['movies', 'en', /^(Film and Video Editors|Camera Operators)/],
      ['airplanes', 'en', /^Aircraft Mechanics/],
      ['fotografía', 'es', /^Fotógrafos$/],
      ['maestra', 'es', /^Maestros de/, /musicales/],
      ['periodismo', 'es', /^Periodistas/],
      ['leyes', 'es', /^Abogados$/],
      ['ejército', 'es', /militar/, /ejercicio/],
      ['maquillaje', 'es', /^Maquillistas/],
    ];
    await expectPlausible(firstThree, cases);
    // "work with my hands" is hands-on work, not the titles that say ", Hand".
    const hands = await firstThree('work with my hands');
    expect(hands.filter((title) => /, Hand$/.test(title)).length, hands.join(' | ')).toBeLessThan(
      2,
    );
    expect(hands[0]).not.toMatch(/, Hand$/);
    // It asks for the hands-on trades (BLS OOH: construction, installation and repair), not
    // whatever fits the Realistic interest and is most common (truck drivers, security guards).
    for (const title of hands)
      expect(title, hands.join(' | ')).toMatch(
        /Carpenters|Electricians|Plumbers|Landscaping|Mechanics|Welders/,
      );
  });

  it('searches by prefix, with typos, by code and in Spanish, grouped by type', async () => {
    const nurs = (await get('/api/v1/search?q=nurs')).json<TSearchResult>();
    expect(nurs.groups.find((g) => g.type === 'occupation')!.items.map((i) => i.id)).toEqual(
      expect.arrayContaining(['29-1141.00', '31-1131.00']),
    );
    const typo = (await get('/api/v1/search?q=sofware')).json<TSearchResult>();
    expect(typo.groups.find((g) => g.type === 'occupation')!.items[0]!.title).toMatch(/Software/);
    const code = (await get('/api/v1/search?q=15-1252')).json<TSearchResult>();
    expect(code.groups.find((g) => g.type === 'occupation')!.items[0]).toMatchObject({
      id: '15-1252.00',
      href: '/api/v1/occupations/15-1252.00',
    });
    const spanish = (await get('/api/v1/search?q=enfermeria&lang=es')).json<TSearchResult>();
    expect(spanish.groups.find((g) => g.type === 'occupation')!.items[0]!.title).toMatch(
      /enfermer/i,
    );
    const pathwaysOnly = (
      await get('/api/v1/search?q=health&type=pathway,cluster')
    ).json<TSearchResult>();
    expect(
      pathwaysOnly.groups.map((g) => g.type).every((t) => t === 'pathway' || t === 'cluster'),
    ).toBe(true);
    expect((await get('/api/v1/search?q=')).statusCode).toBe(400);
    expect((await get('/api/v1/search?q=x&type=planet')).statusCode).toBe(400);
  });
});
