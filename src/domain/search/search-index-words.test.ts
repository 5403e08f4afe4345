// The search index on the words people type: plurals, -ing words, typos, short forms, filler
// and interest words, and which other name a Spanish reader is shown (search-index.test.ts has
// the index's basics).
import { describe, expect, it } from 'vitest';
import { SearchIndex, type SearchDoc } from './search-index.ts';
import { ingKeys, spanishKey } from './spanish.ts';

describe('the words people type', () => {
  const occ = (id: string, en: string, extra: Partial<SearchDoc> = {}): SearchDoc => ({
    type: 'occupation',
    id,
    codes: [id],
    title: { en },
    ...extra,
  });
  const index = new SearchIndex([
    occ('plumbers', 'Plumbers, Pipefitters, and Steamfitters'),
    occ('flumer', 'Conveyor Operators', { aliases: ['Flumer'] }),
    occ('engineers', 'Civil Engineers', { prior: 0.8 }),
    occ('engine', 'Engine Assemblers', { prior: 0.2 }),
    occ('mechanical', 'Mechanical Engineers', { prior: 0.9 }),
    occ('cooks', 'Cooks, Restaurant'),
    occ('nurses', 'Registered Nurses', { prior: 1 }),
    occ('midwives', 'Nurse Midwives', { prior: 0.1 }),
    occ('physicians', 'Family Medicine Physicians', { aliases: ['Doctor'] }),
    occ('animals', 'Animal Caretakers'),
    occ('social', 'Social Workers'),
    occ('autos', 'Automotive Service Technicians and Mechanics'),
    { type: 'cluster', id: '11', codes: ['11'], title: { en: 'Information Technology' } },
    { type: 'cluster', id: '05', codes: ['05'], title: { en: 'Finance', es: 'Finanzas' } },
  ]);
  const ids = (q: string, lang?: 'en' | 'es') =>
    index.search(q, () => true, lang).map((h) => h.doc.id);

  it('folds English plurals and -ing words to their base word', () => {
    expect(spanishKey('engineers')).toBe(spanishKey('engineer'));
    expect(spanishKey('technologies')).toBe(spanishKey('technology'));
    expect(spanishKey('business')).toBe('business');
    expect(ingKeys('nursing')).toContain('nurse');
    expect(ingKeys('programming')).toContain('program');
    expect(ingKeys('string')).toEqual([]);
    expect(ids('cooking')).toEqual(['cooks']);
    expect(ids('nursing')).toEqual(expect.arrayContaining(['nurses', 'midwives']));
  });

  it('corrects a typo towards a plural, the same first letter and the more common word', () => {
    expect(ids('plumer')[0]).toBe('plumbers');
    expect(ids('enginer').slice(0, 2).sort()).toEqual(['engineers', 'mechanical']);
    expect(ids('docter')[0]).toBe('physicians');
    expect(ids('docters')[0]).toBe('physicians');
  });

  it('orders equal matches by prior, and by the title in the language asked for', () => {
    expect(ids('engineers')).toEqual(['mechanical', 'engineers']);
    expect(ids('nurse')[0]).toBe('midwives'); // its title starts with the query
    expect(ids('finanzas', 'es')).toEqual(['05']);
  });

  it('understands everyday words, short forms, fillers and markup', () => {
    expect(ids('cars')).toEqual(['autos']);
    expect(ids('IT')[0]).toBe('11');
    expect(ids('jobs with animals')).toEqual(['animals']);
    expect(ids('work with animals')[0]).toBe('animals');
    expect(ids('<b>nurse</b>')[0]).toBe(ids('nurse')[0]);
    expect(ids('I want to be a nurse')[0]).toBe(ids('nurse')[0]);
  });

  it('matches a short form as a whole word, not as the start of longer words', () => {
    const short = new SearchIndex([
      occ('ai', 'Software Developers', { aliases: ['AI Specialist'] }),
      occ('air', 'Air Traffic Controllers'),
      occ('emt', 'Emergency Medical Technicians', { aliases: ['EMT'] }),
      occ('empty', 'Emtpy Bottle Sorters'),
      occ('art', 'Art Directors', { aliases: ['ART Coordinator'] }),
      occ('artists', 'Fine Artists'),
      { type: 'cip', id: '11.0102', codes: ['11.0102'], title: { en: 'Artificial Intelligence' } },
    ]);
    const found = (q: string) => short.search(q).map((h) => h.doc.id);
    expect(found('AI').sort()).toEqual(['11.0102', 'ai']);
    expect(found('ai')).not.toContain('air');
    expect(found('emt')).toEqual(['emt']);
    // A word also written as an ordinary word ("Art") still finds longer words.
    expect(found('art')).toEqual(expect.arrayContaining(['art', 'artists']));
  });

  it('finds the trade for an -ing word, the main occupation first', () => {
    const trades = new SearchIndex([
      occ('machine', 'Welding, Soldering, and Brazing Machine Setters, Operators, and Tenders', {
        prior: 0.7,
      }),
      occ('welders', 'Welders, Cutters, Solderers, and Brazers', { prior: 0.85 }),
      occ('programmers', 'Computer Programmers', { prior: 0.8 }),
      occ('media', 'Media Programming Directors', { prior: 0.4 }),
    ]);
    const found = (q: string) => trades.search(q).map((h) => h.doc.id);
    expect(found('welding')).toEqual(['welders', 'machine']);
    expect(found('welder')[0]).toBe('welders');
    expect(found('programming')[0]).toBe('programmers');
  });

  it('lets filler words order hits but not decide them', () => {
    const kids = new SearchIndex([
      occ('social', 'Child, Family, and School Social Workers', { prior: 0.85 }),
      occ('childcare', 'Childcare Workers', { prior: 0.82 }),
      occ('preschool', 'Preschool Teachers', { prior: 0.86 }),
      occ('sales', 'Retail Salespersons', { prior: 1, aliases: ['Kids Clothing Salesperson'] }),
      occ('other', 'Production Workers, All Other', { prior: 0.9 }),
    ]);
    const found = (q: string) => kids.search(q).map((h) => h.doc.id);
    expect(found('work with kids')[0]).toBe('childcare');
    expect(found('work with kids')).not.toContain('other');
    expect(found('kids')[0]).toBe('childcare');
  });

  it('puts the title that is the query in other forms first', () => {
    const therapists = new SearchIndex([
      occ('pta', 'Physical Therapist Assistants', { prior: 0.8 }),
      occ('pt', 'Physical Therapists', { prior: 0.8 }),
    ]);
    expect(therapists.search('PT').map((h) => h.doc.id)[0]).toBe('pt');
    expect(therapists.search('physical therapist').map((h) => h.doc.id)[0]).toBe('pt');
  });
});

