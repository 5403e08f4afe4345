import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { fastRecords } from './csv-records.ts';

/** What parseTabular asks csv-parse for: records with their line. */
function slow(text: string, delimiter: ',' | '\t') {
  const records = parse(text, {
    delimiter,
    bom: true,
    info: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  return records.map((r) => ({ record: r.record, line: r.info.lines }));
}

const cell = fc.oneof(
  fc.constantFrom(
    '',
    'a',
    'Algebra I',
    '"',
    '""',
    ',',
    '\t',
    '\r',
    '\n',
    '\r\n',
    ' ',
    'x"y',
    '\uFEFF',
  ),
  fc.string({ maxLength: 6 }),
);

describe('fastRecords', () => {
  it('reads plain, quoted and tab-separated records with their lines', () => {
    expect(fastRecords('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n\r\n1,\r\n', ',')).toEqual([
      { record: ['a', 'b'], line: 1 },
      { record: ['x, y', 'say "hi"'], line: 2 },
      { record: ['1', ''], line: 4 },
    ]);
    expect(fastRecords('a\tb\nc', '\t')).toEqual([
      { record: ['a', 'b'], line: 1 },
      { record: ['c'], line: 2 },
    ]);
  });

  it('leaves to csv-parse what it does not read the same way', () => {
    for (const text of [
      'a,"b\nc"\n',
      'a,b"c\n',
      '"a"b,c\n',
      '"a\n',
      'a\r\nb\nc\n',
      'a\nb\r\n',
      'a\rb',
    ])
      expect(fastRecords(text, ',')).toBeUndefined();
  });

  it('gives what csv-parse gives whenever it reads a file (random files)', () => {
    let read = 0;
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 8 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.constantFrom(',' as const, '\t' as const),
        (rows, eol, quoteSome, delimiter) => {
          const text = rows
            .map((row) =>
              row
                .map((v, i) => (quoteSome && i % 2 === 0 ? `"${v.replace(/"/g, '""')}"` : v))
                .join(delimiter),
            )
            .join(eol);
          const fast = fastRecords(text, delimiter);
          if (fast === undefined) return;
          read += 1;
          expect(fast).toEqual(slow(text, delimiter));
        },
      ),
      { numRuns: 3000 },
    );
    expect(read).toBeGreaterThan(500);
  });
});
