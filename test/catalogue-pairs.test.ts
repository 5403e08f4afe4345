import { describe, expect, it } from 'vitest';
import { messagePlaceholders } from '../src/domain/i18n/message.ts';
import { CATALOGUES, parallelLeaves } from './catalogue-pairs.ts';

/** Each text of a catalogue by its path of keys (`a.b`), nested objects walked. */
function leaves(value: unknown, path = ''): Map<string, unknown> {
  if (!value || typeof value !== 'object') return new Map([[path, value]]);
  return new Map(
    Object.entries(value).flatMap(([key, inner]) => [
      ...leaves(inner, path ? `${path}.${key}` : key),
    ]),
  );
}

/** The differences between a catalogue's two languages: keys on one side only, placeholders. */
function mismatches(en: object, es: object): string[] {
  const english = leaves(en);
  const spanish = leaves(es);
  const problems: string[] = [];
  for (const key of english.keys()) if (!spanish.has(key)) problems.push(`${key}: no Spanish`);
  for (const key of spanish.keys()) if (!english.has(key)) problems.push(`${key}: no English`);
  for (const [key, text] of english) {
    const other = spanish.get(key);
    if (typeof text !== 'string' || typeof other !== 'string') {
      if (spanish.has(key) && typeof text !== typeof other) problems.push(`${key}: not both texts`);
      continue;
    }
    const want = messagePlaceholders(text);
    // Spanish may choose on a value English does not need, for agreement (`{type, select, …}`
    // for «otorgada» or «otorgado»); every other placeholder is the same on both sides.
    const got = Object.fromEntries(
      Object.entries(messagePlaceholders(other)).filter(
        ([name, use]) => name in want || use !== 'select',
      ),
    );
    if (JSON.stringify(sorted(want)) !== JSON.stringify(sorted(got)))
      problems.push(
        `${key}: placeholders ${JSON.stringify(sorted(want))} in English, ${JSON.stringify(sorted(got))} in Spanish`,
      );
  }
  return problems;
}

const sorted = (o: Record<string, string>) =>
  Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));

describe('the registered catalogues', () => {
  it('each have the same keys and placeholders in English and Spanish', () => {
    const problems = CATALOGUES.flatMap((c) =>
      mismatches(c.en, c.es).map((problem) => `${c.name}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });

  it('name a key missing on one side and a placeholder left out or renamed', () => {
    expect(
      mismatches(
        { a: 'Hi {name}', b: { c: '{count, plural, one {# x} other {# xs}}' }, d: 'x' },
        { a: 'Hola {nombre}', b: { c: '{count} x' }, e: 'y' },
      ),
    ).toEqual([
      'd: no Spanish',
      'e: no English',
      'a: placeholders {"name":"value"} in English, {"nombre":"value"} in Spanish',
      'b.c: placeholders {"count":"plural"} in English, {"count":"value"} in Spanish',
    ]);
    // A choice Spanish alone makes, for agreement, is its own.
    expect(
      mismatches(
        { a: 'issued by {issuer}' },
        { a: '{type, select, license {otorgada} other {otorgado}} por {issuer}' },
      ),
    ).toEqual([]);
    expect(
      mismatches({ a: 'issued by {issuer}' }, { a: 'otorgado por {issuer} en {year}' }),
    ).toEqual([
      'a: placeholders {"issuer":"value"} in English, {"issuer":"value","year":"value"} in Spanish',
    ]);
  });

  it('include the account pages, the account refusals and the plan’s credential texts', () => {
    const english = CATALOGUES.flatMap((c) => parallelLeaves(c.en, c.es)).map(([e]) => e);
    expect(english).toEqual(
      expect.arrayContaining([
        'Sign in first.',
        'Credentials to choose',
        'College credit from credentials',
      ]),
    );
    expect(CATALOGUES.length).toBeGreaterThanOrEqual(24);
  });
});
