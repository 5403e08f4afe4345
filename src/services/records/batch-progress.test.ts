import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import { csvLine } from '../../importers/csv-line.ts';
import type { Runtime } from '../../runtime.ts';
import { CLI } from '../accounts/caller.ts';
import { addException } from './add-exception.ts';
import { addTransferCredit } from './transfer-credit.ts';
import { BATCH_COLUMNS, batchRowValues, checkDistrict } from './batch-progress.ts';
import { generateStudents } from './generate-students.ts';
import { importStudents } from './import-students.ts';
import { importTranscripts } from './import-transcripts.ts';
import { attemptKey } from './present-progress.ts';
import { studentProgress } from './student-progress.ts';
import { csv, recordsWorld, ROSTER_HEADER, TRANSCRIPT_HEADER } from './test-world.ts';

const COUNT = 90;

/** The batch CSV's columns of a student, worked out from the per-student progress check. */
async function perStudentValues(runtime: Runtime, studentId: string, setId?: string) {
  const student = (await runtime.records.roster.find(studentId))!;
  const { check } = await studentProgress(runtime.records, CLI, {
    studentId,
    lang: 'en',
    ...(setId ? { setId } : {}),
  });
  const root = check.requirements[0]!;
  const notMet = check.requirements
    .filter((r) => r.parentId === root.id && r.status !== 'met')
    .map((r) => `${r.id}:${r.status}`)
    .join('; ');
  return [
    student.localId,
    student.userId,
    student.schoolId,
    student.grade,
    student.graduationYear,
    check.setId,
    check.status,
    root.required.credits,
    root.earned,
    root.inProgress,
    root.planned,
    notMet,
    root.required.unit,
  ];
}

describe.each(testEngines())('batch progress check on $name', (engine) => {
  let runtime: Runtime;

  beforeAll(async () => {
    runtime = await engine.open();
    await runtime.seed();
    await runtime.seedDemoRegion();
    await recordsWorld(runtime);
    const roster: string[] = [];
    const transcript: string[] = [];
    for (const s of generateStudents({
      count: COUNT,
      seed: 5,
      schools: ['rhs', 'cvhs'],
      currentYear: 2026,
    })) {
      roster.push(csvLine(s.roster.slice(0, 7)).trimEnd());
      for (const a of s.attempts) transcript.push(csvLine(a).trimEnd());
    }
    const district = { districtId: 'rusd' };
    const files = [
      [importStudents, csv(ROSTER_HEADER, roster)],
      [importTranscripts, csv(TRANSCRIPT_HEADER, transcript)],
    ] as const;
    for (const [service, text] of files)
      await service(runtime.records, CLI, { name: 'f.csv', text }, district);
    // Exceptions of every kind on some students (one on the other set, which the batch skips).
    const students = await runtime.records.roster.page('rusd', null, COUNT);
    for (const [i, s] of students.entries()) {
      if (i % 7 !== 0) continue;
      const rows = await runtime.records.transcripts.ofStudent('rusd', s.userId);
      const input =
        i % 3 === 0
          ? { kind: 'waive' as const, nodeId: 'english', reason: 'transfer' }
          : i % 3 === 1
            ? {
                kind: 'substitute' as const,
                nodeId: 'science',
                attemptKey: attemptKey(rows[rows.length - 1]!),
                reason: 'approved',
              }
            : { kind: 'force_complete' as const, nodeId: 'math', reason: 'records lost' };
      await addException(runtime.records, CLI, { studentId: s.userId, input });
    }
    // Transfer credit on some students, counted three ways (one standing for a catalog course).
    const countsAs = [
      { kind: 'course' as const, code: '02052' },
      { kind: 'sced' as const, scedCode: '03051' },
      { kind: 'elective' as const },
    ];
    for (const [i, s] of students.entries()) {
      if (i % 5 !== 2) continue;
      await addTransferCredit(runtime.records, CLI, {
        studentId: s.userId,
        input: {
          earnedAt: { name: `School ${i % 3}` },
          course: { title: `Course ${i}` },
          schoolYear: 2025,
          term: 'S1',
          creditsEarned: 1,
          grade: 'B',
          countsAs: countsAs[i % 3]!,
        },
      });
    }
    await addException(runtime.records, CLI, {
      studentId: students[1]!.userId,
      input: { kind: 'waive', nodeId: 'languages', reason: 'x', set: 'tx-foundation-endorsement' },
    });
  }, 600_000);
  afterAll(async () => {
    await runtime?.close();
  });

  it.each([undefined, 'tx-foundation-endorsement'])(
    'gives every student the row their own progress check gives, and no one else (set %s)',
    async (setId) => {
      const batch = new Map<string, Array<string | number | null>>();
      for await (const row of checkDistrict(runtime.records, {
        districtId: 'rusd',
        pageSize: 25,
        ...(setId ? { setId } : {}),
      })) {
        expect(batch.has(row.student.userId)).toBe(false);
        batch.set(row.student.userId, batchRowValues(row));
      }
      const roster = await runtime.records.roster.page('rusd', null, COUNT + 1);
      expect(roster).toHaveLength(COUNT);
      // Both ways: the batch has exactly the roster's students, each as checked alone.
      expect([...batch.keys()].sort()).toEqual(roster.map((s) => s.userId).sort());
      const outcomes = new Set<string>();
      for (const s of roster) {
        const alone = await perStudentValues(runtime, s.userId, setId);
        expect(alone).toHaveLength(BATCH_COLUMNS.length);
        expect(batch.get(s.userId)).toEqual(alone);
        outcomes.add(`${alone[6]} ${alone[8]} ${alone[11]}`);
      }
      // The generated district is varied enough for the comparison to mean something.
      expect(outcomes.size).toBeGreaterThan(10);
    },
    600_000,
  );
});
