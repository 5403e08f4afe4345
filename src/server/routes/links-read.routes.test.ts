/**
 * The links page's reads (both engines): `GET /api/v1/districts/{id}/students/{studentId}/links`
 * and `GET /api/v1/districts/{id}/link-students?q=`. Only the district's admin (or the state's)
 * reads them; another district's student is "no such student"; every read is audited with ids
 * only (never the words searched); refusals come in the reader's language; a fuzz of the paths
 * and queries never gets a 5xx nor anything of another district.
 */
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/app.ts';
import { sessionHeaders } from '../../../test/auth.ts';
import { testEngines } from '../../../test/databases.ts';
import type { TLinkStudentResults, TStudentLinks } from '../../contracts/links.ts';
import type { Runtime } from '../../runtime.ts';
import { CLI } from '../../services/accounts/caller.ts';
import { assignCaseload, linkGuardian } from '../../services/accounts/link-students.ts';
import { addUsers, importRosters, recordsWorld } from '../../services/records/test-world.ts';

const linksUrl = (district: string, student: string) =>
  `/api/v1/districts/${district}/students/${encodeURIComponent(student)}/links`;
const searchUrl = (district: string, q: string) =>
  `/api/v1/districts/${district}/link-students?q=${encodeURIComponent(q)}`;

