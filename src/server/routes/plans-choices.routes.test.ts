/**
 * A plan started from a program whose steps offer choices ("choose 1 of"): the choices come with
 * their options and the first option placed, the student picks another through the plan edit,
 * a course outside the choice is refused naming the field, and progress counts what is picked;
 * through the API on each engine.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/app.ts';
import { sessionHeaders } from '../../../test/auth.ts';
import { testEngines } from '../../../test/databases.ts';
import type { TPlan, TPlanCourse } from '../../contracts/plans.ts';
import { CHOICES_PROGRAM_ID, programWithChoicesFile } from '../../../test/program-with-choices.ts';
import type { Role } from '../../domain/auth/roles.ts';
import type { Runtime } from '../../runtime.ts';
import { CLI } from '../../services/accounts/caller.ts';
import { assignCaseload } from '../../services/accounts/link-students.ts';
import { importPrograms } from '../../services/programs/import-programs.ts';
import { SYSTEM } from '../../services/programs/program-access.ts';
import { addUser, recordsWorld } from '../../services/records/test-world.ts';
import { HAS_PDFTOTEXT, pdfText, REQUIRED } from '../../../test/pdf-text.ts';

const PROGRAM = CHOICES_PROGRAM_ID;
const program = programWithChoicesFile.program;
const GRADE_11 = program.steps.findIndex((s) => s.level === 'grade-11');

describe.each(testEngines())('plans from a program with choices, on $name', (engine) => {
  let runtime: Runtime;
  let app: FastifyInstance;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    runtime = await engine.open();
    await runtime.seed();
    await runtime.seedDemoRegion();
    await recordsWorld(runtime);
    await importPrograms(
      runtime.programs,
      SYSTEM,
      [{ source: 'test', file: programWithChoicesFile }],
      {
        approve: true,
      },
    );
    const add = async (key: string, role: Role, orgId: string) => {
      ids[key] = await addUser(runtime, key, 'plan-choices.test', role, orgId);
    };
    await add('ana', 'student', 'rhs');
    await add('ben', 'student', 'rhs');
    await add('counselor', 'counselor', 'rhs');
    await add('teacher', 'teacher', 'rhs');
    await add('otherAdmin', 'district_admin', 'other');
    await assignCaseload(runtime.accounts.deps, CLI, {
      student: 'ana@plan-choices.test',
      counselor: 'counselor@plan-choices.test',
    });
    app = await buildTestApp(runtime);
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    await runtime?.close();
  });

  const call = async (who: string, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown) =>
    app.inject({
      method,
      url,
      headers: await sessionHeaders(runtime, ids[who]!),
      ...(body === undefined ? {} : { payload: body as object }),
    });
  const url = (suffix = '') => `/api/v1/students/${ids.ana}/plan${suffix}`;
  const editOf = (p: TPlan, courses: TPlanCourse[]) => ({
    baseVersion: p.version,
    courses,
    goals: p.goals,
  });
  const coursesOf = (p: TPlan): TPlanCourse[] =>
    p.courses.map(({ courseId, level, dualCredit, choice }) => ({
      courseId,
      level,
      dualCredit,
      ...(choice === undefined ? {} : { choice }),
    }));
  const choiceNode = async () => {
    const res = await call('ana', 'GET', `/api/v1/students/${ids.ana}/progress`);
    expect(res.statusCode, res.body).toBe(200);
    const check = res.json().program;
    expect(check.setId).toBe(`program:${PROGRAM}`);
    return check.requirements.find((r: { id: string }) => r.id === `choice-${GRADE_11}-0`);
  };

  it('starts with each choice, its options, and the first option of each placed', async () => {
    const res = await call('counselor', 'POST', url('?lang=es'), { programId: PROGRAM });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json<TPlan>();
    expect(body.choices).toHaveLength(2);
    expect(body.choices[0]).toMatchObject({
      level: 'grade-11',
      choose: 1,
      picked: ['rhs-web-dev'],
      options: [
        {
          courseId: 'rhs-web-dev',
          code: 'CTE-IT-220',
          title: 'Diseño y desarrollo web',
          credits: 1,
        },
        { courseId: 'rhs-ap-csa', code: 'CTE-IT-310', titleLang: 'es' },
      ],
    });
    expect(body.choices[1]).toMatchObject({
      level: 'grade-12',
      note: 'Estudios sociales',
      noteLang: 'es',
      picked: ['rusd-government'],
    });
    expect(body.courses).toContainEqual(
      expect.objectContaining({ courseId: 'rhs-web-dev', level: 'grade-11', choice: 0 }),
    );
    expect(body.courses.map((c) => c.courseId)).not.toContain('rhs-ap-csa');
    expect(body.findings).toEqual([]);
    expect(await choiceNode()).toMatchObject({ status: 'planned' });
  });

  it('lets the student pick another option of a choice; progress counts the pick', async () => {
    const current = (await call('ana', 'GET', url())).json<TPlan>();
    const courses = coursesOf(current).map((c) =>
      c.choice === 0 ? { ...c, courseId: 'rhs-ap-csa' } : c,
    );
    const res = await call('ana', 'PUT', url(), editOf(current, courses));
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<TPlan>();
    expect(body.choices[0]!.picked).toEqual(['rhs-ap-csa']);
    expect(body.courses.map((c) => c.courseId)).not.toContain('rhs-web-dev');
    // The capstone still wants web development first: the plan says so.
    expect(body.findings).toContainEqual(
      expect.objectContaining({ rule: 'prerequisite', courseId: 'rhs-software-capstone' }),
    );
    const node = await choiceNode();
    expect(node).toMatchObject({ status: 'planned' });
    expect(node.courses.map((c: { code: string }) => c.code)).toEqual(['CTE-IT-310']);
  });

  it('keeps the picks when an edit does not speak of choices, and drops one an edit marks null', async () => {
    const current = (await call('ana', 'GET', url())).json<TPlan>();
    const picked = current.choices.map((c) => c.picked);
    expect(picked.flat().length).toBeGreaterThan(0);
    // An older client: no course says choice; one pick moved to grade 12.
    const silent = coursesOf(current).map(({ choice: _c, ...c }) =>
      c.courseId === picked[0]![0] ? { ...c, level: 'grade-12' as const } : c,
    );
    const kept = await call('ana', 'PUT', url(), editOf(current, silent));
    expect(kept.statusCode, kept.body).toBe(200);
    const after = kept.json<TPlan>();
    expect(after.choices.map((c) => c.picked)).toEqual(picked);
    expect(after.courses).toContainEqual(
      expect.objectContaining({ courseId: picked[0]![0], level: 'grade-12', choice: 0 }),
    );
    // An edit that speaks of choices is taken as sent: null makes the pick a plain course.
    const spoken = coursesOf(after).map((c) => (c.choice === 0 ? { ...c, choice: null } : c));
    const plain = await call('ana', 'PUT', url(), { ...editOf(after, []), courses: spoken });
    expect(plain.statusCode, plain.body).toBe(200);
    const body = plain.json<TPlan>();
    expect(body.choices[0]!.picked).toEqual([]);
    expect(body.choices[1]!.picked).toEqual(picked[1]);
    expect(body.courses.find((c) => c.courseId === picked[0]![0])).not.toHaveProperty('choice');
    // And is checked as before: a mark outside its choice is still refused.
    const wrong = coursesOf(body).map((c) =>
      c.courseId === picked[0]![0] ? { ...c, choice: 1 } : c,
    );
    const refused = await call('ana', 'PUT', url(), editOf(body, wrong));
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json().error.field).toMatch(/^courses\.\d+\.courseId$/);
    // Put it back as a pick for the tests that follow.
    const back = coursesOf(body).map((c) =>
      c.courseId === picked[0]![0] ? { ...c, choice: 0, level: 'grade-11' as const } : c,
    );
    expect((await call('ana', 'PUT', url(), editOf(body, back))).statusCode).toBe(200);
  });

  it('leaves a choice open when its pick is removed, and progress says it is missing', async () => {
    const current = (await call('ana', 'GET', url())).json<TPlan>();
    const res = await call(
      'ana',
      'PUT',
      url(),
      editOf(
        current,
        coursesOf(current).filter((c) => c.choice !== 0),
      ),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<TPlan>().choices[0]!.picked).toEqual([]);
    expect(await choiceNode()).toMatchObject({ status: 'missing' });
  });

  it('refuses a course outside the choice, or one pick too many, naming the field; nothing changes', async () => {
    const current = (await call('ana', 'GET', url())).json<TPlan>();
    const courses = coursesOf(current);
    const outside = [
      ...courses,
      { courseId: 'rusd-physics', level: 'grade-11', dualCredit: false, choice: 0 },
    ];
    const res = await call('ana', 'PUT', url(), editOf(current, outside as TPlanCourse[]));
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.field).toBe(`courses.${courses.length}.courseId`);
    const both = [
      ...courses,
      { courseId: 'rhs-web-dev', level: 'grade-11', dualCredit: false, choice: 0 },
      { courseId: 'rhs-ap-csa', level: 'grade-11', dualCredit: false, choice: 0 },
    ];
    const twice = await call('ana', 'PUT', url(), editOf(current, both as TPlanCourse[]));
    expect(twice.statusCode, twice.body).toBe(400);
    expect(twice.json().error.field).toBe(`courses.${courses.length + 1}.choice`);
    const unknown = [
      ...courses,
      { courseId: 'rhs-web-dev', level: 'grade-11', dualCredit: false, choice: 7 },
    ];
    const none = await call('ana', 'PUT', url(), editOf(current, unknown as TPlanCourse[]));
    expect(none.statusCode, none.body).toBe(400);
    expect(none.json().error.field).toBe(`courses.${courses.length}.choice`);
    const after = (await call('ana', 'GET', url())).json<TPlan>();
    expect(after.version).toBe(current.version);
    expect(coursesOf(after)).toEqual(courses);
  });

  it('picks through the edit only for those who may edit the plan', async () => {
    const current = (await call('ana', 'GET', url())).json<TPlan>();
    const courses = [
      ...coursesOf(current),
      { courseId: 'rhs-web-dev', level: 'grade-11' as const, dualCredit: false, choice: 0 },
    ];
    for (const who of ['teacher', 'otherAdmin'])
      expect((await call(who, 'PUT', url(), editOf(current, courses))).statusCode).toBe(403);
    const res = await call('counselor', 'PUT', url(), editOf(current, courses));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<TPlan>().choices[0]!.picked).toEqual(['rhs-web-dev']);
  });

  it('gives a plan saved before plans carried choices its program version’s, to pick and keep', async () => {
    const student = await runtime.records.roster.find(ids.ben!);
    // As a plan started earlier stored it: the program's courses, no choices, nothing picked.
    const grade9 = programWithChoicesFile.program.steps[0]!.courses;
    const approved = (await runtime.records.programs.findVersions(PROGRAM)).findLast(
      (v) => v.status === 'approved',
    )!;
    await runtime.records.plans.saveVersion(
      student!.districtId,
      ids.ben!,
      1,
      {
        programId: PROGRAM,
        programVersion: approved.version,
        courses: grade9.map((courseId) => ({ courseId, level: 'grade-9', dualCredit: false })),
        goals: { career: null, postsecondary: null, benchmarks: [] },
      },
      null,
    );
    const ben = `/api/v1/students/${ids.ben}/plan`;
    const read = await call('ben', 'GET', ben);
    expect(read.statusCode, read.body).toBe(200);
    const before = read.json<TPlan>();
    expect(before.choices.map((c) => [c.level, c.picked])).toEqual([
      ['grade-11', []],
      ['grade-12', []],
    ]);
    const courses = [
      ...coursesOf(before),
      { courseId: 'rusd-economics', level: 'grade-12' as const, dualCredit: false, choice: 1 },
    ];
    const edited = await call('ben', 'PUT', ben, editOf(before, courses));
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json<TPlan>().choices[1]!.picked).toEqual(['rusd-economics']);
    const stored = (await runtime.records.plans.versions(student!.districtId, ids.ben!)).at(-1)!;
    expect(stored.body.choices?.map((c) => c.options)).toEqual([
      ['rhs-web-dev', 'rhs-ap-csa'],
      ['rusd-government', 'rusd-economics'],
    ]);
  });

  it.skipIf(!HAS_PDFTOTEXT && !REQUIRED)(
    'prints the picks with their choice and the transfer credit already earned in the PDF',
    async () => {
      const added = await call(
        'counselor',
        'POST',
        `/api/v1/students/${ids.ana}/transfer-credits`,
        {
          kind: 'summer',
          earnedAt: { name: 'Valley Summer Academy' },
          course: { title: 'Digital Photography', code: 'ART 150' },
          schoolYear: 2025,
          term: 'summer',
          creditsEarned: 0.5,
          flags: ['H'],
          countsAs: { kind: 'elective' },
        },
      );
      expect(added.statusCode, added.body).toBe(201);
      for (const lang of ['en', 'es'] as const) {
        const current = (await call('ana', 'GET', url(`?lang=${lang}`))).json<TPlan>();
        const picked = current.courses.find((c) => c.choice === 0)!;
        const res = await call('ana', 'GET', url(`/export?format=pdf&lang=${lang}`));
        expect(res.statusCode).toBe(200);
        const text = pdfText(res.rawPayload).replace(/\s+/g, ' ');
        const options = current.choices[0]!.options.map((o) => o.title);
        expect(text).toContain(`${lang === 'es' ? 'uno de' : 'one of'}: ${options.join(', ')}`);
        expect(text).toContain(picked.title);
        expect(text).toContain(
          lang === 'es' ? 'Crédito transferido ya obtenido' : 'Transfer credit already earned',
        );
        expect(text).toContain(
          `Digital Photography (ART 150), ${lang === 'es' ? 'honores' : 'honors'} · Valley Summer Academy, 2024–25`,
        );
      }
    },
  );
});
