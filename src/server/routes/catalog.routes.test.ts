import type { FastifyInstance } from 'fastify';
import { SYSTEM } from '../../services/programs/program-access.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/app.ts';
import { testEngines } from '../../../test/databases.ts';
import type { TCipDetail, TCourseDetail, TCredentialDetail } from '../../contracts/catalog.ts';
import type { TApiError } from '../../contracts/errors.ts';
import { demoPrograms } from '../../data/demo/index.ts';
import { planCipImport, planCipSocImport } from '../../importers/nces-cip.ts';
import type { Runtime } from '../../runtime.ts';
import { runImport } from '../../services/occupations/run-import.ts';
import { saveProgram } from '../../services/programs/save-program.ts';

/** A few rows of NCES's files, in their own format (codes as Excel text formulas). */
const CIP_CSV = [
  '"CIPFamily","CIPCode","Action","TextChange","CIPTitle","CIPDefinition","CrossReferences","Examples"',
  '="48",="48.0508","No substantive changes",no,"Welding Technology/Welder.","A program that prepares individuals to apply technical knowledge and skills to join or cut metal surfaces.","",',
  '="51",="51.3801","No substantive changes",no,"Registered Nursing/Registered Nurse.","A program that generally prepares individuals in the knowledge, techniques and procedures for promoting health.","",',
].join('\n');
const CIP_SOC_CSV = [
  'CIP2020Code,CIP2020Title,SOC2018Code,SOC2018Title',
  '48.0508,Welding Technology/Welder.,51-4121,"Welders, Cutters, Solderers, and Brazers"',
  '51.3801,Registered Nursing/Registered Nurse.,29-1141,Registered Nurses',
  '15.0614,Welding Engineering Technology/Technician.,17-3029,"Engineering Technologists and Technicians, Except Drafters, All Other"',
].join('\n');

const welding = demoPrograms.find((p) => p.id === 'riverside-welding-technology')!.program;

