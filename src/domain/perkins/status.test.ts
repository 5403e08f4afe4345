import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ZPerkinsProfile } from '../../contracts/perkins.ts';
import { classifyAttempts } from '../requirements/attempts.ts';
import { attempt } from '../requirements/test-factories.ts';
import { perkinsProfile, PERKINS_PROFILES } from './profiles.ts';
import { countedCourses, studentStatuses, type CteCourseFacts } from './status.ts';

const federal = perkinsProfile('federal')!;
const texas = perkinsProfile('texas-like')!;
const nebraska = perkinsProfile('nebraska-like')!;

/** Nursing: N1 introductory, N2 intermediate, N3 capstone; Texas names for T1–T4. */
const catalog = new Map<string, CteCourseFacts>([
  ['N1', { groups: ['nursing'], levelName: 'introductory' }],
  ['N2', { groups: ['nursing'], levelName: 'intermediate' }],
  ['N3', { groups: ['nursing'], levelName: 'capstone' }],
  ['NX', { groups: ['nursing'], levelName: null }],
  ['W1', { groups: ['welding'], levelName: 'introductory' }],
  ['SHARED', { groups: ['nursing', 'welding'], levelName: 'introductory' }],
  ['T1', { groups: ['it'], levelName: 'Level 1' }],
  ['T2', { groups: ['it'], levelName: 'Level 2' }],
  ['T3', { groups: ['it'], levelName: 'Level 3' }],
  ['T4', { groups: ['it'], levelName: 'Level 4' }],
]);
const status = (
  profile = federal,
  attempts: ReturnType<typeof attempt>[],
  year = 2026,
): Record<string, string> => Object.fromEntries(studentStatuses(profile, attempts, catalog, year));

describe('built-in profiles', () => {
  it('all parse and are the three shipped', () => {
    expect([...PERKINS_PROFILES.keys()].sort()).toEqual(['federal', 'nebraska-like', 'texas-like']);
    for (const p of PERKINS_PROFILES.values()) expect(ZPerkinsProfile.parse(p)).toEqual(p);
  });
});

describe('which attempts count', () => {
  it('counts passed courses once; failures, withdrawals and work under way nowhere', () => {
    const counted = countedCourses(
      [
        attempt('N1', { schoolYear: 2024, result: 'fail' }),
        attempt('N1', { schoolYear: 2025 }),
        attempt('N1', { schoolYear: 2026 }),
        attempt('N2', { result: 'withdrawn' }),
        attempt('N3', { result: 'in_progress' }),
        attempt('W1', { schoolYear: 2027 }),
      ],
      2026,
    );
    expect([...counted]).toEqual([['N1', 1]]);
  });
  it('counts no pass that earned no credit: withheld, or a course carrying none', () => {
    const withheld = { creditsEarned: 0, grade: 'C' };
    const noCredit = { creditsAttempted: 0, creditsEarned: 0, grade: 'P' };
    const attempts = [
      attempt('N1'),
      attempt('N2', withheld),
      attempt('N3', noCredit),
      attempt('W1', { schoolYear: 2025, ...withheld }),
      attempt('W1', { schoolYear: 2026 }),
    ];
    expect([...countedCourses(attempts, 2026)]).toEqual([
      ['N1', 1],
      ['W1', 1],
    ]);
    // Two nursing courses passed, one of them without its credit: a participant only.
    expect(status(federal, attempts)).toEqual({ nursing: 'participant', welding: 'participant' });
    expect(status(federal, [attempt('N2', withheld), attempt('N3', noCredit)])).toEqual({});
  });
  it('adds the semester halves of one year but not a retake in a later year', () => {
    const counted = countedCourses(
      [
        attempt('n2', { term: 'fall', creditsAttempted: 0.5 }),
        attempt('N2', { term: 'spring', creditsAttempted: 0.5 }),
        attempt('N2', { schoolYear: 2025, creditsAttempted: 1 }),
      ],
      2026,
    );
    expect(counted.get('N2')).toBe(1);
  });
});

