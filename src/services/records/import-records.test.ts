import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import type { Runtime } from '../../runtime.ts';
import { CLI } from '../accounts/caller.ts';
import { importStudents } from './import-students.ts';
import { importTranscripts } from './import-transcripts.ts';
import {
  csv,
  recordsWorld,
  ROSTER_HEADER,
  TRANSCRIPT_HEADER,
  countInDistrict,
} from './test-world.ts';

const roster = (rows: string[]) => ({ name: 'students.csv', text: csv(ROSTER_HEADER, rows) });
const transcript = (rows: string[]) => ({
  name: 'transcripts.csv',
  text: csv(TRANSCRIPT_HEADER, rows),
});
const ROSTER = [
  'S1,rhs,Ana,Lopez,ana@rusd.test,9,2029',
  'S2,rhs,Ben,Ng,ben@rusd.test,10,2028',
  'S3,cvhs,Cy,Roe,cy@rusd.test,12,2026',
];
const TRANSCRIPT = [
  'S2,rhs,2024-25,year,01001,English 9,01001,1,1,B,pass',
  'S2,rhs,2024-25,fall,02052,Algebra I,02052,0.5,0,F,fail',
  'S2,rhs,2025-26,year,02052,Algebra I,02052,1,0,,in_progress',
  'S2,rhs,2025-26,year,LOCAL-999,Robotics Club,,0.5,0.5,P,pass',
];

