/**
 * `DELETE /api/v1/districts/{id}/students/{studentId}/guardians/{guardianId}` and
 * `…/caseload/{counselorId}` (both engines): only the district's admin (or the state's) ends a
 * link; access ends at once: a guardian and a counselor who read the student's plan a moment ago,
 * with the same (cached) session, are refused on the very next read; problems name their field
 * in the reader's language, and a fuzz of the paths never gets a 5xx nor a removal outside the
 * caller's district.
 */
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/app.ts';
import { sessionHeaders } from '../../../test/auth.ts';
import { testEngines } from '../../../test/databases.ts';
import { countRows } from '../../../test/route-app.ts';
import type { TLinkRemoval } from '../../contracts/links.ts';
import type { Runtime } from '../../runtime.ts';
import { CLI } from '../../services/accounts/caller.ts';
import { assignCaseload, linkGuardian } from '../../services/accounts/link-students.ts';
import { addUsers, recordsWorld } from '../../services/records/test-world.ts';

const PROGRAM = 'riverside-software-development';
const url = (district: string, student: string, kind: 'guardians' | 'caseload', adult: string) =>
  `/api/v1/districts/${district}/students/${encodeURIComponent(student)}/${kind}/${encodeURIComponent(adult)}`;

describe.each(testEngines())(
  'ending guardian and caseload links through the API on $name',
  (engine) => {
    let runtime: Runtime;
    let app: FastifyInstance;
    const ids: Record<string, string> = {};
    const headers: Record<string, Record<string, string>> = {};
    const send = (
      who: string | null,
      method: 'GET' | 'DELETE' | 'POST',
      path: string,
      payload?: object,
    ) =>
      app.inject({
        method,
        url: path,
        headers: who ? headers[who] : {},
        ...(payload ? { payload } : {}),
      });
    const count = (table: 'guardian_link' | 'caseload') => countRows(runtime, table);

    beforeAll(async () => {
      runtime = await engine.open();
      await runtime.seed();
      await runtime.seedDemoRegion();
      await recordsWorld(runtime);
      Object.assign(
        ids,
        await addUsers(runtime, 'links.test', [
          ['student', 'student', 'rhs'],
          ['faraway', 'student', 'other-high'],
          ['guardian', 'guardian', 'rhs'],
          ['counselor', 'counselor', 'rhs'],
          ['farGuardian', 'guardian', 'other-high'],
          ['farCounselor', 'counselor', 'other-high'],
          ['admin', 'district_admin', 'rusd'],
          ['otherAdmin', 'district_admin', 'other'],
          ['schoolAdmin', 'school_admin', 'rhs'],
          ['state', 'state_admin', 'state'],
        ]),
      );
      const deps = runtime.accounts.deps;
      await linkGuardian(deps, CLI, {
        student: 'student@links.test',
        guardian: 'guardian@links.test',
      });
      await assignCaseload(deps, CLI, {
        student: 'student@links.test',
        counselor: 'counselor@links.test',
      });
      await linkGuardian(deps, CLI, {
        student: 'faraway@links.test',
        guardian: 'farGuardian@links.test',
      });
      await assignCaseload(deps, CLI, {
        student: 'faraway@links.test',
        counselor: 'farCounselor@links.test',
      });
      app = await buildTestApp(runtime);
      // One session each for the whole file: the second read of a session comes from the cache.
      for (const key of Object.keys(ids)) headers[key] = await sessionHeaders(runtime, ids[key]!);
    }, 300_000);
    afterAll(async () => {
      await app?.close();
      await runtime?.close();
    });

    it('lets only an admin of the district end a link, audited with ids only', async () => {
      const guardianLink = url('rusd', ids.student!, 'guardians', 'guardian@links.test');
      expect((await send(null, 'DELETE', guardianLink)).statusCode).toBe(401);
      for (const who of ['counselor', 'guardian', 'schoolAdmin', 'otherAdmin', 'student'])
        expect((await send(who, 'DELETE', guardianLink)).statusCode, who).toBe(403);
      // The other district's student and guardian, under the caller's own district.
      const elsewhere = await send(
        'otherAdmin',
        'DELETE',
        url('other', ids.student!, 'guardians', ids.guardian!),
      );
      expect(elsewhere.statusCode).toBe(404);
      expect(elsewhere.json().error.field).toBe('studentId');
      const notHers = await send(
        'otherAdmin',
        'DELETE',
        url('other', ids.faraway!, 'guardians', ids.guardian!),
      );
      expect(notHers.statusCode).toBe(404);
      expect(notHers.json().error.field).toBe('guardianId');
      const nul = await send('admin', 'DELETE', `${url('rusd', ids.student!, 'caseload', 'x')}%00`);
      expect(nul.statusCode).toBe(400);
      expect(nul.json().error.field).toBe('counselorId');
      expect([await count('guardian_link'), await count('caseload')]).toEqual([2, 2]);

      // The state admin ends the far caseload link; the other district's admin its guardian link.
      const state = await send(
        'state',
        'DELETE',
        url('other', ids.faraway!, 'caseload', 'farcounselor@links.test'),
      );
      expect(state.statusCode, state.body).toBe(200);
      expect(state.json<TLinkRemoval>()).toEqual({
        districtId: 'other',
        kind: 'caseload',
        studentId: ids.faraway,
        localId: null,
        adultId: ids.farCounselor,
      });
      const own = await send(
        'otherAdmin',
        'DELETE',
        url('other', ids.faraway!, 'guardians', ids.farGuardian!),
      );
      expect(own.statusCode, own.body).toBe(200);
      const again = await send(
        'otherAdmin',
        'DELETE',
        `${url('other', ids.faraway!, 'guardians', ids.farGuardian!)}?lang=es`,
      );
      expect(again.statusCode).toBe(404);
      expect(again.json().error).toMatchObject({
        field: 'guardianId',
        message: expect.stringContaining('no está vinculado al estudiante'),
      });
      expect([await count('guardian_link'), await count('caseload')]).toEqual([1, 1]);
      const log = await runtime.database.db
        .selectFrom('audit_log')
        .select(['action', 'actor_id', 'target_id', 'district_id', 'detail'])
        .where('action', 'in', ['records.remove_guardian_link', 'records.remove_caseload_link'])
        .orderBy('id')
        .execute();
      expect(log).toEqual([
        {
          action: 'records.remove_caseload_link',
          actor_id: ids.state,
          target_id: ids.faraway,
          district_id: 'other',
          detail: { counselorId: ids.farCounselor },
        },
        {
          action: 'records.remove_guardian_link',
          actor_id: ids.otherAdmin,
          target_id: ids.faraway,
          district_id: 'other',
          detail: { guardianId: ids.farGuardian },
        },
      ]);
    });

    it('ends access at once: the next read of the same session is refused', async () => {
      const plan = `/api/v1/students/${ids.student}/plan`;
      const started = await send('counselor', 'POST', plan, { programId: PROGRAM });
      expect(started.statusCode, started.body).toBe(201);
      // Both read the plan, which puts their sessions (with the child and caseload ids) in the cache.
      for (const who of ['guardian', 'counselor'])
        expect((await send(who, 'GET', plan)).statusCode, who).toBe(200);

      const g = await send(
        'admin',
        'DELETE',
        url('rusd', ids.student!, 'guardians', 'guardian@links.test'),
      );
      expect(g.statusCode, g.body).toBe(200);
      expect([403, 404]).toContain((await send('guardian', 'GET', plan)).statusCode);
      expect((await send('counselor', 'GET', plan)).statusCode, 'the caseload link stays').toBe(
        200,
      );

      const c = await send(
        'admin',
        'DELETE',
        url('rusd', ids.student!, 'caseload', ids.counselor!),
      );
      expect(c.statusCode, c.body).toBe(200);
      expect([403, 404]).toContain((await send('counselor', 'GET', plan)).statusCode);
      expect((await send('student', 'GET', plan)).statusCode, 'the student still reads it').toBe(
        200,
      );
    });

    it("never answers 5xx to any path, and ends nothing outside the caller's district", async () => {
      const text = fc.oneof(
        fc.constantFrom(
          ids.student!,
          ids.faraway!,
          ids.guardian!,
          ids.counselor!,
          'guardian@links.test',
          'COUNSELOR@links.test',
          ' x ',
          '\u0000',
        ),
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
      );
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom('admin', 'otherAdmin', 'counselor'),
          fc.constantFrom('rusd', 'other', 'no-such'),
          fc.constantFrom('guardians', 'caseload') as fc.Arbitrary<'guardians' | 'caseload'>,
          text,
          text,
          fc.constantFrom('', '?lang=es', '?lang=xx'),
          async (who, district, kind, student, adult, query) => {
            let path: string;
            try {
              path = url(district, student, kind, adult);
            } catch {
              path = `/api/v1/districts/${district}/students/%FF/${kind}/%FE`;
            }
            const res = await send(who, 'DELETE', `${path}${query}`);
            expect(res.statusCode, `${who} ${res.body}`).toBeLessThan(500);
            if (res.statusCode === 200) {
              expect(who).toBe(district === 'rusd' ? 'admin' : 'otherAdmin');
              expect(res.json<TLinkRemoval>().districtId).toBe(district);
            }
          },
        ),
        { numRuns: engine.name === 'pglite' ? 300 : 150, seed: 20261128 },
      );
    }, 300_000);
  },
);
