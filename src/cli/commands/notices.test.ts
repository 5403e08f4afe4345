import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type CliIo } from '../main.ts';

const examples = path.resolve(import.meta.dirname, '../../../examples/programs');

async function run(args: string[]) {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => (out += t), err: (t) => (err += t) };
  const code = await main(args, io);
  return { code, out, err };
}

describe('wayfinder notices agreements', () => {
  let tmp: string;
  let data: string;
  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-notices-'));
    data = path.join(tmp, 'data');
    // The ending-soon example's dual-credit agreement ends on 2026-12-15.
    const file = path.join(examples, 'invalid-credit-agreement-ending-soon.json');
    const imported = await run(['import', 'programs', file, '--data', data]);
    expect(imported.code, imported.err).toBe(0);
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('tells the owner which agreement ends within 90 days, and nothing when none does', async () => {
    const soon = await run(['notices', 'agreements', '--today', '2026-11-01', '--data', data]);
    expect(soon).toEqual({
      code: 0,
      out:
        'Riverside School District (district):\n' +
        '  The credit agreement intro-programming-cis-115, which the program “Software Development” relies on, ends on 2026-12-15, in 44 days; renew it before then, or students lose the college credit.\n',
      err: '',
    });
    const json = await run([
      'notices',
      'agreements',
      '--today',
      '2026-11-01',
      '--format',
      'json',
      '--lang',
      'es',
      '--data',
      data,
    ]);
    expect(JSON.parse(json.out)).toEqual([
      expect.objectContaining({
        ownerId: 'district',
        owner: 'Riverside School District',
        agreementId: 'intro-programming-cis-115',
        daysLeft: 44,
        message: expect.stringContaining('vence el 2026-12-15, en 44 días'),
      }),
    ]);
    const early = await run(['notices', 'agreements', '--today', '2026-08-01', '--data', data]);
    expect(early.out).toBe('No credit agreement ends in the next 90 days.\n');
    expect((await run(['notices', 'agreements', '--days', 'x', '--data', data])).code).toBe(2);
  });
});
