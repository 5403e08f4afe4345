// The search index on what people mean: which other name a Spanish reader is shown, everyday
// words for the work people mean, a whole other name in another form, figurative words
// (search-index-words.test.ts has plurals, typos, short forms, filler and interest words).
import { describe, expect, it } from 'vitest';
import { SearchIndex, type SearchDoc } from './search-index.ts';
import { occ } from '../../../test/search-docs.ts';

describe('which other name a Spanish reader is shown', () => {
  const index = new SearchIndex([
    occ('trucks', 'Heavy and Tractor-Trailer Truck Drivers', {
      es: 'Conductores de camiones pesados',
      aliases: ['Truck Hop', 'Truck Driver', 'Trucker'],
    }),
    occ(
      'textile',
      'Textile Winding, Twisting, and Drawing Out Machine Setters, Operators, and Tenders',
      {
        es: 'Operadores de máquinas de hilado',
        aliases: ['Cop Winder', 'Copper', 'Copping Machine Operator'],
      },
    ),
    occ('police', "Police and Sheriff's Patrol Officers", {
      es: 'Policías y alguaciles de patrulla',
      aliases: ['Cop', 'Deputy Sheriff'],
    }),
    occ('np', 'Nurse Practitioners', {
      es: 'Enfermeros de práctica avanzada (NP)',
      aliases: ['Nurse Practitioner (NP)', 'Family Nurse Practitioner'],
    }),
    occ('emt', 'Emergency Medical Technicians', {
      es: 'Técnicos en emergencias médicas',
      aliases: ['EMT'],
    }),
    occ('counter', 'Fast Food and Counter Workers', {
      es: 'Empleados de comida rápida y mostrador',
      aliases: ['Counter Waiter'],
    }),
    occ('waiters', 'Waiters and Waitresses', { es: 'Meseros', aliases: ['Server'] }),
    occ('plasterers', 'Plasterers and Stucco Masons', {
      es: 'Yeseros y estucadores',
      aliases: ['Plasterer'],
    }),
    occ('prek', 'Preschool Teachers, Except Special Education', {
      es: 'Maestros de preescolar',
      aliases: ['Pre-Kindergarten Teacher (Pre-K Teacher)'],
    }),
    occ('assistants', 'Physician Assistants', {
      es: 'Asistentes médicos (PA)',
      aliases: ['Doctor Assistant'],
    }),
    occ('family', 'Family Medicine Physicians', {
      es: 'Médicos de familia',
      aliases: ['Doctor', 'Family Doctor'],
    }),
    occ('airline', 'Airline Pilots, Copilots, and Flight Engineers', {
      es: 'Pilotos de aerolínea',
      aliases: ['Airline Pilot'],
    }),
    occ('avionics', 'Avionics Technicians', {
      es: 'Técnicos en aviónica',
      aliases: ['Avionics Tech'],
    }),
    occ('othercare', 'Personal Care and Service Workers, All Other', {
      es: 'Otros trabajadores de cuidado y servicios personales',
      aliases: ['Tattoo Artist', 'Tattooer', 'Butler'],
    }),
    occ('fineart', 'Fine Artists, Including Painters, Sculptors, and Illustrators', {
      es: 'Artistas plásticos, pintores, escultores e ilustradores',
      aliases: ['Tattoo Designer'],
    }),
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

  it('shows in Spanish the other name that says which work a catch-all title holds', () => {
    // "Otros trabajadores de cuidado…" says nothing of tattoos: the name found does.
    const tatuajes = shown('tatuajes');
    expect(tatuajes.get('othercare')).toBe('Tattooer');
    // A title that names the work keeps the Spanish reader's rule: no translation shown.
    expect(tatuajes.get('fineart')).toBeNull();
    expect(shown('tattoo', 'en').get('fineart')).toBe('Tattoo Designer');
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
  // Titles and other names as O*NET 27.0 has them (Alternate Titles.txt).
  const index = new SearchIndex([
    occ('hospitalists', 'Hospitalists', { es: 'Médicos hospitalistas', prior: 0.7 }),
    occ('nurses', 'Registered Nurses', { es: 'Enfermeros registrados (RN)', prior: 0.9 }),
    occ('clerks', 'Office Clerks, General', {
      es: 'Auxiliares administrativos',
      prior: 1,
      aliases: ['Animal Hospital Clerk'],
    }),
    occ('manicurists', 'Manicurists and Pedicurists', {
      es: 'Manicuristas y pedicuristas',
      prior: 0.8,
      aliases: ['Nail Artist'],
    }),
    occ('woodworking', 'Woodworking Machine Setters', {
      es: 'Operadores de máquinas',
      prior: 0.8,
      aliases: ['Nail Kegger', 'Nail Machine Operator'],
    }),
    occ('hairdressers', 'Hairdressers, Hairstylists, and Cosmetologists', {
      es: 'Estilistas',
      prior: 0.8,
      aliases: ['Beauty Advisor'],
    }),
    occ('skincare', 'Skincare Specialists', {
      es: 'Especialistas en cuidado de la piel',
      prior: 0.7,
    }),
    occ('retail', 'Retail Salespersons', {
      es: 'Vendedores minoristas',
      prior: 1,
      aliases: ['Beauty Advisor', 'Kids Clothing Salesperson'],
    }),
    occ('editors', 'Film and Video Editors', { es: 'Editores de cine y video', prior: 0.7 }),
    occ('managers', 'Financial Managers', { es: 'Gerentes financieros', prior: 0.8 }),
    occ(
      'services',
      'Sales Representatives of Services, Except Advertising, Insurance, Financial Services, and Travel',
      { es: 'Representantes de venta de servicios', prior: 0.95 },
    ),
    occ('inspectors', 'Inspectors, Testers, Sorters', {
      es: 'Inspectores',
      prior: 0.8,
      aliases: ['Sample Maker'],
    }),
    occ('childcare', 'Childcare Workers', { es: 'Cuidadores infantiles', prior: 0.8 }),
    occ('woodmachines', 'Woodworking Machine Operators', {
      es: 'Operadores de máquinas para trabajar la madera',
    }),
    occ('graphic', 'Graphic Designers', { es: 'Diseñadores gráficos', prior: 0.8 }),
    occ('carpenters', 'Carpenters', { es: 'Carpinteros', prior: 0.9 }),
    occ('journalists', 'News Analysts, Reporters, and Journalists', {
      es: 'Periodistas y reporteros',
    }),
    occ('mathematicians', 'Mathematicians', { es: 'Matemáticos', prior: 0.4 }),
    occ('psychologists', 'Clinical and Counseling Psychologists', {
      es: 'Psicólogos clínicos',
      prior: 0.6,
    }),
    occ('psych-teachers', 'Psychology Teachers, Postsecondary', {
      es: 'Profesores de psicología',
      prior: 0.5,
    }),
    occ('tutors', 'Tutors', { es: 'Tutores', prior: 0.9, aliases: ['Psychology Tutor'] }),
    occ('physicists', 'Physicists', { es: 'Físicos', prior: 0.4 }),
    occ('physician-assistants', 'Physician Assistants', { es: 'Asistentes médicos', prior: 0.7 }),
    occ('photographers', 'Photographers', { es: 'Fotógrafos', prior: 0.6 }),
    occ('counter', 'Counter and Rental Clerks', { es: 'Empleados de mostrador', prior: 0.9 }),
    occ('machinery', 'Industrial Machinery Mechanics', {
      es: 'Mecánicos de maquinaria industrial',
      prior: 0.8,
    }),
    occ('machine', 'Machine Feeders and Offbearers', {
      es: 'Alimentadores de máquinas',
      prior: 0.8,
    }),
    occ('math-teachers', 'Mathematical Science Teachers', {
      es: 'Profesores de matemáticas',
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
    // A student typing "nails" means manicures, not O*NET's "Nail Kegger" machine work.
    expect(ids('nails')).toEqual(['manicurists']);
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
