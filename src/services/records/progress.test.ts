import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import type { Runtime } from '../../runtime.ts';
import { CLI } from '../accounts/caller.ts';
import { addException } from './add-exception.ts';
import { importStudents } from './import-students.ts';
import { importTranscripts } from './import-transcripts.ts';
import { studentProgress } from './student-progress.ts';
import { csv, recordsWorld, ROSTER_HEADER, TRANSCRIPT_HEADER } from './test-world.ts';

/** Three years of a Riverside student: everything but a fourth English credit and one elective. */
const TRANSCRIPT = [
  'P1,rhs,2023-24,year,01001,English 9,01001,1,1,B,pass',
  'P1,rhs,2024-25,year,01002,English 10,01002,1,1,B,pass',
  'P1,rhs,2025-26,year,01003,American Literature,01003,1,0,,in_progress',
  'P1,rhs,2023-24,year,02052,Algebra I,02052,1,0,F,fail',
  'P1,rhs,2024-25,year,02052,Algebra I,02052,1,1,C,pass',
  'P1,rhs,2024-25,year,02072,Geometry,02072,1,1,B,pass',
  'P1,rhs,2025-26,year,02056,Algebra II,02056,1,1,B,pass',
  'P1,rhs,2023-24,year,03051,Biology,03051,1,1,A,pass',
  'P1,rhs,2024-25,year,03101,Chemistry,03101,1,1,B,pass',
  'P1,rhs,2025-26,year,03151,Physics,03151,1,1,B,pass',
  'P1,rhs,2023-24,year,04001,World Geography,04001,1,1,A,pass',
  'P1,rhs,2024-25,year,04101,World History,04101,1,1,A,pass',
  'P1,rhs,2025-26,year,04151,US History,04151,1,1,A,pass',
  'P1,rhs,2023-24,year,05001,Art I,05001,1,1,A,pass',
  'P1,rhs,2023-24,year,08001,Health and PE,08001,1,1,A,pass',
  'P1,rhs,2023-24,year,CTE-IT-100,Computer Science and IT Foundations,10001,1,1,A,pass',
  'P1,rhs,2024-25,year,CTE-IT-210,Programming with Python,10011,1,1,A,pass',
  'P1,rhs,2024-25,year,X-1,Yearbook,,1,1,A,pass',
  'P1,rhs,2025-26,year,X-2,Robotics,,1,1,A,pass',
  'P1,rhs,2025-26,year,X-3,Leadership,,1,1,A,pass',
];

describe.each(testEngines())('progress check on $name', (engine) => {
  let runtime: Runtime;
  let studentId: string;

  beforeAll(async () => {
    runtime = await engine.open();
    await runtime.seed();
    await runtime.seedDemoRegion();
    await recordsWorld(runtime);
    const district = { districtId: 'rusd' };
    const roster = csv(ROSTER_HEADER, ['P1,rhs,Pat,Lee,pat@rusd.test,11,2027']);
    await importStudents(runtime.records, CLI, { name: 's.csv', text: roster }, district);
    const text = csv(TRANSCRIPT_HEADER, TRANSCRIPT);
    await importTranscripts(runtime.records, CLI, { name: 't.csv', text }, district);
    studentId = (await runtime.records.roster.byLocalIds('rusd', ['P1'])).get('P1')!.userId;
  }, 300_000);
  afterAll(async () => {
    await runtime?.close();
  });

  const req = (progress: Awaited<ReturnType<typeof studentProgress>>['check'], id: string) =>
    progress.requirements.find((r) => r.id === id)!;

  it('checks the record against the district diploma, with sentences', async () => {
    const { check, whatIf } = await studentProgress(runtime.records, CLI, {
      studentId,
      lang: 'en',
    });
    expect(whatIf).toBeNull();
    expect(check.setId).toBe('rusd-diploma');
    expect(req(check, 'english')).toMatchObject({ status: 'missing', earned: 2, inProgress: 1 });
    expect(req(check, 'math')).toMatchObject({ status: 'met', earned: 3 });
    const algebra2 = req(check, 'math').courses[0]!;
    expect(algebra2.sentence).toBe(
      'Algebra II, 2025–26, grade B, counts toward Mathematics: 3 of 3 credits.',
    );
    expect(check.notCounted).toEqual([
      expect.objectContaining({ code: '02052', reason: 'failed' }),
    ]);
    expect(check.requirements[0]).toMatchObject({
      id: 'diploma',
      parentId: null,
      earned: 18,
      inProgress: 1,
    });
    expect(check.status).toBe('missing');
    const es = await studentProgress(runtime.records, CLI, { studentId, lang: 'es' });
    expect(req(es.check, 'math').courses[0]!.sentence).toBe(
      'Álgebra II, 2025–26, calificación B, cuenta para Matemáticas: 3 de 3 créditos.',
    );
  });

  it('puts a what-if check beside it and saves nothing', async () => {
    const { check, whatIf } = await studentProgress(runtime.records, CLI, {
      studentId,
      lang: 'en',
      whatIf: 'tx-foundation-endorsement',
    });
    expect(check.setId).toBe('rusd-diploma');
    expect(whatIf?.setId).toBe('tx-foundation-endorsement');
    // Programming with Python has a prerequisite in the catalog: the IT sequence is complete.
    expect(req(whatIf!, 'endorsement-11')).toMatchObject({ status: 'met' });
    expect(req(whatIf!, 'languages').status).toBe('missing');
  });

  it('applies a counselor exception and shows it with its reason', async () => {
    await expect(
      addException(runtime.records, CLI, {
        studentId,
        input: { kind: 'waive', nodeId: 'no-such-node', reason: 'because' },
      }),
    ).rejects.toMatchObject({ field: 'nodeId' });
    await addException(runtime.records, CLI, {
      studentId,
      input: {
        kind: 'substitute',
        nodeId: 'english',
        attemptKey: '2026:year:X-3@rhs',
        reason: 'journalism course approved as English',
      },
    });
    const { check } = await studentProgress(runtime.records, CLI, { studentId, lang: 'en' });
    expect(req(check, 'english')).toMatchObject({
      status: 'in_progress',
      exception: { kind: 'substitute', reason: 'journalism course approved as English' },
    });
    expect(req(check, 'english').courses.find((c) => c.code === 'X-3')?.substituted).toBe(true);
  });
});
