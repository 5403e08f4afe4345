/**
 * 5S1 follows the credentials records at once (both engines): `credential_earned` is Y while a
 * student holds a named credential, else the roster's own value (db/credential-earned-facts.ts).
 * Adding a credential (here a credentials CSV; Ed-Fi diplomas: import-edfi-credentials.test.ts) counts the concentrator in 5S1 in the same
 * write; removing the last one takes it out again, back to what the roster said (N, Y, or not
 * recorded), with no roster import between. Other students and the other district keep theirs.
 *
 * Four concentrators in software at Riverside High (IT-100 2024–25, IT-210 2025–26): K1 roster N,
 * K2 roster empty, K3 roster Y, K4 roster N; O1 in the other district, roster N.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import { importPerkinsRecords, openPerkinsWorld } from '../../../test/perkins-world.ts';
import { ALL_STUDENTS } from '../../domain/perkins/aggregate.ts';
import { DIMENSION_NAMES } from '../../domain/perkins/groups.ts';
import { perkinsProfile } from '../../domain/perkins/profiles.ts';
import type { Runtime } from '../../runtime.ts';
import { CLI } from '../accounts/caller.ts';
import { importCredentials } from '../records/import-credentials.ts';
import { importStudents } from '../records/import-students.ts';
import { removeStudentCredential } from '../records/remove-credential.ts';
import { csv, ROSTER_HEADER } from '../records/test-world.ts';
import { loadCourseMap } from './perkins-report.ts';

const SOFTWARE = 'riverside-software-development';
const HEADER = `${ROSTER_HEADER},credential_earned`;
const line = (id: string, fact: string, school = 'rhs') =>
  `${id},${school},${id},Test,${id.toLowerCase()}@test.org,11,2027,${fact}`;
const pass = (id: string, year: string, code: string) =>
  `${id},rhs,${year},year,${code},${code},,1,1,B,pass`;

describe.each(testEngines())('5S1 after credentials change, on $name', (engine) => {
  let runtime: Runtime;
  let ids = new Map<string, string>();
  const profile = perkinsProfile('federal')!;

  /** 5S1 of all software concentrators at Riverside High, and their number. */
  const software = async () => {
    const map = await loadCourseMap(runtime.perkins, profile, 'rusd');
    const rule = (r: typeof profile.participant) => ({
      minCourses: r.minCourses,
      minCredits: r.minCredits,
      minAtRank: r.minAtRank?.courses ?? 0,
    });
    const rows = await runtime.perkins.perkins.counts({
      year: 2026,
      courses: map.rows,
      dualCredit: map.dualCredit,
      participant: rule(profile.participant),
      concentrator: rule(profile.concentrator),
      dimensions: DIMENSION_NAMES,
    });
    const row = rows.find(
      (r) =>
        r.districtId === 'rusd' &&
        r.schoolId === 'rhs' &&
        r.programKey === SOFTWARE &&
        r.group === ALL_STUDENTS,
    );
    return { concentrators: row?.concentrators, credential: row?.credential };
  };
  const facts = async () => {
    const out: Record<string, string | null> = {};
    for (const [key, id] of ids)
      out[key] =
        (await runtime.records.roster.facts(key === 'O1' ? 'other' : 'rusd', id)).get(
          'credential_earned',
        ) ?? null;
    return out;
  };
  const credentials = (rows: string[], districtId = 'rusd') =>
    importCredentials(
      runtime.records,
      CLI,
      { name: 'c.csv', text: csv('student_id,credential,date_earned', rows) },
      { districtId },
    );
  const remove = (student: string, credential: string, districtId = 'rusd') =>
    removeStudentCredential(runtime.records, CLI, { districtId, student, credential });

  beforeAll(async () => {
    runtime = await openPerkinsWorld(engine);
    ids = await importPerkinsRecords(runtime, {
      rosterHeader: HEADER,
      roster: [line('K1', 'N'), line('K2', ''), line('K3', 'Y'), line('K4', 'N')],
      transcripts: ['K1', 'K2', 'K3', 'K4'].flatMap((id) => [
        pass(id, '2024-25', 'CTE-IT-100'),
        pass(id, '2025-26', 'CTE-IT-210'),
      ]),
    });
    await importStudents(
      runtime.records,
      CLI,
      { name: 'o.csv', text: csv(HEADER, [line('O1', 'N', 'other-high')]) },
      { districtId: 'other' },
    );
    const other = await runtime.records.roster.byLocalIds('other', ['O1']);
    ids.set('O1', other.get('O1')!.userId);
  }, 600_000);
  afterAll(async () => {
    await runtime?.close();
  });

  it('counts a credential when it is added and stops when it is removed', async () => {
    expect(await software()).toEqual({ concentrators: 4, credential: 1 });
    expect(await facts()).toEqual({ K1: 'N', K2: null, K3: 'Y', K4: 'N', O1: 'N' });

    await credentials(['K1,comptia-tech-plus,2026-03-01', 'K2,pcep,2026-03-02']);
    await credentials(['O1,comptia-tech-plus,2026-03-01'], 'other');
    expect(await software()).toEqual({ concentrators: 4, credential: 3 });
    expect(await facts()).toEqual({ K1: 'Y', K2: 'Y', K3: 'Y', K4: 'N', O1: 'Y' });

    // The removal alone brings K1 back to the roster's N: no roster import in between.
    const removed = await remove('K1', 'comptia-tech-plus');
    expect(removed).toMatchObject({ remaining: 0, credentialEarned: 'N' });
    expect(await software()).toEqual({ concentrators: 4, credential: 2 });
    expect(await facts()).toEqual({ K1: 'N', K2: 'Y', K3: 'Y', K4: 'N', O1: 'Y' });

    // K2's roster never said: once the credential goes, nothing is recorded.
    expect(await remove('K2', 'pcep')).toMatchObject({ remaining: 0, credentialEarned: null });
    expect(await software()).toEqual({ concentrators: 4, credential: 1 });
    expect(await facts()).toEqual({ K1: 'N', K2: null, K3: 'Y', K4: 'N', O1: 'Y' });
    expect(
      (await runtime.records.credentials.ofStudent('other', ids.get('O1')!)).map(
        (c) => c.credentialId,
      ),
    ).toEqual(['comptia-tech-plus']);
  });

  it("keeps the roster's own value under a credential, for the day it goes", async () => {
    // K3's roster said Y: a credential added and removed leaves it Y.
    await credentials(['K3,aha-bls,2026-02-01']);
    expect(await remove('K3', 'aha-bls')).toMatchObject({ credentialEarned: 'Y' });
    // K4 holds two; the nightly roster's N does not lower the Y, nor does the first removal.
    await credentials(['K4,aha-bls,2026-02-01', 'K4,pcep,2026-02-03']);
    await importStudents(
      runtime.records,
      CLI,
      { name: 's.csv', text: csv(HEADER, [line('K4', 'N')]) },
      { districtId: 'rusd' },
    );
    expect((await facts()).K4).toBe('Y');
    expect(await remove('K4', 'pcep')).toMatchObject({ remaining: 1, credentialEarned: 'Y' });
    expect(await software()).toEqual({ concentrators: 4, credential: 2 });
    // A roster that changes its mind while the credential is held is what the removal goes back to.
    await importStudents(
      runtime.records,
      CLI,
      { name: 's.csv', text: csv(HEADER, [line('K4', '')]) },
      { districtId: 'rusd' },
    );
    expect(await remove('K4', 'aha-bls')).toMatchObject({ remaining: 0, credentialEarned: null });
    expect(await software()).toEqual({ concentrators: 4, credential: 1 });
    expect(await facts()).toEqual({ K1: 'N', K2: null, K3: 'Y', K4: null, O1: 'Y' });
  });
});