describe('interest words ("help people", "creativo")', () => {
  const occ = (
    id: string,
    en: string,
    interests: SearchDoc['interests'],
    extra: Partial<SearchDoc> = {},
  ): SearchDoc => ({ type: 'occupation', id, codes: [id], title: { en }, interests, ...extra });
  const index = new SearchIndex([
    occ('counselors', 'Mental Health Counselors', { S: 7, I: 4 }, { prior: 0.6 }),
    occ('nurses', 'Registered Nurses', { S: 6.5, I: 4.5 }, { prior: 1 }),
    occ('teachers', 'Elementary School Teachers', { S: 6.5, A: 3 }, { prior: 0.9 }),
    occ('receptionists', 'Receptionists and Information Clerks', { C: 6, S: 4.5 }, { prior: 1 }),
    occ('inspectors', 'Construction and Building Inspectors', { R: 5.5, C: 5 }, { prior: 0.7 }),
    occ('carpenters', 'Carpenters', { R: 7, C: 3 }, { prior: 0.8 }),
    occ(
      'mechanics',
      'Outdoor Power Equipment and Other Small Engine Mechanics',
      { R: 7 },
      {
        prior: 0.3,
      },
    ),
    occ(
      'landscapers',
      'Landscaping and Groundskeeping Workers',
      { R: 7 },
      {
        prior: 0.85,
        aliases: ['Outside Maintenance Worker'],
      },
    ),
    occ('graphic', 'Graphic Designers', { A: 7, E: 4 }, { prior: 0.8 }),
    occ(
      'fine',
      'Fine Artists, Including Painters, Sculptors, and Illustrators',
      { A: 7 },
      {
        prior: 0.3,
      },
    ),
    occ('artdirectors', 'Art Directors', { A: 6, E: 6 }, { prior: 0.5 }),
    occ(
      'producers',
      'Producers and Directors',
      { E: 6, A: 5.5 },
      {
        prior: 0.6,
        aliases: ['Creative Director'],
      },
    ),
    occ('artillery', 'Artillery and Missile Officers', { R: 6, E: 4, A: 1 }),
    occ('drawing', 'Extruding and Drawing Machine Setters', { R: 6.5, A: 1.5 }, { prior: 0.4 }),
    occ('art-teachers', 'Self-Enrichment Teachers', { S: 6, A: 4 }, { aliases: ['Art Teacher'] }),
    occ('unscored', 'Community Health Workers', undefined, { prior: 0.9 }),
    occ('scientists', 'Medical Scientists', { I: 7, R: 4 }, { prior: 0.5 }),
    occ('managers', 'Sales Managers', { E: 7, C: 5 }, { prior: 0.8 }),
    {
      type: 'cluster',
      id: '15',
      codes: ['15'],
      title: { en: 'Science, Technology, Engineering & Mathematics' },
    },
    { type: 'cip', id: '40.0101', codes: ['40.0101'], title: { en: 'Physical Sciences, General' } },
  ]);
  const ids = (q: string, lang?: 'en' | 'es') =>
    index.search(q, (d) => d.type === 'occupation', lang).map((h) => h.doc.id);

  it('finds the occupations whose interests fit, best fit first, then the more common work', () => {
    expect(ids('help people')).toEqual(['counselors', 'nurses', 'teachers', 'art-teachers']);
    expect(ids('ayudar a la gente', 'es')).toEqual(ids('help people'));
    expect(ids('I like helping others')).toEqual(ids('help people'));
    // Carpenters and landscapers fit best; building inspectors fit less, mechanics are rarer.
    expect(ids('build things').slice(0, 2)).toEqual(['landscapers', 'carpenters']);
    expect(ids('construir cosas')).toEqual(ids('build things'));
    expect(ids('work with my hands')[0]).toBe('landscapers');
    expect(ids('trabajar al aire libre', 'es')).toEqual(ids('build things'));
    // Two areas: what fits both.
    expect(ids('creative business')).toEqual(['artdirectors', 'producers', 'graphic']);
  });

  it('never outranks a title that has the words, and ranks other names by fit', () => {
    expect(ids('outdoors')[0]).toBe('mechanics');
    // "Outside Maintenance Worker" names the landscapers: a small lead over equal fits.
    expect(ids('work outside')[0]).toBe('landscapers');
    // "Art Directors" has the word; the artists and designers fit best after it; a title that
    // only starts with the word ("Artillery") fits worst and comes last.
    const art = ids('art');
    expect(art[0]).toBe('artdirectors');
    expect(art.slice(1, 3).sort()).toEqual(['fine', 'graphic']);
    expect(art.at(-1)).toBe('artillery');
    expect(art).not.toContain('carpenters');
    // "draw" is no title word of "Drawing Machine Setters".
    expect(ids('I like to draw')[0]).toBe('graphic');
    expect(ids('I like to draw').at(-1)).toBe('drawing');
    // "Creative Director" names the producers: they rank as if they fitted a little better.
    expect(ids('creative')).toEqual(['graphic', 'fine', 'producers', 'artdirectors']);
    expect(ids('creativo', 'es')).toContain('graphic');
  });

  it('leaves other queries, and other types of documents, as they were', () => {
    expect(ids('art teacher')).toEqual(['art-teachers']);
    expect(ids('nurse')).toEqual(['nurses']);
    expect(
      index
        .search('science')
        .map((h) => h.doc.id)
        .slice(0, 2),
    ).toEqual(['15', '40.0101']);
    expect(ids('science')).toEqual(['scientists']);
    expect(ids('help people')).not.toContain('unscored');
    expect(index.search('help people', (d) => d.type === 'cluster')).toEqual([]);
  });
});

