import { describe, expect, it } from 'vitest';
import { titleFlags } from './transcript-title-flags.ts';

describe('course level markers in a printed title', () => {
  it('reads the markers registrars print', () => {
    const cases: Array<[string, string[]]> = [
      ['AP Biology', ['AP']],
      ['AP® US History', ['AP']],
      ['Advanced Placement Calculus BC', ['AP']],
      ['IB Math: Analysis HL', ['IB']],
      ['English 10 Honors', ['H']],
      ['Chemistry (H)', ['H']],
      ['Hon. Geometry', ['H']],
      ['US History (DE)', ['DE']],
      ['DE: College Algebra', ['DE']],
      ['Dual Enrollment ENGL 1301 Composition I', ['DE']],
      ['Dual-Credit Psychology', ['DE']],
      ['AP English Language [DC]', ['AP', 'DE']],
      ['IB English HL Honors', ['IB', 'H']],
    ];
    expect(cases.map(([title]) => titleFlags(title))).toEqual(cases.map(([, flags]) => flags));
  });

  it('flags nothing where the letters are part of a word or another language', () => {
    for (const title of [
      'Map Skills',
      'Apparel Design',
      'HISTORIA DE MÉXICO',
      'Ibero-American Literature',
      'Honduran History',
      'Ap biology notes',
      'Health',
      'Algebra I',
    ])
      expect(titleFlags(title)).toEqual([]);
  });
});
