/**
 * The progress API on the state requirement sets Wayfinder ships, with a California transcript
 * as a student information system exports it (semester marks, 5 credits a semester): the UC a-g
 * check counts years with C or better, in English and Spanish; Washington's 24 credits and CSU's
 * a-g beside it as what-ifs; the id of the one a-g set shipped before the split still answers,
 * as UC's. Expectations worked out by hand (see uc-a-g.test.ts and csu-a-g.test.ts for the rules).
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/app.ts';
import { buildWorld, sessionHeaders, type World } from '../../../test/auth.ts';
import { testEngines } from '../../../test/databases.ts';
import type { Runtime } from '../../runtime.ts';
import { CLI } from '../../services/accounts/caller.ts';
import { importTranscripts } from '../../services/records/import-transcripts.ts';
import { csv, TRANSCRIPT_HEADER } from '../../services/records/test-world.ts';

/** course, title, school year, [s1 mark, s2 mark] ('' for no line). */
const COURSES: Array<[string, string, string, string, string]> = [
  ['01001', 'English 9', '2022-23', 'B', 'B'],
  ['02052', 'Algebra I', '2022-23', 'D', 'C'],
  ['05001', 'Art 1', '2022-23', 'A', 'A'],
  ['08001', 'Physical Education', '2022-23', 'A', 'A'],
  ['01002', 'English 10', '2023-24', 'F', 'B'],
  ['02072', 'Geometry', '2023-24', 'C', 'C'],
  ['03051', 'Biology', '2023-24', 'B', 'B'],
  ['04051', 'World History', '2023-24', 'B', 'B'],
  ['06101', 'Spanish 1', '2023-24', 'C+', 'C'],
  ['01002', 'English 10', '2024-25', 'C', ''],
  ['01003', 'English 11', '2024-25', 'C', 'C'],
  ['02056', 'Algebra II', '2024-25', 'B', 'B'],
  ['03101', 'Chemistry', '2024-25', 'W', ''],
  ['04101', 'U.S. History', '2024-25', 'C-', 'C'],
  ['06102', 'Spanish 2', '2024-25', 'D', 'D'],
  ['13001', 'Introduction to Welding', '2024-25', 'A', 'A'],
  ['01004', 'English 12', '2025-26', 'IP', 'IP'],
  ['03151', 'Physics', '2025-26', 'IP', 'IP'],
];

function transcriptRows(): string[] {
  const rows: string[] = [];
  const line = (c: string, title: string, year: string, term: string, mark: string) => {
    const result =
      mark === 'IP' ? 'in_progress' : mark === 'W' ? 'withdrawn' : mark === 'F' ? 'fail' : 'pass';
    const earned = result === 'pass' ? 5 : 0;
    const grade = mark === 'IP' ? '' : mark;
    rows.push(`LOC-CA,da-high,${year},${term},${c},${title},${c},5,${earned},${grade},${result}`);
  };
  for (const [c, title, year, s1, s2] of COURSES) {
    if (s1) line(c, title, year, 'S1', s1);
    if (s2) line(c, title, year, 'S2', s2);
  }
  // The first semester of Algebra I again in summer school, 2022-23: B.
  line('02052', 'Algebra I', '2022-23', 'Summer', 'B');
  return rows;
}

