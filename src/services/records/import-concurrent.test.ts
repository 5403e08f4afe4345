/**
 * Two imports into one district at the same moment (two staff uploads, a CLI run beside the
 * web) both succeed and leave what one of them would: the second waits for the first, then finds
 * its students and attempts stored. On PostgreSQL the two run on separate connections; on the
 * embedded database transactions run one at a time anyway.
 */
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

const STUDENTS = 300;
const roster = Array.from(
  { length: STUDENTS },
  (_, i) => `C${i},rhs,First${i},Last${i},c${i}@rusd.test,10,2028`,
);
const attempts = roster.flatMap((_, s) =>
  Array.from({ length: 20 }, (_, c) => `C${s},rhs,2025,year,Y${c},Course ${c},,1,1,B,pass`),
);

describe.each(testEngines())('imports at the same moment on $name', (engine) => {
  let runtime: Runtime;
  const district = { districtId: 'rusd' };
  const count = (table: 'student' | 'course_attempt') => countInDistrict(runtime, table);

  beforeAll(async () => {
    runtime = await engine.open();
    await runtime.seed();
    await recordsWorld(runtime);
  }, 300_000);
  afterAll(async () => {
    await runtime?.close();
  });

  it('two rosters of the same new students: one inserts them, the other finds them', async () => {
    const file = { name: 'r.csv', text: csv(ROSTER_HEADER, roster) };
    const before = await count('student');
    const results = await Promise.all([
      importStudents(runtime.records, CLI, file, district),
      importStudents(runtime.records, CLI, file, district),
    ]);
    expect(results.map((r) => r.inserted).sort((a, b) => a - b)).toEqual([0, STUDENTS]);
    expect(results.map((r) => r.unchanged).sort((a, b) => a - b)).toEqual([0, STUDENTS]);
    expect((await count('student')) - before).toBe(STUDENTS);
  }, 120_000);

  it('two transcripts of students with no attempts yet: each attempt stored once', async () => {
    const file = { name: 't.csv', text: csv(TRANSCRIPT_HEADER, attempts) };
    const before = await count('course_attempt');
    const results = await Promise.all([
      importTranscripts(runtime.records, CLI, file, district),
      importTranscripts(runtime.records, CLI, file, district),
    ]);
    expect(results.map((r) => r.inserted).sort((a, b) => a - b)).toEqual([0, attempts.length]);
    expect(results.map((r) => r.unchanged).sort((a, b) => a - b)).toEqual([0, attempts.length]);
    expect((await count('course_attempt')) - before).toBe(attempts.length);
  }, 120_000);
});
