/**
 * Transfer credit on a transcript typed from paper imported end to end: kept as credit earned at
 * the school it names (transfer_credit), a course by title alone counted as the catalog's one
 * course of that title, counted by the progress check as the SIS and college imports' transfer
 * credit is, and a line that cannot be read refuses the file whole.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import type { Runtime } from '../../runtime.ts';
import { CLI } from '../accounts/caller.ts';
import { importStudents } from './import-students.ts';
import { importTranscripts } from './import-transcripts.ts';
import { studentProgress } from './student-progress.ts';
import { countInDistrict, csv, recordsWorld, ROSTER_HEADER } from './test-world.ts';

const ABOVE = ['Official Transcript', 'Student ID: P2', 'School: rhs', 'Grade 9 — 2024-2025'];
const ROWS = [
  'English 9,A,1',
  // Failed here, and passed at Mesa Academy the same year: two attempts, not one twice.
  'Algebra I,F,1',
  'Transfer credit: Lincoln High School (Omaha, NE),,',
  'Biology,TR,1',
  'Health,P,.5',
  'Grade 10 — 2025-2026,,',
  // Its code is the district catalog's Algebra I: it counts as that course.
  'Transfer credit: Mesa Academy, 2024-25, 02052 Algebra I, 1, B',
];

describe.each(testEngines())('transfer credit on a paper transcript on $name', (engine) => {
  let runtime: Runtime;
  let studentId: string;
  const district = { districtId: 'rusd' };
  const load = (rows: string[]) =>
    importTranscripts(
      runtime.records,
      CLI,
      { name: 'paper.csv', text: csv(ABOVE.join('\n'), ['Course,Grade,Credit', ...rows]) },
      district,
    );

  beforeAll(async () => {
    runtime = await engine.open();
    await runtime.seed();
    await runtime.seedDemoRegion();
    await recordsWorld(runtime);
    const roster = csv(ROSTER_HEADER, ['P2,rhs,Pia,Soto,pia@rusd.test,10,2028']);
    await importStudents(runtime.records, CLI, { name: 's.csv', text: roster }, district);
    studentId = (await runtime.records.roster.byLocalIds('rusd', ['P2'])).get('P2')!.userId;
  }, 300_000);
  afterAll(async () => {
    await runtime?.close();
  });

  it('refuses a transfer line it cannot read, naming it, and stores nothing', async () => {
    await expect(
      load([...ROWS, 'Transfer credit: Mesa Academy 2024-25 Geometry 1,,']),
    ).rejects.toMatchObject({
      field: 'paper.csv:13:1',
      message: expect.stringContaining('is transfer credit that cannot be read whole'),
    });
    expect(await countInDistrict(runtime, 'course_attempt')).toBe(0);
    expect(await runtime.records.transfers.ofStudent('rusd', studentId)).toEqual([]);
  });

  it('keeps the transfer courses as credit earned at their schools, once', async () => {
    const summary = await load(ROWS);
    expect(summary).toMatchObject({ inserted: 2, unknownCourses: [] });
    expect(summary.transferCredits).toMatchObject({
      inserted: 3,
      places: [
        { name: 'Lincoln High School', rows: 2 },
        { name: 'Mesa Academy', rows: 1 },
      ],
      electivesByTitle: [{ line: 10, title: 'Health', matches: 0 }],
    });
    const stored = await runtime.records.transfers.ofStudent('rusd', studentId);
    expect(
      stored
        .map((t) => [
          t.earnedAt.name,
          t.earnedAt.state,
          t.schoolYear,
          t.course.code,
          t.course.title,
          t.grade,
          t.result,
          t.creditsEarned,
          t.countsAs,
        ])
        .sort((a, b) => String(a).localeCompare(String(b))),
    ).toEqual([
      // By title alone: the catalog's one Biology.
      [
        'Lincoln High School',
        'NE',
        2025,
        null,
        'Biology',
        'TR',
        'pass',
        1,
        { kind: 'course', code: '03051' },
      ],
      // No course of the catalog is titled Health: an elective, and the summary says so.

      ['Lincoln High School', 'NE', 2025, null, 'Health', 'P', 'pass', 0.5, { kind: 'elective' }],
      [
        'Mesa Academy',
        null,
        2025,
        '02052',
        'Algebra I',
        'B',
        'pass',
        1,
        { kind: 'course', code: '02052' },
      ],
    ]);
    // Imported again: nothing new.
    expect((await load(ROWS)).transferCredits).toMatchObject({ inserted: 0, unchanged: 3 });
  });

  it('the progress check counts them, marked as transfer', async () => {
    const { check, transfers } = await studentProgress(runtime.records, CLI, {
      studentId,
      lang: 'en',
    });
    expect(transfers).toHaveLength(3);
    // Biology by title: the catalog's Biology, so it counts toward science (an elective would not).
    const science = check.requirements.find((r) => r.id === 'science')!;
    expect(science.courses.map((c) => [c.code, c.transfer?.earnedAt])).toEqual([
      ['03051', 'Lincoln High School'],
    ]);
    const algebra = check.requirements.find((r) => r.id === 'math-algebra-1')!;
    expect(algebra).toMatchObject({ status: 'met', earned: 1 });
    expect(algebra.courses.find((c) => c.transfer)!.transfer).toEqual({
      earnedAt: 'Mesa Academy',
      kind: 'transfer',
      code: '02052',
    });
    // English 9 here, and 2.5 credits earned elsewhere.
    expect(check.requirements.find((r) => r.id === 'diploma')).toMatchObject({ earned: 3.5 });
  });
});
