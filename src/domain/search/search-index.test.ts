import { describe, expect, it } from 'vitest';
import { SearchIndex, type SearchDoc } from './search-index.ts';
import { editDistance, queryWords } from './text.ts';

const doc = (
  type: string,
  id: string,
  en: string,
  es?: string,
  codes: string[] = [id],
): SearchDoc => ({ type, id, codes, title: { en, es } });

const index = new SearchIndex([
  doc('occupation', '29-1141.00', 'Registered Nurses', 'Enfermeros registrados (RN)', [
    '29-1141.00',
    '29-1141',
  ]),
  doc('occupation', '31-1131.00', 'Nursing Assistants', 'Auxiliares de enfermería', [
    '31-1131.00',
    '31-1131',
  ]),
  doc('occupation', '15-1252.00', 'Software Developers', 'Desarrolladores de software', [
    '15-1252.00',
    '15-1252',
  ]),
  doc('occupation', '15-1253.00', 'Software Quality Assurance Analysts and Testers', undefined, [
    '15-1253.00',
    '15-1253',
  ]),
  doc('pathway', '08-05', 'Therapeutic Services', 'Servicios terapéuticos'),
  doc('cluster', '08', 'Health Science', 'Ciencias de la salud'),
  doc('cip', '51.3801', 'Registered Nursing/Registered Nurse'),
]);

const ids = (q: string) => index.search(q).map((h) => h.doc.id);

describe('search index', () => {
  it('finds words by prefix', () => {
    expect(ids('nurs')).toEqual(expect.arrayContaining(['29-1141.00', '31-1131.00', '51.3801']));
  });
  it('forgives a typo', () => {
    expect(ids('sofware')).toEqual(expect.arrayContaining(['15-1252.00', '15-1253.00']));
    expect(ids('sofware developer')[0]).toBe('15-1252.00');
  });
  it('finds Spanish titles without accents', () => {
    expect(ids('enfermeria')[0]).toBe('31-1131.00');
    expect(ids('ciencias salud')).toEqual(['08']);
    expect(ids('terapeuticos')).toEqual(['08-05']);
  });
  it('needs every word to match when some document has them all', () => {
    expect(ids('registered nurse')).toEqual(['29-1141.00', '51.3801']);
  });
  it('when no document has every word, ranks those with the most, the rarer words first', () => {
    // "nurse" is in three documents (with "nursing"), "software" in two; "health" in one.
    expect(ids('software nurse').slice(0, 2).sort()).toEqual(['15-1252.00', '15-1253.00']);
    expect(ids('software nurse')).toContain('29-1141.00');
    expect(ids('health nurse')[0]).toBe('08');
    expect(ids('software health nurse')).toContain('15-1252.00');
  });
  it('finds codes exactly and by prefix', () => {
    expect(ids('15-1252')).toEqual(['15-1252.00']);
    expect(ids('15-125')).toEqual(['15-1252.00', '15-1253.00']);
    expect(ids('51.3801')).toEqual(['51.3801']);
    expect(ids('08-05')).toEqual(['08-05']);
  });
  it('filters by type', () => {
    expect(index.search('nurs', (d) => d.type === 'cip').map((h) => h.doc.id)).toEqual(['51.3801']);
  });
});

describe('search text', () => {
  it('drops stopwords unless nothing is left', () => {
    expect(queryWords('Ciencias de la Salud')).toEqual(['ciencias', 'salud']);
    expect(queryWords('and')).toEqual(['and']);
    // Spoken wanting says no work: "wanna", "gonna", "voy a ser", "me gustaría ser".
    expect(queryWords('i wanna be a nurce')).toEqual(['nurce']);
    expect(queryWords('gonna be a vet')).toEqual(['vet']);
    expect(queryWords('voy a ser maestra')).toEqual(['maestra']);
    expect(queryWords('me gustaría ser piloto')).toEqual(['piloto']);
  });
  it('measures edit distance with transpositions and gives up early', () => {
    expect(editDistance('sofware', 'software', 2)).toBe(1);
    expect(editDistance('nusre', 'nurse', 1)).toBe(1);
    expect(editDistance('abc', 'xyzabc', 1)).toBe(2);
  });
});

