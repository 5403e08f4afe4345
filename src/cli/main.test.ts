import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type CliIo } from './main.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => (out += t), err: (t) => (err += t) };
  const code = await main(args, io);
  return { code, out, err };
}

describe('wayfinder CLI', () => {
  let dataDir: string;
  let tmp: string;

  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-cli-'));
    dataDir = path.join(tmp, 'data');
  });
  afterAll(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('prints help for the program and for each command', async () => {
    const top = await run(['--help']);
    expect(top.code).toBe(0);
    for (const name of ['serve', 'migrate', 'seed', 'export']) expect(top.out).toContain(name);
    for (const args of [
      ['serve', '--help'],
      ['migrate', '--help'],
      ['seed', '--help'],
      ['export', 'framework', '--help'],
    ]) {
      const help = await run(args);
      expect(help.code, args.join(' ')).toBe(0);
      expect(help.out).toContain('Usage: wayfinder');
    }
  });

  it('rejects a bad flag or value, saying what was wrong', async () => {
    const unknown = await run(['serve', '--prot', '80']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.err).toContain("unknown option '--prot'");
    const badPort = await run(['serve', '--port', 'eighty']);
    expect(badPort.code).not.toBe(0);
    expect(badPort.err).toMatch(/--port.*must be a whole number/);
    const badFormat = await run(['export', 'framework', '--format', 'xml', '--data', dataDir]);
    expect(badFormat.code).not.toBe(0);
    expect(badFormat.err).toContain("'xml' is invalid");
    const unknownCommand = await run(['frobnicate']);
    expect(unknownCommand.code).not.toBe(0);
    expect(unknownCommand.err).toContain("unknown command 'frobnicate'");
  });

  it('migrates, seeds idempotently and exports JSON and CSV', async () => {
    const migrate = await run(['migrate', '--data', dataDir]);
    expect(migrate).toMatchObject({
      code: 0,
      out: expect.stringMatching(/^Applied \d+ migration\(s\): 0001-framework, 0002-programs/),
    });
    expect((await run(['migrate', '--data', dataDir])).out).toContain('up to date');
    for (let i = 0; i < 2; i++) {
      const seed = await run(['seed', '--data', dataDir]);
      expect(seed.code, seed.err).toBe(0);
      const [framework, occupations, links] = seed.out.trimEnd().split('\n');
      expect(framework).toBe('Loaded 1 framework(s), 16 clusters, 79 pathways.');
      expect(occupations).toMatch(
        i === 0
          ? /^Default occupations: (\d+) \(\1 added\)\.$/
          : /^Default occupations: \d+ \(all were there\)\.$/,
      );
      expect(links).toMatch(/^Occupation–pathway links: \d+ \((\d+ added|all were there)\)\.$/);
    }

    const demo = await run(['seed', '--demo', '--data', dataDir]);
    expect(demo.code, demo.err).toBe(0);
    expect(demo.out).toMatch(/Demo region: 6 program\(s\) added/);
    expect((await run(['seed', '--demo', '--data', dataDir])).out).toContain(
      'Demo region: 0 program(s) added (all were there)',
    );
    const exported = await run(['export', 'program', 'riverside-nursing', '--data', dataDir]);
    expect(JSON.parse(exported.out).program.pathwayCode).toBe('08-05');

    const json = await run(['export', 'framework', '--format', 'json', '--data', dataDir]);
    expect(json.code).toBe(0);
    const framework = JSON.parse(json.out);
    expect(framework.id).toBe('nccf-16');
    expect(framework.clusters).toHaveLength(16);
    expect(framework.clusters.flatMap((c: { pathways: unknown[] }) => c.pathways)).toHaveLength(79);

    const out = path.join(tmp, 'framework.csv');
    const csv = await run([
      'export',
      'framework',
      '--format',
      'csv',
      '--out',
      out,
      '--data',
      dataDir,
    ]);
    expect(csv.code).toBe(0);
    const lines = fs
      .readFileSync(out, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe(
      'framework_id,framework_version,cluster_code,cluster_title_en,cluster_title_es,pathway_code,pathway_title_en,pathway_title_es,pathway_description_en,pathway_description_es',
    );
    expect(lines).toHaveLength(80);
    expect(lines.some((l) => l.includes('08-05') && l.includes('Therapeutic Services'))).toBe(true);

    const missing = await run(['export', 'framework', '--framework', 'nope', '--data', dataDir]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('No framework with id "nope"');
  });

  it('serves, answers /healthz, and stops cleanly on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      ['bin/wayfinder.js', 'serve', '--port', '0', '--data', path.join(tmp, 'serve')],
      {
        cwd: repoRoot,
        env: { ...process.env, LOG_LEVEL: 'warn' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 60_000);
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /serving (http:\/\/\S+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
    });
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', database: 'pglite' });
    // `npm start` shows the demo region: its six approved programs of study.
    const programs = (await (await fetch(`${url}/api/v1/programs`)).json()) as {
      items: { id: string; status: string }[];
    };
    expect(programs.items.map((p) => p.id).sort()).toEqual([
      'riverside-accounting',
      'riverside-construction-technology',
      'riverside-early-childhood-education',
      'riverside-nursing',
      'riverside-software-development',
      'riverside-welding-technology',
    ]);
    const exit = new Promise<number | null>((resolve) =>
      child.once('exit', (code) => resolve(code)),
    );
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  }, 90_000);
});
