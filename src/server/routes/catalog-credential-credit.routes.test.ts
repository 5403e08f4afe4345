/**
 * Credential credit on the public catalog pages: a college course lists the credentials whose
 * holders receive its credit, a credential lists the college courses whose credit it earns, in
 * English and Spanish; course-to-course agreements stay where they were. Both engines.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/app.ts';
import { testEngines } from '../../../test/databases.ts';
import type { TCourseDetail, TCredentialDetail } from '../../contracts/catalog.ts';
import { nursingWithCredentialOptions } from '../../domain/program/test-factories-nursing.ts';
import { credentialCredit, modify } from '../../domain/program/test-factories.ts';
import type { Runtime } from '../../runtime.ts';
import { SYSTEM } from '../../services/programs/program-access.ts';
import { saveProgram } from '../../services/programs/save-program.ts';

/** Nursing whose CNA and PCT both earn HCA 110's credit; the PCT's agreement has ended. */
const file = modify(nursingWithCredentialOptions(), (f) => {
  f.catalog.credentials.find((c) => c.id === 'cna')!.title.es = 'Auxiliar de enfermería (CNA)';
  f.catalog.creditAgreements.push(
    credentialCredit('pct-hca-110', 'pct', 'hca-110', {
      credits: 4,
      effectiveFrom: '2024-07-01',
      effectiveTo: '2025-06-30',
    }),
  );
});

describe.each(testEngines())('credential credit on catalog pages on $name', (engine) => {
  let runtime: Runtime;
  let app: FastifyInstance;

  beforeAll(async () => {
    runtime = await engine.open();
    await runtime.seed();
    await saveProgram(runtime.programs, SYSTEM, {
      mode: 'create',
      id: 'nursing-options',
      program: file.program,
      catalog: file.catalog,
    });
    app = await buildTestApp(runtime);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await runtime?.close();
  });

  const get = async <T>(url: string) => {
    const res = await app.inject({ method: 'GET', url });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<T>();
  };

  it('lists on a college course the credentials whose holders receive its credit', async () => {
    const course = await get<TCourseDetail>('/api/v1/courses/hca-110');
    expect(course.credentialCredit).toEqual([
      {
        id: 'cna-hca-110',
        credits: 6,
        credential: {
          id: 'cna',
          title: 'Certified Nursing Assistant (CNA)',
          type: 'industry_certification',
        },
        effectiveFrom: '2025-07-01',
        effectiveTo: null,
      },
      {
        id: 'pct-hca-110',
        credits: 4,
        credential: { id: 'pct', title: 'Patient Care Technician', type: 'industry_certification' },
        effectiveFrom: '2024-07-01',
        effectiveTo: '2025-06-30',
      },
    ]);
    // Credential credit is not a course-to-course agreement.
    expect(course.creditAgreements).toEqual([]);
    const es = await get<TCourseDetail>('/api/v1/courses/hca-110?lang=es');
    expect(es.credentialCredit[0]!.credential.title).toBe('Auxiliar de enfermería (CNA)');
  });

  it('keeps course-to-course credit apart, and lists no credential credit on other courses', async () => {
    const hlt = await get<TCourseDetail>('/api/v1/courses/hlt-105');
    expect(hlt.credentialCredit).toEqual([]);
    expect(hlt.creditAgreements.map((a) => [a.type, a.course.id])).toEqual([
      ['articulated_credit', 'medical-terminology'],
    ]);
    const aide = await get<TCourseDetail>('/api/v1/courses/nurse-aide');
    expect(aide.credentialCredit).toEqual([]);
  });

  it('lists on a credential the college credit it earns, and none on one that earns none', async () => {
    const cna = await get<TCredentialDetail>('/api/v1/credentials/cna?lang=es');
    expect(cna.title).toBe('Auxiliar de enfermería (CNA)');
    expect(cna.credit).toEqual([
      {
        id: 'cna-hca-110',
        credits: 6,
        course: { id: 'hca-110', code: 'HCA 110', title: 'Nursing Assistant' },
        institution: 'Northshore Community College',
        effectiveFrom: '2025-07-01',
        effectiveTo: null,
      },
    ]);
    const pct = await get<TCredentialDetail>('/api/v1/credentials/pct');
    expect(pct.credit.map((c) => [c.id, c.credits, c.effectiveTo])).toEqual([
      ['pct-hca-110', 4, '2025-06-30'],
    ]);
    const rn = await get<TCredentialDetail>('/api/v1/credentials/rn');
    expect(rn.credit).toEqual([]);
  });
});
