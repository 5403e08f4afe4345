import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import { openPerkinsWorld } from '../../../test/perkins-world.ts';
import type { Actor } from '../../domain/auth/policy.ts';
import type { CountRow } from '../../domain/perkins/aggregate.ts';
import { DIMENSION_NAMES } from '../../domain/perkins/groups.ts';
import { PERKINS_PROFILES, perkinsProfile } from '../../domain/perkins/profiles.ts';
import { csvLine } from '../../importers/csv-line.ts';
import type { Runtime } from '../../runtime.ts';
import { CLI } from '../accounts/caller.ts';
import { GENERATED_ROSTER_HEADER, generateStudents } from '../records/generate-students.ts';
import { importStudents } from '../records/import-students.ts';
import { importTranscripts } from '../records/import-transcripts.ts';
import { TRANSCRIPT_HEADER } from '../records/test-world.ts';
import { myPerkinsStatus } from './my-status.ts';
import { loadCourseMap, perkinsReport } from './perkins-report.ts';
import { queryCounts, rule, sorted, specification } from './test-specification.ts';

const YEAR = 2026;
const admin = (role: Actor['role'], districtId: string | null): Actor => ({
  userId: `${role}-1`,
  role,
  orgId: districtId ?? 'state',
  districtId,
  childIds: [],
  caseloadIds: [],
});

