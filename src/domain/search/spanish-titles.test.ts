import { describe, expect, it } from 'vitest';
import { spanishTitleHeads } from './spanish-titles.ts';

describe('the names of the people a Spanish title starts with', () => {
  it('gives each kind of people joined by "y" or commas before the first preposition', () => {
    expect(spanishTitleHeads('Técnicos y mecánicos automotrices')).toEqual([
      ['tecnicos'],
      ['mecanicos', 'automotrices'],
    ]);
    expect(spanishTitleHeads('Estilistas, peluqueros y cosmetólogos')).toEqual([
      ['estilistas'],
      ['peluqueros'],
      ['cosmetologos'],
    ]);
    expect(spanishTitleHeads('Mecánicos de maquinaria industrial')).toEqual([['mecanicos']]);
  });

  it('stops at what they work on, where or for whom, and at a parenthesis', () => {
    // The trucks and boats are what they load; the mechanics in brackets explain "Maquinistas".
    expect(spanishTitleHeads('Cargadores de tanques, camiones y barcos')).toEqual([['cargadores']]);
    expect(spanishTitleHeads('Supervisores de mecánicos, instaladores y reparadores')).toEqual([
      ['supervisores'],
    ]);
    expect(spanishTitleHeads('Maquinistas (mecánicos de torno y fresa)')).toEqual([
      ['maquinistas'],
    ]);
    expect(spanishTitleHeads('Profesores universitarios de arte, teatro y música')).toEqual([
      ['profesores', 'universitarios'],
    ]);
  });

  it('has nothing for no title', () => {
    expect(spanishTitleHeads('')).toEqual([]);
  });
});
