/**
 * A community college transcript imported end to end: each course is credit earned at the
 * college (transfer_credit), a totals line is skipped, and a bad line refuses the file whole.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import type { Runtime } from '../../runtime.ts';
import { CLI } from '../accounts/caller.ts';
import { importStudents } from './import-students.ts';
import { importTranscripts } from './import-transcripts.ts';
import { csv, recordsWorld, ROSTER_HEADER } from './test-world.ts';

const HEADER =
  'Student ID,Institution,Term,Course,Course Title,Grade,Units Attempted,Units Earned,Quality Points,Repeat';
const ROWS = [
  'C1,Valley Community College,Fall 2024,ENGL-101,College Composition,A-,3,3,11.1,',
  'C1,Valley Community College,Fall 2024,MATH 120,Statistics,D,4,4,4,E',
  ',,Term Totals,,,,7,7,15.1,',
  'C1,Valley Community College,2025SP,MATH120,Statistics,B,4,4,12,I',
  'C1,Mesa College,2025SP,ENGL 101,College Composition,IP,3,0,0,',
];

describe.each(testEngines())('a college transcript imported on $name', (engine) => {
  let runtime: Runtime;
  const district = { districtId: 'rusd' };
  const load = (rows: string[]) =>
    importTranscripts(runtime.records, CLI, { name: 'cc.csv', text: csv(HEADER, rows) }, district);

  beforeAll(async () => {
    runtime = await engine.open();
    await runtime.seed();
    await recordsWorld(runtime);
    const roster = csv(ROSTER_HEADER, ['C1,rhs,Cam,Lee,cam@rusd.test,12,2026']);
    await importStudents(runtime.records, CLI, { name: 's.csv', text: roster }, district);
  }, 300_000);
  afterAll(async () => {
    await runtime?.close();
  });

  it('refuses a bad line whole, naming it', async () => {
    await expect(
      load([...ROWS, 'C1,Valley Community College,Fall 2024,HIST 110,History,A,3,3,12,Y']),
    ).rejects.toMatchObject({
      field: 'cc.csv:7:10',
      message: expect.stringContaining('Y is not a repeat flag'),
    });
  });

  it('keeps each course as credit earned at its college', async () => {
    const summary = await load(ROWS);
    expect(summary.rowsRead).toBe(4);
    expect(summary.transferCredits?.places).toEqual([
      { name: 'Valley Community College', rows: 3 },
      { name: 'Mesa College', rows: 1 },
    ]);
    const studentId = (await runtime.records.roster.byLocalIds('rusd', ['C1'])).get('C1')!.userId;
    const stored = await runtime.records.transfers.ofStudent('rusd', studentId);
    expect(
      stored
        .map((t) => [
          t.earnedAt.name,
          t.course.code,
          t.term,
          t.result,
          t.creditsAttempted,
          t.creditsEarned,
          t.grade,
        ])
        .sort((a, b) => String(a).localeCompare(String(b))),
    ).toEqual([
      ['Mesa College', 'ENGL 101', 'spring', 'in_progress', 3, 0, 'IP'],
      ['Valley Community College', 'ENGL 101', 'fall', 'pass', 3, 3, 'A-'],
      // The attempt the spring one replaced: its mark kept, counted nowhere.
      ['Valley Community College', 'MATH 120', 'fall', 'pass', 0, 0, 'D'],
      ['Valley Community College', 'MATH 120', 'spring', 'pass', 4, 4, 'B'],
    ]);
    // Imported again: nothing new.
    const again = await load(ROWS);
    expect(again.transferCredits).toMatchObject({ inserted: 0 });
  });
});