describe.each(testEngines())('Perkins counts on $name', (engine) => {
  let runtime: Runtime;

  beforeAll(async () => {
    runtime = await openPerkinsWorld(engine);
    const generated = [
      ...generateStudents({ count: 400, seed: 3, schools: ['rhs', 'cvhs'], currentYear: YEAR }),
    ];
    await importStudents(
      runtime.records,
      CLI,
      {
        name: 'students.csv',
        text: [GENERATED_ROSTER_HEADER, ...generated.map((s) => s.roster)].map(csvLine).join(''),
      },
      { districtId: 'rusd' },
    );
    await importTranscripts(
      runtime.records,
      CLI,
      {
        name: 'transcripts.csv',
        text: [TRANSCRIPT_HEADER.split(','), ...generated.flatMap((s) => s.attempts)]
          .map(csvLine)
          .join(''),
      },
      { districtId: 'rusd' },
    );
  }, 600_000);
  afterAll(async () => {
    await runtime?.close();
  });

  it.each([...PERKINS_PROFILES.keys()])(
    'the query gives the numbers of the pure rules (%s), and they are not trivial',
    async (name) => {
      const profile = perkinsProfile(name)!;
      const report = await perkinsReport(runtime.perkins, CLI, { year: YEAR, profile });
      expect(report.rows.length).toBeGreaterThan(0);
      const query = await queryCounts(runtime, profile, YEAR);
      const spec = await specification(runtime, name);
      expect(sorted(query)).toEqual(sorted(spec));
      const all = spec.filter((r) => r.programKey === '*' && r.group === 'all');
      const total = (f: keyof CountRow) => all.reduce((n, r) => n + Number(r[f]), 0);
      expect(total('participants')).toBeGreaterThan(100);
      expect(total('concentrators')).toBeGreaterThan(30);
      if (profile.completer) expect(total('completers')).toBeGreaterThan(0);
      expect(total('credential')).toBeGreaterThan(0);
    },
    300_000,
  );

  it('more programs than the bits of a bigint: the ones past the 63rd give the same numbers', async () => {
    // 70 programs no one took, sorted between the real ones: accounting and construction keep a
    // bit, nursing and software are counted past the 63rd program (the statement's other path).
    const profile = perkinsProfile('texas-like')!;
    const map = await loadCourseMap(runtime.perkins, profile);
    const extra = Array.from({ length: 70 }, (_, i) => ({
      districtId: 'rusd',
      code: `ZZ-${i}`,
      groupKey: `riverside-m-${String(i).padStart(2, '0')}`,
      flags: 63,
    }));
    const keys = [...new Set([...map.rows, ...extra].map((r) => r.groupKey))].sort();
    expect(keys.indexOf('riverside-nursing')).toBeGreaterThan(63);
    const query = await runtime.perkins.perkins.counts({
      year: YEAR,
      courses: [...map.rows, ...extra],
      dualCredit: map.dualCredit,
      participant: rule(profile.participant),
      concentrator: rule(profile.concentrator),
      completer: rule(profile.completer!),
      dimensions: DIMENSION_NAMES,
    });
    const spec = await specification(runtime, 'texas-like');
    expect(sorted(query)).toEqual(sorted(spec));
    const past = spec.filter(
      (r) =>
        r.group === 'all' &&
        ['riverside-nursing', 'riverside-software-development'].includes(r.programKey),
    );
    expect(past.reduce((n, r) => n + r.concentrators, 0)).toBeGreaterThan(0);
  }, 300_000);

  it('a district admin sees their own district only; every look is audited', async () => {
    const profile = perkinsProfile('federal')!;
    const own = await perkinsReport(
      runtime.perkins,
      { actor: admin('district_admin', 'rusd') },
      { year: YEAR, profile },
    );
    expect(new Set(own.rows.map((r) => r.level))).toEqual(new Set(['district', 'school']));
    const funnel = own.rows.find(
      (r) => r.orgId === 'rusd' && r.programKey === '*' && r.group === 'all',
    );
    expect(funnel?.cell).toHaveProperty('value');
    expect(
      own.rows.find((r) => r.orgId === 'rusd' && r.measure === '1S1' && r.group === 'all')?.cell,
    ).toEqual({ notAvailable: true });
    await expect(
      perkinsReport(
        runtime.perkins,
        { actor: admin('district_admin', 'rusd') },
        { year: YEAR, profile, districtId: 'other' },
      ),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      perkinsReport(
        runtime.perkins,
        { actor: admin('counselor', 'rusd') },
        { year: YEAR, profile },
      ),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const state = await perkinsReport(
      runtime.perkins,
      { actor: admin('state_admin', null) },
      { year: YEAR, profile },
    );
    expect(state.rows.some((r) => r.level === 'state')).toBe(true);
    const log = await runtime.database.db
      .selectFrom('audit_log')
      .select(['action', 'outcome', 'target_id'])
      .where('action', '=', 'perkins.read')
      .execute();
    expect(log).toEqual(
      expect.arrayContaining([
        { action: 'perkins.read', outcome: 'ok', target_id: 'rusd' },
        { action: 'perkins.read', outcome: 'denied', target_id: 'other' },
        { action: 'perkins.read', outcome: 'ok', target_id: 'state' },
      ]),
    );
  });

  it("a school admin sees their own school's rows only, suppressed as the district's", async () => {
    const profile = perkinsProfile('federal')!;
    const principal = { ...admin('school_admin', 'rusd'), orgId: 'rhs' };
    const own = await perkinsReport(runtime.perkins, { actor: principal }, { year: YEAR, profile });
    expect(own.rows.length).toBeGreaterThan(0);
    expect(new Set(own.rows.map((r) => `${r.level}:${r.orgId}`))).toEqual(new Set(['school:rhs']));
    const district = await perkinsReport(
      runtime.perkins,
      { actor: admin('district_admin', 'rusd') },
      { year: YEAR, profile },
    );
    expect(own.rows).toEqual(district.rows.filter((r) => r.orgId === 'rhs'));
    await expect(
      perkinsReport(
        runtime.perkins,
        { actor: principal },
        { year: YEAR, profile, districtId: 'other' },
      ),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const log = await runtime.database.db
      .selectFrom('audit_log')
      .select(['outcome', 'actor_role'])
      .where('action', '=', 'perkins.read')
      .where('target_id', '=', 'rhs')
      .execute();
    expect(log).toEqual(
      expect.arrayContaining([
        { outcome: 'ok', actor_role: 'school_admin' },
        { outcome: 'denied', actor_role: 'school_admin' },
      ]),
    );
  });

  it('a student sees their own status', async () => {
    const profile = perkinsProfile('federal')!;
    const spec = await specification(runtime, 'federal');
    expect(spec.length).toBeGreaterThan(0);
    const row = await runtime.database.db
      .selectFrom('student')
      .select(['user_id', 'district_id'])
      .where('grade', '=', 12)
      .limit(20)
      .execute();
    let found = 0;
    for (const s of row) {
      const mine = await myPerkinsStatus(
        runtime.perkins,
        { actor: { ...admin('student', s.district_id), userId: s.user_id } },
        { year: YEAR, profile },
      );
      if (mine.programs.some((p) => p.status === 'concentrator')) found += 1;
    }
    expect(found).toBeGreaterThan(0);
    await expect(
      myPerkinsStatus(
        runtime.perkins,
        { actor: admin('counselor', 'rusd') },
        { year: YEAR, profile },
      ),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
});
