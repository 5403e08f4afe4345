import { describe, expect, it } from 'vitest';
import { formatMessage, messagePlaceholders } from '../../domain/i18n/message.ts';
import { DIMENSION_NAMES, GROUP_DIMENSIONS, NOT_RECORDED } from '../../domain/perkins/groups.ts';
import { groupLabel, perkinsMessages } from './i18n-perkins.ts';

const SAMPLES: Record<string, Array<string | number>> = {
  count: [0, 1, 7],
  level: ['state', 'district'],
  threshold: [10, 5],
};

describe('the Perkins report pages’ texts', () => {
  it('have the same keys in both languages and leave no placeholder unfilled', () => {
    const { en, es } = perkinsMessages;
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const lang of ['en', 'es'] as const)
      for (const [key, template] of Object.entries(perkinsMessages[lang])) {
        const names = Object.keys(messagePlaceholders(template));
        for (let i = 0; i < 3; i++) {
          const values = Object.fromEntries(
            names.map((n) => {
              const options = SAMPLES[n] ?? ['Nursing'];
              return [n, options[i % options.length]!];
            }),
          );
          const text = formatMessage(lang, template, values);
          expect(text, `${lang}.${key}`).not.toMatch(/[{}#]/);
        }
      }
    expect(formatMessage('es', es.programCount, { count: 1 })).toBe(
      '1 programa de estudio tiene estudiantes de CTE en este año escolar.',
    );
  });

  it('names every group a roster may carry, in both languages', () => {
    for (const lang of ['en', 'es'] as const) {
      const p = perkinsMessages[lang];
      for (const dimension of DIMENSION_NAMES)
        for (const code of [...GROUP_DIMENSIONS[dimension], NOT_RECORDED]) {
          const label = groupLabel(p, lang, `${dimension}:${code}`);
          expect(label, `${lang} ${dimension}:${code}`).not.toContain('_');
          expect(label).not.toMatch(new RegExp(`: ${code}$`));
        }
    }
    expect(groupLabel(perkinsMessages.es, 'es', 'english_learner:Y')).toBe(
      'Aprendiz de inglés: sí',
    );
  });
});