describe('which other name a Spanish reader is shown', () => {
  const occ = (id: string, en: string, es: string, aliases: string[]): SearchDoc => ({
    type: 'occupation',
    id,
    codes: [id],
    title: { en, es },
    aliases,
  });
  const index = new SearchIndex([
    occ('trucks', 'Heavy and Tractor-Trailer Truck Drivers', 'Conductores de camiones pesados', [
      'Truck Hop',
      'Truck Driver',
      'Trucker',
    ]),
    occ(
      'textile',
      'Textile Winding, Twisting, and Drawing Out Machine Setters, Operators, and Tenders',
      'Operadores de máquinas de hilado',
      ['Cop Winder', 'Copper', 'Copping Machine Operator'],
    ),
    occ('police', "Police and Sheriff's Patrol Officers", 'Policías y alguaciles de patrulla', [
      'Cop',
      'Deputy Sheriff',
    ]),
    occ('np', 'Nurse Practitioners', 'Enfermeros de práctica avanzada (NP)', [
      'Nurse Practitioner (NP)',
      'Family Nurse Practitioner',
    ]),
    occ('emt', 'Emergency Medical Technicians', 'Técnicos en emergencias médicas', ['EMT']),
    occ('counter', 'Fast Food and Counter Workers', 'Empleados de comida rápida y mostrador', [
      'Counter Waiter',
    ]),
    occ('waiters', 'Waiters and Waitresses', 'Meseros', ['Server']),
    occ('plasterers', 'Plasterers and Stucco Masons', 'Yeseros y estucadores', ['Plasterer']),
    occ('prek', 'Preschool Teachers, Except Special Education', 'Maestros de preescolar', [
      'Pre-Kindergarten Teacher (Pre-K Teacher)',
    ]),
    occ('assistants', 'Physician Assistants', 'Asistentes médicos (PA)', ['Doctor Assistant']),
    occ('family', 'Family Medicine Physicians', 'Médicos de familia', ['Doctor', 'Family Doctor']),
    occ('airline', 'Airline Pilots, Copilots, and Flight Engineers', 'Pilotos de aerolínea', [
      'Airline Pilot',
    ]),
    occ('avionics', 'Avionics Technicians', 'Técnicos en aviónica', ['Avionics Tech']),
  ]);
  const shown = (q: string, lang: 'en' | 'es' = 'es') => {
    const { hits, alsoCalled } = index.find(q, () => true, lang);
    return new Map(hits.map((h) => [h.doc.id, alsoCalled(h.doc, lang) ?? null]));
  };

  it('lets a Spanish title that has the words through a synonym explain the match', () => {
    // "camionero" is a truck driver: "Conductores de camiones" says so, not "Truck Hop".
    expect(shown('camionero').get('trucks')).toBeNull();
    expect(shown('camioneros').get('trucks')).toBeNull();
  });

  it('names the other name with the word as typed, not one the word only starts', () => {
    expect(shown('cop').get('textile')).toBe('Cop Winder');
    expect(shown('cop', 'en').get('textile')).toBe('Cop Winder');
    expect(shown('cop').get('police')).toBe('Cop');
  });

  it('shows an English other name in Spanish only when it has a word as typed', () => {
    // Only translations ("enfermera" → nurse, "practicante" → practitioner): nothing to show.
    expect(shown('enfermera practicante').get('np')).toBeNull();
    expect(shown('mesero').get('counter')).toBeNull();
    // In English, the other name still says why the result is there.
    expect(shown('mesero', 'en').get('counter')).toBe('Counter Waiter');
    // A short form, or a word as typed beside a translation, is worth showing.
    expect(shown('EMT').get('emt')).toBe('EMT');
    expect(shown('maestra de kinder').get('prek')).toBe('Pre-Kindergarten Teacher (Pre-K Teacher)');
  });

  it('corrects no typo of a word the index has in another gender or number', () => {
    // "mesero" is "Meseros": not a typo of "yesero".
    for (const q of ['mesero', 'meseras']) {
      expect([...shown(q).keys()][0], q).toBe('waiters');
      expect([...shown(q).keys()], q).not.toContain('plasterers');
    }
  });

  it('takes a whole other name in another gender or number as the whole name', () => {
    const doctora = shown('doctora');
    expect([...doctora.keys()][0]).toBe('family');
    expect(doctora.get('family')).toBe('Doctor');
    expect([...shown('cops', 'en').keys()][0]).toBe('police');
  });

  it('finds the airline pilots for "piloto de avión"', () => {
    expect([...shown('piloto de avión').keys()][0]).toBe('airline');
  });
});

