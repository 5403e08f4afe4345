import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { courseCodeKey } from './course-code-key.ts';
import { checkProgress } from './evaluate.ts';
import { codeMatches } from './select.ts';
import { attempt, leaf, nodeOf, setOf } from './test-factories.ts';

const SEPARATORS = ['', ' ', '-', '_', '.', '  '];
/** A registrar's course code: a letter prefix, maybe a separator, a number, maybe a letter. */
const arbCode = fc.record({
  prefix: fc.stringMatching(/^[A-Za-z]{2,5}$/),
  sep: fc.constantFrom(...SEPARATORS),
  number: fc.stringMatching(/^\d{2,4}$/),
  suffix: fc.constantFrom('', 'L', 'H'),
});
type Code = typeof arbCode extends fc.Arbitrary<infer T> ? T : never;
const written = (c: Code, sep = c.sep) => `${c.prefix}${sep}${c.number}${c.suffix}`;

describe('code patterns compare codes by their key', () => {
  it('a pattern written with one spelling matches every spelling of the code', () => {
    fc.assert(
      fc.property(
        arbCode,
        fc.constantFrom(...SEPARATORS),
        fc.constantFrom(...SEPARATORS),
        fc.nat({ max: 4 }),
        fc.boolean(),
        (code, patternSep, codeSep, kept, lower) => {
          // The pattern keeps the prefix and some of the number, then a wildcard.
          const digits = code.number.slice(0, Math.min(kept, code.number.length));
          const star = `${code.prefix}${patternSep}${digits}*`;
          const pattern = lower ? star.toLowerCase() : star.toUpperCase();
          expect(codeMatches(pattern, written(code, codeSep))).toBe(true);
          // A whole code as the pattern: any spelling of it.
          expect(codeMatches(written(code, patternSep), written(code, codeSep))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('matches exactly when the keys are equal, for a pattern without wildcards', () => {
    fc.assert(
      fc.property(arbCode, arbCode, (a, b) => {
        expect(codeMatches(written(a), written(b))).toBe(
          courseCodeKey(written(a)) === courseCodeKey(written(b)),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('reads the cases registrars write', () => {
    expect(codeMatches('ENGL 1*', 'ENGL101')).toBe(true);
    expect(codeMatches('ENGL 1*', 'engl-110')).toBe(true);
    expect(codeMatches('ENGL1*', 'ENGL 101')).toBe(true);
    expect(codeMatches('MATH-2??', 'MATH 201')).toBe(true);
    expect(codeMatches('MATH ???', 'MATH201')).toBe(true);
    expect(codeMatches('ENGL *', 'ENGL101')).toBe(true);
    expect(codeMatches('* 101', 'ENGL101')).toBe(true);
    // What tells courses apart still does.
    expect(codeMatches('ENGL 1*', 'ENGL 201')).toBe(false);
    expect(codeMatches('ENGL *', 'ENGLISH 9')).toBe(false);
    expect(codeMatches('MATH-2??', 'MATH 2010')).toBe(false);
    expect(codeMatches('413-5*', '413-520')).toBe(true);
    expect(codeMatches('413-5*', '4135')).toBe(false);
    expect(codeMatches('110.1', '1101')).toBe(false);
    expect(codeMatches('COM SCI 1*', 'COM SCI 10')).toBe(true);
    // One department written with and without its space ("COM SCI", "COMSCI"; "C S", "CS").
    expect(codeMatches('COM SCI 1*', 'COMSCI 10')).toBe(true);
    expect(codeMatches('C S 3*', 'CS 312')).toBe(true);
    // Letters before a wildcard end there; a level written in Roman numerals is its number.
    expect(codeMatches('AP *', 'APPLIED MATH')).toBe(false);
    expect(codeMatches('ALGEBRA *', 'Algebra II')).toBe(true);
    expect(codeMatches('41?-5*', '413-520')).toBe(true);
    expect(codeMatches('41?-5*', '4135')).toBe(false);
  });

  it('a transcript code written without the space meets a requirement written with it', () => {
    const set = setOf(
      leaf('english', { codes: ['ENGL 1*'], exclude: ['ENGL 199'] }, { minCourses: 2 }),
    );
    const met = checkProgress(set, [attempt('ENGL101'), attempt('engl-102')], []);
    expect(nodeOf(met, 'english').status).toBe('met');
    const excluded = checkProgress(set, [attempt('ENGL101'), attempt('ENGL-199')], []);
    expect(nodeOf(excluded, 'english').status).not.toBe('met');
    // The same course twice under two spellings is one course, not two.
    const twice = checkProgress(set, [attempt('ENGL101'), attempt('ENGL 101')], []);
    expect(nodeOf(twice, 'english').status).not.toBe('met');
  });
});
