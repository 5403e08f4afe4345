/**
 * The API's results bytes are written straight from the scored profile (ResultsView.bytes); the
 * object other callers get is built by present(). On generated occupations, pathways and
 * profiles (titles that need escaping, missing wages, job zones and sources, pathways the
 * framework does not list, narrowing and limits), the two must give the same JSON.
 */
import { describe, expect, it } from 'vitest';
import type { TPathwayList } from '../../contracts/framework.ts';
import type { SourceRow } from '../../db/occupation-repository.ts';
import type { OccupationRow } from '../../db/occupation-rows.ts';
import { matchPrepared, prepareOccupations } from '../../domain/interests/matching.ts';
import type { ProfilerItem } from '../../domain/interests/profiler.ts';
import { profileOf } from '../../domain/interests/scoring.ts';
import { RIASEC } from '../../domain/occupation/riasec.ts';
import { ALL_ZONES, present, zonesOf } from './results-present.ts';
import { ResultsView } from './results-view.ts';

/** A small seeded generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rnd = random(7);
const pick = (n: number) => Math.floor(rnd() * n);
const maybe = <T>(value: T): T | null => (rnd() < 0.2 ? null : value);
const TITLES = [
  'Nurse "RN"',
  'Técnico de enfermería',
  'Back\\slash & <tag>',
  'Tab\there',
  '🙂 Emoji',
];

const sources: SourceRow[] = ['onet', 'bls', 'proj'].map((id) => ({
  id,
  title: `Source ${id} “quoted”`,
  version: '1',
  url: `https://example.org/${id}`,
  license: 'CC BY 4.0',
  attribution: `From ${id}`,
}));
const clusters = Array.from({ length: 8 }, (_, c) => String(c + 1).padStart(2, '0'));
const pathwayCodes = clusters.flatMap((c) => [1, 2, 3].map((p) => `${c}-0${p}`));
// One pathway in three is not in the framework's list: results leave it out.
const listed = pathwayCodes.filter((_, i) => i % 3 !== 2);
const pathways = {
  lang: 'en',
  framework: { id: 'f', version: '1' },
  items: listed.map((code) => ({
    code,
    title: `${TITLES[pick(TITLES.length)]} ${code}`,
    cluster: { code: code.slice(0, 2), title: `Cluster ${code.slice(0, 2)} “x”` },
  })),
} as unknown as TPathwayList;

const rows: OccupationRow[] = Array.from({ length: 300 }, (_, i) => ({
  code: `${11 + pick(80)}-${String(1000 + i)}.00`,
  socCode: '',
  title: { en: `${TITLES[pick(TITLES.length)]} ${i}`, es: `Ocupación ${i}` },
  description: { en: '' },
  jobZone: maybe(1 + pick(5)),
  riasec: Object.fromEntries(RIASEC.map((l) => [l, 1 + Math.round(rnd() * 18) / 3])),
  interestCode: null,
  brightOutlook: rnd() < 0.3 ? null : rnd() < 0.5,
  brightOutlookSourceId: maybe('proj'),
  sourceId: 'onet',
  medianAnnualWage: maybe(20_000 + pick(100_000)),
  wageTopCoded: rnd() < 0.1,
  employment: null,
  growthPct: maybe(Math.round((rnd() * 20 - 5) * 10) / 10),
  annualOpenings: null,
  entryEducation: null,
  wageSourceId: maybe('bls'),
  projectionSourceId: rnd() < 0.1 ? 'missing' : maybe('proj'),
}));
const pathwaysOf = new Map(
  rows.map((r) => [
    r.code,
    Array.from({ length: pick(3) }, () => pathwayCodes[pick(pathwayCodes.length)]!),
  ]),
);
const matchable = prepareOccupations(
  rows.map((r) => ({
    code: r.code,
    riasec: r.riasec,
    jobZone: r.jobZone,
    pathways: pathwaysOf.get(r.code)!,
  })),
);
const items: ProfilerItem[] = Array.from({ length: 60 }, (_, i) => ({
  id: String(i + 1),
  area: RIASEC[i % 6]!,
  text: { en: '', es: '' },
}));

describe('results JSON written from pieces', () => {
  it.each(['en', 'es'] as const)('is the JSON of the results object (%s)', (lang) => {
    const view = new ResultsView(
      {
        rows: new Map(rows.map((r) => [r.code, r])),
        pathwaysOf,
        sources: new Map(sources.map((s) => [s.id, s])),
      },
      pathways,
      lang,
    );
    const requests = [
      {},
      { jobZone: 2 },
      { entryLevel: 'high' as const },
      { limit: 3 },
      { limit: 200 },
    ];
    let occupations = 0;
    for (let i = 0; i < 200; i++) {
      const lean = RIASEC.map(() => 1 + pick(5));
      const answers = Object.fromEntries(
        items.map((item, k) => [item.id, Math.max(1, Math.min(5, lean[k % 6]! + pick(3) - 1))]),
      );
      const request = requests[i % requests.length]!;
      const profile = profileOf(items, answers);
      const jobZones = zonesOf(request);
      const matches = profile.flat
        ? { occupations: [], pathways: [], clusters: [] }
        : matchPrepared(profile.scores, matchable, { jobZones }, request.limit ?? 20);
      const input = {
        form: 60 as const,
        jobZones: jobZones ?? ALL_ZONES,
        matchable: matchable.length,
        scored: { ...profile, ...matches },
      };
      const json = view.bytes(input).toString('utf8');
      expect(json).toBe(JSON.stringify(present(input, view)));
      occupations += matches.occupations.length;
    }
    // The profiles matched occupations: the comparison saw full answers.
    expect(occupations).toBeGreaterThan(1000);
  });
});