describe('everyday words for the work people mean (everyday-words.ts)', () => {
  const occ = (id: string, en: string, es: string, extra: Partial<SearchDoc> = {}): SearchDoc => ({
    type: 'occupation',
    id,
    codes: [id],
    title: { en, es },
    ...extra,
  });
  // Titles and other names as O*NET 27.0 has them (Alternate Titles.txt).
  const index = new SearchIndex([
    occ('hospitalists', 'Hospitalists', 'Médicos hospitalistas', { prior: 0.7 }),
    occ('nurses', 'Registered Nurses', 'Enfermeros registrados (RN)', { prior: 0.9 }),
    occ('clerks', 'Office Clerks, General', 'Auxiliares administrativos', {
      prior: 1,
      aliases: ['Animal Hospital Clerk'],
    }),
    occ('manicurists', 'Manicurists and Pedicurists', 'Manicuristas y pedicuristas', {
      prior: 0.8,
      aliases: ['Nail Artist'],
    }),
    occ('woodworking', 'Woodworking Machine Setters', 'Operadores de máquinas', {
      prior: 0.8,
      aliases: ['Nail Kegger', 'Nail Machine Operator'],
    }),
    occ('hairdressers', 'Hairdressers, Hairstylists, and Cosmetologists', 'Estilistas', {
      prior: 0.8,
      aliases: ['Beauty Advisor'],
    }),
    occ('skincare', 'Skincare Specialists', 'Especialistas en cuidado de la piel', { prior: 0.7 }),
    occ('retail', 'Retail Salespersons', 'Vendedores minoristas', {
      prior: 1,
      aliases: ['Beauty Advisor', 'Kids Clothing Salesperson'],
    }),
    occ('editors', 'Film and Video Editors', 'Editores de cine y video', { prior: 0.7 }),
    occ('managers', 'Financial Managers', 'Gerentes financieros', { prior: 0.8 }),
    occ(
      'services',
      'Sales Representatives of Services, Except Advertising, Insurance, Financial Services, and Travel',
      'Representantes de venta de servicios',
      { prior: 0.95 },
    ),
    occ('inspectors', 'Inspectors, Testers, Sorters', 'Inspectores', {
      prior: 0.8,
      aliases: ['Sample Maker'],
    }),
    occ('childcare', 'Childcare Workers', 'Cuidadores infantiles', { prior: 0.8 }),
    occ(
      'woodmachines',
      'Woodworking Machine Operators',
      'Operadores de máquinas para trabajar la madera',
    ),
    occ('graphic', 'Graphic Designers', 'Diseñadores gráficos', { prior: 0.8 }),
    occ('carpenters', 'Carpenters', 'Carpinteros', { prior: 0.9 }),
    occ('journalists', 'News Analysts, Reporters, and Journalists', 'Periodistas y reporteros'),
    occ('mathematicians', 'Mathematicians', 'Matemáticos', { prior: 0.4 }),
    occ('psychologists', 'Clinical and Counseling Psychologists', 'Psicólogos clínicos', {
      prior: 0.6,
    }),
    occ('psych-teachers', 'Psychology Teachers, Postsecondary', 'Profesores de psicología', {
      prior: 0.5,
    }),
    occ('tutors', 'Tutors', 'Tutores', { prior: 0.9, aliases: ['Psychology Tutor'] }),
    occ('physicists', 'Physicists', 'Físicos', { prior: 0.4 }),
    occ('physician-assistants', 'Physician Assistants', 'Asistentes médicos', { prior: 0.7 }),
    occ('photographers', 'Photographers', 'Fotógrafos', { prior: 0.6 }),
    occ('counter', 'Counter and Rental Clerks', 'Empleados de mostrador', { prior: 0.9 }),
    occ('machinery', 'Industrial Machinery Mechanics', 'Mecánicos de maquinaria industrial', {
      prior: 0.8,
    }),
    occ('machine', 'Machine Feeders and Offbearers', 'Alimentadores de máquinas', { prior: 0.8 }),
    occ('math-teachers', 'Mathematical Science Teachers', 'Profesores de matemáticas', {
      prior: 0.5,
      aliases: ['Mathematics Professor'],
    }),
  ]);
  const ids = (q: string, lang?: 'en' | 'es') =>
    index.search(q, () => true, lang).map((h) => h.doc.id);

  it('finds the work a place stands for after the title that has the word, before other names', () => {
    // BLS OOH: most registered nurses work in hospitals.
    const hospital = ids('hospital');
    expect(hospital.slice(0, 2)).toEqual(['hospitalists', 'nurses']);
    expect(hospital.at(-1)).toBe('clerks');
    // In Spanish no title starts with the word ("Médicos hospitalistas"): the nurses first.
    expect(ids('hospital', 'es')[0]).toBe('nurses');
  });

  it('reads beauty, nails and hair as the personal care trades', () => {
    expect(ids('beauty').slice(0, 3).sort()).toEqual(['hairdressers', 'manicurists', 'skincare']);
    expect(ids('belleza', 'es').slice(0, 3).sort()).toEqual(ids('beauty').slice(0, 3).sort());
    expect(ids('nails')[0]).toBe('manicurists');
    expect(ids('uñas', 'es')).toEqual(['manicurists']);
    expect(ids('hair')[0]).toBe('hairdressers');
  });

  it('reads money, a YouTuber and children as the work they stand for', () => {
    // "make" only says the person wants pay: "Sample Maker" is no reason to show inspectors.
    expect(ids('make money')[0]).toBe('managers');
    expect(ids('make money')).not.toContain('inspectors');
    expect(ids('ganar dinero', 'es')[0]).toBe('managers');
    expect(ids('youtuber')).toEqual(['editors']);
    expect(ids('movies')).toEqual(['editors']);
    expect(ids('trabajar con niños', 'es')[0]).toBe('childcare');
    expect(ids('trabajar con niños', 'es')).not.toContain('woodmachines');
  });

  it('does not take what a title leaves out ("Except … Financial Services") as its work', () => {
    expect(ids('financial')[0]).toBe('managers');
    // Still found by those words, after the titles that have them.
    expect(ids('financial')).toContain('services');
    expect(ids('advertising')).toEqual(['services']);
  });

  it('finds the people who do the work an English noun names', () => {
    // The title with the word itself first, the people next, other names after.
    expect(ids('psychology')).toEqual(['psych-teachers', 'psychologists', 'tutors']);
    expect(ids('psicología', 'es').slice(0, 2).sort()).toEqual(['psych-teachers', 'psychologists']);
    expect(ids('photography')).toEqual(['photographers']);
    expect(ids('mathematics')[0]).toBe('mathematicians');
    // "physics" is physicists, not physicians; "country" no counter, "machinery" no machine.
    expect(ids('physics')).toEqual(['physicists']);
    expect(ids('country')).toEqual([]);
    expect(ids('machinery')).toEqual(['machinery']);
  });

  it('finds the trade for a Spanish noun, and keeps typos typos', () => {
    expect(ids('diseño', 'es')).toEqual(['graphic']);
    expect(ids('diseños', 'es')).toEqual(['graphic']);
    expect(ids('carpintería', 'es')).toEqual(['carpenters']);
    expect(ids('periodismo', 'es')).toEqual(['journalists']);
    // A typo of "mathematicians" is no Spanish "-ía" noun ("mathematicia" → "mathematico").
    expect(ids('mathematicias')[0]).toBe('mathematicians');
  });
});

