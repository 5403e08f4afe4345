import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import { editFile, oneRosterExample } from '../../../test/oneroster-example.ts';
import type { SourceFile } from '../../importers/import-plan.ts';
import { unzipPackage } from '../../importers/oneroster/oneroster-files.ts';
import type { Runtime } from '../../runtime.ts';
import { CLI } from '../accounts/caller.ts';
import { assignCaseload } from '../accounts/link-students.ts';
import { importOneRoster } from './import-oneroster.ts';
import { recordsWorld, countInDistrict } from './test-world.ts';

const edited = (name: string, edit: (text: string) => string) =>
  editFile(oneRosterExample(), name, edit);

describe.each(testEngines())('OneRoster import on $name', (engine) => {
  let runtime: Runtime;
  const district = { districtId: 'rusd' };
  const count = (table: 'student' | 'guardian_link' | 'caseload') =>
    countInDistrict(runtime, table);

  beforeAll(async () => {
    runtime = await engine.open();
    await recordsWorld(runtime);
  }, 300_000);
  afterAll(async () => {
    await runtime?.close();
  });

  it('refuses a bad package naming file:line:column, and writes nothing', async () => {
    const badGrade = edited('users.csv', (t) => t.replace(',u-pa-1,09,', ',u-pa-1,KG,'));
    await expect(importOneRoster(runtime.records, CLI, badGrade, district)).rejects.toMatchObject({
      field: 'users.csv:2:17',
      message: expect.stringContaining('grades: must be a grade from 06 to 12, not "KG"'),
    });
    for (const name of ['Ana\u0000', 'Ana\u0085', 'Ana\u202e'])
      await expect(
        importOneRoster(
          runtime.records,
          CLI,
          edited('users.csv', (t) => t.replace(',Ana,López,', `,${name},López,`)),
          district,
        ),
      ).rejects.toMatchObject({ code: 'invalid', field: 'users.csv:2:9' });
    const strayAgent = edited('users.csv', (t) => t.replace(',u-st-3,,', ',u-st-9,,'));
    await expect(importOneRoster(runtime.records, CLI, strayAgent, district)).rejects.toMatchObject(
      {
        field: 'users.csv:8:16',
      },
    );
    const elsewhere = edited('orgs.csv', (t) => t.replace(',school,cvhs,', ',school,zzz,'));
    await expect(importOneRoster(runtime.records, CLI, elsewhere, district)).rejects.toMatchObject({
      field: 'orgs.csv:4:6',
    });
    const noUsers = oneRosterExample().filter((f) => f.name !== 'users.csv');
    await expect(importOneRoster(runtime.records, CLI, noUsers, district)).rejects.toMatchObject({
      message: expect.stringContaining('the package has no users.csv'),
    });
    expect(await count('student')).toBe(0);
  });

  it('imports students, accounts, guardian links and caseloads once; a dry run counts', async () => {
    const dry = await importOneRoster(runtime.records, CLI, oneRosterExample(), {
      ...district,
      dryRun: true,
    });
    expect(dry.results.map((r) => [r.kind, r.inserted])).toEqual([
      ['students', 3],
      ['accounts', 6],
      ['guardian_links', 3],
      ['caseloads', 3],
      ['counselor_schools', 0],
    ]);
    expect(await count('student')).toBe(0);
    await importOneRoster(runtime.records, CLI, oneRosterExample(), district);
    expect([await count('student'), await count('guardian_link'), await count('caseload')]).toEqual(
      [3, 3, 3],
    );
    const zip = zipSync(
      Object.fromEntries(oneRosterExample().map((f) => [`export/${f.name}`, strToU8(f.text)])),
    );
    const files = unzipPackage('roster.zip', zip);
    expect(Array.isArray(files)).toBe(true);
    const again = await importOneRoster(runtime.records, CLI, files as SourceFile[], district);
    expect(again.results.map((r) => r.unchanged)).toEqual([3, 6, 3, 3, 0]);

    const rivera = await runtime.database.db
      .selectFrom('app_user as c')
      .innerJoin('caseload as k', 'k.counselor_id', 'c.id')
      .innerJoin('student as s', 's.user_id', 'k.student_id')
      .select('s.local_id')
      .where('c.email', '=', 'maria.rivera@rusd.test')
      .orderBy('s.local_id')
      .execute();
    expect(rivera.map((r) => r.local_id)).toEqual(['S1001', 'S1002']);
    // givenName and familyName are kept apart, for the caseload's sort by family name.
    const ana = await runtime.database.db
      .selectFrom('student')
      .select(['given_name', 'family_name'])
      .where('local_id', '=', 'S1001')
      .executeTakeFirstOrThrow();
    expect(ana).toEqual({ given_name: 'Ana', family_name: 'López' });
    const parent = await runtime.database.db
      .selectFrom('app_user')
      .select(['role', 'org_id'])
      .where('email', '=', 'rosa.lopez@home.test')
      .executeTakeFirstOrThrow();
    expect(parent).toEqual({ role: 'guardian', org_id: 'rhs' });
    const admin = await runtime.database.db
      .selectFrom('app_user')
      .select('id')
      .where('email', '=', 'dana.admin@rusd.test')
      .execute();
    expect(admin).toEqual([]);
  });

  it("refuses a counselor linked to another school's student, in English and Spanish, changing nothing", async () => {
    const caseloadsOf = () =>
      runtime.database.db
        .selectFrom('caseload as k')
        .innerJoin('app_user as c', 'c.id', 'k.counselor_id')
        .innerJoin('student as s', 's.user_id', 'k.student_id')
        .select(['c.email', 's.local_id'])
        .orderBy('c.email')
        .orderBy('s.local_id')
        .execute();
    const before = await caseloadsOf();
    expect(before).toHaveLength(3);
    // June Park moves to Riverside High but is still named the agent of Cy Roe (Canyon View).
    const moved = edited('users.csv', (t) =>
      t
        .replace(',org-s-2,counselor,jpark,', ',org-s-1,counselor,jpark,')
        .replace(',u-st-3,,,,,,,,org-s-2,', ',u-st-3,,,,,,,,org-s-1,'),
    );
    await expect(importOneRoster(runtime.records, CLI, moved, district)).rejects.toMatchObject({
      code: 'invalid',
      field: 'users.csv:8:16',
      message: expect.stringContaining(
        "agentSourcedIds: would put student u-st-3 (school cvhs) on the caseload of counselor u-co-2 of school rhs: a counselor's caseload is in their own school",
      ),
    });
    await expect(importOneRoster(runtime.records, CLI, moved, district)).rejects.toMatchObject({
      translations: {
        es: expect.stringContaining(
          'users.csv:8:16: agentSourcedIds: pondría al estudiante u-st-3 (escuela cvhs) entre los estudiantes a cargo del consejero u-co-2 de la escuela rhs',
        ),
      },
    });
    // Cy Roe enrolled in Maria Rivera's advisory class of Riverside High: the enrollment is refused.
    const enrolled = edited(
      'enrollments.csv',
      (t) =>
        `${t.trimEnd()}\nen-6,,2025-08-01T00:00:00.000Z,cls-adv-1,org-s-1,u-st-3,student,false,2025-08-20,\n`,
    );
    await expect(importOneRoster(runtime.records, CLI, enrolled, district)).rejects.toMatchObject({
      field: 'enrollments.csv:7:6',
      message: expect.stringContaining('userSourcedId: would put student u-st-3 (school cvhs)'),
    });
    expect(await caseloadsOf()).toEqual(before);
    const park = await runtime.database.db
      .selectFrom('app_user')
      .select('org_id')
      .where('email', '=', 'june.park@rusd.test')
      .executeTakeFirstOrThrow();
    expect(park.org_id).toBe('cvhs');
    // Linking one by hand is refused the same way.
    await expect(
      assignCaseload(runtime.accounts.deps, CLI, {
        student: 'cy.roe@rusd.test',
        counselor: 'maria.rivera@rusd.test',
      }),
    ).rejects.toMatchObject({ code: 'invalid', field: 'counselor' });
    expect(await caseloadsOf()).toEqual(before);
  });

  it('refuses an email held by an account of another role', async () => {
    const clash = edited('users.csv', (t) =>
      t
        .replace('tom.kim@rusd.test', 'maria.rivera@rusd.test')
        .replace(
          ',Maria,Rivera,,C301,maria.rivera@rusd.test,',
          ',Maria,Rivera,,C301,maria.r@rusd.test,',
        ),
    );
    await expect(importOneRoster(runtime.records, CLI, clash, district)).rejects.toMatchObject({
      message: expect.stringContaining(
        'belongs to an account with the role counselor, not teacher',
      ),
    });
  });
});
