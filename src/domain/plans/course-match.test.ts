import { describe, expect, it } from 'vitest';
import type { TSubject } from '../../contracts/program.ts';
import { filterCourses, matchCourse, type MatchableCourse } from './course-match.ts';

/** A high school course as a district catalog writes it; Spanish title when the school wrote one. */
const hs = (
  stateCode: string,
  en: string,
  es: string | undefined,
  subject: TSubject,
  extra: Partial<MatchableCourse> = {},
): MatchableCourse => ({
  title: es ? { en, es } : { en },
  stateCode,
  subject,
  kind: subject === 'cte' ? 'cte' : 'academic',
  ...extra,
});

/** A realistic high school catalog: titles as schools write them, short forms and all. */
const CATALOG: MatchableCourse[] = [
  hs('ENG101', 'English 9', 'Inglés 9', 'english', { scedCode: '01001' }),
  hs('ENG201', 'English 10', 'Inglés 10', 'english', { scedCode: '01002' }),
  hs('ENG301', 'English 11', 'Inglés 11', 'english'),
  hs('ENG401', 'English 12', 'Inglés 12', 'english'),
  hs('ENG410', 'AP English Language and Composition', undefined, 'english'),
  hs('ENG420', 'AP English Literature and Composition', undefined, 'english'),
  hs('ENG330', 'American Literature', 'Literatura estadounidense', 'english'),
  hs('ENG340', 'Creative Writing', 'Escritura creativa', 'english'),
  hs('MTH101', 'Algebra I', 'Álgebra I', 'mathematics', { scedCode: '02052' }),
  hs('MTH201', 'Geometry', 'Geometría', 'mathematics', { scedCode: '02072' }),
  hs('MTH301', 'Algebra II', 'Álgebra II', 'mathematics', { scedCode: '02056' }),
  hs('MTH401', 'Pre-Calculus', 'Precálculo', 'mathematics'),
  hs('MTH410', 'AP Calculus AB', 'Cálculo AP AB', 'mathematics'),
  hs('MTH420', 'AP Calculus BC', 'Cálculo AP BC', 'mathematics'),
  hs('MTH430', 'AP Statistics', 'Estadística AP', 'mathematics'),
  hs('MTH350', 'Trigonometry', 'Trigonometría', 'mathematics'),
  hs('SCI101', 'Biology', 'Biología', 'science'),
  hs('SCI110', 'AP Biology', 'Biología AP', 'science'),
  hs('SCI201', 'Chemistry', 'Química', 'science'),
  hs('SCI210', 'AP Chemistry', 'Química AP', 'science'),
  hs('SCI301', 'Physics', 'Física', 'science'),
  hs('SCI310', 'AP Physics 1', 'Física AP 1', 'science'),
  hs('SCI320', 'AP Environmental Science', 'Ciencias ambientales AP', 'science'),
  hs('SCI150', 'Earth and Space Science', 'Ciencias de la Tierra y del espacio', 'science'),
  hs('SCI160', 'Anatomy and Physiology', 'Anatomía y fisiología', 'science'),
  hs('SOC101', 'World Geography', 'Geografía mundial', 'social_studies'),
  hs('SOC201', 'World History', 'Historia universal', 'social_studies'),
  hs('SOC210', 'AP World History: Modern', undefined, 'social_studies'),
  hs('SOC301', 'U.S. History', 'Historia de EE. UU.', 'social_studies'),
  hs('SOC310', 'AP United States History', 'Historia de los Estados Unidos AP', 'social_studies'),
  hs('SOC401', 'U.S. Government', 'Gobierno de EE. UU.', 'social_studies'),
  hs('SOC402', 'Economics', 'Economía', 'social_studies'),
  hs('SOC420', 'AP Psychology', 'Psicología AP', 'social_studies'),
  hs('WL101', 'Spanish I', 'Español I', 'world_language'),
  hs('WL102', 'Spanish II', 'Español II', 'world_language'),
  hs('WL103', 'Spanish III', undefined, 'world_language'),
  hs('WL110', 'Spanish for Heritage Speakers', 'Español para hispanohablantes', 'world_language'),
  hs('WL201', 'French I', 'Francés I', 'world_language'),
  hs('PE101', 'Physical Education 9', 'Educación física 9', 'other'),
  hs('PE201', 'Weight Training', 'Entrenamiento con pesas', 'other'),
  hs('HLT101', 'Health', 'Salud', 'other'),
  hs('ART101', 'Art I', 'Arte I', 'fine_arts'),
  hs('MUS101', 'Concert Band', 'Banda de concierto', 'fine_arts'),
  hs('CTE101', 'Principles of Health Science', 'Principios de ciencias de la salud', 'cte'),
  hs('CTE110', 'Medical Terminology', 'Terminología médica', 'cte', { dualCredit: true }),
  hs('CTE201', 'Introduction to Computer Science', undefined, 'cte'),
  hs('CTE210', 'AP Computer Science Principles', undefined, 'cte'),
  hs('CTE220', 'AP Computer Science A', undefined, 'cte'),
  hs('CTE230', 'Computer Applications', 'Aplicaciones informáticas', 'cte'),
  hs('CTE301', 'Personal Finance', 'Finanzas personales', 'cte'),
  hs('CTE310', 'Welding I', 'Soldadura I', 'cte', { dualCredit: true }),
  hs('CTE320', 'Intro to Engineering Design (PLTW)', undefined, 'cte'),
];

