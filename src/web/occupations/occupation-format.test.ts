import { describe, expect, it } from 'vitest';
import type { TSource } from '../../contracts/occupation.ts';
import { en, es } from '../i18n.ts';
import {
  entryLevelLabel,
  formatCount,
  formatGrowth,
  formatWage,
  groupByEntryLevel,
  isOnetSource,
  riasecName,
  riasecRows,
  sourcesToCredit,
} from './occupation-format.ts';

const source = (id: string, attribution: string): TSource => ({
  id,
  title: id,
  version: '1',
  url: 'https://example.org',
  license: 'CC BY 4.0',
  attribution,
});

describe('occupation numbers in the page language', () => {
  it('formats wages in US dollars, without cents, with a top-coded form', () => {
    expect(formatWage(en, 'en', 95310)).toBe('$95,310');
    expect(formatWage(es, 'es', 95310)).toMatch(/95,310/);
    expect(formatWage(en, 'en', 239200, true)).toBe('$239,200 or more');
    expect(formatWage(es, 'es', 239200, true)).toMatch(/239,200 o más$/);
  });

  it('formats growth with a sign, and counts with separators', () => {
    expect(formatGrowth('en', 4.3)).toBe('+4.3%');
    expect(formatGrowth('en', -2)).toBe('-2%');
    expect(formatGrowth('en', 0)).toBe('0%');
    expect(formatGrowth('es', 12.5)).toMatch(/^\+12\.5\s?%$/);
    expect(formatCount('en', 153900)).toBe('153,900');
    expect(formatCount('en', 4.25)).toBe('4.3');
  });
});

describe('entry levels', () => {
  it('groups semi → mid → high → unknown, leaving out empty groups and keeping order', () => {
    const groups = groupByEntryLevel([
      { code: 'a', entryLevel: 'high' as const },
      { code: 'b', entryLevel: null },
      { code: 'c', entryLevel: 'semi' as const },
      { code: 'd', entryLevel: 'high' as const },
    ]);
    expect(groups.map((g) => [g.level, g.items.map((i) => i.code)])).toEqual([
      ['semi', ['c']],
      ['high', ['a', 'd']],
      [null, ['b']],
    ]);
    expect(groupByEntryLevel([])).toEqual([]);
  });

  it('names levels in both languages', () => {
    expect(entryLevelLabel(en, 'semi')).toBe('Semi-skilled');
    expect(entryLevelLabel(es, 'high')).toBe('Calificación alta');
    expect(entryLevelLabel(en, null)).toBe('Entry level not known');
  });
});

describe('interests', () => {
  it('lists scores in RIASEC order, skipping missing ones', () => {
    expect(riasecRows(null)).toEqual([]);
    expect(riasecRows({ C: 2, R: 5.5, S: 3, X: 7 })).toEqual([
      { letter: 'R', score: 5.5 },
      { letter: 'S', score: 3 },
      { letter: 'C', score: 2 },
    ]);
    expect(riasecName(es, 'E')).toBe('Emprendedor');
  });
});

describe('sources', () => {
  it('recognises O*NET and credits each source once, O*NET first', () => {
    const bls = source('bls-oews', 'U.S. Bureau of Labor Statistics');
    const onet = source('onet@27', 'O*NET 27.0 Database by USDOL/ETA, under CC BY 4.0');
    expect(isOnetSource(onet)).toBe(true);
    expect(isOnetSource(bls)).toBe(false);
    expect(sourcesToCredit([bls, onet, onet]).map((s) => s.id)).toEqual(['onet@27', 'bls-oews']);
  });
});
