import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type CliIo } from '../main.ts';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => (out += t), err: (t) => (err += t) };
  return { code: await main(args, io), out, err };
}

describe('wayfinder students export / approve-export', () => {
  let tmp: string;
  let data: string[];
  const cap = process.env.WAYFINDER_EXPORT_DAILY_CAP;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-students-cli-'));
    data = ['--data', path.join(tmp, 'data')];
    process.env.WAYFINDER_EXPORT_DAILY_CAP = '1';
  });
  afterAll(() => {
    if (cap === undefined) delete process.env.WAYFINDER_EXPORT_DAILY_CAP;
    else process.env.WAYFINDER_EXPORT_DAILY_CAP = cap;
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('exports under the cap, and over it only after a second admin approves, once', async () => {
    const setup = [
      ['orgs', 'create', '--id', 'state', '--kind', 'state', '--name', 'State'],
      ['orgs', 'create', '--id', 'north', '--kind', 'district', '--name', 'N', '--parent', 'state'],
      ['orgs', 'create', '--id', 'nh', '--kind', 'school', '--name', 'NH', '--parent', 'north'],
      [
        'users',
        'create',
        '--email',
        'a1@north.test',
        '--name',
        'A1',
        '--role',
        'district_admin',
        '--org',
        'north',
      ],
      [
        'users',
        'create',
        '--email',
        'a2@north.test',
        '--name',
        'A2',
        '--role',
        'district_admin',
        '--org',
        'north',
      ],
      [
        'users',
        'create',
        '--email',
        's1@north.test',
        '--name',
        'Sam',
        '--role',
        'student',
        '--org',
        'nh',
      ],
    ];
    for (const args of setup) expect((await run([...args, ...data])).code, args.join(' ')).toBe(0);

    const csv = await run([
      'students',
      'export',
      '--format',
      'csv',
      '--as',
      'a1@north.test',
      ...data,
    ]);
    expect(csv.code).toBe(0);
    // A byte-order mark first, as every CSV export has, so Excel reads accented names as written.
    expect(csv.out).toMatch(
      /^\ufeffid,district_id,school_id,name,given_name,family_name,grade,local_id\n.+,north,nh,Sam,,,,\n$/,
    );

    const over = await run([
      'students',
      'export',
      '--format',
      'json',
      '--as',
      'a1@north.test',
      ...data,
    ]);
    expect(over.code).toBe(1);
    expect(over.err).toContain('limit of 1 per 24 hours');
    const id = /approve-export (\S+) --as/.exec(over.err)![1]!;

    const self = await run(['students', 'approve-export', id, '--as', 'a1@north.test', ...data]);
    expect(self.code).toBe(1);
    expect(self.err).toContain('your own request');
    const pending = await run([
      'students',
      'exports',
      '--pending',
      '--as',
      'a2@north.test',
      ...data,
    ]);
    expect(pending.out).toContain(`${id}  pending`);
    const ok = await run(['students', 'approve-export', id, '--as', 'a2@north.test', ...data]);
    expect(ok.code).toBe(0);

    const out = path.join(tmp, 'students.json');
    const approved = await run([
      'students',
      'export',
      '--format',
      'json',
      '--as',
      'a1@north.test',
      '--approval',
      id,
      '--out',
      out,
      ...data,
    ]);
    expect(approved.code).toBe(0);
    expect(JSON.parse(fs.readFileSync(out, 'utf8'))).toMatchObject({ exportId: id, count: 1 });
    const twice = await run([
      'students',
      'export',
      '--format',
      'json',
      '--as',
      'a1@north.test',
      '--approval',
      id,
      ...data,
    ]);
    expect(twice.code).toBe(1);
    expect(twice.err).toContain('already run');

    const audit = await run(['audit', '--action', 'student.export', ...data]);
    expect(audit.out.match(/student\.export/g)).toHaveLength(3);
  });
});
