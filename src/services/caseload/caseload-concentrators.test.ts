/**
 * The caseload's CTE concentrator flag, on both engines, over the demo region's programs of study
 * (software development: CTE-IT-100, CTE-IT-210, CTE-IT-310; nursing: CTE-HS-100, CTE-HS-210;
 * each course one credit), school year 2025–26, the federal rule (two courses of one program):
 *
 * - C1: IT-100 and IT-210 passed → concentrator in software development.
 * - C2: IT-100 passed only → participant, not a concentrator.
 * - C3: IT-100 and HS-100 passed → two courses, but in two programs: not a concentrator.
 * - C4: IT-100, IT-210, HS-100, HS-210 passed → concentrator in both programs.
 * - C5: IT-100 passed, IT-210 failed → not a concentrator.
 * - C6: IT-100 passed here, IT-210 passed at summer school (transfer credit standing for it) →
 *   concentrator in software development.
 *
 * The flag agrees with the Perkins count statement (what the state report runs) for the year.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import { importPerkinsRecords, openPerkinsWorld } from '../../../test/perkins-world.ts';
import type { TCaseload, TCaseloadQuery } from '../../contracts/caseload.ts';
import type { Actor } from '../../domain/auth/policy.ts';
import { ALL_PROGRAMS, ALL_STUDENTS } from '../../domain/perkins/aggregate.ts';
import { perkinsProfile } from '../../domain/perkins/profiles.ts';
import type { Runtime } from '../../runtime.ts';
import { queryCounts } from '../perkins/test-specification.ts';
import type { RecordsDeps } from '../records/deps.ts';
import { exportCaseloadCsv } from './caseload-export.ts';
import { readCaseload } from './caseload.ts';

const SOFTWARE = 'riverside-software-development';
const NURSING = 'riverside-nursing';
const STUDENTS = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6'];

const attempt = (id: string, code: string, result: 'pass' | 'fail' = 'pass') =>
  [id, 'rhs', '2025-26', 'year', code, code, '', '1', result === 'pass' ? '1' : '0']
    .concat(result === 'pass' ? ['B', 'pass'] : ['F', 'fail'])
    .join(',');

const TRANSCRIPTS = [
  attempt('C1', 'CTE-IT-100'),
  attempt('C1', 'CTE-IT-210'),
  attempt('C2', 'CTE-IT-100'),
  attempt('C3', 'CTE-IT-100'),
  attempt('C3', 'CTE-HS-100'),
  ...['CTE-IT-100', 'CTE-IT-210', 'CTE-HS-100', 'CTE-HS-210'].map((c) => attempt('C4', c)),
  attempt('C5', 'CTE-IT-100'),
  attempt('C5', 'CTE-IT-210', 'fail'),
  attempt('C6', 'CTE-IT-100'),
];

describe.each(testEngines())('caseload CTE concentrators on $name', (engine) => {
  let runtime: Runtime;
  let deps: RecordsDeps;
  const admin: Actor = {
    userId: 'admin-rusd',
    role: 'district_admin',
    orgId: 'rusd',
    districtId: 'rusd',
    childIds: [],
    caseloadIds: [],
  };

  const read = (query: Partial<TCaseloadQuery> = {}, lang: 'en' | 'es' = 'en') =>
    readCaseload(deps, { actor: admin }, { sort: 'name', ...query, lang });
  /** Local id → the program keys the student is a concentrator in. */
  const flags = (caseload: TCaseload) =>
    new Map(
      caseload.items
        .filter((i) => STUDENTS.includes(i.localId ?? ''))
        .map((i) => [i.localId!, i.concentrator.map((p) => p.key)]),
    );

  beforeAll(async () => {
    runtime = await openPerkinsWorld(engine);
    // School year 2025–26, whatever the day the test runs.
    deps = { ...runtime.records, clock: () => new Date('2026-03-02T12:00:00Z') };
    await importPerkinsRecords(runtime, {
      students: STUDENTS,
      transcripts: TRANSCRIPTS,
      transfers: {
        C6: [
          {
            id: 'tc-c6',
            kind: 'summer',
            earnedAt: { name: 'Riverside Summer School', state: null, institutionId: null },
            term: 'summer',
            countsAs: { kind: 'course', code: 'CTE-IT-210' },
          },
        ],
      },
    });
  }, 600_000);
  afterAll(async () => {
    await runtime?.close();
  });

  it('flags a student with two courses of one program, naming the program', async () => {
    const caseload = await read();
    expect(Object.fromEntries(flags(caseload))).toEqual({
      C1: [SOFTWARE],
      C2: [],
      C3: [],
      // In the order of their titles: Nursing, Software Development.
      C4: [NURSING, SOFTWARE],
      C5: [],
      C6: [SOFTWARE],
    });
    const c1 = caseload.items.find((i) => i.localId === 'C1')!;
    expect(c1.concentrator).toEqual([{ key: SOFTWARE, title: 'Software Development' }]);
    const es = (await read({}, 'es')).items.find((i) => i.localId === 'C1')!;
    expect(es.concentrator).toEqual([{ key: SOFTWARE, title: 'Desarrollo de software' }]);
    expect(caseload.concentrators).toBe(3);
  });

  it('filters to concentrators and to the others, the count staying the whole scope', async () => {
    const yes = await read({ concentrator: 'yes' });
    expect(yes.items.map((i) => i.localId).sort()).toEqual(['C1', 'C4', 'C6']);
    expect(yes.items.every((i) => i.concentrator.length > 0)).toBe(true);
    const no = await read({ concentrator: 'no' });
    expect(no.items.map((i) => i.localId).filter((id) => STUDENTS.includes(id!))).toEqual([
      'C2',
      'C3',
      'C5',
    ]);
    expect(no.items.every((i) => i.concentrator.length === 0)).toBe(true);
    expect(yes.concentrators).toBe(no.concentrators);
    expect(yes.total).toBe(no.total);
  });

  it('agrees with the Perkins count statement, in total and per program', async () => {
    const rows = await queryCounts(runtime, perkinsProfile('federal')!, 2026);
    const counted = (key: string) =>
      rows
        .filter((r) => r.districtId === 'rusd' && r.programKey === key && r.group === ALL_STUDENTS)
        .reduce((n, r) => n + r.concentrators, 0);
    const items = (await read()).items;
    expect(counted(ALL_PROGRAMS)).toBe(items.filter((i) => i.concentrator.length > 0).length);
    for (const key of [SOFTWARE, NURSING])
      expect(counted(key), key).toBe(
        items.filter((i) => i.concentrator.some((p) => p.key === key)).length,
      );
  });

  it('exports the filter and the programs in the CSV', async () => {
    const file = await exportCaseloadCsv(
      deps,
      { actor: admin },
      { sort: 'name', concentrator: 'yes', lang: 'en' },
    );
    const lines = file.csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toContain('CTE concentrator in');
    expect(lines.slice(1).join('\n')).toContain('Nursing; Software Development');
    expect(file.count).toBe(3);
  });
});
