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

const DIPLOMA = path.resolve(import.meta.dirname, '../../data/requirements/rusd-diploma.json');
const PROGRAM = path.resolve(
  import.meta.dirname,
  '../../../examples/programs/software-development.json',
);

describe('wayfinder progress and import requirements', () => {
  let tmp: string;
  let data: string[];
  const file = (name: string, text: string) => {
    const target = path.join(tmp, name);
    fs.writeFileSync(target, text);
    return target;
  };
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-progress-cli-'));
    data = ['--data', path.join(tmp, 'data')];
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('loads a set, checks one student in words and JSON, and every student to CSV', async () => {
    for (const args of [
      ['orgs', 'create', '--id', 'state', '--kind', 'state', '--name', 'State'],
      ['orgs', 'create', '--id', 'north', '--kind', 'district', '--name', 'N', '--parent', 'state'],
      ['orgs', 'create', '--id', 'nh', '--kind', 'school', '--name', 'NH', '--parent', 'north'],
    ])
      expect((await run([...args, ...data])).code).toBe(0);
    const broken = file(
      'broken.json',
      '{\n  "id": "x",\n  "title": {"en": "X"},\n  "root": {}\n}\n',
    );
    const refused = await run(['import', 'requirements', broken, '--district', 'north', ...data]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`${broken}:4:`);
    const spanish = await run([
      ...['import', 'requirements', broken, '--district', 'north', '--lang', 'es', ...data],
    ]);
    expect(spanish.code).toBe(1);
    expect(spanish.err).toContain(`${broken}:4:`);
    expect(spanish.err).not.toBe(refused.err);
    expect(spanish.err).toContain("root.type: no es un valor válido: se esperaba 'course_set' | ");
    const nowhere = ['import', 'requirements', DIPLOMA, '--district', 'nowhere', ...data];
    expect((await run(nowhere)).err).toContain('No district has the id nowhere.');
    expect((await run([...nowhere, '--lang', 'es'])).err).toContain(
      'Ningún distrito tiene el identificador nowhere.',
    );
    const loaded = await run(['import', 'requirements', DIPLOMA, '--district', 'north', ...data]);
    expect(loaded.out).toBe('Loaded rusd-diploma for north (its default set)\n');

    const roster = csv(ROSTER_HEADER, [
      'N1,nh,Ana,Lopez,ana@north.test,9,2029',
      'N2,nh,Ben,"=Ng",ben@north.test,10,2028',
    ]);
    const transcript = csv(TRANSCRIPT_HEADER, [
      'N1,nh,2025-26,year,02052,Algebra I,02052,1,1,B+,pass',
      'N1,nh,2025-26,year,01001,English 9,01001,1,0,,in_progress',
      'N1,nh,2025-26,year,03051,Biology,03051,1,0,F,fail',
    ]);
    for (const [kind, text] of [
      ['students', roster],
      ['transcripts', transcript],
    ] as const)
      expect(
        (await run(['import', kind, file(`${kind}.csv`, text), '--district', 'north', ...data]))
          .code,
      ).toBe(0);

    const text = await run(['progress', 'ana@north.test', ...data]);
    expect(text.code, text.err).toBe(0);
    expect(text.out).toContain('Riverside Unified diploma [rusd-diploma]: missing');
    expect(text.out).toContain(
      'Algebra I, 2025–26, grade B+, counts toward Algebra I: 1 of 1 credit.',
    );
    expect(text.out).toContain('Biology, 2025–26, was not passed, so it does not count.');
    const textEs = await run(['progress', 'ana@north.test', '--lang', 'es', ...data]);
    expect(textEs.code, textEs.err).toBe(0);
    expect(textEs.out).toMatch(/^Ana Lopez \(\S+\), grado 9, nh\n/);
    expect(textEs.out).toContain('[rusd-diploma]: falta');
    expect(textEs.out).not.toMatch(/grade |: missing|counts toward|What if/);
    expect(text.out).not.toContain('Credentials earned');

    // A credential the records name: its own section, in the language asked.
    expect((await run(['import', 'programs', PROGRAM, ...data])).code).toBe(0);
    const earned = file(
      'credentials.csv',
      csv('student_id,credential,date_earned', ['N1,pcep,2026-05-01']),
    );
    const cred = await run(['import', 'credentials', earned, '--district', 'north', ...data]);
    expect(cred.code, cred.err).toBe(0);
    const withCredential = await run(['progress', 'ana@north.test', ...data]);
    expect(withCredential.out).toContain(
      '\n\nCredentials earned:\n  ✓ PCEP – Certified Entry-Level Python Programmer, earned 2026-05-01\n  College credit counted: 0 credits\n',
    );
    const inSpanish = await run(['progress', 'ana@north.test', '--lang', 'es', ...data]);
    expect(inSpanish.out).toMatch(/^Ana Lopez \(\S+\), grado 9, nh\n/);
    expect(inSpanish.out).toContain(
      '\n\nCredenciales obtenidas:\n  ✓ PCEP – Certified Entry-Level Python Programmer, obtenida el 2026-05-01\n  Crédito universitario contado: 0 créditos\n',
    );
    for (const english of ['Credentials earned', 'earned 2026', 'College credit', 'grade 9'])
      expect(inSpanish.out).not.toContain(english);

    const json = await run([
      'progress',
      'ana@north.test',
      '--format',
      'json',
      '--lang',
      'es',
      ...data,
    ]);
    const parsed = JSON.parse(json.out);
    expect(parsed.check.requirements.find((r: { id: string }) => r.id === 'english')).toMatchObject(
      {
        status: 'missing',
        inProgress: 1,
      },
    );

    const out = path.join(tmp, 'progress.csv');
    const batch = await run(['progress', '--district', 'north', '--out', out, ...data]);
    expect(batch.code, batch.err).toBe(0);
    expect(batch.out).toContain('Checked 2 students of north');
    const batchEs = await run([
      ...['progress', '--district', 'north', '--out', out, '--lang', 'es', ...data],
    ]);
    expect(batchEs.out).toMatch(
      /^Se revisaron 2 estudiantes de north → .*\n {2}cumplido \d+ · en curso/,
    );
    const lines = fs.readFileSync(out, 'utf8').trim().split('\r\n');
    expect(lines[0]).toBe(
      'student_id,user_id,school_id,grade_level,graduation_year,requirement_set,status,credits_required,credits_earned,credits_in_progress,credits_planned,not_met,unit',
    );
    expect(lines).toHaveLength(3);
    const ana = lines.find((l) => l.startsWith('N1,'))!;
    // A cell with ";" is quoted, so a spreadsheet that splits on semicolons keeps it whole.
    expect(ana).toMatch(
      /,rusd-diploma,missing,22,1,1,0,"english:missing; math:missing;[^"]*",credits$/,
    );
  }, 300_000);
});
