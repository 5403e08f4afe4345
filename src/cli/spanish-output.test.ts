/**
 * Every command that takes `--lang es` says its lines and its refusals in Spanish: each run's
 * output is searched for words only the English texts use. An unknown `--lang` is told in both
 * languages, since the reader chose neither.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type CliIo } from './main.ts';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => (out += t), err: (t) => (err += t) };
  return { code: await main(args, io), out, err };
}

/** Words of the English texts that no Spanish line of these commands has reason to hold. */
const ENGLISH =
  /\b(wrote|rows?|cannot|must|give|profile|participants|concentrators|completers|all cte|ok|line|column|warning|checked|unknown|nothing|imported|students?|whole number|written|not valid|n\/a)\b/i;

const EXAMPLE = path.resolve(import.meta.dirname, '../../examples/programs/nursing.json');
const STARTS_LATE = path.resolve(
  import.meta.dirname,
  '../../examples/programs/invalid-starts-by-grade-9.json',
);

describe('wayfinder … --lang es', () => {
  let tmp: string;
  let data: string[];
  let missing: string;
  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-cli-es-'));
    data = ['--data', path.join(tmp, 'data')];
    missing = path.join(tmp, 'missing.json');
    for (const args of [
      ['orgs', 'create', '--id', 'state', '--kind', 'state', '--name', 'State'],
      ['orgs', 'create', '--id', 'north', '--kind', 'district', '--name', 'N', '--parent', 'state'],
    ])
      expect((await run([...args, ...data])).code).toBe(0);
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  const cases: [string, () => string[], number][] = [
    ['validate, a file without problems', () => ['validate', EXAMPLE], 0],
    ['validate, a file with problems', () => ['validate', '--today', '2026-01-01', STARTS_LATE], 1],
    ['validate, a missing file', () => ['validate', missing], 2],
    ['validate, a bad --today', () => ['validate', '--today', 'soon', EXAMPLE], 2],
    ['validate, an unknown profile', () => ['validate', '--profile', 'ohio', EXAMPLE], 2],
    ['validate, a missing profile file', () => ['validate', '--profile', missing, EXAMPLE], 2],
    ['perkins, the funnel', () => ['perkins', '--year', '2026', ...data], 0],
    [
      'perkins, written to a file',
      () => ['perkins', '--year', '2026', '--format', 'csv', '--out', path.join(tmp, 'p.csv')],
      0,
    ],
    ['perkins, a bad year', () => ['perkins', '--year', '26', ...data], 1],
    ['perkins, a bad format', () => ['perkins', '--year', '2026', '--format', 'xml'], 1],
    ['perkins, an unknown profile', () => ['perkins', '--year', '2026', '--profile', 'ohio'], 1],
    [
      'perkins, a missing profile file',
      () => ['perkins', '--year', '2026', '--profile', missing],
      1,
    ],
    [
      'import requirements, a missing file',
      () => ['import', 'requirements', missing, '--district', 'north'],
      1,
    ],
    [
      'import students, a missing file',
      () => ['import', 'students', missing, '--district', 'north'],
      1,
    ],
    [
      'import oneroster, a missing file',
      () => ['import', 'oneroster', missing, '--district', 'north'],
      1,
    ],
    ['progress, nobody named', () => ['progress', ...data], 2],
    ['progress, a bad format', () => ['progress', 'x', '--format', 'xml'], 1],
    ['notices, a bad --days', () => ['notices', 'agreements', '--days', '999'], 2],
    ['notices, a bad --today', () => ['notices', 'agreements', '--today', 'soon'], 2],
    [
      'export program, a bad version',
      () => ['export', 'program', 'x', '--program-version', '0'],
      2,
    ],
    [
      'export framework, written to a file',
      () => ['export', 'framework', '--out', path.join(tmp, 'framework.json')],
      0,
    ],
    ['an unknown option (commander)', () => ['validate', '--bogus', EXAMPLE], 1],
    ['an unknown command (commander)', () => ['exprot'], 1],
  ];

  it.each(cases)('%s: in Spanish', async (_name, args, code) => {
    // `validate` reads files only; every other command is given the test's database.
    const base = args()[0] === 'validate' ? args() : [...args(), ...data];
    const result = await run([...base, '--lang', 'es']);
    expect(result.code).toBe(code);
    const said = `${result.out}${result.err}`.replaceAll(tmp, '');
    expect(said.trim()).not.toBe('');
    expect(said).not.toMatch(ENGLISH);
    // The same run in English does use the English words: the list is one the check can fail.
    const english = await run(base);
    expect(`${english.out}${english.err}`.replaceAll(tmp, '')).toMatch(ENGLISH);
  });

  /** The words of commander's own refusals (v14), and of its usage hint. */
  const COMMANDER_ENGLISH =
    /\b(unknown|missing|required|argument|option|not specified|allowed|choices|too many|expected|did you mean|run with)\b/i;

  it.each([
    ['a missing argument', ['validate']],
    ['a missing required option', ['users', 'create']],
    ['a value not among the choices', ['export', 'framework', '--format', 'xml']],
    ['too many arguments', ['progress', 'a', 'b']],
    ['a misspelt option', ['validate', '--tday', '2026-01-01', EXAMPLE]],
  ])("commander's refusal of %s is in Spanish under --lang es", async (_name, args) => {
    const spanish = await run([...args, '--lang', 'es']);
    const english = await run(args);
    expect(spanish.code).toBe(1);
    expect(english.code).toBe(1);
    expect(english.err).toMatch(COMMANDER_ENGLISH);
    expect(spanish.err).toMatch(/^error: \S/);
    expect(spanish.err).toContain('(ejecuta con --help para ver el uso)');
    expect(spanish.err).not.toMatch(COMMANDER_ENGLISH);
  });

  /** The reasons our own option parsers give (option-values.ts). */
  const REASON_ENGLISH = /\b(must|whole number|email address|one of)\b/i;

  it.each([
    ['a port that is not a number', ['serve', '--port', 'eighty']],
    ['a count out of range', ['demo', 'students', '--count', '0', '--out', 'x']],
    ['an email address that is not one', ['users', 'create', '--email', 'nobody']],
    ['a grade out of range', ['users', 'create', '--email', 'a@b.org', '--grade', '40']],
    ['an export format not known', ['students', 'export', '--format', 'xml']],
  ])('our own refusal of %s is in Spanish under --lang es', async (_name, args) => {
    const spanish = await run([...args, '--lang', 'es']);
    const english = await run(args);
    expect(spanish.code).toBe(1);
    expect(english.code).toBe(1);
    expect(english.err).toMatch(REASON_ENGLISH);
    expect(spanish.err).toMatch(
      /^error: el valor «[^»]+» de la opción «(?:-\w, )?--[a-z]+ <\w+>» no es válido: debe ser /,
    );
    expect(spanish.err).not.toMatch(REASON_ENGLISH);
    expect(spanish.err).not.toMatch(COMMANDER_ENGLISH);
  });

  it.each([
    ['validate', EXAMPLE],
    ['perkins', '--year', '2026'],
    ['import', 'requirements', EXAMPLE, '--district', 'north'],
    ['progress', 'x'],
    ['notices', 'agreements'],
    ['credentials', 'remove', 'x', 'y', '--district', 'north'],
  ])('%s with an unknown --lang says so in both languages', async (...args) => {
    const result = await run([...args, '--lang', 'fr', ...(args[0] === 'validate' ? [] : data)]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('--lang must be en or es.');
    expect(result.err).toContain('--lang debe ser en o es.');
  });
});
