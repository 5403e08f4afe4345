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

describe('wayfinder import programs / export program', () => {
  let tmp: string;
  let data: string;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-programs-'));
    data = path.join(tmp, 'data');
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  const count = async () => {
    const listed = await run(['export', 'program', 'no-such-program', '--data', data]);
    return listed;
  };

  it('imports nothing when one file is malformed (exit 2, names the line)', async () => {
    const broken = path.join(tmp, 'broken.json');
    fs.writeFileSync(broken, '{\n  "program": {\n    "title": { "en": "Broken" },\n  }\n}\n');
    const result = await run([
      'import',
      'programs',
      path.join(examples, 'software-development.json'),
      broken,
      '--data',
      data,
    ]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/broken\.json \(line 4/);
    expect(result.err).toContain('Nothing was imported.');
    expect((await count()).code).toBe(1);
  });

  it("tells a choice's problems in the language asked, at the same line and path", async () => {
    const program = JSON.parse(
      fs.readFileSync(path.join(examples, 'software-development.json'), 'utf8'),
    ) as { program: { steps: Array<Record<string, unknown>> } };
    program.program.steps[0]!.choices = [
      { choose: 2, courses: ['eng-9', 'alg-1'] },
      { choose: 0, courses: ['biology'] },
    ];
    const file = path.join(tmp, 'choices.json');
    fs.writeFileSync(file, JSON.stringify(program, null, 2));
    const args = ['import', 'programs', file, '--data', data];
    const en = await run(args);
    const es = await run([...args, '--lang', 'es']);
    expect(en.code).toBe(2);
    expect(es.code).toBe(2);
    const where = (text: string) =>
      [...text.matchAll(/\((?:line|línea) (\d+:\d+ \S+)\)/g)].map((m) => m[1]);
    expect(where(es.err)).toEqual(where(en.err));
    expect(where(en.err)).toHaveLength(3);
    expect(en.err).toContain('must be less than the number of courses to choose from');
    expect(en.err).toContain('must list at least two courses to choose from');
    expect(en.err).toContain('must be at least 1');
    expect(es.err).toContain('(línea ');
    expect(es.err).toContain('debe ser menor que el número de cursos para elegir');
    expect(es.err).toContain('debe listar al menos dos cursos para elegir');
    expect(es.err).toContain('debe ser al menos 1');
    expect(es.err).toContain('No se importó nada.');
    for (const english of ['must ', '(line ', 'Nothing was imported'])
      expect(es.err).not.toContain(english);
  });

  it('imports nothing when one program cannot be approved (exit 1)', async () => {
    const result = await run([
      'import',
      'programs',
      path.join(examples, 'software-development.json'),
      path.join(examples, 'invalid-starts-by-grade-9.json'),
      '--approve',
      '--data',
      data,
    ]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('pos.starts-by-grade-9');
    const exported = await run(['export', 'program', 'software-development', '--data', data]);
    expect(exported.code).toBe(1);
    expect(exported.err).toContain('No program with id');
  });

  it('imports nothing when a file names a framework that is not loaded, naming the file', async () => {
    const program = JSON.parse(
      fs.readFileSync(path.join(examples, 'software-development.json'), 'utf8'),
    ) as { program: Record<string, unknown> };
    program.program.frameworkId = 'nccf-17';
    const file = path.join(tmp, 'other-framework.json');
    fs.writeFileSync(file, JSON.stringify(program, null, 2));
    const result = await run(['import', 'programs', file, '--data', data]);
    expect(result.code).not.toBe(0);
    expect(result.err).toContain('other-framework.json: program.frameworkId: no framework with id');
    expect(result.err).toContain('"nccf-16"');
    expect((await count()).code).toBe(1);
  });

  it('imports valid programs, approved, and exports them as JSON, CSV and PDF', async () => {
    const files = ['software-development.json', 'nursing.json'].map((f) => path.join(examples, f));
    const result = await run(['import', 'programs', ...files, '--approve', '--data', data]);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain('Imported 2 program(s).');
    const again = await run(['import', 'programs', ...files, '--data', data, '--lang', 'es']);
    expect(again.code, again.err).toBe(0);
    // A second import is a new draft, told in Spanish with --lang es.
    expect(again.out).toMatch(/software-development\.json: \S+ versión 2 \(borrador\), 0 errores/);
    expect(again.out).toContain('Se importaron 2 programas.');
    expect(again.out).not.toMatch(/version|Imported|error\(s\)|warning/);

    const ids = [...result.out.matchAll(/: (\S+) version 1 \(approved\)/g)].map((m) => m[1]!);
    expect(ids).toHaveLength(2);
    const json = await run([
      'export',
      'program',
      ids[0]!,
      '--program-version',
      '1',
      '--data',
      data,
    ]);
    expect(json.code, json.err).toBe(0);
    const original = JSON.parse(fs.readFileSync(files[0]!, 'utf8'));
    expect(JSON.parse(json.out).program.title).toEqual(original.program.title);

    const csv = await run(['export', 'program', ids[0]!, '--format', 'csv', '--data', data]);
    expect(csv.code).toBe(0);
    expect(csv.out.replace(/^\uFEFF/, '').split('\n')[0]).toContain(
      'program_id,version,status,step',
    );

    const pdfPath = path.join(tmp, 'program.pdf');
    const pdf = await run([
      'export',
      'program',
      ids[1]!,
      '--format',
      'pdf',
      '--lang',
      'es',
      '--out',
      pdfPath,
      '--data',
      data,
    ]);
    expect(pdf.code, pdf.err).toBe(0);
    const bytes = fs.readFileSync(pdfPath);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.toString('latin1')).toMatch(/\/Count 1\b/);
  });
});
