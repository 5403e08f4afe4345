/** The account code says its refusals through account-refusal.ts, so each has its Spanish. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The files whose refusals must all come from the catalogue. */
const ACCOUNT_SOURCES = [
  ...readdirSync('src/services/accounts')
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((name) => join('src/services/accounts', name)),
  'src/domain/auth/org-rules.ts',
  'src/server/auth/auth-plugin.ts',
];

/** An error made from a written-out message rather than a catalogue key. */
const LITERAL_REFUSAL =
  /\b(?:new AppError|invalid|notFound|forbidden|conflict)\(\s*(?:'[a-z_]+',\s*)?[`'"](?:[A-Z]|\$\{)/;

describe('account refusal sources', () => {
  it('leaves no refusal written out in English in the account code', () => {
    for (const file of ACCOUNT_SOURCES) {
      const source = readFileSync(file, 'utf8');
      expect(LITERAL_REFUSAL.exec(source)?.[0], file).toBeUndefined();
    }
    // The check itself catches what it is for.
    expect(LITERAL_REFUSAL.test("throw notFound(`No user has ${x}.`, 'email')")).toBe(true);
    expect(LITERAL_REFUSAL.test("new AppError('conflict', 'Start first.')")).toBe(true);
  });
});
