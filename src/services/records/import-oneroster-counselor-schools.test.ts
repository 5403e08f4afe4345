/**
 * OneRoster counselors listed at several schools (both engines): the first school (primaryOrg
 * first when given, else the first of orgSourcedIds) is their own, the others their further
 * schools, whose students may be on their caseload; a dry run counts and writes nothing; the
 * summary counts them; a re-import whose row drops a school drops it, and takes that school's
 * students off the caseload; a bulk users.csv ends the further schools of counselors it leaves
 * out, a delta tobedeleted row those of its counselor; a school of another district, or an
 * account of another district, is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import { editFile, oneRosterExample } from '../../../test/oneroster-example.ts';
import type { SourceFile } from '../../importers/import-plan.ts';
import type { Runtime } from '../../runtime.ts';
import { CLI } from '../accounts/caller.ts';
import { setCounselorSchools } from '../accounts/counselor-schools.ts';
import { importOneRoster } from './import-oneroster.ts';
import { addUser, recordsWorld } from './test-world.ts';

const PARK =
  ',true,org-s-2,counselor,jpark,,June,Park,,C302,june.park@rusd.test,,,u-st-3,,,,,,,,org-s-2,';
/** June Park's row listing `orgs`, agent of `agents`, with `primary` as primaryOrg. */
const park = (orgs: string, agents: string, primary: string) => (files: SourceFile[]) =>
  editFile(files, 'users.csv', (t) =>
    t.replace(
      PARK,
      `,true,"${orgs}",counselor,jpark,,June,Park,,C302,june.park@rusd.test,,,"${agents}",,,,,,,,${primary},`,
    ),
  );
/** At Canyon View (primaryOrg) and Riverside High, with Ana López (Riverside) on her caseload. */
const twoSchools = park('org-s-1,org-s-2', 'u-st-3,u-st-1', 'org-s-2');