const titleOf = (c: MatchableCourse) => c.title.en;
/** The titles matching what was typed, best first. */
const find = (typed: string) => filterCourses(typed, CATALOG, (c) => c).map(titleOf);
const best = (typed: string) => find(typed)[0];

describe('matchCourse: the way students name courses', () => {
  it('keeps the catalog whole and in order when nothing (or only spaces) is typed', () => {
    expect(find('')).toEqual(CATALOG.map(titleOf));
    expect(find('   ')).toEqual(CATALOG.map(titleOf));
    expect(matchCourse('', CATALOG[0]!)).toBeUndefined();
  });

  it.each([
    ['ap bio', 'AP Biology'],
    ['alg 2', 'Algebra II'],
    ['algebra ii', 'Algebra II'],
    ['ALGEBRA 2', 'Algebra II'],
    ['alg2', 'Algebra II'],
    ['geo', 'Geometry'],
    ['chem', 'Chemistry'],
    ['pre calc', 'Pre-Calculus'],
    ['precalc', 'Pre-Calculus'],
    ['eng 10', 'English 10'],
    ['english 10', 'English 10'],
    ['10th grade english', 'English 10'],
    ['spanish 2', 'Spanish II'],
    ['spanish ii', 'Spanish II'],
    ['español 2', 'Spanish II'],
    ['espanol ii', 'Spanish II'],
    ['pe', 'Physical Education 9'],
    ['gym', 'Physical Education 9'],
    ['phys ed', 'Physical Education 9'],
    ['apush', 'AP United States History'],
    ['ap us history', 'AP United States History'],
    ['ap lang', 'AP English Language and Composition'],
    ['ap lit', 'AP English Literature and Composition'],
    ['calc ab', 'AP Calculus AB'],
    ['stats', 'AP Statistics'],
    ['health sci', 'Principles of Health Science'],
    ['MTH201', 'Geometry'],
    ['mth 301', 'Algebra II'],
    ['02056', 'Algebra II'],
    ['química', 'Chemistry'],
    ['quimica ap', 'AP Chemistry'],
    ['history world', 'World History'],
    ['advanced placement bio', 'AP Biology'],
    ['apes', 'AP Environmental Science'],
  ])('"%s" finds %s first', (typed, title) => {
    expect(best(typed)).toBe(title);
  });

  it('finds every course a short name or subject word stands for', () => {
    expect(find('cs')).toEqual(
      expect.arrayContaining([
        'Introduction to Computer Science',
        'AP Computer Science Principles',
        'AP Computer Science A',
      ]),
    );
    expect(find('cs')).not.toContain('Computer Applications');
    expect(find('comp sci')).toHaveLength(3);
    expect(find('comp sci')).not.toContain('Computer Applications');
    expect(find('cte')).toHaveLength(CATALOG.filter((c) => c.kind === 'cte').length);
    expect(find('dual credit').sort()).toEqual(['Medical Terminology', 'Welding I']);
    expect(find('calc')).toEqual(
      expect.arrayContaining(['Pre-Calculus', 'AP Calculus AB', 'AP Calculus BC']),
    );
    expect(find('us history').slice(0, 2).sort()).toEqual([
      'AP United States History',
      'U.S. History',
    ]);
  });

  it('finds a code begun, and a subject word without matching other subjects', () => {
    expect(find('mth20')).toEqual(['Geometry']);
    // "art" is Art I, then the other fine arts course by its subject; no English course.
    expect(find('art')).toEqual(['Art I', 'Concert Band']);
    // Every AP course, with "ap" typed, and no other before them.
    const ap = find('ap');
    const apCount = CATALOG.filter((c) => c.title.en.startsWith('AP ')).length;
    expect(ap.slice(0, apCount).every((title) => title.startsWith('AP '))).toBe(true);
  });

  it('needs every typed word to match something', () => {
    expect(find('chem bio')).toEqual([]);
    expect(find('spanish 4')).toEqual([]);
    expect(find('ap welding')).toEqual([]);
    expect(find('zzz')).toEqual([]);
    // A joining word that matches nothing is let go; one that matches a title counts.
    expect(best('anatomy & physiology')).toBe('Anatomy and Physiology');
    expect(best('spanish for heritage')).toBe('Spanish for Heritage Speakers');
  });

  it('puts exact and fuller matches before mere beginnings', () => {
    const chem = find('chem');
    expect(chem.indexOf('Chemistry')).toBeLessThan(chem.indexOf('AP Chemistry'));
    // "pe" is Physical Education before the titles that merely begin with "pe" (Personal Finance).
    const pe = find('pe');
    expect(pe.indexOf('Physical Education 9')).toBeLessThan(pe.indexOf('Personal Finance'));
    // "english 1": English 11 and 12 are still being typed, so they match, after nothing better.
    expect(find('english 1')).toEqual(
      expect.arrayContaining(['English 10', 'English 11', 'English 12']),
    );
    // Once a space follows, the number is whole: only the English 1… there is none.
    expect(find('english 1 ')).not.toContain('English 11');
  });

  it('takes "geo" for Geometry first, Geography still matching', () => {
    const geography = hs('X4', 'Geography', undefined, 'social_studies');
    const geometry = hs('X5', 'Geometry', undefined, 'mathematics');
    expect(filterCourses('geo', [geography, geometry], (c) => c)).toEqual([geometry, geography]);
    expect(best('1st year spanish')).toBe('Spanish I');
    expect(best('spanish level 3')).toBe('Spanish III');
  });

  it('reads numerals and ordinals both ways and a catalog short word', () => {
    const chemI = hs('X1', 'Chem I', undefined, 'science');
    expect(matchCourse('chemistry 1', chemI)).toBeDefined();
    expect(matchCourse('chemistry one', chemI)).toBeUndefined();
    expect(matchCourse('first', chemI)).toBeUndefined();
    const band = hs('X2', 'Band 2nd Year', undefined, 'fine_arts');
    expect(matchCourse('band ii', band)).toBeDefined();
    expect(matchCourse('band iii', band)).toBeUndefined();
  });

  it('finds a college course by its code with or without the space', () => {
    const college: MatchableCourse = {
      title: { en: 'Composition I', es: 'Composición I' },
      prefix: 'ENGL',
      number: '101',
      subject: 'english',
      kind: 'academic',
    };
    expect(matchCourse('engl101', college)).toBeDefined();
    expect(matchCourse('ENGL 101', college)).toBeDefined();
    expect(matchCourse('engl 102', college)).toBeUndefined();
    expect(matchCourse('ENGL101', college)!.score).toBeGreaterThan(
      matchCourse('composition', college)!.score,
    );
  });

  it('ignores accents and case in titles and in what was typed', () => {
    const course = hs('X3', 'Física', undefined, 'science');
    expect(matchCourse('FISICA', course)).toBeDefined();
    expect(matchCourse('fís', course)).toBeDefined();
  });
});
