/**
 * Sorting the caseload by family name: the roster's first and last names are stored as given and
 * family names on import (and changed by a later import); the list sorts by family then given
 * name with accents at the first level ("Ávila" with the A's); a student without a split name
 * (stored before migration 0041) sorts by the name shown. Both engines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import type { TCaseloadFilters } from '../../contracts/caseload.ts';
import type { Lang } from '../../domain/framework.ts';
import type { Runtime } from '../../runtime.ts';
import { CLI } from '../accounts/caller.ts';
import { actorByEmail } from '../accounts/student-export.ts';
import type { Actor } from '../../domain/auth/policy.ts';
import { importStudents } from '../records/import-students.ts';
import { addUser, csv, recordsWorld, ROSTER_HEADER } from '../records/test-world.ts';
import { readCaseload } from './caseload.ts';

const ROWS = [
  'F1,rhs,Zoe,Ávila,zoe@rusd.test,9,2029',
  'F2,rhs,Ana,Avila,ana@rusd.test,9,2029',
  'F3,rhs,Bruno,Álvarez,bruno@rusd.test,10,2028',
  'F4,rhs,Carla,baker,carla@rusd.test,10,2028',
  'F5,cvhs,Diego,Castro,diego@rusd.test,11,2027',
  'F6,cvhs,Ana,Zamora,anaz@rusd.test,12,2026',
];

describe.each(testEngines())('caseload sorted by family name on $name', (engine) => {
  let runtime: Runtime;
  let actor: Actor;
  const names = async (sort: TCaseloadFilters['sort'], lang: Lang = 'en') =>
    (await readCaseload(runtime.records, { actor }, { sort, lang })).items.map((i) => i.name);
  const stored = async () =>
    (
      await runtime.database.db
        .selectFrom('student')
        .select(['local_id', 'given_name', 'family_name'])
        .orderBy('local_id')
        .execute()
    ).map((r) => `${r.local_id} ${r.given_name}/${r.family_name}`);

  beforeAll(async () => {
    runtime = await engine.open();
    await recordsWorld(runtime);
    await addUser(runtime, 'admin', 'rusd.test', 'district_admin', 'rusd');
    await importStudents(
      runtime.records,
      CLI,
      { name: 'roster.csv', text: csv(ROSTER_HEADER, ROWS) },
      { districtId: 'rusd' },
    );
    actor = await actorByEmail(runtime.accounts.deps, 'admin@rusd.test');
  }, 300_000);
  afterAll(async () => {
    await runtime?.close();
  });

  it('stores the given and family names the roster gives', async () => {
    expect(await stored()).toEqual([
      'F1 Zoe/Ávila',
      'F2 Ana/Avila',
      'F3 Bruno/Álvarez',
      'F4 Carla/baker',
      'F5 Diego/Castro',
      'F6 Ana/Zamora',
    ]);
  });

  it('sorts by family then given name, accents and case at the first level', async () => {
    const expected = [
      'Bruno Álvarez',
      'Ana Avila',
      'Zoe Ávila',
      'Carla baker',
      'Diego Castro',
      'Ana Zamora',
    ];
    expect(await names('family')).toEqual(expected);
    expect(await names('family', 'es')).toEqual(expected);
    expect(await names('name')).toEqual([
      'Ana Avila',
      'Ana Zamora',
      'Bruno Álvarez',
      'Carla baker',
      'Diego Castro',
      'Zoe Ávila',
    ]);
  });

  it('sorts a student without a split name by the name shown', async () => {
    await runtime.database.db
      .updateTable('student')
      .set({ given_name: null, family_name: null })
      .where('local_id', '=', 'F5')
      .execute();
    // "Diego Castro" now sorts as D: after baker, before Zamora.
    const sorted = await names('family');
    expect(sorted.indexOf('Diego Castro')).toBe(sorted.indexOf('Carla baker') + 1);
    await runtime.database.db
      .updateTable('app_user')
      .set({ name: 'Aaron Castro' })
      .where('email', '=', 'diego@rusd.test')
      .execute();
    expect((await names('family'))[0]).toBe('Aaron Castro');
  });

  it('takes a changed family name from the next import', async () => {
    const changed = ROWS.map((r) => r.replace('Carla,baker', 'Carla,Acosta'));
    await importStudents(
      runtime.records,
      CLI,
      { name: 'roster.csv', text: csv(ROSTER_HEADER, changed) },
      { districtId: 'rusd' },
    );
    expect(await stored()).toContain('F4 Carla/Acosta');
    expect(await stored()).toContain('F5 Diego/Castro');
    expect((await names('family')).slice(0, 2)).toEqual(['Carla Acosta', 'Bruno Álvarez']);
  });
});
