/**
 * The attempt writes shared by every transcript format: a format that does not refuse a repeated
 * attempt (Ed-Fi, OneRoster) gets its rows upserted, not inserted plainly, so a repeat later in
 * the file updates the first instead of failing the import.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import { issueFields } from '../../importers/tabular.ts';
import type { TranscriptRow } from '../../importers/transcript-csv.ts';
import type { Runtime } from '../../runtime.ts';
import type { RowSource } from './record-rows.ts';
import { writeTranscripts } from './transcript-rows.ts';
import { importRosters, recordsWorld } from './test-world.ts';

const row = (i: number, grade: string): TranscriptRow => ({
  line: i + 2,
  localId: 'R1',
  schoolId: 'rhs',
  schoolYear: 2026,
  term: 'fall',
  courseCode: `Z${i}`,
  courseTitle: `Course ${i}`,
  scedCode: null,
  creditsAttempted: 1,
  creditsEarned: 1,
  letterGrade: grade,
  result: 'pass',
});

describe.each(testEngines())('attempt writes on $name', (engine) => {
  let runtime: Runtime;
  beforeAll(async () => {
    runtime = await engine.open();
    await runtime.seed();
    await recordsWorld(runtime);
    await importRosters(runtime, { rusd: ['R1,rhs,Rae,Diaz,rae@rusd.test,11,2027'] });
  }, 300_000);
  afterAll(async () => {
    await runtime?.close();
  });

  it('upserts a source that repeats an attempt in a later batch: the repeat updates the first', async () => {
    // 5,001 rows: the last repeats the first (same key, another grade), one batch later.
    const rows = [...Array.from({ length: 5_000 }, (_, i) => row(i, 'B')), row(0, 'A')];
    const source: RowSource<TranscriptRow> = {
      rows,
      issue: (r, field, message) => ({
        file: 'x.json',
        line: r.line,
        column: 1,
        columnName: field,
        ...issueFields(message),
      }),
    };
    const counts = await runtime.records.transaction((repos) =>
      writeTranscripts(repos, 'rusd', source, undefined),
    );
    expect(counts).toMatchObject({ inserted: 5_000, updated: 1 });
    const stored = await runtime.records.transcripts.ofStudent(
      'rusd',
      (await runtime.records.roster.byLocalIds('rusd', ['R1'])).get('R1')!.userId,
    );
    expect(stored).toHaveLength(5_000);
    expect(stored.find((a) => a.courseCode === 'Z0')!.letterGrade).toBe('A');
  }, 120_000);

  it('keeps an unknown code as the file first spells it: three spellings are one course', async () => {
    const at = (i: number, code: string, year: number): TranscriptRow => ({
      ...row(i, 'A'),
      line: i + 2,
      courseCode: code,
      schoolYear: year,
    });
    const source: RowSource<TranscriptRow> = {
      rows: [at(0, 'QX 101', 2024), at(1, 'qx-101', 2025), at(2, 'QX101', 2026)],
      issue: (r, field, message) => ({
        file: 'x.csv',
        line: r.line,
        column: 1,
        columnName: field,
        ...issueFields(message),
      }),
    };
    const counts = await runtime.records.transaction((repos) =>
      writeTranscripts(repos, 'rusd', source, undefined),
    );
    expect(counts.unknownCourses).toEqual([{ code: 'QX 101', title: 'Course 0', rows: 3 }]);
    const student = (await runtime.records.roster.byLocalIds('rusd', ['R1'])).get('R1')!.userId;
    const stored = await runtime.records.transcripts.ofStudent('rusd', student);
    expect(stored.filter((a) => /^qx/i.test(a.courseCode)).map((a) => a.courseCode)).toEqual([
      'QX 101',
      'QX 101',
      'QX 101',
    ]);
    // The same term under two spellings: one attempt twice, refused with both lines named.
    await expect(
      runtime.records.transaction((repos) =>
        writeTranscripts(
          repos,
          'rusd',
          { ...source, rows: [at(0, 'QY 7', 2026), at(1, 'qy7', 2026)] },
          undefined,
        ),
      ),
    ).rejects.toThrow(/x\.csv:3.*x\.csv:2/);
    // Two catalog codes of one key ("QC 312", "QC312"): one stored attempt, so refused as well.
    const twoCodes = { ...source, rows: [at(0, 'QC 312', 2026), at(1, 'QC312', 2026)] };
    await expect(
      runtime.records.transaction((repos) => {
        const transcripts = Object.create(repos.transcripts) as typeof repos.transcripts;
        transcripts.catalogCodes = () =>
          Promise.resolve(
            new Map([
              ['QC 312', null],
              ['QC312', null],
            ]),
          );
        return writeTranscripts({ ...repos, transcripts }, 'rusd', twoCodes, undefined);
      }),
    ).rejects.toThrow(/x\.csv:3.*x\.csv:2 \(QC 312 and QC312/);
    const after = await runtime.records.transcripts.ofStudent('rusd', student);
    expect(after.some((a) => a.courseCode.startsWith('QC'))).toBe(false);
  }, 120_000);
});
