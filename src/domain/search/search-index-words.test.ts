// The search index on the words people type: plurals, -ing words, typos, short forms, filler
// and interest words (search-index-meanings.test.ts has everyday words, other names shown in
// Spanish and figurative words; search-index.test.ts the index's basics).
import { describe, expect, it } from 'vitest';
import { SearchIndex } from './search-index.ts';
import { occ } from '../../../test/search-docs.ts';
import { ingKeys, spanishKey } from './spanish.ts';

describe('the words people type', () => {
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
    // -es after ch, sh, x and ss: "coaches" is "coach"; a Spanish -che keeps one key.
    for (const [plural, singular] of [
      ['coaches', 'coach'],
      ['dishes', 'dish'],
      ['taxes', 'tax'],
      ['businesses', 'business'],
      ['coches', 'coche'],
    ])
      expect(spanishKey(plural!)).toBe(spanishKey(singular!));
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

  it('reads f written for ph, and ph for f, as one typo', () => {
    const sounds = new SearchIndex([
      occ('photographers', 'Photographers', { prior: 0.2 }),
      occ('sonographers', 'Diagnostic Medical Sonographers', { prior: 0.9 }),
      occ('fotografos', 'Camera Operators', { aliases: ['Fotografo Aereo'] }),
    ]);
    const first = (q: string) => sounds.search(q)[0]?.doc.id;
    // Two edits from both, one of them the first letter: only the other spelling tells.
    expect(first('fotographer')).toBe('photographers');
    expect(first('photografer')).toBe('photographers');
    expect(first('fotografers')).toBe('photographers');
    expect(first('photografo')).toBe('fotografos');
    // A word spelled right is no typo of the other spelling.
    expect(sounds.search('sonographer').map((h) => h.doc.id)).toEqual(['sonographers']);
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

  it('measures how much of the title the query is on the title that has the words', () => {
    // "mecanic" is in both Spanish titles (O*NET 27.0 titles, our Spanish ones): "Machinists"
    // is one English word, but the words matched are in four Spanish ones.
    const mechanics = new SearchIndex([
      occ('machinists', 'Machinists', {
        prior: 0.83,
        es: 'Maquinistas (mecánicos de torno y fresa)',
      }),
      occ('autos', 'Automotive Service Technicians and Mechanics', {
        prior: 0.89,
        es: 'Técnicos y mecánicos automotrices',
      }),
    ]);
    const first = (q: string, lang: 'en' | 'es') =>
      mechanics.search(q, () => true, lang).map((h) => h.doc.id)[0];
    expect(first('mecanic', 'en')).toBe('autos');
    expect(first('machinists', 'en')).toBe('machinists');
  });
});

describe('interest words ("help people", "creativo")', () => {
  const index = new SearchIndex([
    occ('counselors', 'Mental Health Counselors', { interests: { S: 7, I: 4 }, prior: 0.6 }),
    occ('nurses', 'Registered Nurses', { interests: { S: 6.5, I: 4.5 }, prior: 1 }),
    occ('teachers', 'Elementary School Teachers', { interests: { S: 6.5, A: 3 }, prior: 0.9 }),
    occ('receptionists', 'Receptionists and Information Clerks', {
      interests: { C: 6, S: 4.5 },
      prior: 1,
    }),
    occ('inspectors', 'Construction and Building Inspectors', {
      interests: { R: 5.5, C: 5 },
      prior: 0.7,
    }),
    occ('carpenters', 'Carpenters', { interests: { R: 7, C: 3 }, prior: 0.8 }),
    occ('mechanics', 'Outdoor Power Equipment and Other Small Engine Mechanics', {
      interests: { R: 7 },
      prior: 0.3,
    }),
    occ('landscapers', 'Landscaping and Groundskeeping Workers', {
      interests: { R: 7 },
      prior: 0.85,
      aliases: ['Outside Maintenance Worker'],
    }),
    occ('graphic', 'Graphic Designers', { interests: { A: 7, E: 4 }, prior: 0.8 }),
    occ('fine', 'Fine Artists, Including Painters, Sculptors, and Illustrators', {
      interests: { A: 7 },
      prior: 0.3,
    }),
    occ('artdirectors', 'Art Directors', { interests: { A: 6, E: 6 }, prior: 0.5 }),
    occ('producers', 'Producers and Directors', {
      interests: { E: 6, A: 5.5 },
      prior: 0.6,
      aliases: ['Creative Director'],
    }),
    occ('artillery', 'Artillery and Missile Officers', { interests: { R: 6, E: 4, A: 1 } }),
    occ('drawing', 'Extruding and Drawing Machine Setters', {
      interests: { R: 6.5, A: 1.5 },
      prior: 0.4,
    }),
    occ('art-teachers', 'Self-Enrichment Teachers', {
      interests: { S: 6, A: 4 },
      aliases: ['Art Teacher'],
    }),
    occ('unscored', 'Community Health Workers', { interests: undefined, prior: 0.9 }),
    occ('scientists', 'Medical Scientists', { interests: { I: 7, R: 4 }, prior: 0.5 }),
    occ('managers', 'Sales Managers', { interests: { E: 7, C: 5 }, prior: 0.8 }),
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
    // "Things" says nothing; "build" stands for construction work (carpenters), which comes
    // first; then the best fits; building inspectors fit less, mechanics are rarer.
    expect(ids('build things').slice(0, 2)).toEqual(['carpenters', 'landscapers']);
    expect(ids('build things').indexOf('mechanics')).toBeLessThan(
      ids('build things').indexOf('inspectors'),
    );
    expect(ids('construir cosas')).toEqual(ids('build things'));
    expect(ids('work with my hands')[0]).toBe('landscapers');
    expect(ids('trabajar al aire libre', 'es')[0]).toBe('landscapers');
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
    // "draw" is no title word of "Drawing Machine Setters"; it stands for the illustrators'
    // work, then the best fits.
    expect(ids('I like to draw').slice(0, 2)).toEqual(['fine', 'graphic']);
    expect(ids('I like to draw')).not.toContain('drawing');
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
