/**
 * Perkins counts on a handful of hand-built students whose numbers are worked out by hand (the
 * demo catalog: each course 1 credit; dual credit on CTE-IT-210, CTE-HS-210 and CTE-AC-310; see
 * docs/perkins.md "What counts"). Federal profile, school year 2025–26:
 *
 * - H1 (rhs): IT-100 passed 2025, IT-210 failed 2025; credential, WBL → software participant
 *   (the failed course does not count; a credential without being a concentrator counts nowhere).
 * - H2 (rhs): IT-100 passed 2024 and again 2025 (a retake counts once); credential, WBL →
 *   software participant, not a concentrator.
 * - H3 (rhs): IT-100 2024, IT-210 2025, HS-100 2025, HS-210 2025; credential, graduated →
 *   concentrator in software and in nursing (once among all programs).
 * - H4 (cvhs): AC-100 2024, AC-210 2025, AC-310 2026; WBL → construction concentrator.
 * - H5 (rhs): BF-100 2025, BF-110 2026; WBL → accounting concentrator, no dual credit.
 * - H6 (rhs): IT-100 2024, IT-210 2025, nothing in 2025–26 → not counted this year.
 * - H7 (rhs): HS-100 in progress → nothing passed, not a participant.
 *
 * The indicators count concentrators only (their denominator): 5S1 credential_earned = Y,
 * 5S2 passed a dual-credit course, 5S3 work_based_learning = Y, 1S1 graduated = Y.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import { importPerkinsRecords, openPerkinsWorld } from '../../../test/perkins-world.ts';
import type { Actor } from '../../domain/auth/policy.ts';
import { ALL_PROGRAMS, ALL_STUDENTS, type CountRow } from '../../domain/perkins/aggregate.ts';
import { DIMENSION_NAMES } from '../../domain/perkins/groups.ts';
import { perkinsProfile } from '../../domain/perkins/profiles.ts';
import type { Runtime } from '../../runtime.ts';
import { myPerkinsStatus } from './my-status.ts';
import { loadCourseMap } from './perkins-report.ts';

const YEAR = 2026;
const SOFTWARE = 'riverside-software-development';
const NURSING = 'riverside-nursing';
const ACCOUNTING = 'riverside-accounting';
const CONSTRUCTION = 'riverside-construction-technology';

const ROSTER_HEADER =
  'student_id,school_id,first_name,last_name,email,grade_level,graduation_year,gender,credential_earned,work_based_learning,graduated';
const roster = (h5Credential: 'Y' | 'N') => [
  'H1,rhs,Ana,Uno,h1@rusd.test,11,2027,F,Y,Y,',
  'H2,rhs,Ben,Dos,h2@rusd.test,12,2026,M,Y,Y,N',
  'H3,rhs,Cai,Tres,h3@rusd.test,12,2026,F,Y,N,Y',
  'H4,cvhs,Dee,Cuatro,h4@rusd.test,12,2026,M,N,Y,N',
  `H5,rhs,Eli,Cinco,h5@rusd.test,11,2027,F,${h5Credential},Y,N`,
  'H6,rhs,Fay,Seis,h6@rusd.test,12,2026,F,Y,Y,Y',
  'H7,rhs,Gus,Siete,h7@rusd.test,9,2029,M,Y,Y,',
];

const attempt = (
  id: string,
  school: string,
  year: string,
  code: string,
  result: 'pass' | 'fail' | 'in_progress',
) =>
  [
    id,
    school,
    year,
    'year',
    code,
    code,
    '',
    '1',
    result === 'pass' ? '1' : '0',
    result === 'pass' ? 'B' : result === 'fail' ? 'F' : '',
    result,
  ].join(',');

const TRANSCRIPTS = [
  attempt('H1', 'rhs', '2024-25', 'CTE-IT-100', 'pass'),
  attempt('H1', 'rhs', '2024-25', 'CTE-IT-210', 'fail'),
  attempt('H1', 'rhs', '2025-26', 'CTE-IT-210', 'in_progress'),
  attempt('H2', 'rhs', '2023-24', 'CTE-IT-100', 'pass'),
  attempt('H2', 'rhs', '2024-25', 'CTE-IT-100', 'pass'),
  attempt('H2', 'rhs', '2025-26', 'CTE-HS-100', 'in_progress'),
  attempt('H3', 'rhs', '2023-24', 'CTE-IT-100', 'pass'),
  attempt('H3', 'rhs', '2024-25', 'CTE-IT-210', 'pass'),
  attempt('H3', 'rhs', '2024-25', 'CTE-HS-100', 'pass'),
  attempt('H3', 'rhs', '2024-25', 'CTE-HS-210', 'pass'),
  attempt('H3', 'rhs', '2025-26', 'CTE-IT-310', 'in_progress'),
  attempt('H4', 'cvhs', '2023-24', 'CTE-AC-100', 'pass'),
  attempt('H4', 'cvhs', '2024-25', 'CTE-AC-210', 'pass'),
  attempt('H4', 'cvhs', '2025-26', 'CTE-AC-310', 'pass'),
  attempt('H5', 'rhs', '2024-25', 'CTE-BF-100', 'pass'),
  attempt('H5', 'rhs', '2025-26', 'CTE-BF-110', 'pass'),
  attempt('H6', 'rhs', '2023-24', 'CTE-IT-100', 'pass'),
  attempt('H6', 'rhs', '2024-25', 'CTE-IT-210', 'pass'),
  attempt('H7', 'rhs', '2025-26', 'CTE-HS-100', 'in_progress'),
];

/** The measures of one row, named as the report names them. */
const measures = (r: CountRow | undefined) =>
  r && {
    participants: r.participants,
    concentrators: r.concentrators,
    '5S1': r.credential,
    '5S2': r.dualCredit,
    '5S3': r.workBasedLearning,
    '1S1': r.graduated,
  };
