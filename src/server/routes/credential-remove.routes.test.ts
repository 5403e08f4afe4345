/**
 * `DELETE /api/v1/districts/{id}/students/{studentId}/credentials/{credentialId}` (both engines):
 * a district admin removes a credential imported in error (audited with who and what); other
 * roles and another district's admin are refused, another district's student is not found under
 * this district, a problem names its field in the reader's language; and a fuzz of the path never
 * gets a 5xx, nor a removal outside the caller's district.
 */
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/app.ts';
import { buildWorld, sessionHeaders, type World } from '../../../test/auth.ts';
import { testEngines } from '../../../test/databases.ts';
import type { TCredentialRemoval } from '../../contracts/records.ts';
import { credential } from '../../domain/program/test-builders.ts';
import type { Runtime } from '../../runtime.ts';
import { csv, ROSTER_HEADER } from '../../services/records/test-world.ts';

const url = (district: string, student: string, cred: string) =>
  `/api/v1/districts/${district}/students/${encodeURIComponent(student)}/credentials/${encodeURIComponent(cred)}`;

describe.each(testEngines())('removing a student credential through the API on $name', (engine) => {
  let runtime: Runtime;
  let app: FastifyInstance;
  let world: World;
  const headers: Record<string, Record<string, string>> = {};

  const load = async (district: 'da' | 'db', local: string, who: Record<string, string>) => {
    for (const [kind, body] of [
      [
        'students',
        csv(ROSTER_HEADER, [`${local},${district}-high,Ana,Lopez,${local}@x.test,11,2027`]),
      ],
      [
        'credentials',
        csv('student_id,credential,date_earned', [
          `${local},CompTIA A+,2026-05-04`,
          `${local},cna,2026-04-01`,
        ]),
      ],
    ] as const) {
      const res = await app.inject({
        method: 'POST',
        url: `/api/v1/districts/${district}/${kind}/import`,
        headers: { ...who, 'content-type': 'text/csv' },
        payload: body,
      });
      expect(res.statusCode, res.body).toBe(200);
    }
  };
  const held = async (district: string, local: string) => {
    const s = (await runtime.records.roster.byLocalIds(district, [local])).get(local)!;
    return (await runtime.records.credentials.ofStudent(district, s.userId)).map(
      (c) => c.credentialId,
    );
  };

  beforeAll(async () => {
    runtime = await engine.open();
    world = await buildWorld(runtime);
    app = await buildTestApp(runtime);
    const [a, b] = world.districts;
    headers.adminA = await sessionHeaders(runtime, a.users.district_admin);
    headers.adminB = await sessionHeaders(runtime, b.users.district_admin);
    headers.counselorA = await sessionHeaders(runtime, a.users.counselor);
    headers.schoolAdminA = await sessionHeaders(runtime, a.users.school_admin);
    headers.state = await sessionHeaders(runtime, world.stateAdmin);
    const catalog = runtime.records.catalog;
    await catalog.upsertCredential(
      credential('comptia-a', 'CompTIA A+', 'industry_certification'),
      null,
    );
    await catalog.upsertCredential(
      credential('cna', 'Certified Nursing Assistant', 'license'),
      null,
    );
    await load('da', 'L1', headers.adminA);
    await load('db', 'M1', headers.adminB);
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    await runtime?.close();
  });

  it('lets only an admin of the district remove the record, audited with who and what', async () => {
    const send = (who: string, path: string) =>
      app.inject({ method: 'DELETE', url: path, headers: headers[who] });
    expect((await app.inject({ method: 'DELETE', url: url('da', 'L1', 'cna') })).statusCode).toBe(
      401,
    );
    for (const who of ['counselorA', 'schoolAdminA', 'adminB'])
      expect((await send(who, url('da', 'L1', 'cna'))).statusCode, who).toBe(403);
    // The other district's student, under the caller's own district: no such student there.
    const elsewhere = await send('adminB', url('db', 'L1', 'cna'));
    expect(elsewhere.statusCode).toBe(404);
    expect(elsewhere.json().error.field).toBe('studentId');
    expect(await held('da', 'L1')).toEqual(['cna', 'comptia-a']);

    const res = await send('adminA', url('da', 'L1', 'Certified Nursing Assistant'));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<TCredentialRemoval>()).toMatchObject({
      districtId: 'da',
      localId: 'L1',
      credentialId: 'cna',
      earnedOn: '2026-04-01',
      remaining: 1,
      credentialEarned: 'Y',
    });
    expect(await held('da', 'L1')).toEqual(['comptia-a']);
    const log = await runtime.database.db
      .selectFrom('audit_log')
      .select(['actor_id', 'target_id', 'district_id', 'detail'])
      .where('action', '=', 'records.remove_credential')
      .execute();
    expect(log).toEqual([
      {
        actor_id: world.districts[0].users.district_admin,
        target_id: res.json<TCredentialRemoval>().studentId,
        district_id: 'da',
        detail: { credential: 'cna', earnedOn: '2026-04-01', remaining: 1 },
      },
    ]);

    const again = await send('adminA', `${url('da', 'L1', 'cna')}?lang=es`);
    expect(again.statusCode).toBe(404);
    expect(again.json().error).toMatchObject({
      field: 'credentialId',
      message: 'El estudiante L1 no tiene la credencial cna (credentialId).',
    });
    const unknown = await send('adminA', url('da', 'L1', 'CompTIA A'));
    expect(unknown.json().error).toMatchObject({
      field: 'credentialId',
      message: expect.stringContaining('The catalog has no credential CompTIA A'),
    });
    // A state admin may remove one in any district.
    expect((await send('state', url('db', 'M1', 'cna'))).statusCode).toBe(200);
    expect(await held('db', 'M1')).toEqual(['comptia-a']);
  });

  it("never answers 5xx to any path, and removes nothing outside the caller's district", async () => {
    const text = fc.oneof(
      fc.constantFrom('L1', 'M1', 'comptia-a', 'CompTIA A+', 'cna', ' L1 ', 'COMPTIA-A'),
      fc.string({ minLength: 1, maxLength: 40 }),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('adminA', 'adminB', 'counselorA'),
        fc.constantFrom('da', 'db', 'no-such'),
        text,
        text,
        fc.constantFrom('', '?lang=es', '?lang=xx'),
        async (who, district, student, cred, query) => {
          const res = await app.inject({
            method: 'DELETE',
            url: `${url(district, student, cred)}${query}`,
            headers: headers[who],
          });
          expect(res.statusCode, `${who} ${res.body}`).toBeLessThan(500);
          if (res.statusCode === 200) {
            expect(who).toBe(district === 'da' ? 'adminA' : 'adminB');
            expect(res.json<TCredentialRemoval>().districtId).toBe(district);
          }
        },
      ),
      { numRuns: engine.name === 'pglite' ? 300 : 150, seed: 20261127 },
    );
  }, 300_000);
});
