import { describe, expect, it } from 'vitest';
import { cataloguePairs } from './catalogue-pairs.ts';
import {
  ENGLISH_CATALOGUE,
  SPANISH_CATALOGUE,
  englishIn,
  phrases,
  spanishIn,
} from './english-catalogue.ts';

describe('English catalogue', () => {
  it('holds the UI, label and credit phrases, not those that read the same in Spanish', () => {
    expect(ENGLISH_CATALOGUE).toEqual(
      expect.arrayContaining([
        'Download CSV',
        'Approved',
        'Semi-skilled',
        'Used under the CC BY 4.0 license',
      ]),
    );
    expect(ENGLISH_CATALOGUE).not.toContain('CTE');
    expect(ENGLISH_CATALOGUE.length).toBeGreaterThan(300);
  });

  it('finds English in a Spanish text, but not glosses or proper names', () => {
    expect(englishIn('Versión 2 · Estado: approved')).toEqual(['Approved']);
    expect(englishIn('Crédito: 3 cr en Riverside')).toEqual([]);
    // The earned credentials' credit, "{credits} cr at {institution}", left in English.
    expect(englishIn('Crédito: 3 cr at Riverside')).toEqual(['cr at']);
    expect(
      englishIn('Los grupos profesionales (Career Clusters) y la preparatoria (high school)'),
    ).toEqual([]);
    expect(
      englishIn('Riverside Valley Community College', ['Riverside Valley Community College']),
    ).toEqual([]);
    expect(englishIn('This product includes information from the O*NET 27.0 Database')).toContain(
      'This product includes information from the O*NET',
    );
  });
});

describe('the catalogues’ pairs', () => {
  it('translate every entry: no phrase of two words or more is the same in both', () => {
    const untranslated = cataloguePairs().flatMap(([english, spanish]) => {
      const theirs = new Set(phrases(spanish));
      return phrases(english).filter((p) => p.includes(' ') && theirs.has(p));
    });
    expect(untranslated).toEqual([]);
  });
});

describe('Spanish catalogue', () => {
  it('gathers every folder’s catalogue, not the message syntax or its option keys', () => {
    expect(SPANISH_CATALOGUE).toEqual(
      expect.arrayContaining([
        'Descargar CSV',
        // The caseload's, the Perkins report's and the counselor's signals' own catalogues.
        'Filtrar y ordenar',
        'Faltan créditos',
        'Calificación básica',
      ]),
    );
    // And the program rules' findings (messages-first-edition.ts), their parameters left out.
    expect(ENGLISH_CATALOGUE).toEqual(
      expect.arrayContaining([
        'Filter and sort',
        'a program of study combines academic and CTE courses in high school and after',
      ]),
    );
    expect(SPANISH_CATALOGUE).toContain('El programa no tiene ningún');
    for (const phrase of [...SPANISH_CATALOGUE, ...ENGLISH_CATALOGUE]) {
      expect(phrase).not.toMatch(/[{}#]|^\w+, (?:plural|select)\b/);
      expect(['license', 'other', 'industry_certification']).not.toContain(phrase);
    }
  });

  it('cuts a text at placeholders, options and punctuation, and leaves out glosses', () => {
    expect(phrases('{count, plural, one {# grupo} other {# grupos}} en {place}')).toEqual([
      'grupos',
    ]);
    expect(phrases('Diploma de preparatoria (high school): listo')).toEqual([
      'Diploma de preparatoria',
    ]);
  });

  it('finds Spanish in an English text, but not proper names', () => {
    expect(spanishIn('Status: Aprobado · Filtrar y ordenar')).toEqual(
      expect.arrayContaining(['Aprobado', 'Filtrar y ordenar']),
    );
    expect(spanishIn('Escuela Preparatoria Riverside', ['Escuela Preparatoria Riverside'])).toEqual(
      [],
    );
    expect(spanishIn('Download CSV · Status: Approved')).toEqual([]);
  });
});

describe('proper names', () => {
  it('leaves brands and registered marks in either language', () => {
    expect(englishIn('National Career Clusters® es una marca registrada de Advance CTE.')).toEqual(
      [],
    );
    expect(englishIn('Explora los Career Clusters')).toContain('Career Clusters');
  });
});