describe.each(testEngines())("reading a student's links through the API on $name", (engine) => {
  let runtime: Runtime;
  let app: FastifyInstance;
  const ids: Record<string, string> = {};
  const headers: Record<string, Record<string, string>> = {};
  const get = (who: string | null, path: string, lang?: string) =>
    app.inject({
      method: 'GET',
      url: path,
      headers: { ...(who ? headers[who] : {}), ...(lang ? { 'accept-language': lang } : {}) },
    });
  const auditOf = (action: string) =>
    runtime.database.db
      .selectFrom('audit_log')
      .select(['actor_id', 'target_id', 'district_id', 'detail', 'outcome'])
      .where('action', '=', action)
      .orderBy('id')
      .execute();

  beforeAll(async () => {
    runtime = await engine.open();
    await recordsWorld(runtime);
    await importRosters(runtime, {
      rusd: ['R1,rhs,Ana,Ruiz,r1@read.test,11,2027', 'R2,rhs,Ben,Ortiz,r2@read.test,10,2028'],
      other: ['O1,other-high,Ana,Vera,o1@read.test,11,2027'],
    });
    Object.assign(
      ids,
      await addUsers(runtime, 'read.test', [
        ['guardian', 'guardian', 'rhs'],
        ['counselor', 'counselor', 'rhs'],
        ['farGuardian', 'guardian', 'other-high'],
        ['admin', 'district_admin', 'rusd'],
        ['otherAdmin', 'district_admin', 'other'],
        ['state', 'state_admin', 'state'],
        ['student', 'student', 'rhs'],
      ]),
    );
    const deps = runtime.accounts.deps;
    await linkGuardian(deps, CLI, { student: 'r1@read.test', guardian: 'guardian@read.test' });
    await assignCaseload(deps, CLI, { student: 'r1@read.test', counselor: 'counselor@read.test' });
    await linkGuardian(deps, CLI, { student: 'o1@read.test', guardian: 'farGuardian@read.test' });
    for (const [district, key] of [
      ['rusd', 'R1'],
      ['other', 'O1'],
    ] as const)
      ids[key] = (await runtime.records.roster.byLocalIds(district, [key])).get(key)!.userId;
    app = await buildTestApp(runtime);
    for (const key of ['guardian', 'counselor', 'admin', 'otherAdmin', 'state', 'student'])
      headers[key] = await sessionHeaders(runtime, ids[key]!);
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    await runtime?.close();
  });

  it("shows the district's admin and the state's a student's links, audited with ids", async () => {
    for (const [who, student] of [
      ['admin', 'R1'],
      ['state', ids.R1!],
    ] as const) {
      const res = await get(who, linksUrl('rusd', student));
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.json<TStudentLinks>()).toEqual({
        districtId: 'rusd',
        student: { id: ids.R1, localId: 'R1', name: 'Ana Ruiz' },
        guardians: [{ id: ids.guardian, name: 'guardian', email: 'guardian@read.test' }],
        counselors: [{ id: ids.counselor, name: 'counselor', email: 'counselor@read.test' }],
      });
    }
    const log = await auditOf('records.links_read');
    expect(log.filter((e) => e.outcome === 'ok')).toEqual(
      ['admin', 'state'].map((who) => ({
        actor_id: ids[who],
        target_id: ids.R1,
        district_id: 'rusd',
        detail: { guardians: [ids.guardian], counselors: [ids.counselor] },
        outcome: 'ok',
      })),
    );
  });

  it('finds students by part of the name or local id, in the district only, audited', async () => {
    const found = await get('admin', searchUrl('rusd', 'ana'));
    expect(found.statusCode, found.body).toBe(200);
    expect(found.json<TLinkStudentResults>()).toEqual({
      items: [{ id: ids.R1, localId: 'R1', name: 'Ana Ruiz', grade: 11, schoolName: 'rhs' }],
      more: false,
    });
    const byLocal = await get('admin', searchUrl('rusd', 'r'));
    expect(byLocal.json<TLinkStudentResults>().items.map((s) => s.localId)).toEqual(['R1', 'R2']);
    // A pattern character is taken literally.
    expect((await get('admin', searchUrl('rusd', '%'))).json<TLinkStudentResults>().items).toEqual(
      [],
    );
    const log = await auditOf('records.link_students_search');
    expect(log.slice(0, 2)).toEqual([
      {
        actor_id: ids.admin,
        target_id: 'rusd',
        district_id: 'rusd',
        detail: { students: [ids.R1] },
        outcome: 'ok',
      },
      {
        actor_id: ids.admin,
        target_id: 'rusd',
        district_id: 'rusd',
        detail: { students: [ids.R1, expect.any(String)] },
        outcome: 'ok',
      },
    ]);
    expect(JSON.stringify(log)).not.toContain('ana');
  });

  it('declares the reads with records.link_read and the removals with records.link_remove', () => {
    const declared = app.routeActions
      .filter((r) => r.method !== 'HEAD' && r.url.startsWith('/api/v1/districts/:id/'))
      .filter((r) => /link|\/guardians\/|\/caseload\//.test(r.url))
      .map((r) => `${r.method} ${r.url} ${r.action}`)
      .sort();
    expect(declared).toEqual([
      'DELETE /api/v1/districts/:id/students/:studentId/caseload/:counselorId records.link_remove',
      'DELETE /api/v1/districts/:id/students/:studentId/guardians/:guardianId records.link_remove',
      'GET /api/v1/districts/:id/link-students records.link_read',
      'GET /api/v1/districts/:id/students/:studentId/links records.link_read',
    ]);
  });

  it("refuses others and another district's student, in English and Spanish", async () => {
    expect((await get(null, linksUrl('rusd', 'R1'))).statusCode).toBe(401);
    for (const who of ['otherAdmin', 'counselor', 'guardian', 'student']) {
      expect((await get(who, linksUrl('rusd', 'R1'))).statusCode, who).toBe(403);
      expect((await get(who, searchUrl('rusd', 'ana'))).statusCode, who).toBe(403);
    }
    // The roles that may never read links are stopped before the service; the other district's
    // admin reaches it, and the refusal is logged under the read permission, not the removal's.
    expect(await auditOf('records.link_remove')).toEqual([]);
    const denied = await auditOf('records.link_read');
    expect(denied.map((e) => [e.actor_id, e.outcome, e.target_id])).toEqual([
      [ids.otherAdmin, 'denied', 'rusd'],
      [ids.otherAdmin, 'denied', 'rusd'],
    ]);
    const elsewhere = await get('otherAdmin', linksUrl('other', 'R1'));
    expect(elsewhere.statusCode).toBe(404);
    expect(elsewhere.json().error.field).toBe('studentId');
    const enEs = await get('otherAdmin', linksUrl('other', ids.R1!), 'es');
    expect(enEs.statusCode).toBe(404);
    expect(enEs.json().error.message).toContain('no tiene el estudiante');
    const other = await get('otherAdmin', searchUrl('other', 'ana'));
    expect(other.json<TLinkStudentResults>().items.map((s) => s.id)).toEqual([ids.O1]);
    const nul = await get('admin', '/api/v1/districts/rusd/students/R1%00/links');
    expect(nul.statusCode).toBe(400);
    expect(nul.json().error.field).toBe('studentId');
    const blank = await get('admin', searchUrl('rusd', '\u0000'), 'es');
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error).toMatchObject({
      field: 'q',
      message: expect.stringContaining('no válido'),
    });
  });

  it("never answers 5xx, and shows nothing of another district's", async () => {
    const text = fc.oneof(
      fc.constantFrom(ids.R1!, ids.O1!, 'R1', 'O1', 'ana', '%', '_', '\\', ' x ', '\u0000'),
      fc.string({ minLength: 1, maxLength: 40 }),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('admin', 'otherAdmin', 'counselor'),
        fc.constantFrom('rusd', 'other', 'no-such'),
        fc.boolean(),
        text,
        fc.constantFrom('', 'es', 'xx'),
        async (who, district, search, value, lang) => {
          let path: string;
          try {
            path = search ? searchUrl(district, value) : linksUrl(district, value);
          } catch {
            path = `/api/v1/districts/${district}/students/%FF/links`;
          }
          const res = await get(who, path, lang || undefined);
          expect(res.statusCode, `${who} ${res.body}`).toBeLessThan(500);
          if (res.statusCode === 200) {
            expect(who).toBe(district === 'rusd' ? 'admin' : 'otherAdmin');
            const body = res.json<TStudentLinks | TLinkStudentResults>();
            const seen = 'items' in body ? body.items.map((s) => s.id) : [body.student.id];
            expect(seen).not.toContain(district === 'rusd' ? ids.O1 : ids.R1);
          }
        },
      ),
      { numRuns: engine.name === 'pglite' ? 300 : 150, seed: 20261128 },
    );
  }, 300_000);
});
