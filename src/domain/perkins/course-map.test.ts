import { describe, expect, it } from 'vitest';
import { attempt } from '../requirements/test-factories.ts';
import { courseMap, RULE_BITS, type CatalogCourse, type ProgramCourses } from './course-map.ts';
import { perkinsProfile } from './profiles.ts';
import { studentStatuses } from './status.ts';

const federal = perkinsProfile('federal')!;
const byPathway = { ...federal, scope: 'pathway' as const };

/** Two programs of study in one pathway (11-03), one in another (08-01). */
const course = (courseId: string, pathways: string[]): CatalogCourse => ({
  districtId: 'd1',
  courseId,
  code: courseId.toUpperCase(),
  levelName: 'introductory',
  pathways,
  dualCredit: false,
});
const courses = [
  course('web1', ['11-03']),
  course('game1', ['11-03']),
  course('nurse1', ['08-01']),
];
const programs: ProgramCourses[] = [
  { id: 'web', title: { en: 'Web Development' }, courseIds: ['web1'] },
  { id: 'games', title: { en: 'Game Design', es: 'Diseño de juegos' }, courseIds: ['game1'] },
  { id: 'nursing', title: { en: 'Nursing' }, courseIds: ['nurse1'] },
];
const pathwayTitles = new Map([['11-03', { en: 'Programming', es: 'Programación' }]]);

const statuses = (profile: typeof federal) => {
  const map = courseMap(profile, courses, programs, pathwayTitles);
  const passed = [attempt('WEB1'), attempt('GAME1'), attempt('NURSE1')];
  return Object.fromEntries(studentStatuses(profile, passed, map.facts.get('d1')!, 2026));
};

describe('courseMap', () => {
  it('groups by program of study under "single program": one course in each of two is no concentrator', () => {
    expect(statuses(federal)).toEqual({
      web: 'participant',
      games: 'participant',
      nursing: 'participant',
    });
    const map = courseMap(federal, courses, programs, pathwayTitles);
    expect(map.titles.get('games')).toEqual({ en: 'Game Design', es: 'Diseño de juegos' });
    expect(map.titles.get('web')).toEqual({ en: 'Web Development' });
  });

  it('groups by pathway under "single pathway": the same two courses make a concentrator', () => {
    expect(statuses(byPathway)).toEqual({ '11-03': 'concentrator', '08-01': 'participant' });
    const map = courseMap(byPathway, courses, programs, pathwayTitles);
    expect(map.titles.get('11-03')).toEqual({ en: 'Programming', es: 'Programación' });
    expect(map.titles.get('08-01')).toEqual({ en: '08-01', es: '08-01' });
    expect(map.titles.has('web')).toBe(false);
  });

  it('gives the query one row per code and group, with the bits of the rules it counts for', () => {
    const rows = courseMap(byPathway, courses, programs).rows;
    expect(rows.map((r) => `${r.code}:${r.groupKey}`).sort()).toEqual([
      'GAME1:11-03',
      'NURSE1:08-01',
      'WEB1:11-03',
    ]);
    const counts = RULE_BITS.participant[0] | RULE_BITS.concentrator[0];
    for (const r of rows) expect(r.flags & counts).toBe(counts);
  });
});
