/**
 * Perkins counts with credit earned outside the district (domain/perkins/transfer.ts), one
 * hand-built student per case, federal profile, school year 2025–26, Riverside High School's
 * software development program (CTE-IT-100 and CTE-IT-210 are two of its courses). Each student
 * passed CTE-IT-100 here in 2025–26 (so is enrolled and a participant) unless said otherwise:
 *
 * - T1: CTE-IT-210 as a college course (dual credit) the district records as CTE-IT-210 →
 *   concentrator (dual or concurrent credit in the program's CTE course counts).
 * - T2: a course at another district's school with CTE-IT-210's SCED code → concentrator.
 * - T3: the same course as elective credit only → participant.
 * - T4: credit by examination recorded as CTE-IT-210 → participant (a test, not a course).
 * - T5: CTE-IT-100 again at summer school → participant (one course, taken in two places).
 * - T6: CTE-IT-210 elsewhere, failed → participant.
 * - T7: a SCED code two of the district's courses share → participant (which course is unknown).
 * - T8: CTE-IT-210 elsewhere in 2026–27, after the year → participant.
 * - T9: CTE-IT-100 here in 2024–25 only, CTE-IT-210 elsewhere in 2025–26 → not counted
 *   (transfer credit does not enrol a student).
 */
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import {
  importPerkinsRecords,
  insertTransfers,
  openPerkinsWorld,
  transferCredit,
} from '../../../test/perkins-world.ts';
import type { Actor } from '../../domain/auth/policy.ts';
import { ALL_STUDENTS } from '../../domain/perkins/aggregate.ts';
import { PERKINS_PROFILES, perkinsProfile } from '../../domain/perkins/profiles.ts';
import type { TransferCredit } from '../../domain/requirements/transfer.ts';
import type { Runtime } from '../../runtime.ts';
import { myPerkinsStatus } from './my-status.ts';
import { queryCounts, sorted, specification } from './test-specification.ts';

const YEAR = 2026;
const SOFTWARE = 'riverside-software-development';
const STUDENTS = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9'];
/** SCED codes given to the demo courses for this test. */
const PYTHON_SCED = '10152';
const SHARED_SCED = '10011';

/** A drawn credit elsewhere: how it counts, its kind, year, term, credits and result. */
const arbCredit = fc.record({
  countsAs: fc.constantFrom<TransferCredit['countsAs']>(
    { kind: 'course', code: 'CTE-IT-100' },
    { kind: 'course', code: 'CTE-IT-210' },
    { kind: 'course', code: 'CTE-HS-100' },
    { kind: 'sced', scedCode: PYTHON_SCED },
    { kind: 'sced', scedCode: SHARED_SCED },
    { kind: 'elective' },
  ),
  kind: fc.constantFrom<TransferCredit['kind']>(
    'transfer',
    'summer',
    'dual_credit',
    'online',
    'exam',
  ),
  schoolYear: fc.integer({ min: 2024, max: 2027 }),
  term: fc.constantFrom('s1', 's2', 'year'),
  result: fc.constantFrom<TransferCredit['result']>('pass', 'pass', 'fail', 'in_progress'),
});

const here = (id: string, year = '2025-26') =>
  [id, 'rhs', year, 'year', 'CTE-IT-100', 'IT Foundations', '', '1', '1', 'B', 'pass'].join(',');

