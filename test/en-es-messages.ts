/** For message catalogues' tests: every English text has a Spanish one of its own. */
import { expect } from 'vitest';
import { messagePlaceholders } from '../src/domain/i18n/message.ts';

/** The same keys in both languages; each Spanish text with the English one's placeholders, in other words. */
export function expectSpanishOfEach(catalogue: {
  en: Readonly<Record<string, string>>;
  es: Readonly<Record<string, string>>;
}): void {
  const { en, es } = catalogue;
  expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  for (const key of Object.keys(en)) {
    expect(messagePlaceholders(es[key]!), key).toEqual(messagePlaceholders(en[key]!));
    expect(es[key], key).not.toBe(en[key]);
  }
}
