import { describe, expect, it } from 'vitest';
import { jsonPathString, lineColumnAt, locateJsonPath, syntaxErrorOffset } from './json-locate.ts';

const text = `{
  "program": {
    "title": { "en": "A \\"quoted\\" title" },
    "steps": [
      { "level": "grade-9", "courses": [] },
      { "level": "grade-8" }
    ]
  }
}
`;

const lineOf = (path: PropertyKey[]) => lineColumnAt(text, locateJsonPath(text, path)).line;

describe('json-locate', () => {
  it('turns offsets into lines and columns', () => {
    expect(lineColumnAt('ab\ncd\n', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnAt('ab\ncd\n', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumnAt('ab', 99)).toEqual({ line: 1, column: 3 });
  });

  it('writes JSON paths', () => {
    expect(jsonPathString(['program', 'steps', 0, 'level'])).toBe('program.steps[0].level');
    expect(jsonPathString([])).toBe('');
  });

  it('finds the line of a value, or of the parent of a missing one', () => {
    expect(lineOf(['program', 'steps', 1, 'level'])).toBe(6);
    expect(lineOf(['program', 'steps', 0, 'courses'])).toBe(5);
    expect(lineOf(['program', 'title', 'en'])).toBe(3);
    expect(lineOf(['program', 'steps', 1, 'courses'])).toBe(6);
    expect(lineOf(['program', 'ownerId'])).toBe(2);
    expect(lineOf(['program', 'steps', 7])).toBe(4);
    expect(locateJsonPath(text, [])).toBe(0);
  });

  it('takes the last of repeated keys, as JSON.parse does', () => {
    expect(lineColumnAt('{"a": 1,\n"a": 2}', locateJsonPath('{"a": 1,\n"a": 2}', ['a'])).line).toBe(
      2,
    );
  });

  it('finds a syntax error that JSON.parse does not place', () => {
    for (const [bad, offset] of [
      ['{"a": tru}', 6],
      ['{"a": 1,}', 8],
      ['[1, 2', 5],
      ['{"a": "b\nc"}', 8],
      ['{"a": 1} x', 9],
      ['{"a": 01}', 7],
    ] as const) {
      expect(syntaxErrorOffset(bad, 'Unexpected token'), bad).toBe(offset);
    }
    expect(syntaxErrorOffset('{}', 'Unexpected token } in JSON at position 42')).toBe(42);
  });
});
