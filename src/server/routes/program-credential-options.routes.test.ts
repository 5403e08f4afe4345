/**
 * Saving programs with credential credit (a credential that earns a college course's credit) and
 * a choice between credentials: stored and read back (English and Spanish), a bad reference
 * refused with the field named and nothing saved, and a fuzz of both that never answers 5xx.
 * Both engines.
 */
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/app.ts';
import { signedInAs } from '../../../test/auth.ts';
import { testEngines } from '../../../test/databases.ts';
import { mutatedFrom } from '../../../test/json-schema-arbitrary.ts';
import type { TProgramDetail, TProgramSaved } from '../../contracts/program-api.ts';
import { nursingWithCredentialOptions } from '../../domain/program/test-factories-nursing.ts';
import { credentialCredit, modify, stepOf } from '../../domain/program/test-factories.ts';
import type { Runtime } from '../../runtime.ts';

describe.each(testEngines())('programs with credential options on $name', (engine) => {
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

  const send = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
    app.inject({
      method,
      url,
      headers: admin,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const body = (id: string, file = nursingWithCredentialOptions()) => ({
    id,
    program: file.program,
    catalog: file.catalog,
  });

  it('stores both and reads them back, in English and Spanish', async () => {
    const created = await send('POST', '/api/v1/programs', body('nursing-options'));
    expect(created.statusCode, created.body).toBe(201);
    const saved = created.json<TProgramSaved>();
    expect(saved.findings.filter((f) => f.severity === 'error')).toEqual([]);

    // Read back from the stored rows alone: the catalog is resolved, not the one sent.
    for (const [lang, note] of [
      ['en', 'Patient care'],
      ['es', 'Atención'],
    ] as const) {
      const res = await send('GET', `/api/v1/programs/nursing-options?lang=${lang}`);
      expect(res.statusCode, res.body).toBe(200);
      const detail = res.json<TProgramDetail>();
      const grade12 = detail.steps.find((s) => s.level === 'grade-12')!;
      expect(grade12.credentialChoices![0]!.note).toBe(note);
      const [cna, pct] = grade12.credentialChoices![0]!.credentials;
      expect([cna!.id, pct!.id]).toEqual(['cna', 'pct']);
      expect(cna!.earlyCredit?.map((e) => [e.id, e.course.code, e.credits])).toEqual([
        ['cna-hca-110', 'HCA 110', 6],
      ]);
      expect(detail.document.catalog.creditAgreements).toContainEqual(
        expect.objectContaining({ id: 'cna-hca-110', credentialId: 'cna' }),
      );
    }
  });

  it('are in the OpenAPI document: the request and the program detail', async () => {
    const doc = JSON.stringify((await app.inject({ url: '/api/openapi.json' })).json());
    for (const word of ['credential_credit', 'credentialChoices'])
      expect(doc, word).toContain(`"${word}"`);
  });

  it('refuses a bad credential credit naming the field, and saves nothing', async () => {
    const missing = modify(nursingWithCredentialOptions(), (f) => {
      delete f.catalog.creditAgreements[0]!.credentialId;
    });
    const noCredential = await send('POST', '/api/v1/programs', body('broken-cc', missing));
    expect(noCredential.statusCode, noCredential.body).toBe(400);
    expect(noCredential.json().error.field).toBe('catalog.creditAgreements.0.credentialId');

    const ghost = modify(nursingWithCredentialOptions(), (f) => {
      f.catalog.creditAgreements.push(credentialCredit('ghost-cc', 'no-such-cert', 'hca-110'));
    });
    const unknown = await send('POST', '/api/v1/programs', body('broken-cc', ghost));
    expect(unknown.statusCode, unknown.body).toBe(400);
    expect(unknown.json().error.field).toBe('catalog.creditAgreements.2.credentialId');
    expect(unknown.json().error.message).toContain('"no-such-cert"');

    const wholeChoice = modify(nursingWithCredentialOptions(), (f) => {
      stepOf(f, 'grade-12').credentialChoices![0]!.choose = 2;
    });
    const all = await send('POST', '/api/v1/programs', body('broken-cc', wholeChoice));
    expect(all.statusCode, all.body).toBe(400);
    expect(all.json().error.field).toBe('program.steps.3.credentialChoices.0.choose');

    expect((await send('GET', '/api/v1/programs/broken-cc')).statusCode).toBe(404);
    const stored = await runtime.programs.catalog.findCatalog({
      institutions: [],
      courses: [],
      credentials: ['no-such-cert', 'cna'],
    });
    expect(stored.creditAgreements.map((a) => a.id)).not.toContain('ghost-cc');
  });

  it('never answers 5xx to a mutated program with credential options (fuzz)', async () => {
    const seed = body('fuzz-options');
    const sources = fc.record({
      type: fc.constantFrom('credential_credit', 'dual_credit', 'bogus', undefined),
      credentialId: fc.constantFrom('cna', 'pct', 'no-such-cert', '', 'x\u0000', 7, undefined),
      secondaryCourseId: fc.constantFrom('nurse-aide', 'hca-110', 'nope', undefined),
      secondaryInstitutionId: fc.constantFrom('hs', 'nowhere', undefined),
    });
    const choice = fc.record({
      choose: fc.oneof(fc.integer({ min: -1, max: 4 }), fc.constant('one')),
      credentials: fc.array(fc.constantFrom('cna', 'pct', 'rn', 'ghost', ''), { maxLength: 4 }),
    });
    const variant = fc.tuple(sources, fc.array(choice, { maxLength: 2 })).map(([s, choices]) => {
      const draft = structuredClone(seed);
      const agreement = draft.catalog.creditAgreements[0] as Record<string, unknown>;
      for (const [key, value] of Object.entries(s))
        if (value === undefined) delete agreement[key];
        else agreement[key] = value;
      (draft.program.steps[3] as Record<string, unknown>).credentialChoices = choices;
      return draft as unknown;
    });
    const failures: string[] = [];
    const statuses = new Set<number>();
    await fc.assert(
      fc.asyncProperty(fc.oneof(variant, mutatedFrom(seed), fc.constant(seed)), async (payload) => {
        const res = await send('POST', '/api/v1/programs', payload);
        statuses.add(res.statusCode);
        if (res.statusCode >= 500)
          failures.push(`${res.statusCode}: ${JSON.stringify(payload).slice(0, 400)}`);
        // Once saved, the same id conflicts: later runs then check the PUT path too.
        if (res.statusCode === 201) {
          const again = await send('PUT', '/api/v1/programs/fuzz-options', payload);
          statuses.add(again.statusCode);
          if (again.statusCode >= 500) failures.push(`PUT ${again.statusCode}`);
        }
      }),
      { numRuns: 60 },
    );
    expect(failures).toEqual([]);
    // The fuzz reached the saves as well as the refusals.
    expect(statuses.has(201) || statuses.has(409)).toBe(true);
    expect(statuses.has(400)).toBe(true);
  }, 300_000);
});