describe.each(testEngines())('OneRoster counselors of several schools on $name', (engine) => {
  let runtime: Runtime;
  const changed: string[][] = [];
  const district = { districtId: 'rusd' };
  const db = () => runtime.database.db;
  const parkOf = async () => {
    const user = await db()
      .selectFrom('app_user')
      .select(['id', 'org_id'])
      .where('email', '=', 'june.park@rusd.test')
      .executeTakeFirstOrThrow();
    const further = await runtime.records.counselorSchools.list(user.id);
    const caseload = await db()
      .selectFrom('caseload as k')
      .innerJoin('student as s', 's.user_id', 'k.student_id')
      .select('s.local_id')
      .where('k.counselor_id', '=', user.id)
      .orderBy('s.local_id')
      .execute();
    return { org: user.org_id, further, caseload: caseload.map((r) => r.local_id) };
  };
  const summaryOf = (s: Awaited<ReturnType<typeof importOneRoster>>, kind: string) => {
    const { rowsRead, inserted, unchanged, removed } = s.results.find((r) => r.kind === kind)!;
    return { rowsRead, inserted, unchanged, removed };
  };

  beforeAll(async () => {
    runtime = await engine.open();
    await recordsWorld(runtime);
    runtime.records.accessChanged = (ids) => changed.push([...ids]);
    await importOneRoster(runtime.records, CLI, oneRosterExample(), district);
  }, 300_000);
  afterAll(async () => {
    await runtime?.close();
  });

  it('refuses a school of another district, changing nothing', async () => {
    const before = await parkOf();
    const elsewhere = park(
      'org-s-2,org-s-9',
      'u-st-3',
      'org-s-2',
    )(
      editFile(
        oneRosterExample(),
        'orgs.csv',
        (t) => `${t.trimEnd()}\norg-s-9,,2025-08-01T00:00:00.000Z,Other High,school,other-high,\n`,
      ),
    );
    await expect(importOneRoster(runtime.records, CLI, elsewhere, district)).rejects.toMatchObject({
      code: 'invalid',
      field: 'orgs.csv:5:6',
    });
    expect(await parkOf()).toEqual(before);
  });

  it('refuses an email held by an account of another district, in English and Spanish', async () => {
    await addUser(runtime, 'far', 'other.test', 'counselor', 'other-high');
    const files = editFile(twoSchools(oneRosterExample()), 'users.csv', (t) =>
      t.replace('june.park@rusd.test', 'far@other.test'),
    );
    await expect(importOneRoster(runtime.records, CLI, files, district)).rejects.toMatchObject({
      field: 'users.csv:8:13',
      message: expect.stringContaining('email: belongs to an account of another district'),
      translations: { es: expect.stringContaining('pertenece a una cuenta de otro distrito') },
    });
    const far = await runtime.records.rosterLinks.accountsByEmail(['far@other.test']);
    expect(far.get('far@other.test')).toMatchObject({ orgId: 'other-high', districtId: 'other' });
  });

  it('keeps the first school as the counselor’s own and the others as further; a dry run writes nothing', async () => {
    expect(await parkOf()).toEqual({ org: 'cvhs', further: [], caseload: ['S1003'] });
    const dry = await importOneRoster(runtime.records, CLI, twoSchools(oneRosterExample()), {
      ...district,
      dryRun: true,
    });
    expect(summaryOf(dry, 'counselor_schools')).toEqual({
      rowsRead: 1,
      inserted: 1,
      unchanged: 0,
      removed: 0,
    });
    expect(summaryOf(dry, 'caseloads')).toMatchObject({ inserted: 1 });
    expect(await parkOf()).toEqual({ org: 'cvhs', further: [], caseload: ['S1003'] });

    const done = await importOneRoster(
      runtime.records,
      CLI,
      twoSchools(oneRosterExample()),
      district,
    );
    expect(summaryOf(done, 'counselor_schools')).toEqual(summaryOf(dry, 'counselor_schools'));
    expect(await parkOf()).toEqual({ org: 'cvhs', further: ['rhs'], caseload: ['S1001', 'S1003'] });
    const again = await importOneRoster(
      runtime.records,
      CLI,
      twoSchools(oneRosterExample()),
      district,
    );
    expect(summaryOf(again, 'counselor_schools')).toEqual({
      rowsRead: 1,
      inserted: 0,
      unchanged: 1,
      removed: 0,
    });
  });

  it('drops a school the row no longer lists, and its students from the caseload', async () => {
    changed.length = 0;
    // Without enrollments.csv no caseload is the whole truth: only the school dropped ends one.
    const files = oneRosterExample().filter((f) => f.name !== 'enrollments.csv');
    const summary = await importOneRoster(runtime.records, CLI, files, district);
    expect(summaryOf(summary, 'counselor_schools')).toEqual({
      rowsRead: 0,
      inserted: 0,
      unchanged: 0,
      removed: 1,
    });
    expect(summaryOf(summary, 'caseloads')).toMatchObject({ removed: 1 });
    expect(await parkOf()).toEqual({ org: 'cvhs', further: [], caseload: ['S1003'] });
    const { id } = await db()
      .selectFrom('app_user')
      .select('id')
      .where('email', '=', 'june.park@rusd.test')
      .executeTakeFirstOrThrow();
    expect(changed).toEqual([[id]]);
  });

  it('takes the first of orgSourcedIds as the own school when primaryOrg is empty', async () => {
    const files = park('org-s-1,org-s-2', 'u-st-3,u-st-1', '')(oneRosterExample());
    await importOneRoster(runtime.records, CLI, files, district);
    expect(await parkOf()).toEqual({ org: 'rhs', further: ['cvhs'], caseload: ['S1001', 'S1003'] });
  });

  it('ends the further schools of a counselor a bulk users.csv leaves out, or a delta row deletes', async () => {
    await addUser(runtime, 'hand', 'rusd.test', 'counselor', 'rhs');
    await setCounselorSchools(runtime.accounts.deps, CLI, {
      counselor: 'hand@rusd.test',
      schools: ['cvhs'],
    });
    const bulk = await importOneRoster(
      runtime.records,
      CLI,
      twoSchools(oneRosterExample()),
      district,
    );
    expect(summaryOf(bulk, 'counselor_schools')).toMatchObject({ rowsRead: 1, removed: 2 });
    const hand = await runtime.records.rosterLinks.accountsByEmail(['hand@rusd.test']);
    expect(await runtime.records.counselorSchools.list(hand.get('hand@rusd.test')!.id)).toEqual([]);
    expect(await parkOf()).toMatchObject({ org: 'cvhs', further: ['rhs'] });

    let delta = editFile(twoSchools(oneRosterExample()), 'manifest.csv', (t) =>
      t
        .replace('file.users,bulk', 'file.users,delta')
        .replace('file.enrollments,bulk', 'file.enrollments,delta'),
    );
    delta = editFile(delta, 'users.csv', (t) =>
      t
        .split('\n')
        .filter((l, i) => i === 0 || l === '' || l.startsWith('u-co-2,'))
        .join('\n')
        .replace('u-co-2,,', 'u-co-2,tobedeleted,'),
    );
    delta = editFile(delta, 'enrollments.csv', (t) => t.split('\n')[0]! + '\n');
    const ended = await importOneRoster(runtime.records, CLI, delta, district);
    expect(summaryOf(ended, 'counselor_schools')).toMatchObject({ rowsRead: 0, removed: 1 });
    expect(await parkOf()).toEqual({ org: 'cvhs', further: [], caseload: [] });
  });
});
