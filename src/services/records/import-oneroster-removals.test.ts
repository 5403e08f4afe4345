/**
 * OneRoster links that end (both engines): a bulk package states the whole truth for the links it
 * carries, so a guardian link or caseload it no longer states goes, in the same transaction,
 * counted as removed (a dry run counts and changes nothing); a package that carries no guardian
 * or no enrollments.csv ends none of that kind; a delta package ends only what its tobedeleted
 * rows name. The adults whose access changed are handed to accessChanged once it commits.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import { editFile, oneRosterExample } from '../../../test/oneroster-example.ts';
import type { Runtime } from '../../runtime.ts';
import { CLI } from '../accounts/caller.ts';
import { linkGuardian } from '../accounts/link-students.ts';
import { importOneRoster } from './import-oneroster.ts';
import { addUser, recordsWorld } from './test-world.ts';

const lines = (text: string, keep: (line: string, index: number) => boolean) =>
  text
    .split('\n')
    .filter((l, i) => i === 0 || l === '' || keep(l, i))
    .join('\n');

describe.each(testEngines())('OneRoster links that end on $name', (engine) => {
  let runtime: Runtime;
  const changed: string[][] = [];
  const district = { districtId: 'rusd' };
  /** The district's links as "g|c adult-email student-local-id". */
  const links = async () => {
    const db = runtime.database.db;
    const g = await db
      .selectFrom('guardian_link as l')
      .innerJoin('app_user as a', 'a.id', 'l.guardian_id')
      .innerJoin('student as s', 's.user_id', 'l.student_id')
      .select(['a.email', 's.local_id'])
      .execute();
    const c = await db
      .selectFrom('caseload as l')
      .innerJoin('app_user as a', 'a.id', 'l.counselor_id')
      .innerJoin('student as s', 's.user_id', 'l.student_id')
      .select(['a.email', 's.local_id'])
      .execute();
    return [
      ...g.map((r) => `g ${r.email} ${r.local_id}`),
      ...c.map((r) => `c ${r.email} ${r.local_id}`),
    ].sort();
  };
  const removed = (summary: Awaited<ReturnType<typeof importOneRoster>>) =>
    summary.results.filter((r) => r.removed !== undefined).map((r) => [r.kind, r.removed]);
  const idOf = async (email: string) =>
    (
      await runtime.database.db
        .selectFrom('app_user')
        .select('id')
        .where('email', '=', email)
        .executeTakeFirstOrThrow()
    ).id;

  beforeAll(async () => {
    runtime = await engine.open();
    await recordsWorld(runtime);
    runtime.records.accessChanged = (ids) => changed.push([...ids].sort());
    await importOneRoster(runtime.records, CLI, oneRosterExample(), district);
    // A guardian linked by hand, not by the SIS.
    await addUser(runtime, 'hand', 'home.test', 'guardian', 'rhs');
    await linkGuardian(runtime.accounts.deps, CLI, {
      student: 'cy.roe@rusd.test',
      guardian: 'hand@home.test',
    });
  }, 300_000);
  afterAll(async () => {
    await runtime?.close();
  });

  it('ends nothing of a kind the package does not carry (no guardians, no enrollments.csv)', async () => {
    const before = await links();
    expect(before).toHaveLength(7);
    let files = oneRosterExample().filter((f) => f.name !== 'enrollments.csv');
    files = editFile(files, 'users.csv', (t) =>
      lines(t, (l) => !l.startsWith('u-pa-'))
        .replace('"u-pa-2,u-pa-3"', '')
        .replace(',u-pa-1,09,', ',,09,'),
    );
    const summary = await importOneRoster(runtime.records, CLI, files, district);
    expect(removed(summary)).toEqual([
      ['guardian_links', 0],
      ['caseloads', 0],
      ['counselor_schools', 0],
    ]);
    expect(await links()).toEqual(before);
    expect(changed).toEqual([]);
  });

  it('ends what a bulk package no longer states; a dry run counts and changes nothing', async () => {
    const before = await links();
    let files = editFile(oneRosterExample(), 'users.csv', (t) =>
      t.replace('"u-pa-2,u-pa-3"', 'u-pa-2'),
    );
    files = editFile(files, 'enrollments.csv', (t) => lines(t, (l) => !l.startsWith('en-3,')));
    const dry = await importOneRoster(runtime.records, CLI, files, { ...district, dryRun: true });
    // Wei Ng (no longer an agent of Ben), the guardian linked by hand, and Ben off Rivera's list.
    expect(removed(dry)).toEqual([
      ['guardian_links', 2],
      ['caseloads', 1],
      ['counselor_schools', 0],
    ]);
    expect(await links()).toEqual(before);
    expect(changed).toEqual([]);

    const done = await importOneRoster(runtime.records, CLI, files, district);
    expect(removed(done)).toEqual(removed(dry));
    const gone = [
      'g wei.ng@home.test S1002',
      'g hand@home.test S1003',
      'c maria.rivera@rusd.test S1002',
    ];
    expect(await links()).toEqual(before.filter((l) => !gone.includes(l)));
    expect(changed).toEqual([
      [
        await idOf('wei.ng@home.test'),
        await idOf('hand@home.test'),
        await idOf('maria.rivera@rusd.test'),
      ].sort(),
    ]);
    const logged = await runtime.database.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'records.import_oneroster')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(logged.detail).toMatchObject({
      guardian_links: { removed: 2 },
      caseloads: { removed: 1 },
    });
    // The same package again ends nothing more.
    const again = await importOneRoster(runtime.records, CLI, files, district);
    expect(removed(again)).toEqual([
      ['guardian_links', 0],
      ['caseloads', 0],
      ['counselor_schools', 0],
    ]);
  });

  it('a delta package ends only what its tobedeleted rows name', async () => {
    changed.length = 0;
    const before = await links();
    const keep = (prefixes: string[]) => (l: string) => prefixes.some((p) => l.startsWith(p));
    let files = editFile(oneRosterExample(), 'manifest.csv', (t) =>
      t
        .replace('file.users,bulk', 'file.users,delta')
        .replace('file.enrollments,bulk', 'file.enrollments,delta'),
    );
    files = editFile(files, 'users.csv', (t) =>
      lines(t, keep(['u-st-1,', 'u-co-1,', 'u-pa-1,']))
        .replace('u-pa-1,,', 'u-pa-1,tobedeleted,')
        .replace(',u-pa-1,09,', ',,09,'),
    );
    files = editFile(files, 'enrollments.csv', (t) =>
      lines(t, keep(['en-1,', 'en-2,'])).replace('en-2,,', 'en-2,tobedeleted,'),
    );
    const summary = await importOneRoster(runtime.records, CLI, files, district);
    expect(removed(summary)).toEqual([
      ['guardian_links', 1],
      ['caseloads', 1],
      ['counselor_schools', 0],
    ]);
    const gone = ['g rosa.lopez@home.test S1001', 'c maria.rivera@rusd.test S1001'];
    expect(await links()).toEqual(before.filter((l) => !gone.includes(l)));
    expect(await links()).toEqual(['c june.park@rusd.test S1003', 'g lin.ng@home.test S1002']);
  });
});
