import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/app.ts';
import { signedInAs } from '../../../test/auth.ts';
import { testEngines } from '../../../test/databases.ts';
import type { TProgramDetail, TProgramList, TProgramSaved } from '../../contracts/program-api.ts';
import { modify, softwareProgram, stepOf } from '../../domain/program/test-factories.ts';
import type { Runtime } from '../../runtime.ts';

describe.each(testEngines())('programs API on $name', (engine) => {
  let runtime: Runtime;
  let app: FastifyInstance;
  let admin: Record<string, string>;

  beforeAll(async () => {
    runtime = await engine.open();
    await runtime.seed();
    app = await buildTestApp(runtime);
    admin = await signedInAs(runtime, 'state_admin');
  });
  afterAll(async () => {
    await app?.close();
    await runtime?.close();
  });

  /** Signed in as the state admin, who may author and approve. */
  const send = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
    app.inject({
      method,
      url,
      headers: admin,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const anonymous = (method: 'GET' | 'POST', url: string) => app.inject({ method, url });

  it('creates a draft, returns findings, and walks it to approval', async () => {
    const file = softwareProgram();
    const created = await send('POST', '/api/v1/programs', {
      id: 'software-dev',
      program: file.program,
      catalog: file.catalog,
    });
    expect(created.statusCode, created.body).toBe(201);
    const body = created.json<TProgramSaved>();
    expect(body.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(body.program).toMatchObject({ id: 'software-dev', version: 1, status: 'draft' });
    expect(body.program.steps[0]!.courses.length).toBeGreaterThan(0);

    for (const [action, status] of [
      ['submit', 'submitted'],
      ['approve', 'approved'],
    ] as const) {
      const res = await send('POST', `/api/v1/programs/software-dev/${action}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<TProgramDetail>().status).toBe(status);
    }

    // Editing the approved program makes version 2 as a draft; version 1 stays approved.
    const edited = await send('PUT', '/api/v1/programs/software-dev', {
      program: { ...file.program, title: { en: 'Software Development (revised)' } },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json<TProgramSaved>().program).toMatchObject({ version: 2, status: 'draft' });
    const v1 = (
      await send('GET', '/api/v1/programs/software-dev?version=1')
    ).json<TProgramDetail>();
    expect(v1).toMatchObject({ version: 1, status: 'approved' });
    expect(v1.versions.map((v) => [v.version, v.status])).toEqual([
      [1, 'approved'],
      [2, 'draft'],
    ]);
  });

  it("runs its owner's profile, tying exit points to jobs with the stored occupation data", async () => {
    const file = modify(softwareProgram(), (draft) => {
      draft.id = 'exits-federal';
      draft.catalog.institutions.find((i) => i.id === 'district')!.programProfile = 'federal';
      // The certificate exit, untied, finds user support (some college) by its level.
      delete draft.program.occupations[0]!.credentialId;
      draft.program.occupations.push({
        soc: '15-1232.00',
        title: 'Computer User Support Specialists',
        point: 'entry',
      });
    });
    const created = await send('POST', '/api/v1/programs', {
      id: 'exits-federal',
      program: file.program,
      catalog: file.catalog,
    });
    expect(created.statusCode, created.body).toBe(201);
    const saved = created.json<TProgramSaved>();
    const exits = saved.findings.filter((f) => f.rule === 'pos.exit-point-occupations');
    // Grade 12's PCEP opens nothing at high school level: every occupation needs college.
    expect(exits.map((f) => [f.path, f.profile])).toEqual([
      ['program.steps[3].credentials[0]', 'federal'],
    ]);
    const jobs = (level: string, term?: string) =>
      saved.program.steps
        .find((s) => s.level === level && s.term === term)
        ?.exitOccupations?.map((o) => o.code);
    expect(jobs('postsecondary-1', 'spring')).toEqual(['15-1232.00']);
    expect(jobs('postsecondary-2', 'spring')).toEqual(['15-1252.00']);
    expect(jobs('grade-12')).toEqual([]);

    const listed = modify(file, (draft) => {
      draft.program.steps[3]!.exitOccupations = ['15-1232'];
    });
    const edited = await send('PUT', '/api/v1/programs/exits-federal', { program: listed.program });
    expect(edited.statusCode, edited.body).toBe(200);
    const after = edited.json<TProgramSaved>();
    expect(after.findings.filter((f) => f.rule === 'pos.exit-point-occupations')).toEqual([]);
    const es = (await send('GET', '/api/v1/programs/exits-federal?lang=es')).json<TProgramDetail>();
    expect(es.steps.find((s) => s.level === 'grade-12')?.exitOccupations).toEqual([
      { code: '15-1232.00', title: expect.any(String), titleLang: expect.any(String) },
    ]);
  });

  it('refuses to submit a program with errors, and says why', async () => {
    const file = modify(softwareProgram(), (draft) => {
      draft.program.steps = draft.program.steps.filter((s) => s.level !== 'grade-9');
    });
    expect(stepOf(softwareProgram(), 'grade-9')).toBeDefined();
    const created = await send('POST', '/api/v1/programs', {
      id: 'late-start',
      program: file.program,
      catalog: file.catalog,
    });
    expect(created.statusCode).toBe(201);
    const findings = created.json<TProgramSaved>().findings;
    expect(findings).toContainEqual(
      expect.objectContaining({ rule: 'pos.starts-by-grade-9', severity: 'error' }),
    );
    const submit = await send('POST', '/api/v1/programs/late-start/submit');
    expect(submit.statusCode).toBe(400);
    expect(submit.json().error.message).toMatch(/error.* to fix before it can be submitted/);
  });

  it('lists and filters programs', async () => {
    const all = (await send('GET', '/api/v1/programs')).json<TProgramList>();
    // exits-federal is the draft the exit-point test above made.
    expect(all.items.map((p) => p.id).sort()).toEqual([
      'exits-federal',
      'late-start',
      'software-dev',
    ]);
    const drafts = (await send('GET', '/api/v1/programs?status=draft')).json<TProgramList>();
    expect(drafts.total).toBe(3);
    const byText = (await send('GET', '/api/v1/programs?q=revised')).json<TProgramList>();
    expect(byText.items.map((p) => p.id)).toEqual(['software-dev']);
    const byCluster = (await send('GET', '/api/v1/programs?cluster=08')).json<TProgramList>();
    expect(byCluster.total).toBe(0);
  });

  it('rejects bad input naming the field, and saves nothing', async () => {
    const file = softwareProgram();
    const bad = await send('POST', '/api/v1/programs', {
      id: 'broken',
      program: { ...file.program, pathwayCode: 'eleven' },
      catalog: file.catalog,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('program.pathwayCode');

    const unknownPathway = await send('POST', '/api/v1/programs', {
      id: 'broken',
      program: { ...file.program, pathwayCode: '11-09' },
      catalog: { ...file.catalog, courses: [] },
    });
    expect(unknownPathway.statusCode).toBe(400);
    expect(unknownPathway.json().error.field).toBe('program.pathwayCode');

    // A catalog entry that breaks a database constraint rolls back the whole save.
    const dangling = await send('POST', '/api/v1/programs', {
      id: 'broken',
      program: file.program,
      catalog: {
        ...file.catalog,
        courses: [{ ...file.catalog.courses[0]!, id: 'orphan', institutionId: 'no-such-school' }],
      },
    });
    expect(dangling.statusCode, dangling.body).toBe(400);
    expect(dangling.json().error.field).toBe('catalog.courses.0.institutionId');
    const danglingEs = await send('POST', '/api/v1/programs?lang=es', {
      id: 'broken',
      program: file.program,
      catalog: {
        ...file.catalog,
        courses: [{ ...file.catalog.courses[0]!, id: 'orphan', institutionId: 'no-such-school' }],
      },
    });
    expect(danglingEs.json().error).toMatchObject({
      field: 'catalog.courses.0.institutionId',
      message:
        'catalog.courses.0.institutionId: no existe la organización «no-such-school»; indique un id que exista o envíe la entrada en este catálogo.',
    });
    const unknownOwner = await send('POST', '/api/v1/programs', {
      id: 'broken',
      program: { ...file.program, ownerId: 'no-such-district' },
      catalog: file.catalog,
    });
    expect(unknownOwner.statusCode, unknownOwner.body).toBe(400);
    expect(unknownOwner.json().error.field).toBe('program.ownerId');
    const nul = await send('POST', '/api/v1/programs', {
      id: 'broken',
      program: { ...file.program, title: { en: 'Nursing\u0000' } },
      catalog: file.catalog,
    });
    expect(nul.statusCode, nul.body).toBe(400);
    expect(nul.json().error.field).toBe('program.title.en');
    expect((await send('GET', '/api/v1/programs/broken')).statusCode).toBe(404);
    const courses = await runtime.programs.catalog.listCourses();
    expect(courses.some((c) => c.id === 'orphan')).toBe(false);
  });

  it('shows the public only approved versions, and lets no one anonymous write', async () => {
    const list = (await anonymous('GET', '/api/v1/programs')).json<TProgramList>();
    expect(list.items.map((p) => [p.id, p.status])).toEqual([['software-dev', 'approved']]);
    const publicView = (
      await anonymous('GET', '/api/v1/programs/software-dev')
    ).json<TProgramDetail>();
    expect(publicView).toMatchObject({ version: 1, status: 'approved' });
    expect((await anonymous('GET', '/api/v1/programs/late-start')).statusCode).toBe(404);
    expect((await anonymous('POST', '/api/v1/programs/late-start/submit')).statusCode).toBe(401);
    const pdf = await anonymous('GET', '/api/v1/programs/software-dev/export?format=pdf');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('takes what authors really type: quarters, Washington course numbers, blank Spanish', async () => {
    const file = modify(softwareProgram(), (draft) => {
      draft.program.title = { en: '  Software Development & Cybersecurity ', es: '' };
      draft.program.steps[5]!.term = 'winter';
      const math = draft.catalog.courses.find((c) => c.id === 'mth-111')!;
      if (math.level === 'postsecondary') Object.assign(math, { prefix: 'math&', number: '141' });
    });
    const created = await send('POST', '/api/v1/programs', {
      id: 'quarters',
      program: file.program,
      catalog: file.catalog,
    });
    expect(created.statusCode, created.body).toBe(201);
    const es = (await send('GET', '/api/v1/programs/quarters?lang=es')).json<TProgramDetail>();
    expect(es.title).toBe('Software Development & Cybersecurity');
    expect(es.document.program.title).toEqual({ en: 'Software Development & Cybersecurity' });
    expect(es.steps[5]).toMatchObject({ level: 'postsecondary-1', term: 'winter' });
    expect(es.steps[5]!.label).toContain('invierno');
    const codes = es.steps.flatMap((s) => s.courses.map((c) => c.code));
    expect(codes).toContain('MATH& 141');
  });

  it('refuses a blank title and an agreement that ends before it starts, saving nothing', async () => {
    const file = softwareProgram();
    const blank = await send('POST', '/api/v1/programs', {
      id: 'blank-title',
      program: { ...file.program, title: { en: '   ', es: 'Desarrollo' } },
      catalog: file.catalog,
    });
    expect(blank.statusCode, blank.body).toBe(400);
    expect(blank.json().error).toMatchObject({ code: 'invalid', field: 'program.title.en' });
    const reversed = modify(file, (draft) => {
      draft.catalog.courses = draft.catalog.courses.map((c) => ({ ...c, id: `r-${c.id}` }));
      draft.catalog.creditAgreements = [
        {
          ...draft.catalog.creditAgreements[0]!,
          id: 'reversed',
          secondaryCourseId: `r-${draft.catalog.creditAgreements[0]!.secondaryCourseId}`,
          postsecondaryCourseId: `r-${draft.catalog.creditAgreements[0]!.postsecondaryCourseId}`,
          effectiveFrom: '2025-08-01',
          effectiveTo: '2024-06-30',
        },
      ];
    });
    const dates = await send('POST', '/api/v1/programs', {
      id: 'reversed-dates',
      program: file.program,
      catalog: reversed.catalog,
    });
    expect(dates.statusCode, dates.body).toBe(400);
    expect(dates.json().error.field).toBe('catalog.creditAgreements.0.effectiveTo');
    const datesEs = await send('POST', '/api/v1/programs?lang=es', {
      id: 'reversed-dates',
      program: file.program,
      catalog: reversed.catalog,
    });
    expect(datesEs.json().error.message).toBe(
      'catalog.creditAgreements.0.effectiveTo: no debe ser anterior a effectiveFrom (2025-08-01): el acuerdo terminaría antes de empezar.',
    );
    // Fields are named as the rest of the API names them: dots between the parts.
    const unknownCourse = await send('POST', '/api/v1/programs', {
      id: 'unknown-course',
      program: file.program,
      catalog: {
        ...reversed.catalog,
        creditAgreements: [
          {
            ...reversed.catalog.creditAgreements[0]!,
            effectiveTo: undefined,
            postsecondaryCourseId: 'no-such-course',
          },
        ],
      },
    });
    expect(unknownCourse.statusCode, unknownCourse.body).toBe(400);
    expect(unknownCourse.json().error.field).toBe(
      'catalog.creditAgreements.0.postsecondaryCourseId',
    );
    for (const id of ['blank-title', 'reversed-dates', 'unknown-course'])
      expect((await send('GET', `/api/v1/programs/${id}`)).statusCode).toBe(404);
    const courses = await runtime.programs.catalog.listCourses();
    expect(courses.some((c) => c.id.startsWith('r-'))).toBe(false);
  });

  it('answers 404 and 409 with codes', async () => {
    expect((await send('GET', '/api/v1/programs/nope')).statusCode).toBe(404);
    const retireDraft = await send('POST', '/api/v1/programs/late-start/approve');
    expect(retireDraft.statusCode).toBe(409);
    expect(retireDraft.json().error.code).toBe('conflict');
  });
});