describe('search in Spanish', () => {
  const jobs = new SearchIndex([
    doc('occupation', '25-2021.00', 'Elementary School Teachers', 'Maestros de primaria'),
    doc(
      'occupation',
      '25-1123.00',
      'English Teachers, Postsecondary',
      'Profesores universitarios de inglés',
    ),
    doc('occupation', '11-1011.00', 'Chief Executives', 'Directores ejecutivos'),
    doc('occupation', '35-1011.00', 'Chefs and Head Cooks', 'Chefs y jefes de cocina'),
    doc('occupation', '29-1215.00', 'Family Medicine Physicians', 'Médicos de familia'),
    doc(
      'pathway',
      '13-01',
      'Health, Safety & Environmental Assurance',
      'Aseguramiento de la salud, la seguridad y el medio ambiente',
    ),
    doc(
      'occupation',
      '39-5012.00',
      'Hairdressers, Hairstylists, and Cosmetologists',
      'Estilistas, peluqueros y cosmetólogos',
    ),
    doc('cip', '51.3801', 'Registered Nursing/Registered Nurse'),
  ]);
  const found = (q: string) => jobs.search(q).map((h) => h.doc.id);

  it('treats gender and number forms as one word', () => {
    for (const q of ['maestra', 'maestro', 'maestros', 'maestras'])
      expect(found(q)[0], q).toBe('25-2021.00');
    expect(found('peluquera')).toEqual(['39-5012.00']);
    expect(found('profesora')).toContain('25-1123.00');
  });
  it('knows everyday synonyms', () => {
    expect(found('profesor')).toEqual(expect.arrayContaining(['25-2021.00', '25-1123.00']));
    expect(found('doctora')).toContain('29-1215.00');
  });
  it('never lets a typo match outrank a real one', () => {
    expect(found('chef')[0]).toBe('35-1011.00');
    expect(found('médico')[0]).toBe('29-1215.00');
    // "medico" is a word of the index in another form ("Médicos"): no typo of "medio".
    expect(found('medico')).toEqual(['29-1215.00']);
    expect(found('medicos')).toEqual(['29-1215.00']);
    // A word that is no word of the index still gets its typo match, after the real ones.
    expect(found('medicco')).toEqual(['29-1215.00']);
  });
  it('finds English-only documents by the glossary’s Spanish terms', () => {
    expect(found('enfermera registrada')).toEqual(['51.3801']);
  });
});

describe('other names (O*NET alternate and short titles)', () => {
  const named = (id: string, en: string, aliases: string[]): SearchDoc => ({
    type: 'occupation',
    id,
    codes: [id],
    title: { en },
    aliases,
  });
  const withAliases = new SearchIndex([
    named('29-1141.00', 'Registered Nurses', [
      'Staff RN (Staff Registered Nurse)',
      'Staff RN',
      'Nurse',
    ]),
    named('29-1141.03', 'Critical Care Nurses', [
      'ICU RN (Intensive Care Unit Registered Nurse)',
      'ICU RN',
    ]),
    named('33-3051.00', "Police and Sheriff's Patrol Officers", ['Cop', 'Deputy Sheriff']),
    named('33-9011.00', 'Animal Control Workers', ['Animal Cop']),
    named('15-1251.00', 'Computer Programmers', ['Computer Language Coder', 'Programmer']),
    named('51-9061.00', 'Inspectors, Testers, Sorters, Samplers, and Weighers', ['Copy Inspector']),
  ]);
  const ids = (q: string) => withAliases.search(q).map((h) => h.doc.id);

  it('finds an occupation by a nickname, a short title or an abbreviation', () => {
    expect(ids('cop')[0]).toBe('33-3051.00');
    expect(ids('coder')).toEqual(['15-1251.00']);
    expect(ids('staff rn')[0]).toBe('29-1141.00');
    expect(ids('icu rn')[0]).toBe('29-1141.03');
    expect(ids('rn')).toEqual(expect.arrayContaining(['29-1141.00', '29-1141.03']));
  });

  it('puts an occupation whose whole other name is the query before one that only contains it', () => {
    expect(ids('cop').indexOf('33-3051.00')).toBeLessThan(ids('cop').indexOf('33-9011.00'));
  });

  it('ranks a title match above an other-name match', () => {
    const [first] = new SearchIndex([
      named('a', 'Programmers', []),
      named('b', 'Analysts', ['Programmer']),
    ]).search('programmers');
    expect(first!.doc.id).toBe('a');
  });

  it('says which other name matched, and nothing when the title has the words', () => {
    const all = new Map(
      ['cop', 'coder', 'icu rn', 'nurses', 'deputy'].map((q) => [
        q,
        withAliases.search(q).map((h) => withAliases.alsoCalled(q)(h.doc) ?? null),
      ]),
    );
    expect(all.get('cop')![0]).toBe('Cop');
    expect(all.get('coder')).toEqual(['Computer Language Coder']);
    expect(all.get('icu rn')![0]).toBe('ICU RN');
    expect(all.get('nurses')).toEqual([null, null]);
    expect(all.get('deputy')).toEqual(['Deputy Sheriff']);
  });
});
