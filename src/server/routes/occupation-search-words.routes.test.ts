// What students type when they describe what they like, not a job title, checked on the default
// occupation data (O*NET 27.0 titles and other names, our Spanish titles) through the API, on
// every database engine: phrases ("old people"), generic nouns ("build things"), verbs of doing
// ("play video games"), things they like ("dogs", "books", "plants"), typos ("nurce"), what they
// wish work gave them ("travel the world", "be famous", "work from home"), how long they want to
// stay in school ("no college") and what they do not want ("sports but not playing").
// occupations.routes.test.ts has the first queries pinned; these are more of the same kind.
import { describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import {
  occupationSearch,
  type SearchCase,
  type SearchLang,
} from '../../../test/occupation-search.ts';

describe.each(testEngines())('occupation search for what students type, on $name', (engine) => {
  const { titles, items, expectAll } = occupationSearch(engine);

  it('reads a phrase as what it means and needs no title to say a generic noun', async () => {
    // [query, language, a plausible title among the first three, titles that must not be there]
    const cases: SearchCase[] = [
      [
        'old people',
        'en',
        /^(Nursing Assistants|Personal Care Aides|Home Health Aides)$/,
        /Curators|Philosophy|Receptionists/,
      ],
      ['help old people', 'en', /^(Personal Care Aides|Nursing Assistants)$/, /Curators/],
      ['personas mayores', 'es', /^Auxiliares de enfermería/, /Cajeros|Vendedores/],
      ['cuidar a personas mayores', 'es', /^Auxiliares de enfermería/, /Cajeros/],
      ['help sick people', 'en', /^(Nursing Assistants|Registered Nurses)$/, /Receptionists|Sales/],
      ['ayudar a enfermos', 'es', /^(Auxiliares de enfermería|Enfermeros registrados)/],
      ['build things', 'en', /^(Carpenters|Construction Laborers)$/, /Truck Drivers|Inspectors/],
      ['fix things', 'en', /^Maintenance and Repair Workers, General$/, /Truck Drivers/],
      ['arreglar cosas', 'es', /^Técnicos de mantenimiento general$/, /camiones/],
      ['fire fighter', 'en', /^Firefighters$/, /Mechanics/],
      ['I love reading', 'en', /^(Editors|Librarians|Writers and Authors)/, /Printing|Production/],
      ['take care of pets', 'en', /^Animal Caretakers$/],
      ['me encanta cocinar', 'es', /^Cocineros/],
    ];
    await expectAll(cases);
    // "old people" finds what "elderly" finds; "build things" and "fix things" the work itself.
    expect(await titles('old people', 'en', 10)).toEqual(await titles('elderly', 'en', 10));
    expect(await titles('personas mayores', 'es', 10)).toEqual(await titles('ancianos', 'es', 10));
    expect((await titles('build things'))[0]).toBe('Carpenters');
    expect((await titles('fix things'))[0]).toBe('Maintenance and Repair Workers, General');
  });

  it('answers what students like, in English and Spanish, with typos', async () => {
    const cases: SearchCase[] = [
      ['make video games', 'en', /^Video Game Designers$/],
      ['play video games', 'en', /^Video Game Designers$/],
      ['jugar videojuegos', 'es', /^Diseñadores de videojuegos$/],
      ['computer games', 'en', /^(Video Game Designers|Computer Programmers)$/],
      ['draw', 'en', /^(Fine Artists|Graphic Designers)/, /Machine/],
      ['teach kids', 'en', /^(Childcare Workers|Preschool Teachers)/],
      ['cuidar niños', 'es', /^Cuidadores infantiles$/],
      ['music', 'en', /^(Musicians and Singers|Music Directors and Composers)$/],
      ['cantar', 'es', /^Músicos y cantantes$/, /[Cc]anter/],
      ['bailar', 'es', /^Bailarines$/, /prensado/],
      ['acting', 'en', /^Actors$/],
      ['makeup', 'en', /^Makeup Artists/],
      ['fashion', 'en', /^Fashion Designers$/],
      ['ropa', 'es', /^Diseñadores de moda$/, /Planchadores/],
      ['be a boss', 'en', /Managers$/, /First-Line Supervisors of Production/],
      ['chemistry', 'en', /^Chemists$/],
      ['fly planes', 'en', /^(Commercial Pilots|Airline Pilots)/, /Production|Machine Feeders/],
      ['volar aviones', 'es', /^Pilotos/],
      ['law', 'en', /^Lawyers$/],
      ['cyber security', 'en', /^Information Security/],
      ['detective', 'en', /^Detectives/],
      ['dogs', 'en', /^(Animal Caretakers|Veterinarians|Veterinary)/, /Fast Food|Food Servers/],
      ['perros', 'es', /^(Veterinarios|Cuidadores de animales)$/, /pernos/],
      ['caballos', 'es', /^(Veterinarios|Cuidadores de animales)$/, /cabello/],
      ['babies', 'en', /^(Childcare Workers|Pediatricians)/, /Rental Clerks/],
      ['bebés', 'es', /^(Cuidadores infantiles|Pediatras)$/],
      ['dinosaurs', 'en', /^Geoscientists/],
      ['plants', 'en', /^(Landscaping|Farmworkers and Laborers, Crop)/, /Treatment|Power|Gas/],
      ['plantas', 'es', /^(Jardineros|Trabajadores agrícolas)/, /plantas de/],
      ['nature', 'en', /^(Forest and Conservation|Conservation Scientists)/, /Truck Drivers/],
      ['naturaleza', 'es', /^Trabajadores forestales y de conservación$/, /camiones/],
      ['books', 'en', /^(Editors|Librarians|Writers and Authors)/, /Gambling/],
      ['libros', 'es', /^(Editores|Bibliotecarios)/, /cursos libres/],
      ['write stories', 'en', /^(Writers and Authors|Poets)/],
      ['gym', 'en', /^Exercise Trainers/, /Animal/],
      ['robots', 'en', /^Robotics/],
      ['fútbol', 'es', /^(Entrenadores|Atletas)/],
      ['football', 'en', /^Athletes and Sports Competitors$/, /Exercise|Athletic Trainers/],
      ['películas', 'es', /^(Editores de cine|Camarógrafos)/],
      ['save lives', 'en', /^(Firefighters|Paramedics|Emergency Medical Technicians)$/],
      ['salvar vidas', 'es', /^(Bomberos|Paramédicos)$/],
      ['make a lot of money', 'en', /^(Financial|Personal Financial)/, /Cleaners|Inspectors/],
      ['teeth', 'en', /^(Dental|Dentists)/, /Inspectors/],
      ['eye doctor', 'en', /^(Optometrists|Ophthalmologists)/],
      ['ojos', 'es', /^(Optometristas|Oftalmólogos)$/],
      ['make apps', 'en', /^Software Developers$/, /Automotive|Appraisers/],
      ['repostería', 'es', /^Panaderos$/],
      // Typos.
      ['nurce', 'en', /^Registered Nurses$/],
      ['engeneer', 'en', /Engineers$/],
      ['inginiero', 'es', /^Ingenieros/],
    ];
    await expectAll(cases);
    // A typo that is a Spanish word too: the car mechanics, the most common, come first.
    expect((await titles('mecanic'))[0]).toBe('Automotive Service Technicians and Mechanics');
  });

  it('reads wishes, schooling and what is not wanted, as students type them', async () => {
    // [query, language, a plausible title among the first three, titles that must not be there]
    const cases: SearchCase[] = [
      ['help people with problems', 'en', /Counselors|Psychologists/, /Receptionists|Sales/],
      ['travel the world', 'en', /^(Travel Guides|Flight Attendants|Commercial Pilots)$/, /Teach/],
      [
        'work from home',
        'en',
        /^(Software Developers|Web Developers|Computer Programmers|Lawyers)$/,
        /Home|Construction|Carpenters/,
      ],
      ['be famous', 'en', /^(Actors|Musicians and Singers)$/],
      ['kid doctor', 'en', /^Pediatricians, General$/, /Social Workers|Counselors/],
      ['marines', 'en', /^Military/, /^Marine Engineers/],
      ['heart doctor', 'en', /^Cardiologists$/],
      ['write code', 'en', /^(Software Developers|Computer Programmers)$/, /Data Entry/],
      ['be my own boss', 'en', /Managers$/, /Biofuels/],
      ['sports but not playing', 'en', /^(Coaches|Umpires|Sports Medicine)/, /^Athletes/],
      ['no college', 'en', /^(Retail Salespersons|Cashiers)$/, /Engineers|Physicians|Lawyers/],
      ['stay in school long', 'en', /^(Lawyers|Pharmacists|Physicians)/, /Cashiers|Retail/],
      ['talk to people', 'en', /Mediators|Managers/, /News Analysts|Disc Jockeys/],
      ['trabajar desde casa', 'es', /^(Desarrolladores|Abogados|Programadores)/, /Carpinteros/],
      ['ser famoso', 'es', /^(Actores|Músicos y cantantes)$/],
      ['viajar por el mundo', 'es', /^(Sobrecargos|Pilotos)/],
      ['doctor de niños', 'es', /^Pediatras$/, /Psiquiatras/],
      ['sin universidad', 'es', /^(Vendedores minoristas|Cajeros)$/, /Ingenieros|Abogados/],
      ['weather', 'en', /^Atmospheric and Space Scientists$/, /Weatherization/],
      ['blood', 'en', /^Phlebotomists$/],
      ['surgery', 'en', /Surg/, /Medical Secretaries/],
      ['church', 'en', /^(Clergy|Directors, Religious Activities)/, /Sales Representatives/],
      ['stocks', 'en', /Investment|Securities/, /Stockers|Security Guards/],
      ['coast guard', 'en', /^Military/, /Coatroom/],
      ['taxes', 'en', /^Tax (Preparers|Examiners)/],
      ['youtube', 'en', /Video/],
      ['build computers', 'en', /^Computer/, /Training and Development/],
    ];
    await expectAll(cases);
    // Where the order itself is the answer.
    expect((await titles('design buildings'))[0]).toBe('Architects, Except Landscape and Naval');
    expect((await titles('kid doctor'))[0]).toBe('Pediatricians, General');
    expect((await titles('take pictures'))[0]).toBe('Photographers');
    expect((await titles('work at a bank'))[0]).toBe('Tellers');
    expect((await titles('be famous'))[0]).toBe('Actors');
    expect((await titles('marines', 'en', 2)).every((t) => t.startsWith('Military'))).toBe(true);
    const counselors = await titles('help people with problems', 'en', 5);
    expect(
      counselors.filter((t) => /Counselors|Psychologists|Social Workers/.test(t)).length,
    ).toBeGreaterThanOrEqual(4);
    // "not playing": the athletes still come, after the rest of the sports work.
    const sports = await titles('sports but not playing', 'en', 50);
    expect(sports).toContain('Athletes and Sports Competitors');
    expect(sports.indexOf('Athletes and Sports Competitors')).toBeGreaterThan(
      sports.indexOf('Coaches and Scouts'),
    );
  });

  it('reads whom and what for, the worker named last, and words of where', async () => {
    // [query, language, a plausible title among the first three, titles that must not be there]
    const cases: SearchCase[] = [
      ['kids nurse', 'en', /^Registered Nurses$/, /Childcare/],
      ['baby nurse', 'en', /^Registered Nurses$/, /Childcare/],
      ['fix computers', 'en', /^Computer User Support Specialists$/, /Machinists|Inspectors/],
      ['help homeless people', 'en', /Social/, /Receptionists|Sales/],
      ['bugs', 'en', /^(Pest Control Workers|Zoologists)/, /Truck|Production/],
      ['insectos', 'es', /^(Técnicos en control de plagas|Zoólogos)/],
      ['rockets', 'en', /^Aerospace Engineers$/, /Artillery/],
      ['cohetes', 'es', /^Ingenieros aeroespaciales$/],
      ['trains', 'en', /^(Locomotive Engineers|Railroad Conductors)/, /Training/],
      ['trenes', 'es', /^(Maquinistas de locomotora|Conductores de tren)/, /capacitación/],
      ['fight fires', 'en', /^Firefighters$/, /Mechanics/],
      ['apagar incendios', 'es', /^Bomberos$/],
      ['outside all day', 'en', /^(Landscaping|Logging|Forest)/, /Securities|Production/],
      ['proteger a la gente', 'es', /^(Bomberos|Policías|Guardias de seguridad)/, /Joyeros/],
      ['ayudar a los pobres', 'es', /servicios sociales|Trabajadores sociales/],
      ['buena con los números', 'es', /^(Contadores|Actuarios|Estadísticos)/, /Secretarios/],
      ['make clothes', 'en', /^Tailors, Dressmakers/, /Editors/],
      ['hacer ropa', 'es', /^Sastres y modistas$/, /Planchadores/],
    ];
    await expectAll(cases);
    // Where the order itself is the answer.
    expect((await titles('heart doctor'))[0]).toBe('Cardiologists');
    expect((await titles('kids nurse'))[0]).toBe('Registered Nurses');
    expect((await titles('baby nurse'))[0]).toBe('Registered Nurses');
    expect((await titles('fix computers'))[0]).toMatch(/^Computer, Automated Teller/);
    expect((await titles('rockets'))[0]).toBe('Aerospace Engineers');
    expect((await titles('fight fires'))[0]).toBe('Firefighters');
    // The first five are all of the kind asked for.
    const allOf = async (q: string, kind: RegExp) =>
      expect(
        (await titles(q, 'en', 5)).filter((t) => !kind.test(t)),
        q,
      ).toEqual([]);
    await allOf('good with numbers', /Accountants|Actuaries|Bookkeeping|Statisticians|Mathematic/);
    await allOf('protect people', /Firefighters|Paramedics|Security Guards|Emergency|Police/);
    await allOf('help the poor', /Social|Eligibility Interviewers|Community/);
    await allOf('work with animals outside', /Animal|Farmworkers|Zoologists/);
  });

  it('puts the people who do the work first, and reads "al aire libre" as where', async () => {
    // The aides the source names for older adults ("Elderly Companion", "Geriatric Aide").
    for (const [q, lang] of [
      ['help old people', 'en'],
      ['old people', 'en'],
      ['take care of the elderly', 'en'],
      ['cuidar ancianos', 'es'],
      ['ayudar a personas mayores', 'es'],
    ]) {
      const found = await titles(q!, lang as SearchLang);
      expect(found[0], `${q}: ${found.join(' | ')}`).toMatch(
        /^(Personal Care Aides|Home Health Aides|Asistentes de (cuidado personal|salud a domicilio))$/,
      );
      expect(found, q).toContainEqual(
        expect.stringMatching(/^(Nursing Assistants|Auxiliares de enfermería)/),
      );
    }
    // A teacher's other name ("Computer Repair Instructor") does not outrank those who do it.
    for (const q of ['fix computers', 'fix computer', 'repair computers']) {
      const found = await titles(q, 'en', 5);
      expect(found[0], q).toMatch(/^Computer, Automated Teller/);
      expect(found.slice(0, 3), q).not.toContainEqual(expect.stringMatching(/Teachers/));
    }
    // "al aire libre" is where, as "afuera" and "outside" are: no truck drivers first.
    const outside = await titles('trabajar afuera', 'es', 10);
    expect(await titles('trabajar al aire libre', 'es', 10)).toEqual(outside);
    expect(outside.slice(0, 3)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^(Jardineros|Trabajadores forestales)/)]),
    );
    expect(outside[0]).not.toMatch(/camiones/);
  });

  it('says which work a catch-all title holds, in either language', async () => {
    // O*NET files tattoo artists under "Personal Care and Service Workers, All Other" only:
    // that title comes first, with the other name that says so, in Spanish too.
    for (const [q, lang, title] of [
      ['tattoo', 'en', 'Personal Care and Service Workers, All Other'],
      ['tatuajes', 'es', 'Otros trabajadores de cuidado y servicios personales'],
      ['tatuador', 'es', 'Otros trabajadores de cuidado y servicios personales'],
    ]) {
      const first = (await items(q!, lang as SearchLang))[0]!;
      expect(first.title, q).toBe(title);
      expect(first.alsoCalled, q).toMatch(/^Tattoo/);
    }
    // A title that names the work keeps its Spanish alone (no English name beside it).
    const nurse = (await items('enfermera practicante', 'es', 1))[0]!;
    expect(nurse.alsoCalled).toBeNull();
  });
});
