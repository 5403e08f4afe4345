import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main, type CliIo } from '../main.ts';

const examples = path.resolve(import.meta.dirname, '../../../examples/programs');
const example = (name: string) => path.join(examples, name);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-validate-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => (out += t), err: (t) => (err += t) };
  const code = await main(args, io);
  return { code, out, err };
}

describe('wayfinder validate', () => {
  it('exits 0 for valid programs', async () => {
    const files = [example('software-development.json'), example('nursing.json')];
    const result = await run(['validate', ...files]);
    expect(result).toEqual({
      code: 0,
      out: `${files[0]}: ok\n${files[1]}: ok\nChecked 2 files: 0 errors, 0 warnings.\n`,
      err: '',
    });
  });

  it('exits 1 and prints each finding for a program with errors', async () => {
    const file = example('invalid-starts-by-grade-9.json');
    const result = await run(['validate', file]);
    expect(result.code).toBe(1);
    expect(result.out).toContain(
      `${file}: error pos.starts-by-grade-9 at program.steps[0]: The program starts in grade 10; a program of study must start by grade 9`,
    );
    expect(result.out).toMatch(/Checked 1 file: 1 error, 0 warnings\.\n$/);
  });

  it('checks pathways against the embedded framework', async () => {
    const result = await run(['validate', example('invalid-pathway-known.json')]);
    expect(result.code).toBe(1);
    expect(result.out).toContain('error pos.pathway-known at catalog.courses[13].pathwayCodes[1]');
  });

  it('uses the embedded occupation data: occupation fit and the jobs at each exit point', async () => {
    const doc = JSON.parse(fs.readFileSync(example('software-development.json'), 'utf8'));
    // An occupation outside pathway 11-03 (O*NET files registered nurses under health science).
    doc.program.occupations.push({ soc: '29-1141.00', title: 'Registered Nurses', point: 'exit' });
    const file = path.join(tmp, 'occupation-data.json');
    fs.writeFileSync(file, JSON.stringify(doc, null, 2));
    const fit = await run(['validate', '--profile', 'federal', file]);
    expect(fit.out).toContain(
      `${file}: warning pos.occupations-fit-pathway at program.occupations[3]`,
    );
    expect(fit.out).not.toContain('pos.exit-point-occupations');
    // Untied, the certificate exit finds no job at its level in the data (its occupations need a
    // bachelor's degree); the grade 12 exit keeps the one its step lists.
    doc.program.occupations.pop();
    for (const o of doc.program.occupations) delete o.credentialId;
    doc.program.steps[3].exitOccupations = ['15-1253'];
    fs.writeFileSync(file, JSON.stringify(doc, null, 2));
    const exits = await run(['validate', '--profile', 'federal', file]);
    const found = exits.out.split('\n').filter((l) => l.includes('pos.exit-point-occupations'));
    expect(found).toEqual([
      expect.stringContaining(
        'at program.steps[5].credentials[0]: Students who leave after postsecondary year 1 (spring)',
      ),
      expect.stringContaining('at program.steps[7].credentials[0]'),
    ]);
  });

  it('exits 0 with warnings only', async () => {
    const text = fs.readFileSync(example('nursing.json'), 'utf8');
    const file = path.join(tmp, 'no-employer.json');
    const doc = JSON.parse(text);
    doc.program.partners = doc.program.partners.filter(
      (p: { role: string }) => p.role !== 'employer',
    );
    fs.writeFileSync(file, JSON.stringify(doc, null, 2));
    const result = await run(['validate', file]);
    expect(result.code).toBe(0);
    expect(result.out).toContain(`${file}: warning pos.partners-employer at program.partners:`);
  });

  it('prints JSON, in Spanish on request', async () => {
    const files = [example('nursing.json'), example('invalid-no-repeated-content.json')];
    const result = await run(['validate', '--format', 'json', '--lang', 'es', ...files]);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.out)).toEqual([
      {
        file: files[1],
        rule: 'pos.no-repeated-content',
        severity: 'error',
        path: 'program.steps[4].courses[3]',
        message: expect.stringMatching(
          /^El curso de educación superior HLT 105 «Medical Terminology»/,
        ),
        profile: 'classic',
        reason: expect.stringContaining('primera edición de Wayfinder'),
      },
    ]);
  });

  it('exits 2 for malformed or unreadable files, naming the line or JSON path', async () => {
    const broken = path.join(tmp, 'broken.json');
    fs.writeFileSync(broken, '{\n  "program": {,\n}\n');
    const wrongShape = path.join(tmp, 'wrong-shape.json');
    const doc = JSON.parse(fs.readFileSync(example('nursing.json'), 'utf8'));
    doc.program.steps[0].level = 'grade-8';
    fs.writeFileSync(wrongShape, JSON.stringify(doc, null, 2));
    const missing = path.join(tmp, 'missing.json');

    const result = await run(['validate', broken, wrongShape, missing, example('nursing.json')]);
    expect(result.code).toBe(2);
    expect(result.out).toContain(`${broken}: error file.json at line 2, column 15: not valid JSON`);
    expect(result.out).toMatch(
      new RegExp(
        `${wrongShape}: error file.schema at program\\.steps\\[0\\]\\.level \\(line \\d+, column \\d+\\): Invalid option`,
      ),
    );
    expect(result.out).toContain(`${missing}: error file.read: cannot read the file: no such file`);
    expect(result.out).toContain('Checked 4 files, 3 unreadable: 3 errors, 0 warnings.');

    // In Spanish: the same places, the problems told in Spanish.
    const typed = path.join(tmp, 'typed.json');
    doc.program.steps[0].level = 9;
    fs.writeFileSync(typed, JSON.stringify(doc, null, 2));
    const es = await run(['validate', '--lang', 'es', broken, wrongShape, typed, missing]);
    expect(es.code).toBe(2);
    expect(es.out).toContain(
      `${broken}: error file.json en línea 2, columna 15: no es JSON válido (el lector de JSON dice, en inglés: `,
    );
    expect(es.out).toMatch(
      new RegExp(
        `${wrongShape}: error file.schema en program\\.steps\\[0\\]\\.level \\(línea \\d+, columna \\d+\\): Opción inválida`,
      ),
    );
    expect(es.out).toMatch(
      new RegExp(
        `${typed}: error file.schema en program\\.steps\\[0\\]\\.level \\(línea \\d+, columna \\d+\\): `,
      ),
    );
    expect(es.out).toContain(`${missing}: error file.read: no se puede leer el archivo: no existe`);
    expect(es.out).not.toMatch(/Invalid|cannot read|not valid/);

    const json = await run(['validate', '--format', 'json', wrongShape]);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.out)).toEqual([
      expect.objectContaining({
        rule: 'file.schema',
        path: 'program.steps[0].level',
        line: expect.any(Number),
      }),
    ]);
  });

  it('rejects a bad flag and needs at least one file', async () => {
    expect((await run(['validate', '--format', 'xml', example('nursing.json')])).code).not.toBe(0);
    const none = await run(['validate']);
    expect(none.code).not.toBe(0);
    expect(none.err).toContain("missing required argument 'files'");
  });

  it('checks against a named profile and prints its reason', async () => {
    const file = example('invalid-starts-by-grade-9.json');
    const federal = await run(['validate', '--profile', 'federal', file]);
    expect(federal.code).toBe(0);
    expect(federal.out).toContain(`${file}: warning pos.starts-by-grade-9 at program.steps[0]:`);
    expect(federal.out).toContain(
      '  (federal) Perkins V does not fix the grade a program starts in',
    );
    const state = await run([
      'validate',
      '--profile',
      'state-example',
      example('invalid-cte-from-start.json'),
    ]);
    expect(state.code).toBe(1);
    expect(state.out).toContain('error pos.cte-from-start at program.steps[0].courses');
  });

  it('reads a profile file, and refuses an unknown or malformed profile', async () => {
    const profile = JSON.parse(
      fs.readFileSync(
        path.resolve(import.meta.dirname, '../../domain/program/profiles/federal.json'),
        'utf8',
      ),
    );
    profile.id = 'my-state';
    profile.rules['pos.has-target-occupation'].severity = 'warning';
    const custom = path.join(tmp, 'my-state.json');
    fs.writeFileSync(custom, JSON.stringify(profile));
    const file = example('invalid-has-target-occupation.json');
    const result = await run(['validate', '--profile', custom, file]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('warning pos.has-target-occupation at program.occupations');
    expect(result.out).toContain('  (my-state) Perkins V sec. 3(41): aligned');

    const unknown = await run(['validate', '--profile', 'nowhere', file]);
    expect(unknown).toMatchObject({
      code: 2,
      err: expect.stringContaining('Unknown profile "nowhere"'),
    });
    profile.rules['pos.has-target-occupation'].severity = 'fatal';
    fs.writeFileSync(custom, JSON.stringify(profile));
    const bad = await run(['validate', '--profile', custom, file]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('error at rules.pos.has-target-occupation.severity');
  });

  it("judges credit agreements on today's date (or --today)", async () => {
    const file = example('invalid-credit-agreement-ending-soon.json');
    const soon = await run(['validate', '--profile', 'federal', '--today', '2026-11-01', file]);
    expect(soon.out).toContain(
      'warning pos.credit-agreement-ending-soon at catalog.creditAgreements[0].effectiveTo: The credit agreement intro-programming-cis-115 ends on 2026-12-15, in 44 days',
    );
    const later = await run(['validate', '--profile', 'federal', '--today', '2027-01-01', file]);
    expect(later.out).toContain(
      'warning pos.credit-agreements-in-force at catalog.creditAgreements[0]',
    );
    expect((await run(['validate', '--today', 'soon', file])).code).toBe(2);
  });
});
