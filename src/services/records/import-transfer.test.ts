import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import { countRows } from '../../../test/route-app.ts';
import type { Runtime } from '../../runtime.ts';
import { CLI } from '../accounts/caller.ts';
import { importStudents } from './import-students.ts';
import { importTranscripts } from './import-transcripts.ts';
import { toCourseAttempts } from './present-progress.ts';
import { studentProgress } from './student-progress.ts';
import { countInDistrict, csv, recordsWorld, ROSTER_HEADER } from './test-world.ts';

// PowerSchool-style stored grades: the school where each grade was earned on every row.
// ALTSCHOOLID: the school id of a course taken in another district (PowerSchool Virginia,
// Student Grade table import layout); without it, a SchoolName on a row of our own school is ours.
const HEADER =
  'Student_Number,SchoolID,SchoolName,ALTSCHOOLID,School_State,Year,StoreCode,Course_Number,Course_Name,SCED,PotentialCrHrs,EarnedCrHrs,Grade';
const ROWS = [
  'T1,rhs,Riverside High School,,,2025-26,S1,01001,English 9,01001,0.5,0.5,A',
  // The SIS names our school otherwise, with no other school's id: still ours.
  'T1,rhs,Riverside Sr. High,,,2025-26,S1,02072,Geometry,02072,0.5,0.5,B',
  // Earned in another state: our Algebra I stands for it (PowerSchool's convention).
  'T1,rhs,Lincoln HS,310000000001,NE,2024-25,FY,02052,Algebra 1 (Lincoln),,1,1,B',
  // Our catalog has no such course: counted by its SCED code.
  'T1,rhs,Lincoln HS,310000000001,NE,2024-25,FY,SCI-220,Earth Science,03001,1,1,A',
  // Neither: elective credit only.
  'T1,rhs,Lincoln HS,310000000001,NE,2024-25,S2,LIF-9,Life Skills,,0.5,0.5,P',
];