describe('retakes (as the progress check counts them)', () => {
  const half = (term: string, schoolYear: number, result: 'pass' | 'fail' = 'pass') =>
    attempt('N1', { term, schoolYear, result, creditsAttempted: 0.5 });
  const credits = (attempts: ReturnType<typeof attempt>[], year = 2026) =>
    countedCourses(attempts, year).get('N1');

  it('a failed semester passed the next year adds to the half passed the first time', () => {
    expect(credits([half('s1', 2024, 'fail'), half('s2', 2024), half('s1', 2025)])).toBe(1);
  });
  it('a full year passed and retaken for a better grade counts one year', () => {
    const d = attempt('N1', { schoolYear: 2024, grade: 'D' });
    expect(credits([d, attempt('N1', { schoolYear: 2025, grade: 'A' })])).toBe(1);
  });
  it('a D year with one semester retaken counts one year', () => {
    expect(credits([attempt('N1', { schoolYear: 2024, grade: 'D' }), half('s1', 2025)])).toBe(1);
  });
  it('two halves of one year add up', () => {
    expect(credits([half('s1', 2025), half('s2', 2025)])).toBe(1);
  });
  it('a retake after the school year counts nowhere, nor does its year offer more', () => {
    const tries = [half('s1', 2025, 'fail'), half('s2', 2025), half('s1', 2027)];
    expect(credits(tries)).toBe(0.5);
    expect(credits(tries, 2027)).toBe(1);
    // A full year attempted after the school year does not raise the cap of the years before.
    expect(credits([half('s1', 2024), half('s1', 2025), attempt('N1', { schoolYear: 2027 })])).toBe(
      0.5,
    );
  });
  it('withdrawn and incomplete tries offer their credits; failed-only courses count nowhere', () => {
    const tries = [
      attempt('N1', { schoolYear: 2024, term: 's1', result: 'withdrawn', creditsAttempted: 0.5 }),
      half('s2', 2024),
      half('s2', 2025),
    ];
    expect(credits(tries)).toBe(1);
    expect(credits([half('s1', 2024, 'fail'), half('s2', 2025, 'fail')])).toBeUndefined();
    // A year offering 1.5 (a semester section left for the full year) holds two whole years to 1.
    const left = attempt('N1', {
      schoolYear: 2024,
      term: 's1',
      result: 'withdrawn',
      creditsAttempted: 0.5,
    });
    const years = [2024, 2025].map((schoolYear) => attempt('N1', { schoolYear }));
    expect(credits([left, ...years])).toBe(1);
  });
  it('makes a concentrator of the student whose semester retake completes the credits', () => {
    // Texas-like: two courses for two credits. T1 is 0.5 + 0.5 over two years, T2 a full year.
    const t1 = (term: string, schoolYear: number, result: 'pass' | 'fail' = 'pass') =>
      attempt('T1', { term, schoolYear, result, creditsAttempted: 0.5 });
    const tries = [t1('s1', 2024, 'fail'), t1('s2', 2024), attempt('T2', { schoolYear: 2025 })];
    expect(status(texas, tries)).toEqual({ it: 'participant' });
    expect(status(texas, [...tries, t1('s1', 2025)])).toEqual({ it: 'concentrator' });
  });
  it('counts what the progress check counts, for any semester and year tries', () => {
    const arbTry = fc.record({
      code: fc.constantFrom('N1', 'n1', 'N2'),
      schoolYear: fc.integer({ min: 2023, max: 2027 }),
      term: fc.constantFrom('s1', 's2', 'year'),
      result: fc.constantFrom('pass', 'pass', 'fail', 'withdrawn', 'incomplete' as const),
    });
    fc.assert(
      fc.property(
        fc.array(arbTry, { maxLength: 8 }),
        fc.integer({ min: 2024, max: 2027 }),
        (tries, year) => {
          const attempts = tries.map((t) =>
            attempt(t.code, { ...t, creditsAttempted: t.term === 'year' ? 1 : 0.5 }),
          );
          const counted = countedCourses(attempts, year);
          const { countable } = classifyAttempts(attempts.filter((a) => a.schoolYear <= year));
          const plan = new Map<string, number>();
          for (const c of countable) {
            const code = c.attempt.code.toUpperCase();
            plan.set(code, (plan.get(code) ?? 0) + c.credits);
          }
          expect(counted).toEqual(plan);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('federal', () => {
  it('one course in a program of study makes a participant', () => {
    expect(status(federal, [attempt('N1')])).toEqual({ nursing: 'participant' });
  });
  it('two courses in a single program make a concentrator; one in each of two do not', () => {
    expect(status(federal, [attempt('N1'), attempt('N2')])).toEqual({ nursing: 'concentrator' });
    expect(status(federal, [attempt('N1'), attempt('W1')])).toEqual({
      nursing: 'participant',
      welding: 'participant',
    });
  });
  it('a course taken twice is one course', () => {
    expect(
      status(federal, [attempt('N1', { schoolYear: 2025 }), attempt('N1', { schoolYear: 2026 })]),
    ).toEqual({ nursing: 'participant' });
  });
  it('compares codes by their key: one course however the transcript or catalog writes it', () => {
    const keyed = (attempts: ReturnType<typeof attempt>[]) =>
      Object.fromEntries(studentStatuses(federal, attempts, catalog, 2026));
    // Retaken under another spelling: one course, no concentrator.
    expect(keyed([attempt('n-1'), attempt('N_1', { schoolYear: 2025 })])).toEqual({
      nursing: 'participant',
    });
    expect(keyed([attempt('n-1'), attempt('N 2')])).toEqual({ nursing: 'concentrator' });
    expect([
      ...countedCourses(
        [attempt('t-1', { schoolYear: 2024 }), attempt('T 1', { schoolYear: 2025 }), attempt('t1')],
        2026,
      ),
    ]).toEqual([['T1', 1]]);
  });

  it('a course shared by two programs counts in both; unleveled courses count', () => {
    expect(status(federal, [attempt('SHARED'), attempt('NX'), attempt('W1')])).toEqual({
      nursing: 'concentrator',
      welding: 'concentrator',
    });
  });
  it('has no completer; a course outside every program counts nowhere', () => {
    expect(status(federal, [attempt('N1'), attempt('N2'), attempt('N3'), attempt('ENG')])).toEqual({
      nursing: 'concentrator',
    });
    expect(status(federal, [attempt('ENG')])).toEqual({});
  });
  it('only the school year and the years before count', () => {
    expect(status(federal, [attempt('N1', { schoolYear: 2025 }), attempt('N2')], 2025)).toEqual({
      nursing: 'participant',
    });
  });
});

describe('texas-like', () => {
  it('two courses need two credits to make a concentrator', () => {
    const half = { creditsAttempted: 0.5 };
    expect(status(texas, [attempt('T1', half), attempt('T2', half)])).toEqual({
      it: 'participant',
    });
    expect(status(texas, [attempt('T1'), attempt('T2')])).toEqual({ it: 'concentrator' });
  });
  it('a completer needs three courses, four credits, one of them level 3 or 4', () => {
    expect(status(texas, [attempt('T1'), attempt('T2'), attempt('T3')])).toEqual({
      it: 'concentrator',
    });
    expect(
      status(texas, [attempt('T1'), attempt('T2'), attempt('T3', { creditsAttempted: 2 })]),
    ).toEqual({ it: 'completer' });
    expect(
      status(texas, [attempt('T1'), attempt('T2', { creditsAttempted: 3 }), attempt('T4')]),
    ).toEqual({ it: 'completer' });
    expect(
      status(texas, [
        attempt('T1', { creditsAttempted: 2 }),
        attempt('T2', { creditsAttempted: 2 }),
        attempt('NX'),
      ]),
    ).toEqual({ it: 'concentrator', nursing: 'participant' });
  });
  it('capstone is rank 3, so it meets "level 3 or 4"', () => {
    expect(
      status(texas, [attempt('N1'), attempt('N2'), attempt('N3', { creditsAttempted: 2 })]),
    ).toEqual({ nursing: 'completer' });
  });
  it('level 1 and 2 courses alone never make a completer', () => {
    const two = { creditsAttempted: 2 };
    expect(status(texas, [attempt('T1', two), attempt('T2', two), attempt('NX')])).toMatchObject({
      it: 'concentrator',
    });
  });
});

describe('nebraska-like', () => {
  it('an introductory course makes a participant but does not count towards concentrator', () => {
    expect(status(nebraska, [attempt('N1')])).toEqual({ nursing: 'participant' });
    expect(status(nebraska, [attempt('N1'), attempt('N2')])).toEqual({ nursing: 'participant' });
    expect(status(nebraska, [attempt('N1'), attempt('NX'), attempt('N2')])).toEqual({
      nursing: 'participant',
    });
  });
  it('two intermediate or capstone courses make a concentrator', () => {
    expect(status(nebraska, [attempt('N2'), attempt('N3')])).toEqual({ nursing: 'concentrator' });
  });
});
