import { describe, expect, it } from 'vitest';
import { INTEREST_WORDS, interestAreas } from './interest-words.ts';
import { queryWords } from './text.ts';

const areas = (q: string) => interestAreas(queryWords(q));

describe('interest words', () => {
  it('reads a query made only of interest words as the areas it asks for', () => {
    expect(areas('help people')).toEqual({ S: 1.5 });
    expect(areas('I like helping others')).toEqual({ S: 1 });
    expect(areas('build things')).toEqual({ R: 1 });
    expect(areas('work with my hands')).toEqual({ R: 1 });
    expect(areas('work outside')).toEqual({ R: 1 });
    expect(areas('outdoors')).toEqual({ R: 1 });
    expect(areas('creative')).toEqual({ A: 1 });
    expect(areas('science')).toEqual({ I: 1 });
    expect(areas('organize')).toEqual({ C: 1 });
    expect(areas('leadership')).toEqual({ E: 1 });
    expect(areas('creative business')).toEqual({ A: 1, E: 1 });
  });

  it('reads Spanish, with or without accents, in any gender or number', () => {
    expect(areas('ayudar a la gente')).toEqual({ S: 1.5 });
    expect(areas('trabajar al aire libre')).toEqual({ R: 1 });
    expect(areas('construir cosas')).toEqual({ R: 1 });
    expect(areas('creativo')).toEqual({ A: 1 });
    expect(areas('creativa')).toEqual({ A: 1 });
    expect(areas('matemáticas')).toEqual({ I: 1 });
    expect(areas('me gusta diseñar')).toEqual({ A: 1 });
  });

  it('is no interest query when any word is no interest word, or none is', () => {
    expect(areas('art teacher')).toBeUndefined();
    expect(areas('science teacher')).toBeUndefined();
    expect(areas('nurse')).toBeUndefined();
    expect(areas('things')).toBeUndefined();
    expect(areas('work')).toBeUndefined();
    expect(areas('aire acondicionado')).toBeUndefined();
  });

  it('gives every area words in both languages', () => {
    for (const [letter, { words }] of Object.entries(INTEREST_WORDS)) {
      expect(words.length, letter).toBeGreaterThan(8);
      for (const word of words) expect(queryWords(word).length, word).toBeGreaterThan(0);
    }
  });
});
