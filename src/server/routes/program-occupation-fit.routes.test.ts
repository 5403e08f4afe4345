/**
 * Industry alignment on save: the occupation-fit rule runs when a program is saved through the API
 * (with the stored occupation → pathway links), at its profile's severity, and a warning does not
 * stand in the way of approval; a program naming no occupation is a finding where its profile
 * says so.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/app.ts';
import { signedInAs } from '../../../test/auth.ts';
import { testEngines } from '../../../test/databases.ts';
import type { TProgramDetail, TProgramSaved } from '../../contracts/program-api.ts';
import { modify, softwareProgram } from '../../domain/program/test-factories.ts';
import type { Runtime } from '../../runtime.ts';
import { importPrograms } from '../../services/programs/import-programs.ts';
import { SYSTEM } from '../../services/programs/program-access.ts';

const FIT = 'pos.occupations-fit-pathway';

describe.each(testEngines())('occupation fit on save, on $name', (engine) => {
  let runtime: Runtime;
  let app: FastifyInstance;
  let admin: Record<string, string>;

  beforeAll(async () => {
    runtime = await engine.open();
    await runtime.seed();
    app = await buildTestApp(runtime);
    admin = await signedInAs(runtime, 'state_admin');
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await runtime?.close();
  });

  const send = (method: 'POST' | 'PUT', url: string, payload?: object) =>
    app.inject({ method, url, headers: admin, ...(payload ? { payload } : {}) });

  it('warns about an occupation outside every pathway of the program, and still approves', async () => {
    const file = modify(softwareProgram(), (draft) => {
      draft.program.occupations.push({
        soc: '29-1141',
        title: 'Registered Nurses',
        point: 'exit',
      });
    });
    const nurse = file.program.occupations.length - 1;
    const { pathwayCode } = file.program;
    const links = await runtime.programs.occupationPathways!(['29-1141.00'], 'nccf-16');
    expect(links.get('29-1141.00')?.length).toBeGreaterThan(0);
    expect(links.get('29-1141.00')).not.toContain(pathwayCode);

    const created = await send('POST', '/api/v1/programs', {
      id: 'software-and-nursing',
      program: file.program,
      catalog: file.catalog,
    });
    expect(created.statusCode, created.body).toBe(201);
    const fit = created.json<TProgramSaved>().findings.filter((f) => f.rule === FIT);
    // Only the nurse: the software occupations are linked to the program's pathway.
    expect(fit.map((f) => [f.path, f.severity, f.profile])).toEqual([
      [`program.occupations[${nurse}]`, 'warning', 'classic'],
    ]);
    expect(fit[0]!.message).toContain('29-1141');
    // The editor checks the same rule as you edit, with the pathways the detail carries.
    const detail = (
      await app.inject({
        method: 'GET',
        url: '/api/v1/programs/software-and-nursing',
        headers: admin,
      })
    ).json<TProgramDetail>();
    expect(detail.occupations[0]!.pathways).toContain(pathwayCode);
    expect(detail.occupations[nurse]!.pathways).toEqual(links.get('29-1141.00'));

    for (const action of ['submit', 'approve']) {
      const res = await send('POST', `/api/v1/programs/software-and-nursing/${action}`);
      expect(res.statusCode, res.body).toBe(200);
    }

    // Taking the nurse out on the next version takes the finding away.
    const fixed = modify(file, (draft) => {
      draft.program.occupations.splice(nurse, 1);
    });
    const edited = await send('PUT', '/api/v1/programs/software-and-nursing', {
      program: fixed.program,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json<TProgramSaved>().findings.filter((f) => f.rule === FIT)).toEqual([]);
  });

  it('warns the same way when programs are imported', async () => {
    const file = modify(softwareProgram(), (draft) => {
      draft.id = 'imported-with-nurse';
      draft.program.occupations.push({
        soc: '29-1141.00',
        title: 'Registered Nurses',
        point: 'exit',
      });
    });
    const [saved] = await importPrograms(
      runtime.programs,
      SYSTEM,
      [{ source: 'nurse.json', file }],
      {
        approve: true,
      },
    );
    expect(saved!.status).toBe('approved');
    expect(saved!.findings.filter((f) => f.rule === FIT).map((f) => f.path)).toEqual([
      `program.occupations[${file.program.occupations.length - 1}]`,
    ]);
  });

  it("is an error to name no occupation under a profile that requires one (the owner's)", async () => {
    const file = modify(softwareProgram(), (draft) => {
      draft.catalog.institutions.find((i) => i.id === 'district')!.programProfile = 'federal';
      draft.program.occupations = [];
      for (const step of draft.program.steps) delete step.exitOccupations;
    });
    const created = await send('POST', '/api/v1/programs', {
      id: 'no-occupation',
      program: file.program,
      catalog: file.catalog,
    });
    expect(created.statusCode, created.body).toBe(201);
    const saved = created.json<TProgramSaved>();
    expect(saved.findings).toContainEqual(
      expect.objectContaining({
        rule: 'pos.has-target-occupation',
        severity: 'error',
        path: 'program.occupations',
        profile: 'federal',
      }),
    );
    const submit = await send('POST', '/api/v1/programs/no-occupation/submit');
    expect(submit.statusCode).toBe(400);
    const detail = (
      await app.inject({
        method: 'GET',
        url: '/api/v1/programs/no-occupation',
        headers: admin,
      })
    ).json<TProgramDetail>();
    expect(detail.status).toBe('draft');
  });
});