describe.each(testEngines())('Perkins counts with transfer credit on $name', (engine) => {
  let runtime: Runtime;
  const ids = new Map<string, string>();
  const profile = perkinsProfile('federal')!;

  const credit = (
    local: string,
    over: Partial<TransferCredit> & Pick<TransferCredit, 'countsAs'>,
  ): TransferCredit =>
    transferCredit(`tc-${local}`, ids.get(local)!, {
      course: { title: 'Programming I', code: 'CS 110', scedCode: PYTHON_SCED },
      schoolYear: 2025,
      ...over,
    });

  beforeAll(async () => {
    runtime = await openPerkinsWorld(engine);
    const db = runtime.database.db;
    const setSced = (id: string, sced: string) =>
      db
        .updateTable('course')
        .set({ doc: sql`doc || ${JSON.stringify({ scedCode: sced })}::jsonb` })
        .where('id', '=', id)
        .execute();
    await setSced('rhs-python', PYTHON_SCED);
    await setSced('rhs-web-dev', SHARED_SCED);
    await setSced('rhs-ap-csa', SHARED_SCED);
    const found = await importPerkinsRecords(runtime, {
      students: STUDENTS,
      transcripts: [
        ...STUDENTS.filter((s) => s !== 'T9').map((s) => here(s)),
        here('T9', '2024-25'),
      ],
    });
    for (const [s, id] of found) ids.set(s, id);
    const python = { kind: 'course' as const, code: 'CTE-IT-210' };
    const credits = [
      credit('T1', {
        kind: 'dual_credit',
        earnedAt: { name: 'Riverside Valley Community College', state: null, institutionId: null },
        countsAs: python,
      }),
      credit('T2', { countsAs: { kind: 'sced', scedCode: PYTHON_SCED } }),
      credit('T3', { countsAs: { kind: 'elective' } }),
      credit('T4', { kind: 'exam', countsAs: python }),
      credit('T5', {
        kind: 'summer',
        term: 'summer',
        countsAs: { kind: 'course', code: 'cte-it-100' },
      }),
      credit('T6', { result: 'fail', creditsEarned: 0, countsAs: python }),
      credit('T7', { countsAs: { kind: 'sced', scedCode: SHARED_SCED } }),
      credit('T8', { schoolYear: 2027, countsAs: python }),
      credit('T9', { schoolYear: 2026, countsAs: python }),
    ];
    await insertTransfers(runtime, credits);
  }, 600_000);
  afterAll(async () => {
    await runtime?.close();
  });

  const softwareRow = (rows: Awaited<ReturnType<typeof queryCounts>>) =>
    rows.find(
      (r) =>
        r.districtId === 'rusd' &&
        r.schoolId === 'rhs' &&
        r.programKey === SOFTWARE &&
        r.group === ALL_STUDENTS,
    );

  it('counts each case as worked out by hand: T1 and T2 concentrators, T9 not enrolled', async () => {
    const row = softwareRow(await queryCounts(runtime, profile, YEAR));
    expect(row).toMatchObject({ participants: 8, concentrators: 2 });
  });

  it('gives the pure rules’ numbers, with and without a credit threshold', async () => {
    for (const name of ['federal', 'texas-like', 'nebraska-like']) {
      const p = perkinsProfile(name)!;
      expect(sorted(await queryCounts(runtime, p, YEAR)), name).toEqual(
        sorted(await specification(runtime, p, YEAR)),
      );
    }
  });

  const CASES: Array<[string, string, 'concentrator' | 'participant' | undefined]> = [
    ['T1', 'dual credit recorded as the program’s course counts', 'concentrator'],
    ['T2', 'the same course elsewhere, by SCED code, counts', 'concentrator'],
    ['T3', 'elective credit only does not count', 'participant'],
    ['T4', 'credit by examination does not count', 'participant'],
    ['T5', 'a course taken here and elsewhere counts once', 'participant'],
    ['T6', 'a failed course elsewhere does not count', 'participant'],
    ['T7', 'a SCED code two of our courses share does not count', 'participant'],
    ['T8', 'credit after the school year does not count', 'participant'],
  ];

  it.each(CASES)('%s: %s (the student’s own status)', async (local, _why, expected) => {
    const actor: Actor = {
      userId: ids.get(local)!,
      role: 'student',
      orgId: 'rhs',
      districtId: 'rusd',
      childIds: [],
      caseloadIds: [],
    };
    const mine = await myPerkinsStatus(runtime.perkins, { actor }, { year: YEAR, profile });
    expect(mine.programs.find((p) => p.programKey === SOFTWARE)?.status).toBe(expected);
  });

  it('T9: transfer credit alone in the year does not enrol a student for the count', async () => {
    // Only T9's credit is in 2025–26 and only T9 lacks an attempt here that year: T9 counted
    // would make 9 participants and 3 concentrators.
    const row = softwareRow(await queryCounts(runtime, profile, YEAR));
    expect(row).toMatchObject({ participants: 8, concentrators: 2 });
    const last = softwareRow(await queryCounts(runtime, profile, YEAR - 1));
    expect(last).toMatchObject({ participants: 1, concentrators: 0 });
  });

  it('gives the pure rules’ numbers for any transfer credit beside attempts here', async () => {
    let next = 0;
    const student = fc.record({
      enrolled: fc.boolean(),
      credits: fc.uniqueArray(arbCredit, {
        minLength: 1,
        maxLength: 5,
        selector: (c) => `${c.schoolYear}|${c.term}|${JSON.stringify(c.countsAs)}`,
      }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(student, { minLength: 1, maxLength: 5 }), async (drawn) => {
        const locals = drawn.map(() => `P${(next += 1)}`);
        const found = await importPerkinsRecords(runtime, {
          students: locals,
          transcripts: locals.map((s, i) => here(s, drawn[i]!.enrolled ? '2025-26' : '2024-25')),
        });
        for (const [s, id] of found) ids.set(s, id);
        for (const [i, s] of locals.entries())
          for (const [j, c] of drawn[i]!.credits.entries()) {
            const credits = c.term === 'year' ? 1 : 0.5;
            await runtime.records.transfers.insert(
              credit(s, {
                ...c,
                id: `tc-${s}-${j}`,
                course: { title: `Course ${j}`, code: `X ${j}`, scedCode: null },
                creditsAttempted: credits,
                creditsEarned: c.result === 'pass' ? credits : 0,
              }),
            );
          }
        for (const p of PERKINS_PROFILES.values())
          expect(sorted(await queryCounts(runtime, p, YEAR)), p.id).toEqual(
            sorted(await specification(runtime, p, YEAR)),
          );
      }),
      { numRuns: 8 },
    );
  }, 600_000);
});
