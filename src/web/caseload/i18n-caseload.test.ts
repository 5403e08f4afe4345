import { describe, expect, it } from 'vitest';
import { formatMessage, messagePlaceholders } from '../../domain/i18n/message.ts';
import { caseloadMessages } from './i18n-caseload.ts';

const SAMPLES: Record<string, Array<string | number>> = {
  first: [1, 51],
  last: [25, 100],
  matched: [0, 1, 425],
  page: [1, 9],
  pages: [1, 9],
  total: [25],
  flagged: [0, 1, 3],
  status: ['met', 'in_progress', 'planned', 'missing'],
  role: ['student', 'guardian', 'counselor'],
  programs: ['Nursing; Welding'],
};

describe('the caseload pages’ texts', () => {
  it('have the same keys in both languages and leave no placeholder unfilled', () => {
    const { en, es } = caseloadMessages;
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const lang of ['en', 'es'] as const)
      for (const [key, template] of Object.entries(caseloadMessages[lang])) {
        const names = Object.keys(messagePlaceholders(template));
        for (let i = 0; i < 4; i++) {
          const values = Object.fromEntries(
            names.map((n) => {
              const options = SAMPLES[n] ?? [2.5];
              return [n, options[i % options.length]!];
            }),
          );
          const text = formatMessage(lang, template, values);
          expect(text, `${lang}.${key}`).not.toMatch(/[{}#]/);
        }
      }
  });
});
