/** Real names from a roster import, found by the words counselors type into the caseload search. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import type { Runtime } from '../../runtime.ts';
import { CLI } from '../accounts/caller.ts';
import { actorByEmail } from '../accounts/student-export.ts';
import { importStudents } from '../records/import-students.ts';
import { addUser, csv, recordsWorld, ROSTER_HEADER } from '../records/test-world.ts';
import { readCaseload } from './caseload.ts';

const ROWS = [
  `0012345,rhs,Liam,O'Brien,Liam.OBrien@RUSD.test ,09,2029`,
  'S2,rhs,Siobhán,O’Brien,siobhan+cte@rusd.test,9th,2029',
  'S3,rhs,María José,García-López,mj@rusd.test,Grade 10,2028',
  'S4,rhs,Jose\u0301,Rami\u0301rez,jose.nfd@rusd.test,11,2027',
  'S5,rhs,José,Ramírez Ortiz,jose.nfc@rusd.test,11,2027',
  'S6,cvhs,An,Nguyễn Văn,an@rusd.test,12,2026',
  'S7,cvhs,"  Ana ",DE LA CRUZ,adlc@rusd.test,12th Grade,2026',
  'S8,cvhs,,Madonna,madonna@rusd.test,10,2028',
  'S9,cvhs,=1+2,<b>Bold</b>,hostile@rusd.test,10,2028',
];

describe.each(testEngines().slice(0, 1))(
  'caseload search over imported names on $name',
  (engine) => {
    let runtime: Runtime;
    let search: (q: string) => Promise<string[]>;

    beforeAll(async () => {
      runtime = await engine.open();
      await recordsWorld(runtime);
      await addUser(runtime, 'admin', 'rusd.test', 'district_admin', 'rusd');
      const summary = await importStudents(
        runtime.records,
        CLI,
        { name: 'roster.csv', text: csv(ROSTER_HEADER, ROWS) },
        { districtId: 'rusd' },
      );
      expect(summary).toMatchObject({ inserted: ROWS.length });
      const actor = await actorByEmail(runtime.accounts.deps, 'admin@rusd.test');
      search = async (q) =>
        (await readCaseload(runtime.records, { actor }, { q, sort: 'name', lang: 'en' })).items.map(
          (i) => i.name,
        );
    }, 300_000);
    afterAll(async () => {
      await runtime?.close();
    });

    it('stores names as written, in one Unicode form, and lists them so', async () => {
      const all = await search('');
      expect(all).toEqual(
        expect.arrayContaining([
          "Liam O'Brien",
          'Siobhán O’Brien',
          'María José García-López',
          'José Ramírez',
          'An Nguyễn Văn',
          'Ana DE LA CRUZ',
          'Madonna',
          '=1+2 <b>Bold</b>',
        ]),
      );
      expect(all.every((name) => name === name.normalize('NFC'))).toBe(true);
    });

    it('finds names whatever the accents, apostrophes, case or word order', async () => {
      expect(await search('jose')).toEqual([
        'José Ramírez',
        'José Ramírez Ortiz',
        'María José García-López',
      ]);
      expect(await search('Jose\u0301 rami\u0301rez')).toEqual([
        'José Ramírez',
        'José Ramírez Ortiz',
      ]);
      for (const q of ['obrien', "o'brien", 'O’Brien', 'OBRIEN'])
        expect(await search(q), q).toEqual(["Liam O'Brien", 'Siobhán O’Brien']);
      expect(await search('nguyen')).toEqual(['An Nguyễn Văn']);
      expect(await search('garcia lopez')).toEqual(['María José García-López']);
      expect(await search('Garcia, Maria')).toEqual(['María José García-López']);
      expect(await search('delacruz')).toEqual(['Ana DE LA CRUZ']);
      expect(await search('0012345')).toEqual(["Liam O'Brien"]);
    });
  },
);
