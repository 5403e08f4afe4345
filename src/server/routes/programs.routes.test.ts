import { describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import { programsApi } from '../../../test/programs-api.ts';
import type { TProgramDetail, TProgramList, TProgramSaved } from '../../contracts/program-api.ts';
import { modify, softwareProgram, stepOf } from '../../domain/program/test-factories.ts';

describe.each(testEngines())('programs API on $name', (engine) => {
  const api = programsApi(engine);
  const send = api.send;
  const anonymous = api.anonymous;

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

  it('answers 404 and 409 with codes', async () => {
    expect((await send('GET', '/api/v1/programs/nope')).statusCode).toBe(404);
    const retireDraft = await send('POST', '/api/v1/programs/late-start/approve');
    expect(retireDraft.statusCode).toBe(409);
    expect(retireDraft.json().error.code).toBe('conflict');
  });
});
