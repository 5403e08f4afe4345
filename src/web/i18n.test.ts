import { describe, expect, it } from 'vitest';
import { messagePlaceholders } from '../domain/i18n/message.ts';
import { sampleValues } from '../domain/i18n/sample-values.ts';
import { LANGS } from '../domain/framework.ts';
import { posLabels } from '../domain/program/pos-labels.ts';
import { creditsText } from '../domain/program/pos-texts.ts';
import { en, es, formatMessage, messages } from './i18n.ts';

describe('UI texts', () => {
  it('has the same keys in English and Spanish', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });

  it('has no empty text', () => {
    for (const [lang, dictionary] of Object.entries(messages)) {
      for (const [key, text] of Object.entries(dictionary)) {
        expect(text.trim(), `${lang}.${key}`).not.toBe('');
      }
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(messagePlaceholders(es[key]), key).toEqual(messagePlaceholders(en[key]));
    }
  });

  it('leaves no raw placeholder in any message, in any form, in either language', () => {
    const catalogues = LANGS.flatMap((lang) => [
      { lang, name: 'ui', texts: messages[lang] as Record<string, string> },
      { lang, name: 'pos', texts: posLabels(lang).text as Record<string, string> },
    ]);
    let rendered = 0;
    for (const { lang, name, texts } of catalogues) {
      for (const [key, template] of Object.entries(texts)) {
        for (const values of sampleValues(template)) {
          const text = formatMessage(lang, template, values);
          expect(text, `${lang}.${name}.${key} with ${JSON.stringify(values)}`).not.toMatch(
            /[{}#]/,
          );
          rendered += 1;
        }
      }
    }
    expect(rendered).toBeGreaterThan(2 * Object.keys(en).length);
  });

  it('counts by the language rule', () => {
    expect(formatMessage('en', en.pathwayCount, { count: 1 })).toBe('1 pathway');
    expect(formatMessage('en', en.pathwayCount, { count: 5 })).toBe('5 pathways');
    expect(formatMessage('es', es.pathwayCount, { count: 1 })).toBe('1 trayectoria');
    expect(formatMessage('es', es.pathwayCount, { count: 7 })).toBe('7 trayectorias');
    expect(formatMessage('es', es.searchResults, { count: 1, q: 'chef' })).toBe(
      '1 resultado para «chef»',
    );
  });

  it('writes course credits in the unit, singular or plural ("1 unit", "1 unidad")', () => {
    expect(creditsText('en', { credits: 1, creditUnit: 'carnegie_units' })).toBe('1 unit');
    expect(creditsText('en', { credits: 2, creditUnit: 'carnegie_units' })).toBe('2 units');
    expect(creditsText('es', { credits: 1, creditUnit: 'carnegie_units' })).toBe('1 unidad');
    expect(creditsText('es', { credits: 0.5, creditUnit: 'carnegie_units' })).toBe('0.5 unidades');
    expect(creditsText('en', { credits: 1, creditUnit: 'credit_hours' })).toBe('1 cr');
  });

  it('agrees in number in the credit-agreement sentences', () => {
    const values = { type: 'Crédito dual', course: 'CIS 115', institution: 'RCC', exam: '' };
    expect(formatMessage('es', es.courseEarnsCredit, { ...values, credits: 1 })).toContain(
      'otorga 1 crédito universitario por',
    );
    expect(formatMessage('es', es.courseEarnedBy, { ...values, credits: 1 })).toContain(
      'obtener este crédito con',
    );
    expect(formatMessage('en', en.courseEarnedBy, { ...values, credits: 3 })).toContain(
      'earn these 3 credits through',
    );
  });
});
