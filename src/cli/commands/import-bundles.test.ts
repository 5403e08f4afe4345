import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type CliIo } from '../main.ts';

const EXAMPLE = path.resolve(import.meta.dirname, '../../../examples/edfi');

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => (out += t), err: (t) => (err += t) };
  return { code: await main(args, io), out, err };
}

describe('wayfinder import edfi', () => {
  let tmp: string;
  let data: string[];
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-edfi-cli-'));
    data = ['--data', path.join(tmp, 'data')];
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('imports a folder of Ed-Fi resources with a dry run and a summary, and names bad places', async () => {
    for (const args of [
      ['orgs', 'create', '--id', 'state', '--kind', 'state', '--name', 'State'],
      ['orgs', 'create', '--id', 'gb', '--kind', 'district', '--name', 'GB', '--parent', 'state'],
      [
        'orgs',
        'create',
        '--id',
        '255901001',
        '--kind',
        'school',
        '--name',
        'GBHS',
        '--parent',
        'gb',
      ],
    ])
      expect((await run([...args, ...data])).code).toBe(0);
    const folder = path.join(tmp, 'export');
    fs.cpSync(EXAMPLE, folder, { recursive: true });
    fs.writeFileSync(path.join(folder, 'sections.json'), '[]');
    const dry = await run(['import', 'edfi', folder, '--district', 'gb', '--dry-run', ...data]);
    expect(dry.code, dry.err).toBe(0);
    expect(dry.out).toContain('Dry run (nothing written): edfi into gb from 7 files');
    expect(dry.out).toContain('rows read 5 · inserted 5 · updated 0 · unchanged 0');
    expect(dry.out).toContain('sections.json');
    const real = await run(['import', 'edfi', folder, '--district', 'gb', ...data]);
    expect(real.code, real.err).toBe(0);
    expect(real.out).toContain('rows read 3 · inserted 3');
    expect(real.out).toContain('ROBO-1 Robotics Club (1 rows)');
    const seoa = path.join(folder, 'studentEducationOrganizationAssociations.json');
    fs.writeFileSync(
      seoa,
      fs.readFileSync(seoa, 'utf8').replace('RaceDescriptor#Asian', 'RaceDescriptor#Other'),
    );
    const reported = await run(['import', 'edfi', folder, '--district', 'gb', ...data]);
    expect(reported.out).toContain('1 descriptor values with no group code');
    expect(reported.out).toContain(
      'races.raceDescriptor: uri://ed-fi.org/RaceDescriptor#Other (1 records)',
    );

    const students = path.join(folder, 'students.json');
    fs.writeFileSync(
      students,
      fs.readFileSync(students, 'utf8').replace('"lastSurname": "Ng"', '"lastSurname": ""'),
    );
    const refused = await run(['import', 'edfi', folder, '--district', 'gb', ...data]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/students\.json:\d+:\d+: students\[1\]\.lastSurname: is required/);
    expect(refused.err).toContain('nothing was imported');
    const refusedEs = await run([
      'import',
      'edfi',
      folder,
      '--district',
      'gb',
      '--lang',
      'es',
      ...data,
    ]);
    expect(refusedEs.code).toBe(1);
    expect(refusedEs.err).toMatch(/students\.json:\d+:\d+: students\[1\]\.lastSurname: /);
    expect(refusedEs.err).not.toContain('is required');
    expect(refusedEs.err).toContain('no se importó nada');
  }, 240_000);

  it('imports a OneRoster package, folder or zip', async () => {
    // Its own data folder: the Ed-Fi example above holds the same emails.
    data = ['--data', path.join(tmp, 'data-oneroster')];
    for (const args of [
      ['orgs', 'create', '--id', 'state', '--kind', 'state', '--name', 'State'],
      ['orgs', 'create', '--id', 'gb', '--kind', 'district', '--name', 'GB', '--parent', 'state'],
    ])
      expect((await run([...args, ...data])).code).toBe(0);
    for (const id of ['rhs', 'cvhs'])
      expect(
        (
          await run([
            'orgs',
            'create',
            '--id',
            id,
            '--kind',
            'school',
            '--name',
            id,
            '--parent',
            'gb',
            ...data,
          ])
        ).code,
      ).toBe(0);
    const folder = path.resolve(import.meta.dirname, '../../../examples/oneroster');
    const real = await run(['import', 'oneroster', folder, '--district', 'gb', ...data]);
    expect(real.code, real.err).toBe(0);
    expect(real.out).toContain('oneroster into gb from 7 files');
    expect(real.out).toMatch(/caseloads:\n {2}rows read 3 · inserted 3/);
    const archive = path.join(tmp, 'roster.zip');
    fs.writeFileSync(
      archive,
      zipSync(
        Object.fromEntries(
          fs.readdirSync(folder).map((f) => [f, fs.readFileSync(path.join(folder, f))]),
        ),
      ),
    );
    const again = await run([
      'import',
      'oneroster',
      archive,
      '--district',
      'gb',
      '--dry-run',
      ...data,
    ]);
    expect(again.code, again.err).toBe(0);
    expect(again.out).toContain('rows read 6 · inserted 0 · updated 0 · unchanged 6');
    const spanish = await run([
      ...['import', 'oneroster', archive, '--district', 'gb', '--dry-run', '--lang', 'es'],
      ...data,
    ]);
    expect(spanish.out).toContain('Prueba (no se escribió nada): oneroster en gb desde 7 archivos');
    // A package whose users.csv is gone: told in Spanish, naming the file.
    const broken = path.join(tmp, 'broken.zip');
    fs.writeFileSync(
      broken,
      zipSync({ 'manifest.csv': fs.readFileSync(path.join(folder, 'manifest.csv')) }),
    );
    const en = await run(['import', 'oneroster', broken, '--district', 'gb', ...data]);
    const es = await run([
      'import',
      'oneroster',
      broken,
      '--district',
      'gb',
      '--lang',
      'es',
      ...data,
    ]);
    expect(en.code).toBe(1);
    expect(es.code).toBe(1);
    expect(es.err).not.toBe(en.err);
    expect(es.err).toContain('no se importó nada');
  }, 240_000);
});
