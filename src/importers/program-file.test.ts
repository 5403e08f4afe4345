import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseProgramText, readProgramFile } from './program-file.ts';

const examples = path.resolve(import.meta.dirname, '../../examples/programs');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-program-file-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('readProgramFile', () => {
  it('reads a valid program file, applying defaults', async () => {
    const result = await readProgramFile(path.join(examples, 'software-development.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file.program.pathwayCode).toBe('11-03');
    expect(result.file.catalog.courses.find((c) => c.id === 'eng-9')?.corequisites).toEqual([]);
  });

  it('gives the line and column of malformed JSON', async () => {
    const file = path.join(tmp, 'broken.json');
    fs.writeFileSync(file, '{\n  "program": {\n    "title": { "en": "X" },\n  }\n}\n');
    expect(await readProgramFile(file)).toEqual({
      ok: false,
      problems: [
        {
          kind: 'json',
          path: '',
          line: 4,
          column: 3,
          message: 'not valid JSON: Expected double-quoted property name',
        },
      ],
    });
    const noPosition = parseProgramText('\n\n  {"program": nope}');
    expect(noPosition).toMatchObject({ ok: false, problems: [{ line: 3, column: 15 }] });
    expect(parseProgramText('{"program": ')).toMatchObject({
      ok: false,
      problems: [{ line: 1, column: 13 }],
    });
  });

  it('refuses a NUL character, which the database cannot store, with its line', () => {
    const text = fs.readFileSync(path.join(examples, 'software-development.json'), 'utf8');
    const broken = text.replace('"ownerId": "district"', '"ownerId": "dis\\u0000trict"');
    expect(broken).not.toBe(text);
    const line = broken.split('\n').findIndex((l) => l.includes('\\u0000')) + 1;
    expect(parseProgramText(broken)).toEqual({
      ok: false,
      problems: [
        {
          kind: 'schema',
          path: 'program.ownerId',
          line,
          column: expect.any(Number),
          message: 'must not contain a NUL character (\\u0000)',
        },
      ],
    });
  });

  it('gives the JSON path and line of schema errors', () => {
    const text = fs.readFileSync(path.join(examples, 'software-development.json'), 'utf8');
    const broken = text
      .replace('"level": "grade-10"', '"level": "grade-8"')
      .replace(/"ownerId": "district",\n/, '');
    const result = parseProgramText(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = broken.split('\n');
    const levelLine = lines.findIndex((l) => l.includes('"grade-8"')) + 1;
    expect(result.problems).toEqual([
      {
        kind: 'schema',
        path: 'program.ownerId',
        line: 4,
        column: 14,
        message: 'is required (a string)',
      },
      {
        kind: 'schema',
        path: 'program.steps[1].level',
        line: levelLine,
        column: expect.any(Number),
        message: expect.stringContaining('Invalid option: expected one of "grade-9"'),
      },
    ]);
  });

  it('trims texts, leaves out a blank Spanish title, and gives the line of a blank title', () => {
    const text = fs.readFileSync(path.join(examples, 'nursing.json'), 'utf8');
    const spaced = text.replace('"es": "Enfermería"', '"es": " "');
    expect(spaced).not.toBe(text);
    const tidied = parseProgramText(spaced.replace('"en": "Nursing"', '"en": " Nursing "'));
    expect(tidied.ok && tidied.file.program.title).toEqual({ en: 'Nursing' });
    const blank = text.replace('"en": "English 10"', '"en": "  "');
    const line = blank.split('\n').findIndex((l) => l.includes('"en": "  "')) + 1;
    expect(parseProgramText(blank)).toEqual({
      ok: false,
      problems: [
        {
          kind: 'schema',
          path: 'catalog.courses[1].title.en',
          line,
          column: expect.any(Number),
          message: 'must not be blank',
        },
      ],
    });
    expect(parseProgramText(blank, 'es')).toMatchObject({
      problems: [
        { path: 'catalog.courses[1].title.en', line, message: 'no debe quedar en blanco' },
      ],
    });
  });

  it('reads grades 13–16, as state templates name the postsecondary years, as years 1–4', () => {
    const text = fs.readFileSync(path.join(examples, 'software-development.json'), 'utf8');
    const source = JSON.parse(text) as { program: { steps: { level: string }[] } };
    const stored = source.program.steps.map((s) => s.level);
    for (const step of source.program.steps)
      step.level = step.level.replace(/^postsecondary-(\d)$/, (_, n: string) => `grade-${12 + +n}`);
    expect(source.program.steps.map((s) => s.level)).toContain('grade-14');
    const result = parseProgramText(JSON.stringify(source));
    expect(result.ok && result.file.program.steps.map((s) => s.level)).toEqual(stored);
    const beyond = JSON.stringify({
      ...source,
      program: { ...source.program, steps: [{ level: 'grade-17' }] },
    });
    expect(parseProgramText(beyond).ok).toBe(false);
  });

  it('reports a missing file without throwing, and accepts a byte order mark', async () => {
    expect(await readProgramFile(path.join(tmp, 'nope.json'))).toEqual({
      ok: false,
      problems: [{ kind: 'read', path: '', message: 'cannot read the file: no such file' }],
    });
    const text = fs.readFileSync(path.join(examples, 'nursing.json'), 'utf8');
    expect(parseProgramText(`\uFEFF${text}`).ok).toBe(true);
  });
});
