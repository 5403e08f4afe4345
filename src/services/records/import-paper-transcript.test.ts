/**
 * A high-school transcript typed from paper imported end to end: courses named by title take the
 * district catalog's code (English or Spanish title, case and accents aside); a title no course
 * has, or two courses share, refuses the file naming the line and what to add. A heading that
 * gives the grade alone dates its courses by the student's graduation year on the roster.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import { hsCourse, t } from '../../data/demo/build.ts';
import type { Runtime } from '../../runtime.ts';
import { CLI } from '../accounts/caller.ts';
import { importStudents } from './import-students.ts';
import { importTranscripts } from './import-transcripts.ts';
import { countInDistrict, csv, recordsWorld, ROSTER_HEADER } from './test-world.ts';

const HEADER = 'Course,Grade,Credit';
const ABOVE = ['Official Transcript', 'Student ID: P1', 'School: rhs', 'Grade 9 — 2024-2025'];
const ROWS = ['english 9,A,1', 'ÁLGEBRA I,B+,1/2', 'Study Skills,Pass,0.5'];

describe.each(testEngines())('a transcript typed from paper imported on $name', (engine) => {
  let runtime: Runtime;
  const district = { districtId: 'rusd' };
  const load = (rows: string[]) =>
    importTranscripts(
      runtime.records,
      CLI,
      { name: 'paper.csv', text: csv(ABOVE.join('\n'), [HEADER, ...rows]) },
      district,
    );

  beforeAll(async () => {
    runtime = await engine.open();
    await runtime.seed();
    await runtime.seedDemoRegion();
    await recordsWorld(runtime);
    // Two courses of one title: a title alone cannot say which was taken.
    for (const [id, school, code] of [
      ['rhs-study', 'rhs', 'STUDY-R'],
      ['cvhs-study', 'cvhs', 'STUDY-C'],
      ['rhs-skills', 'rhs', 'SKILLS'],
    ] as const)
      await runtime.records.catalog.upsertCourse(
        hsCourse({
          id,
          institutionId: school,
          title: t(id === 'rhs-skills' ? 'Study Skills' : 'Study Hall', 'Estudio'),
          kind: 'academic',
          subject: 'other',
          stateCode: code,
          carnegieUnits: 0.5,
          gradeMin: 9,
          gradeMax: 12,
        }),
        school,
      );
    const roster = csv(ROSTER_HEADER, ['P1,rhs,Pat,Diaz,pat@rusd.test,10,2028']);
    await importStudents(runtime.records, CLI, { name: 's.csv', text: roster }, district);
  }, 300_000);
  afterAll(async () => {
    await runtime?.close();
  });

  it('refuses a title no course has, or that two courses share, naming the line', async () => {
    await expect(load([...ROWS, 'Underwater Basket Weaving,A,1'])).rejects.toMatchObject({
      field: 'paper.csv:9:1',
      message: expect.stringContaining(
        'no course of the district catalog is titled "Underwater Basket Weaving": add a course_code column',
      ),
    });
    await expect(load([...ROWS, 'Study Hall,A,0.5'])).rejects.toMatchObject({
      field: 'paper.csv:9:1',
      message: expect.stringContaining(
        '2 courses of the district catalog are titled "Study Hall" (STUDY-C, STUDY-R): add a course_code column',
      ),
    });
    // "Estudio" is the Spanish title of both as well.
    await expect(load([...ROWS, 'Estudio,A,0.5'])).rejects.toMatchObject({
      message: expect.stringContaining('3 courses of the district catalog are titled "Estudio"'),
    });
    expect(await countInDistrict(runtime, 'course_attempt')).toBe(0);
  });

  it('imports each course under its catalog code', async () => {
    const summary = await load(ROWS);
    expect(summary).toMatchObject({ inserted: 3, unknownCourses: [] });
    const stored = await runtime.database.db
      .selectFrom('course_attempt')
      .select(['course_code', 'school_year', 'term', 'credits_earned', 'letter_grade'])
      .where('district_id', '=', 'rusd')
      .orderBy('course_code')
      .execute();
    expect(
      stored.map((r) => [
        r.course_code,
        r.school_year,
        r.term,
        Number(r.credits_earned),
        r.letter_grade,
      ]),
    ).toEqual([
      ['01001', 2025, 'year', 1, 'A'],
      ['02052', 2025, 'year', 0.5, 'B+'],
      ['SKILLS', 2025, 'year', 0.5, 'PASS'],
    ]);
  });

  it('dates the courses under a heading of the grade alone by the roster (class of 2028)', async () => {
    const text = csv('Student ID: P1\nSchool: rhs\nFreshman Year', [
      HEADER,
      'English 9,A,1',
      'Grado 10,,',
      'Álgebra I,B,1',
    ]);
    const summary = await importTranscripts(
      runtime.records,
      CLI,
      { name: 'g.csv', text },
      district,
    );
    expect(summary).toMatchObject({ unknownCourses: [] });
    const stored = await runtime.database.db
      .selectFrom('course_attempt')
      .select(['course_code', 'school_year'])
      .where('district_id', '=', 'rusd')
      .where('letter_grade', 'in', ['A', 'B'])
      .orderBy('course_code')
      .execute();
    expect(stored.map((r) => [r.course_code, r.school_year])).toEqual([
      ['01001', 2025],
      ['02052', 2026],
    ]);
  });
});
