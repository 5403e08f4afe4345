/**
 * `wayfinder users schools`: sets a counselor's further schools through the service, lists them,
 * takes the students of a school dropped off the caseload, refuses bad input naming the field
 * and changing nothing, and leaves one audit entry per change made.
 */
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

describe('wayfinder users schools', () => {
  let tmp: string;
  let data: string[];
  const kim = async () =>
    (await run(['users', 'list', '--role', 'counselor', ...data])).out
      .split('\n')
      .find((line) => line.startsWith('kim@north.test\t'));
  const audited = async () =>
    (await run(['audit', '--action', 'user.set_counselor_schools', ...data])).out
      .split('\n')
      .filter(Boolean);

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-counselor-schools-cli-'));
    data = ['--data', path.join(tmp, 'data')];
    const org = (id: string, kind: string, parent?: string) =>
      ['orgs', 'create', '--id', id, '--kind', kind, '--name', id.toUpperCase()].concat(
        parent ? ['--parent', parent] : [],
      );
    const user = (email: string, role: string, orgId: string) =>
      ['users', 'create', '--email', email, '--name', email, '--role', role, '--org', orgId].concat(
        role === 'student' ? ['--grade', '10'] : [],
      );
    for (const args of [
      org('state', 'state'),
      org('north', 'district', 'state'),
      org('south', 'district', 'state'),
      org('north-high', 'school', 'north'),
      org('north-mid', 'school', 'north'),
      org('north-elem', 'school', 'north'),
      org('south-high', 'school', 'south'),
      user('kim@north.test', 'counselor', 'north-high'),
      user('pat@north.test', 'student', 'north-mid'),
      user('lee@north.test', 'teacher', 'north-high'),
    ]) {
      const done = await run([...args, ...data]);
      expect(done.code, done.err).toBe(0);
    }
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('says in its help that no --school clears the further schools', async () => {
    const help = await run(['users', 'schools', '--help']);
    expect(help.out).toMatch(/no --school at all\s+clears them/);
    expect(help.out).toContain('--school <id>');
  });

  it('sets the further schools, and the caseload may then take a student of one', async () => {
    const refused = await run([
      'users',
      'link',
      '--student',
      'pat@north.test',
      '--counselor',
      'kim@north.test',
      ...data,
    ]);
    expect(refused.code).toBe(1);
    const set = await run([
      'users',
      'schools',
      'Kim@North.test',
      '--school',
      'north-mid',
      '--school',
      'north-elem',
      '--school',
      'north-high',
      ...data,
    ]);
    expect(set, set.err).toMatchObject({ code: 0, err: '' });
    expect(set.out).toBe('kim@north.test serves north-high and also north-elem, north-mid.\n');
    expect(await kim()).toMatch(/\talso:north-elem,north-mid$/);
    const linked = await run([
      'users',
      'link',
      '--student',
      'pat@north.test',
      '--counselor',
      'kim@north.test',
      ...data,
    ]);
    expect(linked.code, linked.err).toBe(0);
    const entries = await audited();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toContain('"via":"cli"');
  });

  it.each([
    [
      'a school of another district',
      ['kim@north.test', '--school', 'north-elem', '--school', 'south-high'],
      1,
      /--school: .*south-high is not a school of the counselor’s district/,
    ],
    ['a district', ['kim@north.test', '--school', 'north'], 1, /--school: .*north is not a school/],
    ['an unknown org', ['kim@north.test', '--school', 'nowhere'], 1, /--school: .*nowhere/],
    ['an id too long', ['kim@north.test', '--school', 'x'.repeat(64)], 2, /--school \(x+\): /],
    ['an account that is not a counselor', ['lee@north.test'], 1, /--school: .*lee@north\.test/],
    ['an unknown email', ['nobody@north.test'], 1, /nobody@north\.test/],
    ['a malformed email', ['not-an-email'], 1, /email/],
  ])('refuses %s, naming the field, and changes nothing', async (_name, args, code, said) => {
    const before = await kim();
    const refused = await run(['users', 'schools', ...args, ...data]);
    expect(refused.code).toBe(code);
    expect(refused.err).toMatch(said);
    expect(refused.out).toBe('');
    expect(await kim()).toBe(before);
    expect(await audited()).toHaveLength(1);
  });

  it('clears them with no --school, taking the dropped school’s student off the caseload', async () => {
    const cleared = await run(['users', 'schools', 'kim@north.test', ...data]);
    expect(cleared).toMatchObject({ code: 0, err: '' });
    expect(cleared.out).toBe(
      'kim@north.test serves only their own school, north-high.\n' +
        '1 student(s) of schools no longer served left their caseload.\n',
    );
    expect(await kim()).not.toContain('also:');
    const entries = await audited();
    expect(entries).toHaveLength(2);
    expect(entries[0]).toContain('"dropped":["north-elem","north-mid"]');
  });
});