describe.each(testEngines())('course, credential and CIP API on $name', (engine) => {
  let runtime: Runtime;
  let app: FastifyInstance;

  beforeAll(async () => {
    runtime = await engine.open();
    await runtime.seed();
    await runtime.seedDemoRegion();
    await runImport(runtime.occupations.imports, planCipImport({ name: 'cip.csv', text: CIP_CSV }));
    await runImport(
      runtime.occupations.imports,
      planCipSocImport({ name: 'cip-soc.csv', text: CIP_SOC_CSV }),
    );
    // A draft that uses the same course, credential and CIP code: not public, so never listed.
    await saveProgram(runtime.programs, SYSTEM, {
      mode: 'create',
      id: 'welding-draft',
      program: { ...welding, title: { en: 'Secret Welding Draft' } },
    });
    // A newer draft of the approved welding program: the public keeps seeing the approved one.
    await saveProgram(runtime.programs, SYSTEM, {
      mode: 'update',
      id: 'riverside-welding-technology',
      program: { ...welding, title: { en: 'Welding Technology (unapproved edit)' } },
    });
    app = await buildTestApp(runtime);
  });
  afterAll(async () => {
    await app?.close();
    await runtime?.close();
  });

  const get = (url: string) => app.inject({ method: 'GET', url });
  const weldingRef = {
    id: 'riverside-welding-technology',
    title: 'Welding Technology',
    pathway: { code: '13-05', title: expect.any(String) as string },
    cluster: { code: '13', title: expect.any(String) as string },
    cipCode: '48.0508',
  };

  it('shows a high school course with its credit, dual credit and approved program', async () => {
    const res = await get('/api/v1/courses/cvhs-welding-2');
    expect(res.statusCode, res.body).toBe(200);
    const course = res.json<TCourseDetail>();
    expect(course).toMatchObject({
      lang: 'en',
      id: 'cvhs-welding-2',
      title: 'Welding II',
      code: 'CTE-MF-310',
      level: 'secondary',
      kind: 'cte',
      subject: 'cte',
      credits: 2, // a double-period shop course (the Texas-like completer needs 4 credits)
      creditUnit: 'carnegie_units',
      grades: { min: 11, max: 12 },
      institution: { id: 'cvhs', name: 'Cedar Valley High School', kind: 'high_school' },
      pathways: [{ code: '13-05', title: expect.any(String) as string }],
      prerequisites: [{ id: 'cvhs-welding-1', code: 'CTE-MF-210', title: 'Welding I' }],
    });
    expect(course.creditAgreements).toEqual([
      expect.objectContaining({
        type: 'dual_credit',
        credits: 4,
        course: { id: 'rvcc-wld-111', code: 'WLD 111', title: 'Shielded Metal Arc Welding I' },
        institution: 'Riverside Valley Community College',
      }),
    ]);
    // Only the approved version of approved programs: no draft, no unapproved edit.
    expect(course.programs).toEqual([weldingRef]);
  });

  it('shows a college course with the high school course that earns its credit, in Spanish', async () => {
    const course = (await get('/api/v1/courses/rvcc-wld-111?lang=es')).json<TCourseDetail>();
    expect(course).toMatchObject({
      lang: 'es',
      title: 'Soldadura por arco metálico protegido (SMAW) I',
      code: 'WLD 111',
      level: 'postsecondary',
      creditUnit: 'credit_hours',
      credits: 4,
      scedCode: null,
      grades: null,
      institution: { name: 'Riverside Valley Community College', kind: 'college' },
    });
    expect(course.creditAgreements.map((a) => [a.type, a.course.id, a.institution])).toEqual([
      ['dual_credit', 'cvhs-welding-2', 'Cedar Valley High School'],
    ]);
    const weldingEs = (await get('/api/v1/courses/cvhs-welding-2?lang=es')).json<TCourseDetail>();
    expect(weldingEs.title).toBe('Soldadura II');
    expect(weldingEs.programs.map((p) => p.title)).toEqual(['Tecnología de soldadura']);
  });

  it('shows a credential with what it stacks into, the occupations it opens and its program', async () => {
    const cert = (await get('/api/v1/credentials/rvcc-cc-welding')).json<TCredentialDetail>();
    expect(cert).toMatchObject({
      id: 'rvcc-cc-welding',
      title: 'Certificate of Completion in Welding',
      type: 'certificate',
      issuer: 'Riverside Valley Community College',
      level: 'entry',
      stacksInto: [{ id: 'rvcc-aas-welding', type: 'associate' }],
      stackedFrom: [],
    });
    expect(cert.programs).toEqual([weldingRef]);

    const aws = (await get('/api/v1/credentials/aws-certified-welder')).json<TCredentialDetail>();
    expect(aws.issuer).toBe('American Welding Society');
    expect(aws.occupations).toEqual([
      {
        code: '51-4121.00',
        title: 'Welders, Cutters, Solderers, and Brazers',
        point: 'entry',
        entryLevel: 'semi',
        known: true,
      },
    ]);
    expect(aws.programs.map((p) => p.id)).toEqual(['riverside-welding-technology']);
    expect(aws.sources.map((s) => s.attribution).join('\n')).toMatch(/O\*NET/);

    const aas = (
      await get('/api/v1/credentials/rvcc-aas-welding?lang=es')
    ).json<TCredentialDetail>();
    expect(aas.stackedFrom).toEqual([
      {
        id: 'rvcc-cc-welding',
        title: 'Certificado de finalización en soldadura',
        type: 'certificate',
      },
    ]);
  });

  it('answers 404 for an unknown course or credential and 400 for a malformed id', async () => {
    for (const url of ['/api/v1/courses/no-such-course', '/api/v1/credentials/no-such-cert']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.json<TApiError>().error).toMatchObject({ code: 'not_found', field: 'id' });
    }
    const bad = await get('/api/v1/courses/Not%20An%20Id');
    expect(bad.statusCode).toBe(400);
    expect(bad.json<TApiError>().error).toMatchObject({ code: 'invalid', field: 'id' });
  });

  it('shows a CIP field with its definition, crosswalk occupations, program and sources', async () => {
    const res = await get('/api/v1/cip/48.0508');
    expect(res.statusCode, res.body).toBe(200);
    const cip = res.json<TCipDetail>();
    expect(cip).toMatchObject({
      code: '48.0508',
      title: 'Welding Technology/Welder',
      definition: expect.stringMatching(/join or cut metal/) as string,
    });
    expect(cip.occupations.map((o) => [o.code, o.entryLevel])).toContainEqual([
      '51-4121.00',
      'semi',
    ]);
    expect(cip.programs).toEqual([weldingRef]);
    expect(cip.sources.map((s) => s.id)).toEqual(
      expect.arrayContaining(['nces-cip@2020', 'nces-cip-soc@2020']),
    );
    expect(cip.sources.map((s) => s.attribution).join('\n')).toMatch(/O\*NET/);

    const nursing = (await get('/api/v1/cip/51.3801?lang=es')).json<TCipDetail>();
    expect(nursing.occupations.find((o) => o.code === '29-1141.00')?.title).toBe(
      'Enfermeros registrados (RN)',
    );
    expect(nursing.programs.map((p) => p.id)).toEqual(['riverside-nursing']);
  });

  it('answers for a CIP code known only from a program or the crosswalk, else 404', async () => {
    // The shipped CIP list knows both codes: take them out, as if the list were older.
    await runtime.database.db
      .deleteFrom('cip')
      .where('code', 'in', ['46.0000', '15.0614'])
      .execute();
    const construction = (await get('/api/v1/cip/46.0000')).json<TCipDetail>();
    expect(construction).toMatchObject({ code: '46.0000', title: null, definition: null });
    expect(construction.programs.map((p) => p.id)).toEqual(['riverside-construction-technology']);

    const crosswalkOnly = await get('/api/v1/cip/15.0614');
    expect(crosswalkOnly.statusCode, crosswalkOnly.body).toBe(200);
    expect(crosswalkOnly.json<TCipDetail>()).toMatchObject({ title: null, programs: [] });

    const unknown = await get('/api/v1/cip/99.1234');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json<TApiError>().error).toMatchObject({ code: 'not_found', field: 'code' });
  });

  it('refuses a malformed CIP code, naming the field', async () => {
    for (const code of ['513801', '51.38', 'welding']) {
      const res = await get(`/api/v1/cip/${code}`);
      expect(res.statusCode, code).toBe(400);
      const { error } = res.json<TApiError>();
      expect(error).toMatchObject({ code: 'invalid', field: 'code' });
      expect(error.message).toMatch(/"code".*51\.3801|CIP code/);
    }
  });

  it('gives search results addresses that answer', async () => {
    const result = await runtime.occupations.search.search({
      q: 'welding',
      lang: 'en',
      types: ['course', 'credential', 'cip'],
      limit: 5,
    });
    const hrefs = result.groups.flatMap((g) => g.items.map((i) => i.href));
    expect(hrefs).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/api\/v1\/courses\//),
        expect.stringMatching(/^\/api\/v1\/credentials\//),
        '/api/v1/cip/48.0508',
      ]),
    );
    for (const href of hrefs) expect((await get(href)).statusCode, href).toBe(200);
  });

  it('finds a course by its college code, as people write it', async () => {
    runtime.occupations.search.invalidate();
    for (const q of ['WLD 111', 'wld 111', 'wld']) {
      const result = await runtime.occupations.search.search({
        q,
        lang: 'en',
        types: ['course'],
        limit: 10,
      });
      const items = result.groups[0]?.items ?? [];
      expect(
        items.map((i) => i.id),
        q,
      ).toContain('rvcc-wld-111');
    }
    const exact = await runtime.occupations.search.search({
      q: 'WLD 111',
      lang: 'en',
      types: ['course'],
      limit: 1,
    });
    expect(exact.groups[0]?.items[0]).toMatchObject({ id: 'rvcc-wld-111', code: 'WLD 111' });
  });
});