describe.each(testEngines())(
  'transcript import with credit earned elsewhere on $name',
  (engine) => {
    let runtime: Runtime;
    let studentId: string;
    const district = { districtId: 'rusd' };
    const transfers = () => countRows(runtime, 'transfer_credit');
    const load = (lines: string[], dryRun = false) =>
      importTranscripts(
        runtime.records,
        CLI,
        { name: 'stored.csv', text: csv(HEADER, lines) },
        { ...district, dryRun },
      );

    beforeAll(async () => {
      runtime = await engine.open();
      await runtime.seed();
      await runtime.seedDemoRegion();
      await recordsWorld(runtime);
      const roster = csv(ROSTER_HEADER, ['T1,rhs,Tess,Ruiz,tess@rusd.test,10,2028']);
      await importStudents(runtime.records, CLI, { name: 's.csv', text: roster }, district);
      studentId = (await runtime.records.roster.byLocalIds('rusd', ['T1'])).get('T1')!.userId;
    }, 300_000);
    afterAll(async () => {
      await runtime?.close();
    });

    it('refuses a bad line whole, naming the line and field, and stores nothing', async () => {
      const bad = [...ROWS, 'T1,rhs,Lincoln HS,310000000001,Nebraska,2024-25,S1,X,X,,1,1,A'];
      await expect(load(bad)).rejects.toMatchObject({
        field: 'stored.csv:7:5',
        message: expect.stringContaining('School_State: must be a two-letter state code'),
      });
      const unknownEquivalent = csv(`${HEADER},Equivalent_Course`, [`${ROWS[2]},NO-SUCH`]);
      await expect(
        importTranscripts(
          runtime.records,
          CLI,
          { name: 'e.csv', text: unknownEquivalent },
          district,
        ),
      ).rejects.toMatchObject({
        field: 'e.csv:2:14',
        message: expect.stringContaining('the district catalog has no course NO-SUCH'),
      });
      expect(await transfers()).toBe(0);
      expect(await countInDistrict(runtime, 'course_attempt')).toBe(0);
    });

    it('a dry run counts and stores nothing', async () => {
      const summary = await load(ROWS, true);
      expect(summary.transferCredits).toMatchObject({ inserted: 3 });
      expect(await transfers()).toBe(0);
    });

    it('keeps rows from its own schools as attempts and the rest as transfer credit, once', async () => {
      const first = await load(ROWS);
      expect(first).toMatchObject({ rowsRead: 5, inserted: 2 });
      expect(first.transferCredits).toEqual({
        inserted: 3,
        updated: 0,
        unchanged: 0,
        places: [{ name: 'Lincoln HS', rows: 3 }],
      });
      const again = await load(ROWS);
      expect(again.transferCredits).toMatchObject({ inserted: 0, updated: 0, unchanged: 3 });
      const changed = await load(ROWS.map((r) => r.replace(',1,1,B', ',1,1,A')));
      expect(changed.transferCredits).toMatchObject({ updated: 1, unchanged: 2 });
      const stored = await runtime.records.transfers.ofStudent('rusd', studentId);
      const byCode = stored.sort((a, b) => a.course.code!.localeCompare(b.course.code!));
      expect(byCode.map((t) => [t.course.code, t.countsAs, t.earnedAt.state])).toEqual([
        ['02052', { kind: 'course', code: '02052' }, 'NE'],
        ['LIF-9', { kind: 'elective' }, 'NE'],
        ['SCI-220', { kind: 'sced', scedCode: '03001' }, 'NE'],
      ]);
    });

    it('the progress check counts them, marked as transfer', async () => {
      const { check, transfers: listed } = await studentProgress(runtime.records, CLI, {
        studentId,
        lang: 'en',
      });
      expect(listed).toHaveLength(3);
      const algebra = check.requirements.find((r) => r.id === 'math-algebra-1')!;
      expect(algebra).toMatchObject({ status: 'met', earned: 1 });
      expect(algebra.courses[0]!.transfer).toEqual({
        earnedAt: 'Lincoln HS',
        kind: 'transfer',
        code: '02052',
      });
      const science = check.requirements.find((r) => r.id === 'science')!;
      expect(science.earned).toBe(1);
      expect(science.courses[0]).toMatchObject({ code: 'SCI-220', title: 'Earth Science' });
    });

    it('keeps the flags of a course earned elsewhere on its transfer credit', async () => {
      const header = `${HEADER},AP,HON,DE`;
      const row =
        'T1,rhs,Lincoln HS,310000000001,NE,2024-25,S1,APUSH,AP US History,04104,0.5,0.5,A';
      const load = (flags: string) =>
        importTranscripts(
          runtime.records,
          CLI,
          { name: 'f.csv', text: csv(header, [`${row},${flags}`]) },
          district,
        );
      expect((await load('1,0,0')).transferCredits).toMatchObject({ inserted: 1 });
      const credit = async () =>
        (await runtime.records.transfers.ofStudent('rusd', studentId)).find(
          (c) => c.course.code === 'APUSH',
        )!;
      expect((await credit()).flags).toBe('AP');
      expect((await load('1,0,0')).transferCredits).toMatchObject({ unchanged: 1 });
      expect((await load('1,1,1')).transferCredits).toMatchObject({ updated: 1 });
      expect((await credit()).flags).toBe('AP,H,DE');
      const { transfers } = await studentProgress(runtime.records, CLI, {
        studentId,
        lang: 'en',
      });
      expect(transfers.find((t) => t.course.code === 'APUSH')!.flags).toEqual(['AP', 'H', 'DE']);
      // Migration 0037's check: only AP, IB, H and DE, comma-joined.
      for (const bad of ['HON', 'AP,', 'ap'])
        await expect(
          runtime.database.db
            .updateTable('transfer_credit')
            .set({ course_flags: bad })
            .where('course_code', '=', 'APUSH')
            .execute(),
        ).rejects.toThrow();
      expect((await credit()).flags).toBe('AP,H,DE');
    });

    it('keeps the AP, IB, honors and dual enrollment flags of a course the catalog does not know', async () => {
      const header = `${HEADER},AP,HON,DE`;
      const line = 'T1,rhs,,,,2025-26,S2,X-APBIO,AP Biology,03056,0.5,0.5,A';
      const load = (flags: string) =>
        importTranscripts(
          runtime.records,
          CLI,
          { name: 'f.csv', text: csv(header, [`${line},${flags}`]) },
          district,
        );
      expect(await load('1,0,0')).toMatchObject({ inserted: 1 });
      const flags = async () =>
        (
          await runtime.database.db
            .selectFrom('course_attempt')
            .select('course_flags')
            .where('course_code', '=', 'X-APBIO')
            .executeTakeFirstOrThrow()
        ).course_flags;
      expect(await flags()).toBe('AP');
      expect(await load('1,0,0')).toMatchObject({ unchanged: 1 });
      expect(await load('1,1,1')).toMatchObject({ updated: 1 });
      expect(await flags()).toBe('AP,H,DE');
      const rows = await runtime.records.transcripts.ofStudent('rusd', studentId);
      const [attempt] = toCourseAttempts(
        rows.filter((r) => r.courseCode === 'X-APBIO'),
        await runtime.records.transcripts.catalogFacts('rusd'),
      );
      expect(attempt).toMatchObject({ advanced: true, dualCredit: true });
    });
  },
);
