import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csv, ROSTER_HEADER } from '../../services/records/test-world.ts';
import { main, type CliIo } from '../main.ts';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => (out += t), err: (t) => (err += t) };
  return { code: await main(args, io), out, err };
}

describe('wayfinder links remove-guardian and remove-caseload', () => {
  let tmp: string;
  let data: string[];
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-links-cli-'));
    data = ['--data', path.join(tmp, 'data')];
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('ends one link of each kind, and names the field of a problem in EN/ES', async () => {
    const ok = async (args: string[]) => {
      const done = await run([...args, ...data]);
      expect(done.code, done.err).toBe(0);
      return done.out;
    };
    await ok(['seed', '--demo']);
    const roster = path.join(tmp, 'students.csv');
    fs.writeFileSync(roster, csv(ROSTER_HEADER, ['X1,rhs,Ana,Lopez,x1@rusd.test,12,2027']));
    await ok(['import', 'students', roster, '--district', 'rusd']);
    for (const [email, role] of [
      ['mom@rusd.test', 'guardian'],
      ['coach@rusd.test', 'counselor'],
    ] as const)
      await ok([
        'users',
        'create',
        '--email',
        email,
        '--name',
        role,
        '--role',
        role,
        '--org',
        'rhs',
      ]);
    await ok([
      'users',
      'link',
      '--student',
      'x1@rusd.test',
      '--guardian',
      'mom@rusd.test',
      '--counselor',
      'coach@rusd.test',
    ]);

    const guardian = await ok([
      'links',
      'remove-guardian',
      'X1',
      'mom@rusd.test',
      '--district',
      'rusd',
    ]);
    expect(guardian).toContain('Guardian mom@rusd.test is no longer linked to student X1');
    const caseload = await ok([
      'links',
      'remove-caseload',
      'X1',
      'coach@rusd.test',
      '--district',
      'rusd',
      '--lang',
      'es',
    ]);
    expect(caseload).toContain(
      'El estudiante X1 ya no está en la lista del consejero coach@rusd.test',
    );

    const again = await run([
      'links',
      'remove-guardian',
      'X1',
      'mom@rusd.test',
      '--district',
      'rusd',
      '--lang',
      'es',
      ...data,
    ]);
    expect(again.code).toBe(1);
    expect(again.err).toContain(
      'El tutor mom@rusd.test no está vinculado al estudiante X1 (guardianId)',
    );
    const nobody = await run([
      'links',
      'remove-caseload',
      'X9',
      'coach@rusd.test',
      '--district',
      'rusd',
      ...data,
    ]);
    expect(nobody.code).toBe(1);
    expect(nobody.err).toContain('District rusd has no student X9 (studentId');
    const elsewhere = await run([
      'links',
      'remove-caseload',
      'X1',
      'coach@rusd.test',
      '--district',
      'nowhere',
      ...data,
    ]);
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.err).toContain('No district has the id nowhere');
  }, 300_000);
});
