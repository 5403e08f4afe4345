import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csv, ROSTER_HEADER, TRANSCRIPT_HEADER } from '../../services/records/test-world.ts';
import { main, type CliIo } from '../main.ts';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => (out += t), err: (t) => (err += t) };
  return { code: await main(args, io), out, err };
}

describe('wayfinder import students / transcripts / credentials', () => {
  let tmp: string;
  let data: string[];
  const file = (name: string, text: string) => {
    const target = path.join(tmp, name);
    fs.writeFileSync(target, text);
    return target;
  };
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-records-cli-'));
    data = ['--data', path.join(tmp, 'data')];
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('imports a roster and a transcript, with a dry run, a summary, and file:line:column errors', async () => {
    for (const args of [
      ['orgs', 'create', '--id', 'state', '--kind', 'state', '--name', 'State'],
      ['orgs', 'create', '--id', 'north', '--kind', 'district', '--name', 'N', '--parent', 'state'],
      ['orgs', 'create', '--id', 'nh', '--kind', 'school', '--name', 'NH', '--parent', 'north'],
    ])
      expect((await run([...args, ...data])).code).toBe(0);
    const roster = file(
      'students.csv',
      csv(ROSTER_HEADER, [
        'N1,nh,Ana,Lopez,ana@north.test,9,2029',
        'N2,nh,Ben,Ng,ben@north.test,11,',
      ]),
    );
    const dry = await run([
      'import',
      'students',
      roster,
      '--district',
      'north',
      '--dry-run',
      ...data,
    ]);
    expect(dry.out).toContain('Dry run (nothing written): students into north');
    expect(dry.out).toContain('rows read 2 · inserted 2 · updated 0 · unchanged 0');
    const real = await run(['import', 'students', roster, '--district', 'north', ...data]);
    expect(real.code, real.err).toBe(0);
    expect(real.out).toContain('inserted 2');
    const again = await run(['import', 'students', roster, '--district', 'north', ...data]);
    expect(again.out).toContain('inserted 0 · updated 0 · unchanged 2');
    const spanishDry = await run([
      ...['import', 'students', roster, '--district', 'north', '--dry-run', '--lang', 'es'],
      ...data,
    ]);
    expect(spanishDry.out).toContain('Prueba (no se escribió nada): estudiantes en north desde');
    expect(spanishDry.out).toContain(
      'filas leídas 2 · insertadas 0 · actualizadas 0 · sin cambios 2',
    );
    // A district nobody has: the field named, in each language.
    const nowhere = ['import', 'students', roster, '--district', 'nowhere', ...data];
    expect((await run(nowhere)).err).toContain('error: No district has the id nowhere.');
    const nowhereEs = await run([...nowhere, '--lang', 'es']);
    expect(nowhereEs.code).toBe(1);
    expect(nowhereEs.err).toContain('Ningún distrito tiene el identificador nowhere.');
    // A roster's problem, in each language at the same line and column.
    const badRoster = file('bad-roster.csv', csv(ROSTER_HEADER, ['N3,nh,Cy,Ray,cy@north.test,,']));
    const rosterArgs = ['import', 'students', badRoster, '--district', 'north', ...data];
    const rosterEn = await run(rosterArgs);
    const rosterEs = await run([...rosterArgs, '--lang', 'es']);
    expect(rosterEn.code).toBe(1);
    expect(rosterEs.code).toBe(1);
    const place = /^error: (\S+:\d+:\d+: \w+): /;
    expect(rosterEs.err.match(place)?.[1]).toBe(rosterEn.err.match(place)?.[1]);
    expect(rosterEs.err.match(place)?.[1]).toContain(`${badRoster}:2:`);
    expect(rosterEs.err).not.toBe(rosterEn.err);
    expect(rosterEs.err).toContain('no se importó nada');
    expect(
      (
        await run([
          ...rosterArgs.slice(0, 2),
          'missing.csv',
          ...rosterArgs.slice(3),
          '--lang',
          'es',
        ])
      ).err,
    ).toContain('No se puede leer missing.csv.');

    const transcript = file(
      'transcripts.csv',
      csv(TRANSCRIPT_HEADER, [
        'N1,nh,2025-26,fall,01001,English 9,01001,0.5,0.5,A,pass',
        'N1,nh,2025-26,fall,X-77,Rocketry,,0.5,0,,in_progress',
      ]),
    );
    const t = await run(['import', 'transcripts', transcript, '--district', 'north', ...data]);
    expect(t.code, t.err).toBe(0);
    expect(t.out).toContain('2 course codes not in the district catalog');
    expect(t.out).toContain('X-77 Rocketry (1 rows)');

    const bad = file(
      'bad.csv',
      csv(TRANSCRIPT_HEADER, ['N1,nh,2025-26,fall,01002,English,01002,x,0,,pass']),
    );
    const refused = await run(['import', 'transcripts', bad, '--district', 'north', ...data]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`${bad}:2:8: credits_attempted: must be a number of credits`);
    expect(refused.err).toContain('nothing was imported');
    const refusedEs = await run([
      ...['import', 'transcripts', bad, '--district', 'north', '--lang', 'es'],
      ...data,
    ]);
    expect(refusedEs.code).toBe(1);
    expect(refusedEs.err).toContain(`${bad}:2:8: credits_attempted: `);
    expect(refusedEs.err).not.toContain('must be a number of credits');
    expect(refusedEs.err).toContain('no se importó nada');

    // A D that earned nothing, with no result column: told by the district's lowest pass.
    const d = file(
      'd.csv',
      csv(TRANSCRIPT_HEADER.replace(',result', ''), [
        'N2,nh,2025-26,fall,03001,Biology,03001,0.5,0,D',
      ]),
    );
    const args = ['import', 'transcripts', d, '--district', 'north', ...data];
    const unknown = await run(args);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('--lowest-pass-letter');
    const badLetter = await run([...args, '--lowest-pass-letter', 'F']);
    expect(badLetter.code).toBe(1);
    expect(badLetter.err).toContain(
      'error: --lowest-pass-letter (lowestPassLetter): "F" is not a lowest passing letter',
    );
    const badPercent = await run([...args, '--lowest-pass-percent', '650']);
    expect(badPercent.err).toContain('"650" is not a lowest passing percent');
    const told = await run([...args, '--lowest-pass-letter', 'C-', '--lowest-pass-percent', '70']);
    expect(told.code, told.err).toBe(0);
    expect(told.out).toContain('inserted 1');

    // A college's Banner history: read only with the mapping of its term codes.
    const banner = file(
      'banner.csv',
      csv(
        'Student ID,School Code,Term Code,Subject,Course Number,Course Title,Final Grade,Credit Hours',
        ['N2,nh,202610,ENGL,1301,Composition I,A,3'],
      ),
    );
    const bannerArgs = ['import', 'transcripts', banner, '--district', 'north', ...data];
    expect((await run(bannerArgs)).err).toContain(
      'Term Code: holds Banner term codes (such as 202610)',
    );
    const mapped = await run([...bannerArgs, '--banner-terms', '10=fall,20=spring']);
    expect(mapped.code, mapped.err).toBe(0);
    expect(mapped.out).toContain('ENGL 1301 Composition I');

    // Credentials earned: a name the catalog lacks is refused, naming line and column.
    const credentials = file(
      'credentials.csv',
      csv('student_id,Industry Credential,Date Earned', ['N1,Welding Wizard,2025-05-04']),
    );
    const cred = await run(['import', 'credentials', credentials, '--district', 'north', ...data]);
    expect(cred.code).toBe(1);
    expect(cred.err).toContain(
      `${credentials}:2:2: credential: no credential "Welding Wizard" in the catalog`,
    );
  }, 240_000);
});
