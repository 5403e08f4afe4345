import { describe, expect, it } from 'vitest';
import { readNegation } from './negation.ts';

describe('what a query says is not wanted', () => {
  it('takes the words after a negation out, up to the next "but" or "and"', () => {
    expect(readNegation('sports but not playing')).toEqual({
      text: 'sports',
      unwanted: ['playing'],
    });
    expect(readNegation("animals, I don't want dogs")).toEqual({
      text: 'animals i',
      unwanted: ['dogs'],
    });
    expect(readNegation('not playing but coaching')).toEqual({
      text: 'coaching',
      unwanted: ['playing'],
    });
    expect(readNegation("i don't wanna be a nurse but a doctor")).toEqual({
      text: 'i a doctor',
      unwanted: ['nurse'],
    });
    expect(readNegation('quiero ser chef, no ser maestra')).toEqual({
      text: 'quiero ser chef',
      unwanted: ['maestra'],
    });
    expect(readNegation('deportes pero no jugar')).toEqual({
      text: 'deportes',
      unwanted: ['jugar'],
    });
  });

  it('reads a query with no negation, or nothing else, as typed', () => {
    expect(readNegation('nurse')).toEqual({ text: 'nurse', unwanted: [] });
    expect(readNegation('no dogs')).toEqual({ text: 'no dogs', unwanted: [] });
    expect(readNegation('not')).toEqual({ text: 'not', unwanted: [] });
  });
});
