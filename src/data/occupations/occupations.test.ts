import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, sharedData, skipWithoutSharedData } from '../../../test/shared-data.ts';
import { buildOccupationBundle, encodeBundle } from '../../importers/occupation-bundle.ts';
import { nccf16 } from '../frameworks/nccf-16/framework.ts';
import { checkOccupationSeeds } from '../../domain/occupation/occupation.ts';
import { curatedPathwayLinks, defaultOccupations } from './index.ts';
import { PUBLIC_DATA_FILE, publicOccupationData } from './public-data.ts';

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

describe('the public occupation data Wayfinder ships', () => {
  const bundle = publicOccupationData();
  const part = (kind: string) => bundle.parts.find((p) => p.kind === kind)!;
  const occupations = part('onet').data.occupations!;
  const codes = new Set(occupations.map((o) => o.code));

  it('is small: a compressed file under 1 MB', () => {
    expect(fs.statSync(PUBLIC_DATA_FILE).size).toBeLessThan(1_000_000);
  });

  it('holds every O*NET 27.0 occupation with its description, job zone, interests and other titles', () => {
    expect(occupations).toHaveLength(1016);
    expect(part('onet').source.id).toBe('onet@27.0');
    expect(part('onet').source.attribution).toMatch(/CC BY 4\.0.*Wayfinder changes/);
    const missing = (test: (o: (typeof occupations)[number]) => unknown) =>
      occupations.filter((o) => !test(o)).length;
    expect(missing((o) => o.description.en)).toBe(0);
    expect(missing((o) => o.jobZone)).toBeLessThan(100);
    // O*NET 27.0 scores interests for 874 of its 1,016 occupations.
    expect(missing((o) => o.riasec && o.interestCode)).toBe(142);
    expect(occupations.reduce((n, o) => n + (o.alternateTitles?.length ?? 0), 0)).toBeGreaterThan(
      50_000,
    );
    const related = part('onet').data.related!;
    expect(related.length).toBeGreaterThan(18_000);
    for (const r of related) expect(codes.has(r.relatedCode), r.relatedCode).toBe(true);
  });

  it('gives most occupations a wage, a projection and a CIP program, each under its publisher’s source', () => {
    const socs = new Set([...codes].map((code) => code.slice(0, 7)));
    const covered = (rows: { socCode: string }[]) =>
      new Set(rows.map((r) => r.socCode).filter((soc) => socs.has(soc))).size;
    expect(part('wages').source.id).toBe('bls-oews@May 2024');
    expect(covered(part('wages').data.wages!)).toBeGreaterThan(700);
    expect(part('projections').source.id).toBe('bls-projections@2022-2032');
    expect(covered(part('projections').data.projections!)).toBeGreaterThan(700);
    expect(covered(part('cip-soc').data.cipSoc!)).toBeGreaterThan(600);
    expect(part('cip').data.cip!.length).toBeGreaterThan(2000);
  });

  it('never ships the Advance CTE workbooks', () => {
    for (const p of bundle.parts) {
      for (const file of p.files) expect(file).not.toMatch(/advance-cte/i);
      expect(p.source.publisher).not.toMatch(/Advance CTE/i);
    }
  });

  it('with our links, gives every pathway at least five real occupations', () => {
    const perPathway = new Map<string, Set<string>>();
    const add = (pathway: string, code: string) => {
      expect(codes.has(code), `${pathway} ${code}`).toBe(true);
      perPathway.set(pathway, (perPathway.get(pathway) ?? new Set()).add(code));
    };
    for (const l of part('clusters').data.pathwayLinks!) add(l.pathwayCode, l.occupationCode);
    for (const l of curatedPathwayLinks) add(l.pathwayCode, l.occupationCode);
    for (const code of pathwayCodes)
      expect(perPathway.get(code)?.size ?? 0, code).toBeGreaterThanOrEqual(5);
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

    it('is what npm run data:build makes from the public files, byte for byte', async () => {
      const built = encodeBundle(await buildOccupationBundle(sharedData(), nccf16));
      expect(Buffer.from(built).equals(fs.readFileSync(PUBLIC_DATA_FILE))).toBe(true);
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
