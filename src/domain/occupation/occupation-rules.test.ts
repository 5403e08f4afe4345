import { describe, expect, it } from 'vitest';
import { broadSocOf, normalizeCipCode, socOf, stripExcelText } from './codes.ts';
import { entryLevelOf, typicalEducationOf } from './entry-level.ts';
import { normalizeFrameworkName, splitMultiValue } from './framework-names.ts';
import { interestCode } from './riasec.ts';

describe('entry level from job zone', () => {
  it('maps zones 1–2 to semi, 3 to mid, 4–5 to high, anything else to none', () => {
    expect([1, 2, 3, 4, 5].map(entryLevelOf)).toEqual(['semi', 'semi', 'mid', 'high', 'high']);
    expect([0, 6, 2.5, null, undefined].map(entryLevelOf)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(typicalEducationOf(4, 'es')).toMatch(/Licenciatura/);
  });
});

describe('codes', () => {
  it('derives SOC and broad codes and reads CIP codes as publishers write them', () => {
    expect(socOf('29-1141.01')).toBe('29-1141');
    expect(broadSocOf('13-1021')).toBe('13-1020');
    expect(normalizeCipCode('="01.0101"')).toBe('01.0101');
    expect(normalizeCipCode('1.0101')).toBe('01.0101');
    expect(normalizeCipCode('01.01')).toBeUndefined();
    expect(stripExcelText('="13-2011"')).toBe('13-2011');
  });
});

describe('framework names', () => {
  it('treats "and" as "&", spells out A/V, and ignores case, commas and accents', () => {
    expect(normalizeFrameworkName('Arts, Audio/Video Technology & Communications')).toBe(
      normalizeFrameworkName('Arts, A/V Technology & Communications'),
    );
    expect(normalizeFrameworkName('Food Products and Processing Systems')).toBe(
      normalizeFrameworkName('Food Products & Processing Systems'),
    );
    expect(normalizeFrameworkName('Planning, Management, and Regulation')).toBe(
      normalizeFrameworkName('Planning, Management & Regulation'),
    );
    expect(splitMultiValue('A; B;  ')).toEqual(['A', 'B']);
  });
});

describe('interest code', () => {
  it('takes up to three highest RIASEC letters at or above the threshold, ties in RIASEC order', () => {
    expect(interestCode({ R: 2, I: 6.5, A: 1, S: 4, E: 4, C: 5 })).toBe('ICS');
    expect(interestCode({ R: 1, I: 2 })).toBe('');
  });
});
