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

describe('wayfinder users / orgs / audit', () => {
  let tmp: string;
  let data: string[];
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-accounts-cli-'));
    data = ['--data', path.join(tmp, 'data')];
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('creates organizations, users with a one-time link, lists, disables, resets and audits', async () => {
    expect(
      (
        await run([
          'orgs',
          'create',
          '--id',
          'state',
          '--kind',
          'state',
          '--name',
          'State',
          ...data,
        ])
      ).code,
    ).toBe(0);
    expect(
      (
        await run([
          'orgs',
          'create',
          '--id',
          'north',
          '--kind',
          'district',
          '--name',
          'North',
          '--parent',
          'state',
          ...data,
        ])
      ).code,
    ).toBe(0);
    const school = await run([
      'orgs',
      'create',
      '--id',
      'north-high',
      '--kind',
      'school',
      '--name',
      'North High',
      '--parent',
      'north',
      ...data,
    ]);
    expect(school.out).toContain('Created school north-high (district north)');
    const bad = await run([
      'orgs',
      'create',
      '--id',
      'x',
      '--kind',
      'school',
      '--name',
      'X',
      '--parent',
      'state',
      ...data,
    ]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('belongs to a district');

    const created = await run([
      'users',
      'create',
      '--email',
      'Kim@North.test',
      '--name',
      'Kim',
      '--role',
      'counselor',
      '--org',
      'north-high',
      ...data,
    ]);
    expect(created.code).toBe(0);
    expect(created.out).toMatch(/Created counselor kim@north\.test/);
    expect(created.out).toMatch(/http:\/\/localhost:3000\/account\/set-password#token=[\w-]{40,}/);
    const badRole = await run([
      'users',
      'create',
      '--email',
      'a@b.test',
      '--name',
      'A',
      '--role',
      'wizard',
      '--org',
      'north',
      ...data,
    ]);
    expect(badRole.code).toBe(2);
    expect(badRole.err).toContain('--role');

    const list = await run(['users', 'list', '--district', 'north', ...data]);
    expect(list.out).toContain('kim@north.test\tcounselor\tnorth-high\tactive');
    expect((await run(['users', 'disable', 'kim@north.test', ...data])).out).toContain('disabled');
    const reset = await run(['users', 'reset-password', 'kim@north.test', ...data]);
    expect(reset.out).toContain('#token=');
    expect((await run(['orgs', 'list', '--district', 'north', ...data])).out).toContain(
      'north-high\tschool',
    );

    // A school sign-in identity linked by hand (Microsoft sends no email_verified).
    const issuer = 'https://login.microsoftonline.com/0b9c1e2a-tenant/v2.0';
    const linked = await run([
      'users',
      'link-identity',
      'kim@north.test',
      '--issuer',
      issuer,
      '--subject',
      'AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ',
      ...data,
    ]);
    expect(linked.code, linked.err).toBe(0);
    expect(linked.out).toContain(`kim@north.test now signs in with ${issuer}`);
    expect((await run(['users', 'list', ...data])).out).toContain(`linked:${issuer}`);
    const both = await run(['users', 'link-identity', 'kim@north.test', '--subject', 's', ...data]);
    expect(both).toMatchObject({ code: 2, err: expect.stringContaining('--provider or --issuer') });
    const noProvider = await run([
      'users',
      'link-identity',
      'kim@north.test',
      '--provider',
      'microsoft',
      '--subject',
      's',
      ...data,
    ]);
    expect(noProvider).toMatchObject({
      code: 2,
      err: expect.stringContaining('no provider "microsoft"'),
    });
    const badIssuer = await run([
      'users',
      'link-identity',
      'kim@north.test',
      '--issuer',
      'not a url',
      '--subject',
      's',
      ...data,
    ]);
    expect(badIssuer).toMatchObject({ code: 1, err: expect.stringContaining('issuer') });
    const again = await run([
      'users',
      'link-identity',
      'kim@north.test',
      '--issuer',
      issuer,
      '--subject',
      'someone-else',
      ...data,
    ]);
    expect(again).toMatchObject({
      code: 1,
      err: expect.stringContaining('Remove that link first'),
    });
    const unlinked = await run(['users', 'unlink-identity', 'kim@north.test', ...data]);
    expect(unlinked.out).toContain('kim@north.test has no linked sign-in identity');
    expect((await run(['users', 'list', ...data])).out).not.toContain('linked:');

    const audit = await run(['audit', '--district', 'north', ...data]);
    expect(audit.code).toBe(0);
    for (const action of [
      'user.create',
      'user.disable',
      'user.reset_link',
      'org.create',
      'user.link_identity',
      'user.unlink_identity',
    ])
      expect(audit.out).toContain(action);
    expect(audit.out).not.toContain('#token=');
  });
});
