import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GENERATED_ROSTER_HEADER } from '../../services/records/generate-students.ts';
import { TRANSCRIPT_HEADER } from '../../services/records/test-world.ts';
import { main, type CliIo } from '../main.ts';

describe('wayfinder demo students', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-demo-students-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('writes the roster and transcript CSVs, the same for the same seed', async () => {
    let out = '';
    let err = '';
    const io: CliIo = { out: (t) => (out += t), err: (t) => (err += t) };
    const run = (dir: string) =>
      main(['demo', 'students', '--count', '25', '--seed', '3', '--out', dir], io);
    expect(await run(path.join(tmp, 'a')), err).toBe(0);
    expect(await run(path.join(tmp, 'b'))).toBe(0);
    expect(out).toMatch(/^Wrote 25 students \(\d+ off track\) and \d+ course attempts to /);
    const read = (dir: string, file: string) => fs.readFileSync(path.join(tmp, dir, file), 'utf8');
    const students = read('a', 'students.csv').trim().split('\r\n');
    // The roster's columns, then the optional group and outcome columns Perkins counts use.
    expect(students[0]).toBe(GENERATED_ROSTER_HEADER.join(','));
    expect(students).toHaveLength(26);
    expect(read('a', 'transcripts.csv').split('\r\n')[0]).toBe(TRANSCRIPT_HEADER);
    expect(read('b', 'transcripts.csv')).toBe(read('a', 'transcripts.csv'));
    expect(await main(['demo', 'students', '--count', '0', '--out', tmp], io)).not.toBe(0);
    expect(err).toContain('--count');
  });
});
