import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultOccupations } from './index.ts';
import { parseSpanishTitles, spanishOccupationTitles } from './titles-es.ts';
import { SHARED_DATA, skipWithoutSharedData } from '../../../test/shared-data.ts';

const OCCUPATIONS = path.join(SHARED_DATA, 'onet-27.0', 'Occupation Data.txt');
const skip = skipWithoutSharedData('the check of titles-es.tsv against every O*NET 27.0 title');

describe('Spanish occupation titles (titles-es.tsv)', () => {
  it.skipIf(skip)('has one for every O*NET-SOC 27.0 occupation', () => {
    const onet = fs
      .readFileSync(OCCUPATIONS, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t') as [string, string]);
    expect(onet.length).toBeGreaterThan(1000);
    const missing = onet.filter(([code]) => !spanishOccupationTitles.has(code));
    expect(missing).toEqual([]);
    const known = new Set(onet.map(([code]) => code));
    expect([...spanishOccupationTitles.keys()].filter((code) => !known.has(code))).toEqual([]);
    // Written in Spanish, not copied: only a few titles (Baristas, Modelos…) read the same.
    const same = onet.filter(([code, title]) => spanishOccupationTitles.get(code) === title);
    expect(same.length).toBeLessThanOrEqual(5);
  });

  it('has one for every default occupation', () => {
    expect(defaultOccupations.filter((o) => !spanishOccupationTitles.has(o.code))).toEqual([]);
  });

  it('is short, in sentence case, unique and free of English words', () => {
    const english = /\b(and|of|the|except|all other|workers|managers|teachers|technicians)\b/i;
    const seen = new Map<string, string>();
    for (const [code, title] of spanishOccupationTitles) {
      expect(title.length, `${code} ${title}`).toBeLessThanOrEqual(75);
      expect(title[0], `${code} ${title}`).toBe(title[0]!.toUpperCase());
      // Acronyms and glosses in parentheses are kept; no other capital after the first word.
      const words = title
        .replace(/\([^)]*\)/g, '')
        .split(/\s+/)
        .slice(1);
      expect(
        words.filter((w) => /^\p{Lu}\p{Ll}/u.test(w) && w !== 'Tierra'),
        `${code} ${title}`,
      ).toEqual([]);
      expect(english.test(title.replace(/\([^)]*\)/g, '')), `${code} ${title}`).toBe(false);
      expect(seen.get(title), `${code} and ${seen.get(title)} share "${title}"`).toBeUndefined();
      seen.set(title, code);
    }
  });

  it('names the line of a bad row', () => {
    expect(() => parseSpanishTitles('code\ttitle\n15-1252.00\tA\n15-1252.00\tB\n')).toThrow(
      'titles-es.tsv:3: 15-1252.00 appears twice',
    );
    expect(() => parseSpanishTitles('code\ttitle\n15-1252\tA\n')).toThrow('titles-es.tsv:2:');
  });
});