const m = (
  participants: number,
  concentrators: number,
  s1: number,
  s2: number,
  s3: number,
  graduated: number,
) => ({ participants, concentrators, '5S1': s1, '5S2': s2, '5S3': s3, '1S1': graduated });

describe.each(testEngines())('Perkins counts of hand-built students on $name', (engine) => {
  let runtime: Runtime;
  const profile = perkinsProfile('federal')!;

  const importRoster = (h5Credential: 'Y' | 'N', transcripts: string[] = []) =>
    importPerkinsRecords(runtime, {
      rosterHeader: ROSTER_HEADER,
      roster: roster(h5Credential),
      transcripts,
    });

  const counts = async () => {
    const map = await loadCourseMap(runtime.perkins, profile, 'rusd');
    const rule = (r: typeof profile.participant) => ({
      minCourses: r.minCourses,
      minCredits: r.minCredits,
      minAtRank: r.minAtRank?.courses ?? 0,
    });
    const rows = await runtime.perkins.perkins.counts({
      year: YEAR,
      courses: map.rows,
      dualCredit: map.dualCredit,
      participant: rule(profile.participant),
      concentrator: rule(profile.concentrator),
      dimensions: DIMENSION_NAMES,
    });
    return (school: string, programKey: string, group = ALL_STUDENTS) =>
      measures(
        rows.find(
          (r) =>
            r.districtId === 'rusd' &&
            r.schoolId === school &&
            r.programKey === programKey &&
            r.group === group,
        ),
      );
  };

  beforeAll(async () => {
    runtime = await openPerkinsWorld(engine);
    await importRoster('N', TRANSCRIPTS);
  }, 600_000);
  afterAll(async () => {
    await runtime?.close();
  });

  it('counts participants, concentrators, 5S1, 5S2, 5S3 and 1S1 as worked out by hand', async () => {
    const row = await counts();
    // Software: H1 (the failed IT-210 does not count), H2 (the retake counts once) and H3.
    expect(row('rhs', SOFTWARE)).toEqual(m(3, 1, 1, 1, 0, 1));
    // Nursing: H3 only (H2's and H7's course is in progress).
    expect(row('rhs', NURSING)).toEqual(m(1, 1, 1, 1, 0, 1));
    expect(row('rhs', ACCOUNTING)).toEqual(m(1, 1, 0, 0, 1, 0));
    expect(row('cvhs', CONSTRUCTION)).toEqual(m(1, 1, 0, 1, 1, 0));
    // Every program: H3, a concentrator in two, once.
    expect(row('rhs', ALL_PROGRAMS)).toEqual(m(4, 2, 1, 1, 1, 1));
    expect(row('cvhs', ALL_PROGRAMS)).toEqual(m(1, 1, 0, 1, 1, 0));
    expect(row('cvhs', SOFTWARE)).toBeUndefined();
    expect(row('rhs', CONSTRUCTION)).toBeUndefined();
    // By group: the girls at Riverside are H1, H3, H5 (H6 took nothing this year).
    expect(row('rhs', ALL_PROGRAMS, 'gender:F')).toEqual(m(3, 2, 1, 1, 1, 1));
    expect(row('rhs', ALL_PROGRAMS, 'gender:M')).toEqual(m(1, 0, 0, 0, 0, 0));
  });

  it('a student in two programs sees both; one with nothing passed sees none', async () => {
    const student = (userId: string): Actor => ({
      userId,
      role: 'student',
      orgId: 'rhs',
      districtId: 'rusd',
      childIds: [],
      caseloadIds: [],
    });
    const idOf = async (localId: string) =>
      (
        await runtime.database.db
          .selectFrom('student')
          .select('user_id')
          .where('district_id', '=', 'rusd')
          .where('local_id', '=', localId)
          .executeTakeFirstOrThrow()
      ).user_id;
    const status = async (localId: string) =>
      (
        await myPerkinsStatus(
          runtime.perkins,
          { actor: student(await idOf(localId)) },
          { year: YEAR, profile },
        )
      ).programs.map((p) => [p.programKey, p.status]);
    expect(await status('H3')).toEqual([
      [NURSING, 'concentrator'],
      [SOFTWARE, 'concentrator'],
    ]);
    expect(await status('H2')).toEqual([[SOFTWARE, 'participant']]);
    expect(await status('H7')).toEqual([]);
  });

  it('one changed fact changes the count: H5 earns a credential', async () => {
    await importRoster('Y');
    const row = await counts();
    expect(row('rhs', ACCOUNTING)).toEqual(m(1, 1, 1, 0, 1, 0));
    expect(row('rhs', ALL_PROGRAMS)).toEqual(m(4, 2, 2, 1, 1, 1));
    await importRoster('N');
  });
});