describe.each(testEngines())('roster and transcript imports on $name', (engine) => {
  let runtime: Runtime;
  const district = { districtId: 'rusd' };
  const count = (table: 'student' | 'course_attempt') => countInDistrict(runtime, table);

  beforeAll(async () => {
    runtime = await engine.open();
    await runtime.seed();
    await runtime.seedDemoRegion();
    await recordsWorld(runtime);
  }, 300_000);
  afterAll(async () => {
    await runtime?.close();
  });

  it('refuses a roster with a bad row, naming file:line:column, and writes nothing', async () => {
    const bad = roster([...ROSTER, 'S4,rhs,Di,Fox,not-an-email,9,2029']);
    await expect(importStudents(runtime.records, CLI, bad, district)).rejects.toMatchObject({
      code: 'invalid',
      field: 'students.csv:5:5',
      message: expect.stringContaining('students.csv:5:5: email: is not an email address'),
    });
    const elsewhere = roster([...ROSTER, 'S4,other-high,Di,Fox,di@rusd.test,9,2029']);
    await expect(importStudents(runtime.records, CLI, elsewhere, district)).rejects.toMatchObject({
      field: 'students.csv:5:2',
    });
    expect(await count('student')).toBe(0);
  });

  it('imports a roster once: a dry run counts, a second run changes nothing, a change updates', async () => {
    const dry = await importStudents(runtime.records, CLI, roster(ROSTER), {
      ...district,
      dryRun: true,
    });
    expect(dry).toMatchObject({ dryRun: true, inserted: 3, updated: 0 });
    expect(await count('student')).toBe(0);
    const first = await importStudents(runtime.records, CLI, roster(ROSTER), district);
    expect(first).toMatchObject({ rowsRead: 3, inserted: 3, updated: 0, unchanged: 0 });
    const again = await importStudents(runtime.records, CLI, roster(ROSTER), district);
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 3 });
    const moved = ROSTER.map((r) =>
      r.replace('Ben,Ng,ben@rusd.test,10', 'Ben,Ng,ben@rusd.test,11'),
    );
    const changed = await importStudents(runtime.records, CLI, roster(moved), district);
    expect(changed).toMatchObject({ inserted: 0, updated: 1, unchanged: 2 });
    expect(await count('student')).toBe(3);
  });

  it('takes a roster without a graduation year column, keeping the years stored', async () => {
    const years = async () =>
      (
        await runtime.database.db
          .selectFrom('student')
          .select(['local_id', 'graduation_year'])
          .where('district_id', '=', 'rusd')
          .orderBy('local_id')
          .execute()
      ).map((r) => [r.local_id, r.graduation_year]);
    const before = await years();
    const header = 'Student Number,School Code,Last Name,First Name,Email,Grade';
    const rows = [
      'S1,rhs,Lopez,Ana,ana@rusd.test,9',
      'S2,rhs,Ng,Ben,ben@rusd.test,11',
      'S3,cvhs,Roe,Cy,cy@rusd.test,12',
    ];
    const text = csv(header, rows);
    const same = await importStudents(runtime.records, CLI, { name: 's.csv', text }, district);
    expect(same).toMatchObject({ inserted: 0, updated: 0, unchanged: 3 });
    expect(await years()).toEqual(before);
    const added = csv(header, [...rows, 'S5,rhs,Fox,Di,di@rusd.test,10']);
    const next = await importStudents(
      runtime.records,
      CLI,
      { name: 's.csv', text: added },
      district,
    );
    expect(next).toMatchObject({ inserted: 1, unchanged: 3 });
    expect(await years()).toEqual([...before, ['S5', null]]);
  });

  it('refuses an email that belongs to another account', async () => {
    const taken = roster(['S9,rhs,Zed,Zee,ana@rusd.test,9,2029']);
    await expect(importStudents(runtime.records, CLI, taken, district)).rejects.toMatchObject({
      field: 'students.csv:2:5',
      message: expect.stringContaining('belongs to another account'),
    });
  });

  it('imports transcripts idempotently and keeps and reports unknown course codes', async () => {
    const first = await importTranscripts(runtime.records, CLI, transcript(TRANSCRIPT), district);
    expect(first).toMatchObject({ rowsRead: 4, inserted: 4, updated: 0, unchanged: 0 });
    expect(first.unknownCourses).toEqual([{ code: 'LOCAL-999', title: 'Robotics Club', rows: 1 }]);
    const again = await importTranscripts(runtime.records, CLI, transcript(TRANSCRIPT), district);
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 4 });
    const graded = TRANSCRIPT.map((r) => r.replace(',1,1,B,pass', ',1,1,A,pass'));
    const changed = await importTranscripts(runtime.records, CLI, transcript(graded), district);
    expect(changed).toMatchObject({ inserted: 0, updated: 1, unchanged: 3 });
    expect(await count('course_attempt')).toBe(4);
  });

  it("keeps a course's final marks, not the quarter and exam marks exported with them", async () => {
    const rows = [
      'S1,rhs,2025-26,Q1,03051,Biology,03051,0,0,A,',
      'S1,rhs,2025-26,E1,03051,Biology,03051,0,0,F,',
      'S1,rhs,2025-26,S1,03051,Biology,03051,0.5,0,F,fail',
    ];
    const dry = { ...district, dryRun: true };
    const summary = await importTranscripts(runtime.records, CLI, transcript(rows), dry);
    expect(summary).toMatchObject({
      rowsRead: 3,
      inserted: 1,
      progressMarks: { rows: 2, lines: [2, 3] },
    });
  });

  it('takes a catalog code a spreadsheet stripped of its zeros, and the catalog SCED code', async () => {
    const rows = [
      'S3,cvhs,2025-26,S1,2052,ALGEBRA I,,0.5,0.5,B,pass',
      'S3,cvhs,2025-26,S2,2052,ALGEBRA I,,0.5,,,',
    ];
    const summary = await importTranscripts(runtime.records, CLI, transcript(rows), district);
    expect(summary).toMatchObject({ inserted: 2, unknownCourses: [] });
    const stored = await runtime.database.db
      .selectFrom('course_attempt')
      .select(['course_code', 'sced_code', 'term', 'result'])
      .where('district_id', '=', 'rusd')
      .where('course_title', '=', 'ALGEBRA I')
      .orderBy('term')
      .execute();
    expect(stored).toEqual([
      { course_code: '02052', sced_code: '02052', term: 's1', result: 'pass' },
      { course_code: '02052', sced_code: '02052', term: 's2', result: 'in_progress' },
    ]);
    const before = await count('course_attempt');
    const twice = transcript([
      'S3,cvhs,2025-26,S1,02072,Geometry,,1,1,A,pass',
      'S3,cvhs,2025-26,S1,2072,Geometry,,1,1,A,pass',
    ]);
    await expect(importTranscripts(runtime.records, CLI, twice, district)).rejects.toMatchObject({
      field: 'transcripts.csv:3:5',
      message: expect.stringContaining('repeats the attempt at transcripts.csv:2'),
    });
    expect(await count('course_attempt')).toBe(before);
  });

  it('refuses a transcript naming an unknown student or a bad value, and writes nothing', async () => {
    const before = await count('course_attempt');
    const stranger = transcript([
      ...TRANSCRIPT,
      'S77,rhs,2025,year,01002,English 10,01002,1,1,A,pass',
    ]);
    await expect(importTranscripts(runtime.records, CLI, stranger, district)).rejects.toMatchObject(
      {
        field: 'transcripts.csv:6:1',
      },
    );
    const transfer = transcript([...TRANSCRIPT, 'S1,other-high,2024,year,01001,English 9,,1,1,A,']);
    await expect(importTranscripts(runtime.records, CLI, transfer, district)).rejects.toMatchObject(
      {
        field: 'transcripts.csv:6:2',
        message: expect.stringContaining(
          'no school other-high in the district rusd: credit earned elsewhere is transfer credit: name where in an earned_at column (transcript CSV), or record it with POST /api/v1/students/{id}/transfer-credits',
        ),
      },
    );
    await importStudents(
      runtime.records,
      CLI,
      roster([...ROSTER, '000742,rhs,Eve,Ode,eve@rusd.test,9,2029']),
      district,
    );
    const zeroless = transcript(['742,rhs,2025,year,01002,English 10,01002,1,1,A,pass']);
    await expect(importTranscripts(runtime.records, CLI, zeroless, district)).rejects.toMatchObject(
      {
        field: 'transcripts.csv:2:1',
        message: expect.stringContaining(
          'no student 742 in the district rusd: the roster has 000742: write the id as the roster does',
        ),
      },
    );
    const earnedOnFail = transcript(['S1,rhs,2025,year,01002,English 10,01002,1,1,F,fail']);
    await expect(
      importTranscripts(runtime.records, CLI, earnedOnFail, district),
    ).rejects.toMatchObject({ field: 'transcripts.csv:2:9' });
    const badYear = transcript(['S1,rhs,2025-2027,year,01002,English 10,01002,1,1,A,pass']);
    await expect(importTranscripts(runtime.records, CLI, badYear, district)).rejects.toMatchObject({
      field: 'transcripts.csv:2:3',
    });
    const missing = { name: 't.csv', text: 'student_id,school_id\nS1,rhs\n' };
    await expect(importTranscripts(runtime.records, CLI, missing, district)).rejects.toMatchObject({
      field: 't.csv:1:0',
    });
    expect(await count('course_attempt')).toBe(before);
  });
});
