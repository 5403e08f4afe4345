/**
 * A re-import that writes a course code another way (case, spaces, a Roman numeral) is the same
 * attempt: the stored attempt is updated, under the re-import's spelling, and no second attempt is
 * stored (its credits would count twice). Both engines, through the SIS CSV import and through the
 * writes every other format shares (transcript-rows.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import { issueFields } from '../../importers/tabular.ts';
import type { TranscriptRow } from '../../importers/transcript-csv.ts';
import type { Runtime } from '../../runtime.ts';
import { CLI } from '../accounts/caller.ts';
import { importTranscripts } from './import-transcripts.ts';
import type { RowSource } from './record-rows.ts';
import { writeTranscripts } from './transcript-rows.ts';
import {
  countInDistrict,
  csv,
  importRosters,
  recordsWorld,
  TRANSCRIPT_HEADER,
} from './test-world.ts';

const transcript = (rows: string[]) => ({
  name: 'transcripts.csv',
  text: csv(TRANSCRIPT_HEADER, rows),
});

describe.each(testEngines())('a re-import that spells a code differently on $name', (engine) => {
  let runtime: Runtime;
  const district = { districtId: 'rusd' };
  // In term order, then by code as JavaScript sorts (the engines' collations may differ).
  const stored = async (localId: string) =>
    (
      await runtime.records.transcripts.ofStudent(
        'rusd',
        (await runtime.records.roster.byLocalIds('rusd', [localId])).get(localId)!.userId,
      )
    ).sort(
      (a, b) =>
        a.term.localeCompare(b.term) ||
        (a.courseCode < b.courseCode ? -1 : a.courseCode > b.courseCode ? 1 : 0) ||
        a.schoolId.localeCompare(b.schoolId),
    );

  beforeAll(async () => {
    runtime = await engine.open();
    await runtime.seed();
    await recordsWorld(runtime);
    await importRosters(runtime, {
      [district.districtId]: [
        'R1,rhs,Rae,Diaz,rae@rusd.test,11,2027',
        'R2,rhs,Ty,Ko,ty@rusd.test,11,2027',
      ],
    });
  }, 300_000);
  afterAll(async () => {
    await runtime?.close();
  });

  it('updates the stored attempt, under the new spelling (the import writes codes in upper case), for case, spaces and Roman numerals', async () => {
    const first = await importTranscripts(
      runtime.records,
      CLI,
      transcript([
        'R1,rhs,2025-26,fall,ZALG I,Zeta Algebra I,,1,1,C,pass',
        'R1,rhs,2025-26,fall,ZCS 312,Zeta Computing,,1,0,F,fail',
        'R1,rhs,2025-26,spring,zbio-1,Zeta Biology,,1,1,B,pass',
      ]),
      district,
    );
    expect(first).toMatchObject({ inserted: 3, updated: 0 });
    const again = await importTranscripts(
      runtime.records,
      CLI,
      transcript([
        'R1,rhs,2025-26,fall,zalg 1,Zeta Algebra I,,1,1,A,pass',
        'R1,rhs,2025-26,fall,Z C S 312,Zeta Computing,,1,1,B,pass',
        'R1,rhs,2025-26,spring,ZBIO 1,Zeta Biology,,1,1,B,pass',
      ]),
      district,
    );
    expect(again).toMatchObject({ inserted: 0, updated: 3, unchanged: 0 });
    const attempts = await stored('R1');
    expect(
      attempts.map((a) => [a.term, a.courseCode, a.letterGrade, a.creditsEarned, a.result]),
    ).toEqual([
      ['fall', 'Z C S 312', 'B', 1, 'pass'],
      ['fall', 'ZALG 1', 'A', 1, 'pass'],
      ['spring', 'ZBIO 1', 'B', 1, 'pass'],
    ]);
    expect(await countInDistrict(runtime, 'course_attempt')).toBe(3);
    // The same spelling again changes nothing.
    const same = await importTranscripts(
      runtime.records,
      CLI,
      transcript(['R1,rhs,2025-26,spring,ZBIO 1,Zeta Biology,,1,1,B,pass']),
      district,
    );
    expect(same).toMatchObject({ inserted: 0, updated: 0, unchanged: 1 });
  });

  it('keeps apart what the key keeps apart: another term, another school, another number', async () => {
    await importTranscripts(
      runtime.records,
      CLI,
      transcript([
        'R2,rhs,2025-26,fall,ZGEO I,Zeta Geometry,,1,1,C,pass',
        'R2,rhs,2025-26,fall,ZMATH 101,Zeta Math,,1,1,C,pass',
      ]),
      district,
    );
    const again = await importTranscripts(
      runtime.records,
      CLI,
      transcript([
        'R2,rhs,2025-26,spring,zgeo 1,Zeta Geometry,,1,1,A,pass',
        'R2,cvhs,2025-26,fall,ZGEO-1,Zeta Geometry,,1,1,B,pass',
        'R2,rhs,2025-26,fall,ZMATH 1-01,Zeta Math,,1,1,B,pass',
      ]),
      district,
    );
    expect(again).toMatchObject({ inserted: 3, updated: 0, unchanged: 0 });
    expect((await stored('R2')).map((a) => [a.term, a.schoolId, a.courseCode])).toEqual([
      // One file spells an unknown code as its first row does (transcript-rows.ts).
      ['fall', 'cvhs', 'ZGEO 1'],
      ['fall', 'rhs', 'ZGEO I'],
      ['fall', 'rhs', 'ZMATH 1-01'],
      ['fall', 'rhs', 'ZMATH 101'],
      ['spring', 'rhs', 'ZGEO 1'],
    ]);
  });

  it('writes a format that upserts (Ed-Fi, OneRoster) onto the stored attempt as well', async () => {
    const year = (await stored('R1')).find((a) => a.courseTitle === 'Zeta Algebra I')!.schoolYear;
    const row = (courseCode: string, letterGrade: string): TranscriptRow => ({
      line: 2,
      localId: 'R1',
      schoolId: 'rhs',
      schoolYear: year,
      term: 'fall',
      courseCode,
      courseTitle: 'Zeta Algebra I',
      scedCode: null,
      creditsAttempted: 1,
      creditsEarned: letterGrade === 'F' ? 0 : 1,
      letterGrade,
      result: letterGrade === 'F' ? 'fail' : 'pass',
    });
    const source = (r: TranscriptRow): RowSource<TranscriptRow> => ({
      rows: [r],
      issue: (at, field, message) => ({
        file: 'x.json',
        line: at.line,
        column: 1,
        columnName: field,
        ...issueFields(message),
      }),
    });
    const write = (r: TranscriptRow) =>
      runtime.records.transaction((repos) => writeTranscripts(repos, 'rusd', source(r), undefined));
    expect(await write(row('ZALG I', 'A'))).toMatchObject({ updated: 1, inserted: 0 });
    expect(await write(row('Zalg  I', 'F'))).toMatchObject({ updated: 1, inserted: 0 });
    const algebra = (await stored('R1')).filter((a) => a.courseTitle === 'Zeta Algebra I');
    expect(algebra.map((a) => [a.courseCode, a.letterGrade, a.result])).toEqual([
      ['Zalg  I', 'F', 'fail'],
    ]);
  });
});
