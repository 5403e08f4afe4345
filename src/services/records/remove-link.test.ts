/**
 * Ending one guardian link or one caseload link (both engines): the link goes, only that one;
 * the audit log holds ids only; the adult's cached sessions are dropped at once (accessChanged).
 * A student, guardian or counselor of another district, a link that is not there, a blank or NUL
 * value are refused naming the field, in English and Spanish, and nothing changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import type { Runtime } from '../../runtime.ts';
import { CLI } from '../accounts/caller.ts';
import { assignCaseload, linkGuardian } from '../accounts/link-students.ts';
import { removeLink, type RemoveLinkOptions } from './remove-link.ts';
import { addUsers, importRosters, recordsWorld } from './test-world.ts';

describe.each(testEngines())('removing a guardian or caseload link on $name', (engine) => {
  let runtime: Runtime;
  const ids: Record<string, string> = {};
  const changed: string[][] = [];
  const links = async () => {
    const db = runtime.database.db;
    const g = await db.selectFrom('guardian_link').select(['guardian_id', 'student_id']).execute();
    const c = await db.selectFrom('caseload').select(['counselor_id', 'student_id']).execute();
    return [
      ...g.map((r) => `g ${r.guardian_id} ${r.student_id}`),
      ...c.map((r) => `c ${r.counselor_id} ${r.student_id}`),
    ].sort();
  };
  const remove = (o: Partial<RemoveLinkOptions> & Pick<RemoveLinkOptions, 'kind'>) =>
    removeLink(runtime.records, CLI, {
      districtId: 'rusd',
      student: 'R1',
      adult: o.kind === 'guardian' ? 'mom@links.test' : 'coach@links.test',
      ...o,
    });

  beforeAll(async () => {
    runtime = await engine.open();
    await recordsWorld(runtime);
    runtime.records.accessChanged = (userIds) => changed.push([...userIds]);
    await importRosters(runtime, {
      rusd: ['R1,rhs,Ana,Ruiz,r1@links.test,11,2027', 'R2,rhs,Ben,Ortiz,r2@links.test,11,2027'],
      other: ['O1,other-high,Oli,Vera,o1@links.test,11,2027'],
    });
    Object.assign(
      ids,
      await addUsers(runtime, 'links.test', [
        ['mom', 'guardian', 'rhs'],
        ['coach', 'counselor', 'rhs'],
        ['farMom', 'guardian', 'other-high'],
        ['farCoach', 'counselor', 'other-high'],
      ]),
    );
    const deps = runtime.accounts.deps;
    for (const s of ['r1', 'r2']) {
      await linkGuardian(deps, CLI, { student: `${s}@links.test`, guardian: 'mom@links.test' });
      await assignCaseload(deps, CLI, {
        student: `${s}@links.test`,
        counselor: 'coach@links.test',
      });
    }
    await linkGuardian(deps, CLI, { student: 'o1@links.test', guardian: 'farMom@links.test' });
    await assignCaseload(deps, CLI, { student: 'o1@links.test', counselor: 'farCoach@links.test' });
    for (const [district, key] of [
      ['rusd', 'R1'],
      ['rusd', 'R2'],
      ['other', 'O1'],
    ] as const)
      ids[key] = (await runtime.records.roster.byLocalIds(district, [key])).get(key)!.userId;
  }, 300_000);
  afterAll(async () => {
    await runtime?.close();
  });

  it('refuses, naming the field in English and Spanish, and changes nothing', async () => {
    const before = await links();
    const cases = [
      // Another district's student and adults, named under this district.
      {
        call: () => remove({ kind: 'guardian', student: 'O1' }),
        code: 'not_found',
        field: 'studentId',
      },
      {
        call: () => remove({ kind: 'guardian', student: ids.O1! }),
        code: 'not_found',
        field: 'studentId',
      },
      {
        call: () => remove({ kind: 'guardian', adult: 'farMom@links.test' }),
        code: 'not_found',
        field: 'guardianId',
      },
      {
        call: () => remove({ kind: 'caseload', adult: ids.farCoach! }),
        code: 'not_found',
        field: 'counselorId',
      },
      // The counselor named as a guardian, and the guardian as a counselor.
      {
        call: () => remove({ kind: 'guardian', adult: 'coach@links.test' }),
        code: 'not_found',
        field: 'guardianId',
      },
      {
        call: () => remove({ kind: 'caseload', adult: ids.mom! }),
        code: 'not_found',
        field: 'counselorId',
      },
      {
        call: () => remove({ kind: 'caseload', student: 'R1\u0000' }),
        code: 'invalid',
        field: 'studentId',
      },
      {
        call: () => remove({ kind: 'guardian', adult: 'mom\u0000@links.test' }),
        code: 'invalid',
        field: 'guardianId',
      },
      {
        call: () => remove({ kind: 'caseload', adult: '  ' }),
        code: 'invalid',
        field: 'counselorId',
      },
      {
        call: () => remove({ kind: 'guardian', districtId: 'nowhere' }),
        code: 'not_found',
        field: 'district',
      },
      {
        call: () => remove({ kind: 'guardian', districtId: 'rusd\u0000' }),
        code: 'not_found',
        field: 'district',
      },
    ];
    for (const c of cases) {
      const error = await c.call().then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, c.field).toMatchObject({ code: c.code, field: c.field });
      const { message, translations } = error as { message: string; translations: { es: string } };
      expect(translations.es, message).not.toBe(message);
      if (c.field !== 'district') expect(message).toContain(c.field);
    }
    expect(await links()).toEqual(before);
    expect(changed).toEqual([]);
  });

  it('removes exactly the one link, audited with ids only, and drops the cached sessions', async () => {
    const before = await links();
    // The student by local id, the guardian by email in another case.
    const g = await remove({ kind: 'guardian', adult: 'MOM@links.test' });
    expect(g).toEqual({
      districtId: 'rusd',
      kind: 'guardian',
      studentId: ids.R1,
      localId: 'R1',
      adultId: ids.mom,
    });
    // The student by user id, the counselor by user id.
    const c = await remove({ kind: 'caseload', student: ids.R1!, adult: ids.coach! });
    expect(c).toMatchObject({ kind: 'caseload', studentId: ids.R1, adultId: ids.coach });
    expect(await links()).toEqual(
      before.filter((l) => l !== `g ${ids.mom} ${ids.R1}` && l !== `c ${ids.coach} ${ids.R1}`),
    );
    expect(before.length - (await links()).length).toBe(2);
    expect(changed).toEqual([[ids.mom], [ids.coach]]);

    const again = await remove({ kind: 'guardian' }).catch((e: unknown) => e);
    expect(again).toMatchObject({
      code: 'not_found',
      field: 'guardianId',
      message: 'Guardian mom@links.test is not linked to student R1 (guardianId).',
      translations: {
        es: 'El tutor mom@links.test no está vinculado al estudiante R1 (guardianId).',
      },
    });

    const logged = await runtime.database.db
      .selectFrom('audit_log')
      .select(['action', 'target_id', 'district_id', 'detail', 'outcome'])
      .where('action', 'in', ['records.remove_guardian_link', 'records.remove_caseload_link'])
      .orderBy('id')
      .execute();
    expect(logged).toEqual([
      {
        action: 'records.remove_guardian_link',
        target_id: ids.R1,
        district_id: 'rusd',
        outcome: 'ok',
        detail: { guardianId: ids.mom, via: 'cli' },
      },
      {
        action: 'records.remove_caseload_link',
        target_id: ids.R1,
        district_id: 'rusd',
        outcome: 'ok',
        detail: { counselorId: ids.coach, via: 'cli' },
      },
    ]);
    // What a guardian's and a counselor's sessions read next.
    expect(await runtime.accounts.deps.students.childIds(ids.mom!)).toEqual([ids.R2]);
    expect(await runtime.accounts.deps.students.caseloadIds(ids.coach!)).toEqual([ids.R2]);
  });
});