describe.each(testEngines())('progress on the state sets on $name', (engine) => {
  let runtime: Runtime;
  let app: FastifyInstance;
  let world: World;
  let student: string;

  beforeAll(async () => {
    runtime = await engine.open();
    world = await buildWorld(runtime, {});
    app = await buildTestApp(runtime);
    student = world.districts[0].users.student;
    await runtime.database.db
      .updateTable('student')
      .set({ local_id: 'LOC-CA' })
      .where('user_id', '=', student)
      .execute();
    const text = csv(TRANSCRIPT_HEADER, transcriptRows());
    await importTranscripts(runtime.records, CLI, { name: 'ca.csv', text }, { districtId: 'da' });
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    await runtime?.close();
  });

  const progress = async (query: string) => {
    const res = await app.inject({
      method: 'GET',
      url: `/api/v1/students/${student}/progress?${query}`,
      headers: await sessionHeaders(runtime, student),
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  type Row = {
    id: string;
    status: string;
    earned: number;
    inProgress: number;
    required: { unit: string };
    sentence: string;
  };
  const rows = (check: { requirements: Row[] }, ids: string[]) =>
    Object.fromEntries(
      ids.map((id) => {
        const r = check.requirements.find((x) => x.id === id)!;
        return [id, `${r.status} ${r.earned}+${r.inProgress} ${r.required.unit}`];
      }),
    );

  it('checks a-g in years of C or better, and says so in English and Spanish', async () => {
    const { check, whatIf } = await progress('set=uc-a-g&whatIf=wa-24-credit&lang=en');
    expect(check.setId).toBe('uc-a-g');
    expect(
      rows(check, ['a-g', 'a-history', 'b-english', 'c-algebra-1', 'd-science', 'e-language']),
    ).toEqual({
      'a-g': 'missing 11+2 years',
      'a-history': 'met 2+0 years',
      'b-english': 'in_progress 3+1 years',
      'c-algebra-1': 'met 1+0 years',
      'd-science': 'in_progress 1+1 years',
      'e-language': 'missing 1+0 years',
    });
    const notCounted = check.notCounted.map((n: { attemptKey: string; reason: string }) => [
      n.attemptKey,
      n.reason,
    ]);
    expect(notCounted).toEqual([
      ['2024:s1:01002@da-high', 'failed'],
      ['2025:s1:03101@da-high', 'withdrawn'],
      ['2023:s1:02052@da-high', 'retake'],
    ]);
    // Spanish 2 with D, physical education and welding: passed, but no a-g course.
    expect(check.unused.map((u: { code: string }) => u.code).sort()).toEqual([
      '06102',
      '06102',
      '08001',
      '08001',
      '13001',
      '13001',
    ]);
    const e = check.requirements.find((r: Row) => r.id === 'e-language');
    expect(e.sentence).toBe(
      'Language other than English (e): still missing (1 of 2 years so far, counting your plan).',
    );
    // The same transcript against Washington's credits: 5-credit semesters are credits there.
    expect(whatIf.setId).toBe('wa-24-credit');
    expect(rows(whatIf, ['diploma', 'cte'])).toEqual({
      diploma: 'missing 140+20 credits',
      cte: 'met 10+0 credits',
    });

    const es = (await progress('set=uc-a-g&lang=es')).check;
    expect(es.requirements.find((r: Row) => r.id === 'e-language').sentence).toBe(
      'Idioma distinto del inglés (e): falta (1 de 2 años hasta ahora, contando lo planeado).',
    );
  });

  it('checks CSU a-g beside UC a-g: world history is a social science, physics a physical one', async () => {
    const { check, whatIf } = await progress('set=uc-a-g&whatIf=csu-a-g&lang=es');
    expect(whatIf.setId).toBe('csu-a-g');
    expect(whatIf.setTitle).toBe(
      'Requisitos de materias a-g de la Universidad Estatal de California (CSU)',
    );
    expect(check.setTitle).toBe('Requisitos de materias a-g de la Universidad de California (UC)');
    // World History (B, B) is CSU's second year of social science; U.S. History (C-, C) its first.
    // Biology (B, B) the biological science; Physics, under way, the physical one.
    expect(
      rows(whatIf, ['a-g', 'a-history', 'a-us', 'd-science', 'd-biological', 'd-physical']),
    ).toEqual({
      'a-g': 'missing 11+2 years',
      'a-history': 'met 2+0 years',
      'a-us': 'met 1+0 years',
      'd-science': 'in_progress 1+1 years',
      'd-biological': 'met 1+0 years',
      'd-physical': 'in_progress 0+1 years',
    });
    const d = whatIf.requirements.find((r: Row) => r.id === 'd-science');
    expect(d.sentence).toMatch(/^Ciencias de laboratorio, una biológica y una física \(d\): /);
  });

  it("answers the old id uc-csu-a-g as UC's set, for checks and for a counselor's exceptions", async () => {
    const old = await progress('set=uc-csu-a-g&whatIf=uc-csu-a-g&lang=en');
    expect(old.check.setId).toBe('uc-a-g');
    expect(old.whatIf.setId).toBe('uc-a-g');
    expect(old.check.requirements).toEqual(
      (await progress('set=uc-a-g&lang=en')).check.requirements,
    );
    const made = await app.inject({
      method: 'POST',
      url: `/api/v1/students/${student}/exceptions`,
      headers: await sessionHeaders(runtime, world.districts[0].users.counselor),
      payload: {
        kind: 'waive',
        nodeId: 'e-language',
        reason: 'tested out of Spanish',
        set: 'uc-csu-a-g',
      },
    });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json().setId).toBe('uc-a-g');
    const e = (q: string) =>
      progress(q).then((p) => p.check.requirements.find((r: Row) => r.id === 'e-language'));
    expect(await e('set=uc-csu-a-g')).toMatchObject({
      status: 'met',
      exception: { kind: 'waive' },
    });
    expect(await e('set=uc-a-g')).toMatchObject({ status: 'met', exception: { kind: 'waive' } });
    // An exception to UC's set is not one to CSU's.
    expect((await e('set=csu-a-g')).status).toBe('missing');
  });
});
