import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { courseCodeKey } from './course-code-key.ts';

const same = (...codes: string[]) => expect(new Set(codes.map(courseCodeKey)).size).toBe(1);
const apart = (a: string, b: string) => expect(courseCodeKey(a)).not.toBe(courseCodeKey(b));

describe('courseCodeKey', () => {
  it('joins a letter prefix to its number however it is written', () => {
    same('ENGL-101', 'ENGL 101', 'ENGL101', 'engl_101', ' Engl.101 ', 'ENGL  101');
    same('ENGL 1301', 'ENGL1301', 'engl-1301');
    same('ENGL& 101', 'ENGL&101', 'ENGL & 101');
  });

  it('reads letter groups as one prefix, however they are spaced', () => {
    same('COM SCI 1', 'COMSCI 1', 'com-sci-1');
    same('C S 312', 'CS 312', 'C.S. 312');
    same('A P U S History', 'AP US History', 'AP-US-HISTORY', 'a.p. u.s. history');
  });

  it('reads a level in Roman numerals after a word as its number', () => {
    same('Algebra I', 'Algebra 1', 'ALGEBRA-1', 'algebra_i');
    same('Spanish IV', 'SPANISH 4');
    same('Algebra II Honors', 'Algebra 2 Honors');
    same('English III', 'ENGLISH 3');
    apart('Algebra I', 'Algebra II');
    // Not after a number, and not inside a word.
    apart('ENGL 101 I', 'ENGL 101 1');
    apart('ALGEBRAI', 'ALGEBRA 1');
  });

  it('keeps what tells courses apart', () => {
    expect(courseCodeKey('413-520')).toBe('413-520');
    apart('413-520', '413520');
    apart('MATH 110.1', 'MATH 1101');
    apart('MATH-1314.01', 'MATH 1314');
    same('MATH-1314.01', 'MATH 1314.01');
    apart('ENGL 101', 'ENGL 1010');
    apart('ENGL 101L', 'ENGL 101');
    apart('ENGL& 101', 'ENGL 101');
    apart('AP US HIST', 'AP US HISTORY');
    expect(courseCodeKey('02052')).toBe('02052');
    apart('03001', '3001');
    apart('03001', '03002');
  });

  it('is the key of its own key, and keeps every letter and digit in order', () => {
    const strip = (s: string) => s.toUpperCase().replace(/[^A-Z&0-9]/g, '');
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'ABIVX&019 -._'), maxLength: 14 }),
        (code) => {
          const key = courseCodeKey(code);
          expect(courseCodeKey(key)).toBe(key);
          expect(key).not.toMatch(/^[\s._-]|[\s._-]$|[A-Z&][\s._-]|[\s._-][A-Z&]/);
        },
      ),
      { numRuns: 300 },
    );
    // Without a Roman numeral, only separators go.
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'abX&019 -._'), maxLength: 14 }), (code) => {
        expect(strip(courseCodeKey(code))).toBe(strip(code));
      }),
      { numRuns: 300 },
    );
  });
});
