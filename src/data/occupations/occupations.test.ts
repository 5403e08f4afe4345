import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, sharedData, skipWithoutSharedData } from '../../../test/shared-data.ts';
import { checkOccupationSeeds } from '../../domain/occupation/occupation.ts';
import { defaultOccupations } from './index.ts';

const tsv = (file: string) =>
  fs
    .readFileSync(path.join(sharedData('onet-27.0'), file), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'));

const pathwayCodes = new Set(
  fs
    .readFileSync(fixture('framework-16-79.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line, _i, all) => {
      const cluster = line.split('\t')[0]!;
      const n = all
        .slice(0, all.indexOf(line) + 1)
        .filter((l) => l.startsWith(`${cluster}\t`)).length;
      return `${cluster}-${String(n).padStart(2, '0')}`;
    }),
);

describe('embedded default occupations', () => {
  it('pass the checks against the 79 pathways', () => {
    expect(pathwayCodes.size).toBe(79);
    expect(checkOccupationSeeds(defaultOccupations, pathwayCodes)).toEqual([]);
  });

  it('give every one of the 79 pathways at least two occupations', () => {
    const perPathway = new Map<string, number>();
    for (const o of defaultOccupations)
      for (const p of o.pathways) perPathway.set(p, (perPathway.get(p) ?? 0) + 1);
    for (const code of pathwayCodes)
      expect(perPathway.get(code) ?? 0, code).toBeGreaterThanOrEqual(2);
  });
});

describe.skipIf(skipWithoutSharedData('the default occupations’ checks against O*NET 27.0'))(
  'embedded default occupations and the full O*NET 27.0 files',
  () => {
    it('use real O*NET codes, with O*NET’s titles and job zones', () => {
      const titles = new Map(tsv('Occupation Data.txt').map(([code, title]) => [code!, title!]));
      const zones = new Map(tsv('Job Zones.txt').map(([code, zone]) => [code!, Number(zone)]));
      for (const o of defaultOccupations) {
        expect(titles.get(o.code), o.code).toBe(o.title.en);
        expect(o.jobZone, o.code).toBe(zones.get(o.code) ?? null);
      }
    });

    it('describe occupations in our own words, not O*NET’s', () => {
      const descriptions = new Map(
        tsv('Occupation Data.txt').map(([code, , description]) => [code!, description!]),
      );
      for (const o of defaultOccupations)
        expect(o.description.en).not.toBe(descriptions.get(o.code));
    });
  },
);
