/**
 * Credentials earned, imported and counted (both engines): a named credential earned while its
 * credential-credit agreement is in force brings the college course's credit to progress and the
 * plan; one earned outside the agreement's dates does not, with the reason; an unknown name is
 * refused naming line and column; a roster's yes/no fact alone keeps working as before; a later
 * roster whose credential_earned is N or empty does not erase a named credential's Y.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import { ZPlanGoals } from '../../contracts/plans.ts';
import { collegeCourse, credential, credentialCredit } from '../../domain/program/test-builders.ts';
import type { Runtime } from '../../runtime.ts';
import { CLI } from '../accounts/caller.ts';
import { presentMarks } from '../plans/plan-marks.ts';
import { earnedAgreements } from './credential-credit-earned.ts';
import { importCredentials } from './import-credentials.ts';
import { importStudents } from './import-students.ts';
import { studentProgress } from './student-progress.ts';
import { csv, recordsWorld, ROSTER_HEADER } from './test-world.ts';

const CREDENTIALS_HEADER = 'Student Number,Industry Credential,Date Earned';

describe.each(testEngines())('credentials earned on $name', (engine) => {
  let runtime: Runtime;
  const ids: Record<string, string> = {};
  const district = { districtId: 'rusd' };
  const load = (rows: string[], dryRun = false) =>
    importCredentials(
      runtime.records,
      CLI,
      { name: 'credentials.csv', text: csv(CREDENTIALS_HEADER, rows) },
      { ...district, dryRun },
    );
  const progress = (key: string, lang: 'en' | 'es' = 'en') =>
    studentProgress(runtime.records, CLI, { studentId: ids[key]!, lang });

  beforeAll(async () => {
    runtime = await engine.open();
    await runtime.seed();
    await recordsWorld(runtime);
    const catalog = runtime.records.catalog;
    await catalog.upsertInstitution({ id: 'college', kind: 'college', name: 'Valley CC' });
    await catalog.upsertCourse(collegeCourse('cis-110', 'CIS 110', 'Hardware', 'cte'), 'college');
    await catalog.upsertCourse(
      collegeCourse('hca-110', 'HCA 110', 'Patient Care', 'cte'),
      'college',
    );
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
    await catalog.upsertCreditAgreement(
      credentialCredit('a-plus-cis-110', 'comptia-a', 'cis-110', {
        credits: 4,
        effectiveFrom: '2024-07-01',
        effectiveTo: '2025-06-30',
      }),
      'college',
    );
    await catalog.upsertCreditAgreement(
      credentialCredit('cna-hca-110', 'cna', 'hca-110', {
        credits: 6,
        effectiveFrom: '2026-01-01',
      }),
      'college',
    );
    const roster = [
      'C1,rhs,Ana,Ruiz,ana@rusd.test,12,2027,',
      'C2,rhs,Ben,Ortiz,ben@rusd.test,12,2027,',
      'C3,rhs,Cy,Park,cy@rusd.test,12,2027,Y',
    ];
    await importStudents(
      runtime.records,
      CLI,
      { name: 's.csv', text: csv(`${ROSTER_HEADER},credential_earned`, roster) },
      district,
    );
    const students = await runtime.records.roster.byLocalIds('rusd', ['C1', 'C2', 'C3']);
    for (const [key, s] of students) ids[key] = s.userId;
  }, 300_000);
  afterAll(async () => {
    await runtime?.close();
  });

  it('refuses an unknown or repeated credential, naming line and column, and writes nothing', async () => {
    const unknown = load(['C1,CompTIA A+,2026-05-04', 'C2,CompTIA A,2026-05-04']);
    await expect(unknown).rejects.toMatchObject({
      field: 'credentials.csv:3:2',
      message: expect.stringContaining('no credential "CompTIA A" in the catalog'),
    });
    await expect(unknown).rejects.toMatchObject({
      translations: {
        es: expect.stringContaining('no hay ninguna credencial "CompTIA A" en el catálogo'),
      },
    });
    await expect(
      load(['C1,CompTIA A+,2026-05-04', 'C1,comptia-a,2026-05-05']),
    ).rejects.toMatchObject({
      field: 'credentials.csv:3:2',
      message: expect.stringContaining('repeats the credential of line 2'),
    });
    await expect(load(['C9,CompTIA A+,2026-05-04'])).rejects.toMatchObject({
      field: 'credentials.csv:2:1',
    });
    expect(await runtime.records.credentials.ofStudent('rusd', ids.C1!)).toEqual([]);
  });

  it('stores named credentials, sets the Perkins fact, and a second import changes nothing', async () => {
    const rows = [
      'C1,CompTIA A+,5/4/2025',
      'C2,Asistente de enfermería certificado,2025-12-15',
      'C2,comptia-a,2025-07-01',
    ];
    const dry = await load(rows, true);
    expect(dry).toMatchObject({ kind: 'credentials', inserted: 3, dryRun: true });
    expect(await runtime.records.credentials.ofStudent('rusd', ids.C1!)).toEqual([]);
    expect(await load(rows)).toMatchObject({ inserted: 3, updated: 0, unchanged: 0 });
    expect(await load(rows)).toMatchObject({ inserted: 0, updated: 0, unchanged: 3 });
    expect(await runtime.records.credentials.ofStudent('rusd', ids.C2!)).toEqual([
      { credentialId: 'comptia-a', earnedOn: '2025-07-01' },
      { credentialId: 'cna', earnedOn: '2025-12-15' },
    ]);
    expect((await runtime.records.roster.facts('rusd', ids.C1!)).get('credential_earned')).toBe(
      'Y',
    );
  });

  it('counts the college credit of a credential earned while its agreement is in force', async () => {
    const { credentialCredit: credit } = await progress('C1');
    expect(credit.credits).toBe(4);
    expect(credit.counted).toEqual([
      expect.objectContaining({
        credential: { id: 'comptia-a', title: 'CompTIA A+', titleLang: 'en' },
        earnedOn: '2025-05-04',
        agreementId: 'a-plus-cis-110',
        credits: 4,
        course: expect.objectContaining({ code: 'CIS 110' }),
        institution: 'Valley CC',
      }),
    ]);
    expect(credit.notCounted).toEqual([]);
  });

  it('does not count credit earned outside the agreement’s dates, and says why in both languages', async () => {
    const en = (await progress('C2')).credentialCredit;
    expect(en.credits).toBe(0);
    expect(en.counted).toEqual([]);
    expect(en.notCounted.map((l) => [l.agreementId, l.reason])).toEqual([
      ['a-plus-cis-110', 'expired'],
      ['cna-hca-110', 'not-yet'],
    ]);
    expect(en.notCounted[0]!.sentence).toBe(
      'CompTIA A+ was earned on 2025-07-01, after this agreement ended on 2025-06-30: CIS 110 is not counted',
    );
    const es = (await progress('C2', 'es')).credentialCredit;
    expect(es.notCounted[1]!.sentence).toBe(
      'Asistente de Enfermería Certificado se obtuvo el 2025-12-15, antes de que este acuerdo comenzara el 2026-01-01: HCA 110 no se cuenta',
    );
  });

  it('keeps a yes/no fact as it was: it names no credential and brings no credit', async () => {
    const { credentialCredit: credit } = await progress('C3');
    expect(credit).toEqual({ credentials: [], credits: 0, counted: [], notCounted: [] });
    expect((await runtime.records.roster.facts('rusd', ids.C3!)).get('credential_earned')).toBe(
      'Y',
    );
  });

  it('shows the plan’s credential credit as earned only where the records count it', async () => {
    const body = {
      programId: null,
      programVersion: null,
      courses: [],
      credentials: [
        { credentialId: 'comptia-a', level: 'grade-11' as const },
        { credentialId: 'cna', level: 'grade-12' as const },
      ],
      goals: ZPlanGoals.parse({}),
    };
    // After the A+ agreement ended: earned credit still shows; an unearned one would bring none.
    const today = new Date('2026-09-01T12:00:00Z');
    const marks = async (key: string) => {
      const student = (await runtime.records.roster.find(ids[key]!))!;
      const earned = await earnedAgreements(runtime.records, student);
      const shown = await presentMarks(runtime.records, body, 'en', today, earned);
      return Object.fromEntries(shown.credentials.map((c) => [c.credentialId, c.earlyCredit]));
    };
    const c1 = await marks('C1');
    expect(c1['comptia-a']).toEqual([
      expect.objectContaining({ id: 'a-plus-cis-110', earnedOn: '2025-05-04' }),
    ]);
    expect(c1.cna).toEqual([expect.not.objectContaining({ earnedOn: expect.anything() })]);
    const c3 = await marks('C3');
    expect(c3['comptia-a']).toBeUndefined();
    expect(c3.cna![0]!.earnedOn).toBeUndefined();
  });

  it('keeps Y where a later full roster says N or nothing for a holder of a named credential', async () => {
    // The nightly SIS refresh: C1 and C2 hold named credentials (N, empty), C3 only the fact.
    const roster = (c1: string, c2: string, c3: string) =>
      importStudents(
        runtime.records,
        CLI,
        {
          name: 'nightly.csv',
          text: csv(`${ROSTER_HEADER},credential_earned`, [
            `C1,rhs,Ana,Ruiz,ana@rusd.test,12,2027,${c1}`,
            `C2,rhs,Ben,Ortiz,ben@rusd.test,12,2027,${c2}`,
            `C3,rhs,Cy,Park,cy@rusd.test,12,2027,${c3}`,
          ]),
        },
        district,
      );
    const fact = async (key: string) =>
      (await runtime.records.roster.facts('rusd', ids[key]!)).get('credential_earned');
    const first = await roster('N', '', 'N');
    expect(first).toMatchObject({ updated: 1, credentialKept: { rows: 1, lines: [2] } });
    expect([await fact('C1'), await fact('C2'), await fact('C3')]).toEqual(['Y', 'Y', 'N']);
    expect(await runtime.records.credentials.ofStudent('rusd', ids.C1!)).toHaveLength(1);
    // The same file again: nothing changes, and the disagreement is still reported.
    expect(await roster('N', '', 'N')).toMatchObject({
      updated: 0,
      unchanged: 3,
      credentialKept: { rows: 1, lines: [2] },
    });
    // A roster that says Y is taken as written; one without the column leaves the facts alone.
    const yes = await roster('Y', 'Y', 'Y');
    expect(yes).toMatchObject({ updated: 1 });
    expect(yes.credentialKept).toBeUndefined();
    expect(await fact('C3')).toBe('Y');
  });
});
