import { describe, expect, it } from 'vitest';
import { lines, problems, rowsOf } from '../../test/transcript-text.ts';
import { formatIssue } from './tabular.ts';
import { parseTranscriptCsv } from './transcript-csv.ts';
import { resultOf } from './transcript-marks.ts';
import { passesAt, readLowestPass, type LowestPass } from './transcript-passing.ts';

/** No result column: the mark and the credits earned tell the result. */
const HEADER =
  'student_id,school_id,school_year,term,course_code,course_title,credits_attempted,credits_earned,letter_grade';
const withLowest = (text: string, lowest: LowestPass) =>
  parseTranscriptCsv({ name: 't.csv', text }, { lowest });

describe("the district's lowest passing mark", () => {
  it('reads the option values, and refuses bad ones naming the option', () => {
    expect(readLowestPass({})).toEqual({});
    expect(readLowestPass({ percent: '', letter: ' ' })).toEqual({});
    expect(readLowestPass({ percent: '65', letter: 'd-' })).toEqual({ percent: 65, letter: 'D-' });
    expect(readLowestPass({ percent: '59.5', letter: 'C' })).toEqual({
      percent: 59.5,
      letter: 'C',
    });
    expect(readLowestPass({ percent: 70, letter: 'D +' })).toEqual({ percent: 70, letter: 'D+' });
    expect(readLowestPass({ percent: '70%' })).toEqual({ percent: 70 });
    for (const percent of ['0', '101', 'sixty', '-5', '65.555', '1e2', 'NaN'])
      expect(() => readLowestPass({ percent }), percent).toThrow(
        expect.objectContaining({
          code: 'invalid',
          field: 'lowestPassPercent',
          message: expect.stringContaining('--lowest-pass-percent (lowestPassPercent)'),
        }),
      );
    for (const letter of ['F', 'E', 'D--', 'P', '60', 'toString'])
      expect(() => readLowestPass({ letter }), letter).toThrow(
        expect.objectContaining({ code: 'invalid', field: 'lowestPassLetter' }),
      );
  });

  it('passes a mark at or above the lowest pass, plus and minus letters and decimals as written', () => {
    const at = (grade: string, lowest: LowestPass) => passesAt(grade, lowest, true);
    const d = { letter: 'D' };
    expect(['A+', 'C-', 'D+', 'D', 'D-', 'F'].map((g) => at(g, d))).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(['D+', 'D-', 'C-', 'C'].map((g) => at(g, { letter: 'C' }))).toEqual([
      false,
      false,
      false,
      true,
    ]);
    expect(['59.5', '60', '69.99', '70'].map((g) => at(g, { percent: 60 }))).toEqual([
      false,
      true,
      true,
      true,
    ]);
    expect(['59.4', '59.5'].map((g) => at(g, { percent: 59.5 }))).toEqual([false, true]);
    // The option of the other kind, or a mark of neither kind, tells nothing.
    expect([at('65', d), at('D', { percent: 60 }), at('S', d), at('P', d)]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    // Numbers of a 4-point scale are no percents.
    expect(passesAt('3', { percent: 60 }, false)).toBeUndefined();
  });

  it('tells a mark that earned no credit passed or failed; credit earned still passes', () => {
    const lowest = { percent: 70, letter: 'D' };
    const cases: Array<[string, number, string | undefined]> = [
      ['D', 0, 'pass'],
      ['D-', 0, 'fail'],
      ['65', 0, 'fail'],
      ['70', 0, 'pass'],
      ['69.5', 0, 'fail'],
      ['55', 0.5, 'pass'],
      ['F', 0, 'fail'],
      ['IP', 0, 'in_progress'],
      ['', 0, 'in_progress'],
    ];
    expect(cases.map(([g, earned]) => resultOf(g, 0.5, earned, true, false, lowest))).toEqual(
      cases.map(([, , result]) => result),
    );
    // A course whose credits earned are left empty may be under way: the option does not say.
    expect(resultOf('D-', 0.5, undefined, true, false, lowest)).toBeUndefined();
    // A file with no credits earned column: the mark alone, against the lowest pass.
    expect(
      ['C', 'D+', 'D-', '72', '68'].map((g) =>
        resultOf(g, 0.5, undefined, true, true, { percent: 70, letter: 'C' }),
      ),
    ).toEqual(['pass', 'fail', 'fail', 'pass', 'fail']);
  });

  it('reads such rows without a result column when given, and names the option when not', () => {
    const text = lines(HEADER, [
      '1,rhs,2025,S1,C1,Biology,0.5,0,D',
      '1,rhs,2025,S1,C2,Chemistry,0.5,0,D+',
      '1,rhs,2025,S1,C3,Art,0.5,0,64.5',
      '1,rhs,2025,S1,C4,Music,0.5,0,65',
      '1,rhs,2025,S1,C5,Health,0.5,0.5,92',
    ]);
    expect(problems(text)).toEqual([
      "t.csv:2:9: letter_grade: grade D with no credit earned does not tell whether the course was passed: add a result column (pass, fail, in_progress), or give the district's lowest passing letter (--lowest-pass-letter; lowestPassLetter in the API)",
      "t.csv:3:9: letter_grade: grade D+ with no credit earned does not tell whether the course was passed: add a result column (pass, fail, in_progress), or give the district's lowest passing letter (--lowest-pass-letter; lowestPassLetter in the API)",
      "t.csv:4:9: letter_grade: grade 64.5 with no credit earned does not tell whether the course was passed: add a result column (pass, fail, in_progress), or give the district's lowest passing percent (--lowest-pass-percent; lowestPassPercent in the API)",
      "t.csv:5:9: letter_grade: grade 65 with no credit earned does not tell whether the course was passed: add a result column (pass, fail, in_progress), or give the district's lowest passing percent (--lowest-pass-percent; lowestPassPercent in the API)",
    ]);
    const parsed = withLowest(text, { percent: 65, letter: 'D+' });
    expect(parsed.issues.map(formatIssue)).toEqual([]);
    expect(parsed.rows.map((r) => [r.letterGrade, r.result, r.creditsEarned])).toEqual([
      ['D', 'fail', 0],
      ['D+', 'pass', 0],
      ['64.5', 'fail', 0],
      ['65', 'pass', 0],
      ['92', 'pass', 0.5],
    ]);
    // Given the letter alone, a percent is still refused, naming the percent's option.
    expect(withLowest(text, { letter: 'D' }).issues.map((i) => i.line)).toEqual([4, 5]);
  });

  it('a B whose credits earned are left empty is still refused, without naming the option', () => {
    const text = lines(HEADER, ['1,rhs,2025,S1,C1,Biology,0.5,,B']);
    expect(withLowest(text, { letter: 'D' }).issues.map(formatIssue)).toEqual([
      't.csv:2:9: letter_grade: grade B with the credits earned left empty does not tell whether the course was passed: add a result column (pass, fail, in_progress)',
    ]);
    // With a result column the result written wins over the option.
    const written = lines(`${HEADER},result`, ['1,rhs,2025,S1,C1,Biology,0.5,0,D-,pass']);
    expect(rowsOf(written)[0]!.result).toBe('pass');
  });
});
