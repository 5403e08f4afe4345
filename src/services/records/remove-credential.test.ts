/**
 * Removing a credential imported in error (both engines): the record goes, the audit log says who
 * removed which credential of which student; while it was stored a roster could not lower the Y,
 * and once the student holds no named credential the roster's N is the fact again, at once. A
 * student of another district, a credential the catalog lacks or one the student does not hold is
 * refused naming the field, in English and Spanish, and nothing changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import { credential } from '../../domain/program/test-builders.ts';
import type { Runtime } from '../../runtime.ts';
import { CLI } from '../accounts/caller.ts';
import { importCredentials } from './import-credentials.ts';
import { importStudents } from './import-students.ts';
import { removeStudentCredential } from './remove-credential.ts';
import { csv, recordsWorld, ROSTER_HEADER } from './test-world.ts';

describe.each(testEngines())('removing a credential a student earned on $name', (engine) => {
  let runtime: Runtime;
  const ids: Record<string, string> = {};
  const roster = (rusd: string[], districtId = 'rusd') =>
    importStudents(
      runtime.records,
      CLI,
      { name: 's.csv', text: csv(`${ROSTER_HEADER},credential_earned`, rusd) },
      { districtId },
    );
  const fact = async (key: string, districtId = 'rusd') =>
    (await runtime.records.roster.facts(districtId, ids[key]!)).get('credential_earned') ?? null;
  const held = async (key: string, districtId = 'rusd') =>
    (await runtime.records.credentials.ofStudent(districtId, ids[key]!)).map((c) => c.credentialId);
  const remove = (student: string, credentialName: string, districtId = 'rusd') =>
    removeStudentCredential(runtime.records, CLI, {
      districtId,
      student,
      credential: credentialName,
    });

  beforeAll(async () => {
    runtime = await engine.open();
    await runtime.seed();
    await recordsWorld(runtime);
    const catalog = runtime.records.catalog;
    await catalog.upsertCredential(
      credential('comptia-a', 'CompTIA A+', 'industry_certification'),
      'rusd',
    );
    await catalog.upsertCredential(
      credential('cna', 'Certified Nursing Assistant', 'license', {
        title: { en: 'Certified Nursing Assistant', es: 'Asistente de Enfermería Certificado' },
      }),
      'rusd',
    );
    await roster([
      'R1,rhs,Ana,Ruiz,ana@rusd.test,12,2027,N',
      'R2,rhs,Ben,Ortiz,ben@rusd.test,12,2027,N',
    ]);
    await roster(['O1,other-high,Oli,Vera,oli@other.test,12,2027,N'], 'other');
    for (const [district, keys] of [
      ['rusd', ['R1', 'R2']],
      ['other', ['O1']],
    ] as const)
      for (const [key, s] of await runtime.records.roster.byLocalIds(district, [...keys]))
        ids[key] = s.userId;
    for (const [district, rows] of [
      ['rusd', ['R1,CompTIA A+,2026-05-04', 'R1,cna,2026-04-01', 'R2,comptia-a,2026-03-02']],
      ['other', ['O1,CompTIA A+,2026-05-04']],
    ] as const)
      await importCredentials(
        runtime.records,
        CLI,
        { name: 'c.csv', text: csv('student_id,credential,date_earned', [...rows]) },
        { districtId: district },
      );
  }, 300_000);
  afterAll(async () => {
    await runtime?.close();
  });

  it('removes one record, audited; the roster lowers the Y only once none is held', async () => {
    // While a named credential is stored, a roster's N does not lower the Y.
    await roster(['R1,rhs,Ana,Ruiz,ana@rusd.test,12,2027,N']);
    expect(await fact('R1')).toBe('Y');

    const first = await remove('R1', 'Certified Nursing Assistant');
    expect(first).toMatchObject({
      studentId: ids.R1,
      localId: 'R1',
      credentialId: 'cna',
      earnedOn: '2026-04-01',
      remaining: 1,
      credentialEarned: 'Y',
    });
    expect(await held('R1')).toEqual(['comptia-a']);
    await roster(['R1,rhs,Ana,Ruiz,ana@rusd.test,12,2027,N']);
    expect(await fact('R1'), 'still holds CompTIA A+').toBe('Y');

    // The student by user id, the credential by its id written in another case.
    const last = await remove(ids.R1!, 'COMPTIA-A');
    // At once the roster's own N, with no roster import in between.
    expect(last).toMatchObject({ credentialId: 'comptia-a', remaining: 0, credentialEarned: 'N' });
    expect(await held('R1')).toEqual([]);
    expect(await fact('R1'), 'the roster is taken as written again').toBe('N');
    await roster(['R1,rhs,Ana,Ruiz,ana@rusd.test,12,2027,Y']);
    expect(await fact('R1')).toBe('Y');
    // Another student's record and the other district's stay, with their facts.
    expect(await held('R2')).toEqual(['comptia-a']);
    expect(await held('O1', 'other')).toEqual(['comptia-a']);
    expect([await fact('R2'), await fact('O1', 'other')]).toEqual(['Y', 'Y']);

    const logged = await runtime.database.db
      .selectFrom('audit_log')
      .select(['target_id', 'district_id', 'detail', 'outcome'])
      .where('action', '=', 'records.remove_credential')
      .orderBy('id')
      .execute();
    expect(logged.map((r) => [r.target_id, r.district_id, r.outcome, r.detail])).toEqual([
      [
        ids.R1,
        'rusd',
        'ok',
        { credential: 'cna', earnedOn: '2026-04-01', remaining: 1, via: 'cli' },
      ],
      [
        ids.R1,
        'rusd',
        'ok',
        { credential: 'comptia-a', earnedOn: '2026-05-04', remaining: 0, via: 'cli' },
      ],
    ]);
  });

  it('refuses, naming the field in English and Spanish, and changes nothing', async () => {
    const cases = [
      // The other district's student, by local id and by user id, under this district.
      { call: () => remove('O1', 'comptia-a'), code: 'not_found', field: 'studentId' },
      { call: () => remove(ids.O1!, 'comptia-a'), code: 'not_found', field: 'studentId' },
      { call: () => remove('R2', 'CompTIA A'), code: 'not_found', field: 'credentialId' },
      { call: () => remove('R2', 'cna'), code: 'not_found', field: 'credentialId' },
      { call: () => remove('R2', 'comptia-a', 'nowhere'), code: 'not_found', field: 'district' },
    ];
    for (const c of cases) {
      const error = await c.call().then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, c.field).toMatchObject({ code: c.code, field: c.field });
      const { message, translations } = error as { message: string; translations: { es: string } };
      expect(translations.es, message).not.toBe(message);
      expect(translations.es.length).toBeGreaterThan(10);
    }
    await expect(remove('R2', 'cna')).rejects.toMatchObject({
      message: expect.stringContaining('holds no credential cna'),
      translations: { es: expect.stringContaining('no tiene la credencial cna') },
    });
    expect(await held('R2')).toEqual(['comptia-a']);
    expect(await held('O1', 'other')).toEqual(['comptia-a']);
  });
});
