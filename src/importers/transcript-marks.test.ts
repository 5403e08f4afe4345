import { describe, expect, it } from 'vitest';
import { isPercentScale, normalizeMark, parseResult, resultOf } from './transcript-marks.ts';

describe('marks and results as transcripts write them', () => {
  it('keeps a mark in one form: letters upper case, a percent as its number', () => {
    const cases: Array<[string, string]> = [
      ['a -', 'A-'],
      ['b+', 'B+'],
      ['92.50', '92.5'],
      ['100.00', '100'],
      ['87%', '87'],
      ['87,5', '87.5'],
      ['087', '87'],
      ['ip', 'IP'],
      ['N/G', 'N/G'],
      ['--', ''],
      ['N/A', ''],
      ['*', ''],
      ['', ''],
    ];
    expect(cases.map(([raw]) => normalizeMark(raw))).toEqual(cases.map(([, mark]) => mark));
  });

  it('tells the result of P/F, CR/NC, I, IP, W, WP, WF, AU and NG marks', () => {
    const cases: Array<[string, number, string | undefined]> = [
      ['P', 0.5, 'pass'],
      ['F', 0, 'fail'],
      ['FAIL', 0, 'fail'],
      ['CR', 0.5, 'pass'],
      ['NC', 0, 'fail'],
      ['I', 0, 'incomplete'],
      ['IP', 0, 'in_progress'],
      ['W', 0, 'withdrawn'],
      ['WP', 0, 'withdrawn'],
      ['WF', 0, 'fail'],
      // An audit is attended for no credit: it counts nowhere, and is no fail.
      ['AU', 0, 'withdrawn'],
      // No grade: a course graded without marks when it earned credit, else not finished.
      ['NG', 0, 'incomplete'],
      ['NG', 0.5, 'pass'],
      ['NM', 0, 'incomplete'],
      ['A-', 0.5, 'pass'],
      ['D', 0, undefined],
    ];
    expect(cases.map(([mark, earned]) => resultOf(mark, 0.5, earned))).toEqual(
      cases.map(([, , result]) => result),
    );
  });

  it('passes a pass mark whose credits earned are left empty, and no other mark', () => {
    expect(['P', 'CR', 'S', 'PASS', 'B', 'D'].map((m) => resultOf(m, 0.5, undefined))).toEqual([
      'pass',
      'pass',
      'pass',
      'pass',
      undefined,
      undefined,
    ]);
    expect(parseResult('Not Completed')).toBe('incomplete');
  });

  it('fails a percent under 60 that earned nothing, on a percent scale only', () => {
    expect(resultOf('55', 0.5, 0, true)).toBe('fail');
    expect(resultOf('0', 0.5, 0, true)).toBe('fail');
    // 60 to 69 passes in some districts and fails in others (where 70 is the lowest pass).
    expect(resultOf('65', 0.5, 0, true)).toBeUndefined();
    expect(resultOf('55', 0.5, 0.5, true)).toBe('pass');
    // A 4-point scale's 3 is no percent.
    expect(resultOf('3', 0.5, 0, false)).toBeUndefined();
    expect(isPercentScale(['A', '92.5', ''])).toBe(true);
    expect(isPercentScale(['4', '3.5', 'B'])).toBe(false);
  });

  it('reads results as written, and nothing the prototype of an object holds', () => {
    const words = ['Audit', 'No Grade', 'Credit', 'No Credit', 'W/F', 'WP', 'Not Complete'];
    expect(words.map(parseResult)).toEqual([
      'withdrawn',
      'incomplete',
      'pass',
      'fail',
      'fail',
      'withdrawn',
      'incomplete',
    ]);
    expect(['constructor', 'toString', '__proto__'].map(parseResult)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});
