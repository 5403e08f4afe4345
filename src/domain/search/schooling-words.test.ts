import { describe, expect, it } from 'vitest';
import { readSchooling } from './schooling-words.ts';

const read = (q: string) => {
  const { levels, text } = readSchooling(q);
  return { levels: levels && [...levels].sort(), text };
};

describe('what a query says about school', () => {
  it('reads the schooling phrases as levels and keeps the other words', () => {
    expect(read('no college')).toEqual({ levels: ['high-school'], text: '' });
    expect(read('healthcare jobs with no college')).toEqual({
      levels: ['high-school'],
      text: 'healthcare jobs with',
    });
    expect(read('stay in school long')).toEqual({ levels: ['graduate'], text: '' });
    expect(read('trade school welding')).toEqual({
      levels: ['associate', 'certificate'],
      text: 'welding',
    });
    expect(read('trabajos sin universidad')).toEqual({ levels: ['high-school'], text: 'trabajos' });
  });

  it('leaves a query with no schooling phrase as typed', () => {
    expect(read('college professor')).toEqual({ levels: undefined, text: 'college professor' });
    expect(read('school')).toEqual({ levels: undefined, text: 'school' });
  });
});
