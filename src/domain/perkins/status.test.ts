import { describe, expect, it } from 'vitest';
import { ZPerkinsProfile } from '../../contracts/perkins.ts';
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