describe('a whole other name in another gender or number', () => {
  it('is what the word means only when no title has the word in that form', () => {
    const doc = (id: string, en: string, es: string, aliases: string[] = []): SearchDoc => ({
      type: 'occupation',
      id,
      codes: [id],
      title: { en, es },
      aliases,
      prior: id === 'music' ? 0.7 : 0.6,
    });
    const index = new SearchIndex([
      doc('music', 'Music Directors and Composers', 'Directores musicales', ['Maestro']),
      doc('teachers', 'Elementary School Teachers', 'Maestros de primaria'),
      doc('family', 'Family Medicine Physicians', 'Médicos de familia', ['Doctor']),
    ]);
    const ids = (q: string) => index.search(q, () => true, 'es').map((h) => h.doc.id);
    // "Maestros de primaria" has "maestra" in another form: the other name "Maestro" comes after.
    expect(ids('maestra')).toEqual(['teachers', 'music']);
    // No title says "doctor": the other name "Doctor" is what "doctora" means.
    expect(ids('doctora')[0]).toBe('family');
  });
});

describe('a figurative word ("work with my hands")', () => {
  const occ = (id: string, en: string, extra: Partial<SearchDoc> = {}): SearchDoc => ({
    type: 'occupation',
    id,
    codes: [id],
    title: { en },
    ...extra,
  });
  const index = new SearchIndex([
    occ('packers', 'Packers and Packagers, Hand', { prior: 0.9, interests: { R: 6 } }),
    occ('sewers', 'Sewers, Hand', { prior: 0.5, interests: { R: 6.5 } }),
    occ('carpenters', 'Carpenters', { prior: 0.85, interests: { R: 7 } }),
    occ('electricians', 'Electricians', { prior: 0.85, interests: { R: 7 } }),
    occ('counselors', 'Mental Health Counselors', { prior: 0.6, interests: { S: 7 } }),
  ]);
  const ids = (q: string) => index.search(q).map((h) => h.doc.id);

  it('asks for hands-on work, not for titles that say "Hand"', () => {
    // BLS SOC 2018: "Packers and Packagers, Hand" pack "by hand", without machines.
    expect(ids('work with my hands').slice(0, 2).sort()).toEqual(['carpenters', 'electricians']);
    expect(ids('trabajar con mis manos').slice(0, 2).sort()).toEqual([
      'carpenters',
      'electricians',
    ]);
    expect(ids('work with my hands')).not.toContain('counselors');
  });

  it('leaves the word "hand" itself alone', () => {
    expect(ids('hand packer')).toEqual(['packers']);
    expect(ids('hand')).toEqual(expect.arrayContaining(['packers', 'sewers']));
  });
});
