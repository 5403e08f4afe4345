import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRequirementSetText } from './requirement-file.ts';

const dir = path.resolve(import.meta.dirname, '../data/requirements');

describe('requirement-set files', () => {
  it.each(fs.readdirSync(dir).filter((f) => f.endsWith('.json')))('%s is valid', (file) => {
    const result = parseRequirementSetText(fs.readFileSync(path.join(dir, file), 'utf8'));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('names the path, line and column of a schema problem', () => {
    const text = `{
  "id": "x",
  "title": { "en": "X" },
  "root": {
    "id": "r", "title": { "en": "R" }, "type": "credits_of", "credits": "four",
    "select": {}
  }
}`;
    const result = parseRequirementSetText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ path: 'root.credits', line: 5 });
  });

  it('reports a duplicate node id and an n-of asking for more than it has', () => {
    const text = JSON.stringify(
      {
        id: 'x',
        title: { en: 'X' },
        root: {
          id: 'r',
          title: { en: 'R' },
          type: 'n_of',
          n: 3,
          children: [
            { id: 'a', title: { en: 'A' }, type: 'course_set', select: {} },
            { id: 'a', title: { en: 'A' }, type: 'course_set', select: {} },
          ],
        },
      },
      null,
      2,
    );
    const result = parseRequirementSetText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.path, p.message])).toEqual([
      ['root.n', 'asks for 3 of 2 requirements'],
      ['root.children[1].id', 'the id "a" is also used at root.children[0]'],
    ]);
    expect(result.problems[1]!.line).toBe(23);
    const es = parseRequirementSetText(text, 'es');
    expect(es.ok ? [] : es.problems.map((p) => [p.path, p.line, p.message])).toEqual([
      ['root.n', result.problems[0]!.line, 'pide 3 de 2 requisitos'],
      ['root.children[1].id', 23, 'el identificador "a" también se usa en root.children[0]'],
    ]);
  });

  it('reads a minimum GPA requirement, and refuses a GPA above 5 naming the field', () => {
    const file = (gpa: number) =>
      JSON.stringify({
        id: 'fl',
        title: { en: 'Florida' },
        root: { id: 'gpa', title: { en: 'GPA' }, type: 'min_gpa', gpa },
      });
    expect(parseRequirementSetText(file(2)).ok).toBe(true);
    const bad = parseRequirementSetText(file(6));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems[0]!.path).toBe('root.gpa');
  });
});
