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

describe('wayfinder credentials remove', () => {
  let tmp: string;
  let data: string[];
  const file = (name: string, text: string) => {
    const target = path.join(tmp, name);
    fs.writeFileSync(target, text);
    return target;
  };
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-credentials-cli-'));
    data = ['--data', path.join(tmp, 'data')];
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('removes a credential imported in error, and names the field of a problem in EN/ES', async () => {
    expect((await run(['seed', '--demo', ...data])).code).toBe(0);
    const roster = file(
      'students.csv',
      csv(`${ROSTER_HEADER},credential_earned`, ['X1,rhs,Ana,Lopez,x1@rusd.test,12,2027,N']),
    );
    const credentials = file(
      'credentials.csv',
      csv('student_id,credential,date_earned', [
        'X1,CompTIA Tech+,2026-05-04',
        'X1,pcep,2026-03-01',
      ]),
    );
    for (const args of [
      ['import', 'students', roster, '--district', 'rusd'],
      ['import', 'credentials', credentials, '--district', 'rusd'],
    ]) {
      const done = await run([...args, ...data]);
      expect(done.code, done.err).toBe(0);
    }
    const removal = ['credentials', 'remove', 'X1'];
    const first = await run([...removal, 'pcep', '--district', 'rusd', ...data]);
    expect(first.code, first.err).toBe(0);
    expect(first.out).toContain('Removed pcep (earned 2026-03-01) from student X1');
    expect(first.out).toContain('1 named credential remains');
    const again = await run([...removal, 'pcep', '--district', 'rusd', '--lang', 'es', ...data]);
    expect(again.code).toBe(1);
    expect(again.err).toContain('El estudiante X1 no tiene la credencial pcep (credentialId)');
    const last = await run(
      [...removal, 'CompTIA Tech+', '--district', 'rusd', '--lang', 'es'].concat(data),
    );
    expect(last.code, last.err).toBe(0);
    expect(last.out).toContain('Se quitó comptia-tech-plus (obtenida el 2026-05-04)');
    expect(last.out).toContain('no queda ninguna credencial nombrada');
    const nobody = await run([
      'credentials',
      'remove',
      'X9',
      'pcep',
      '--district',
      'rusd',
      ...data,
    ]);
    expect(nobody.code).toBe(1);
    expect(nobody.err).toContain('District rusd has no student X9 (studentId');
  }, 120_000);
});
